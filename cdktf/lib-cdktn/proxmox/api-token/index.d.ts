import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface ApiTokenConfig extends cdktf.TerraformMetaArguments {
    /**
    * Comment.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#comment ApiToken#comment}
    */
    readonly comment?: string;
    /**
    * Expiry as seconds since 1970; 0 (default) never expires.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#expire ApiToken#expire}
    */
    readonly expire?: number;
    /**
    * Restrict the token to the privileges granted to it by ACLs (default true) instead of all of its user's.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#privilege_separation ApiToken#privilege_separation}
    */
    readonly privilegeSeparation?: boolean | cdktf.IResolvable;
    /**
    * Token name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#token_name ApiToken#token_name}
    */
    readonly tokenName: string;
    /**
    * Owner, USER@REALM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#user_id ApiToken#user_id}
    */
    readonly userId: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token proxmox_api_token}
*/
export declare class ApiToken extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_api_token";
    /**
    * Generates CDKTF code for importing a ApiToken resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ApiToken to import
    * @param importFromId The id of the existing ApiToken that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ApiToken to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token proxmox_api_token} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ApiTokenConfig
    */
    constructor(scope: Construct, id: string, config: ApiTokenConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    private _expire?;
    get expire(): number;
    set expire(value: number);
    resetExpire(): void;
    get expireInput(): number | undefined;
    get id(): string;
    private _privilegeSeparation?;
    get privilegeSeparation(): boolean | cdktf.IResolvable;
    set privilegeSeparation(value: boolean | cdktf.IResolvable);
    resetPrivilegeSeparation(): void;
    get privilegeSeparationInput(): boolean | cdktf.IResolvable | undefined;
    get secret(): string;
    private _tokenName?;
    get tokenName(): string;
    set tokenName(value: string);
    get tokenNameInput(): string | undefined;
    private _userId?;
    get userId(): string;
    set userId(value: string);
    get userIdInput(): string | undefined;
    get value(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
