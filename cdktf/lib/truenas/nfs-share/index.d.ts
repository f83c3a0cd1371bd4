import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface NfsShareConfig extends cdktf.TerraformMetaArguments {
    /**
    * Free-text comment.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#comment NfsShare#comment}
    */
    readonly comment?: string;
    /**
    * Whether the share is exported.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#enabled NfsShare#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Host names or addresses allowed to mount.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#hosts NfsShare#hosts}
    */
    readonly hosts?: string[];
    /**
    * Map every client group to this group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#mapall_group NfsShare#mapall_group}
    */
    readonly mapallGroup?: string;
    /**
    * Map every client user to this user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#mapall_user NfsShare#mapall_user}
    */
    readonly mapallUser?: string;
    /**
    * Map the root user's group of clients to this group.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#maproot_group NfsShare#maproot_group}
    */
    readonly maprootGroup?: string;
    /**
    * Map the root user of clients to this user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#maproot_user NfsShare#maproot_user}
    */
    readonly maprootUser?: string;
    /**
    * Networks allowed to mount, in CIDR notation ("192.168.1.0/24"; an address alone means that host, /32 or /128); everyone when networks and hosts are both empty. The server stores each entry as its canonical network ("10.0.0.5" as "10.0.0.5/32", host bits cleared); the configured spelling is kept in state and is no change. 0.0.0.0/0 and ::/0 are refused: leave networks empty instead.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#networks NfsShare#networks}
    */
    readonly networks?: string[];
    /**
    * The exported path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#path NfsShare#path}
    */
    readonly path: string;
    /**
    * Export read-only.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#ro NfsShare#ro}
    */
    readonly ro?: boolean | cdktf.IResolvable;
    /**
    * Security flavours for NFSv4: SYS, KRB5, KRB5I, KRB5P; the server default when empty.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#security NfsShare#security}
    */
    readonly security?: string[];
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share}
*/
export declare class NfsShare extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_nfs_share";
    /**
    * Generates CDKTF code for importing a NfsShare resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NfsShare to import
    * @param importFromId The id of the existing NfsShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NfsShare to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NfsShareConfig
    */
    constructor(scope: Construct, id: string, config: NfsShareConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _enabled?;
    get enabled(): boolean | cdktf.IResolvable;
    set enabled(value: boolean | cdktf.IResolvable);
    resetEnabled(): void;
    get enabledInput(): boolean | cdktf.IResolvable | undefined;
    private _hosts?;
    get hosts(): string[];
    set hosts(value: string[]);
    resetHosts(): void;
    get hostsInput(): string[] | undefined;
    get id(): number;
    private _mapallGroup?;
    get mapallGroup(): string;
    set mapallGroup(value: string);
    resetMapallGroup(): void;
    get mapallGroupInput(): string | undefined;
    private _mapallUser?;
    get mapallUser(): string;
    set mapallUser(value: string);
    resetMapallUser(): void;
    get mapallUserInput(): string | undefined;
    private _maprootGroup?;
    get maprootGroup(): string;
    set maprootGroup(value: string);
    resetMaprootGroup(): void;
    get maprootGroupInput(): string | undefined;
    private _maprootUser?;
    get maprootUser(): string;
    set maprootUser(value: string);
    resetMaprootUser(): void;
    get maprootUserInput(): string | undefined;
    private _networks?;
    get networks(): string[];
    set networks(value: string[]);
    resetNetworks(): void;
    get networksInput(): string[] | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _ro?;
    get ro(): boolean | cdktf.IResolvable;
    set ro(value: boolean | cdktf.IResolvable);
    resetRo(): void;
    get roInput(): boolean | cdktf.IResolvable | undefined;
    private _security?;
    get security(): string[];
    set security(value: string[]);
    resetSecurity(): void;
    get securityInput(): string[] | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
