import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface SmbShareConfig extends cdktf.TerraformMetaArguments {
    /**
    * Access-based enumeration: hide files and folders a user cannot read.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#abe SmbShare#abe}
    */
    readonly abe?: boolean | cdktf.IResolvable;
    /**
    * Whether the share is listed when clients browse the server.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#browsable SmbShare#browsable}
    */
    readonly browsable?: boolean | cdktf.IResolvable;
    /**
    * Free-text comment clients see.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#comment SmbShare#comment}
    */
    readonly comment?: string;
    /**
    * Whether the share is served.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#enabled SmbShare#enabled}
    */
    readonly enabled?: boolean | cdktf.IResolvable;
    /**
    * Allow access without a password, as the guest account.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#guestok SmbShare#guestok}
    */
    readonly guestok?: boolean | cdktf.IResolvable;
    /**
    * Hosts or networks allowed to connect; everyone when empty.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#hostsallow SmbShare#hostsallow}
    */
    readonly hostsallow?: string[];
    /**
    * Hosts or networks refused.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#hostsdeny SmbShare#hostsdeny}
    */
    readonly hostsdeny?: string[];
    /**
    * Share name clients see, unique on the server regardless of case, at most 80 characters.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#name SmbShare#name}
    */
    readonly name: string;
    /**
    * The shared path, such as "/mnt/tank/media" (truenas_dataset.mountpoint).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#path SmbShare#path}
    */
    readonly path: string;
    /**
    * Move deleted files to a .recycle folder instead of deleting them.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#recyclebin SmbShare#recyclebin}
    */
    readonly recyclebin?: boolean | cdktf.IResolvable;
    /**
    * Share read-only.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#ro SmbShare#ro}
    */
    readonly ro?: boolean | cdktf.IResolvable;
    /**
    * Offer the share as an Apple Time Machine target.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#timemachine SmbShare#timemachine}
    */
    readonly timemachine?: boolean | cdktf.IResolvable;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share}
*/
export declare class SmbShare extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_smb_share";
    /**
    * Generates CDKTF code for importing a SmbShare resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SmbShare to import
    * @param importFromId The id of the existing SmbShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SmbShare to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SmbShareConfig
    */
    constructor(scope: Construct, id: string, config: SmbShareConfig);
    private _abe?;
    get abe(): boolean | cdktf.IResolvable;
    set abe(value: boolean | cdktf.IResolvable);
    resetAbe(): void;
    get abeInput(): boolean | cdktf.IResolvable | undefined;
    private _browsable?;
    get browsable(): boolean | cdktf.IResolvable;
    set browsable(value: boolean | cdktf.IResolvable);
    resetBrowsable(): void;
    get browsableInput(): boolean | cdktf.IResolvable | undefined;
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
    private _guestok?;
    get guestok(): boolean | cdktf.IResolvable;
    set guestok(value: boolean | cdktf.IResolvable);
    resetGuestok(): void;
    get guestokInput(): boolean | cdktf.IResolvable | undefined;
    private _hostsallow?;
    get hostsallow(): string[];
    set hostsallow(value: string[]);
    resetHostsallow(): void;
    get hostsallowInput(): string[] | undefined;
    private _hostsdeny?;
    get hostsdeny(): string[];
    set hostsdeny(value: string[]);
    resetHostsdeny(): void;
    get hostsdenyInput(): string[] | undefined;
    get id(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _recyclebin?;
    get recyclebin(): boolean | cdktf.IResolvable;
    set recyclebin(value: boolean | cdktf.IResolvable);
    resetRecyclebin(): void;
    get recyclebinInput(): boolean | cdktf.IResolvable | undefined;
    private _ro?;
    get ro(): boolean | cdktf.IResolvable;
    set ro(value: boolean | cdktf.IResolvable);
    resetRo(): void;
    get roInput(): boolean | cdktf.IResolvable | undefined;
    private _timemachine?;
    get timemachine(): boolean | cdktf.IResolvable;
    set timemachine(value: boolean | cdktf.IResolvable);
    resetTimemachine(): void;
    get timemachineInput(): boolean | cdktf.IResolvable | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
