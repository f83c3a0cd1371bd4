import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface IscsiPortalConfig extends cdktf.TerraformMetaArguments {
    /**
    * Free-text comment.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal#comment IscsiPortal#comment}
    */
    readonly comment?: string;
    /**
    * IP addresses to listen on, such as ["0.0.0.0"] for every IPv4 address.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal#listen IscsiPortal#listen}
    */
    readonly listen: string[];
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal truenas_iscsi_portal}
*/
export declare class IscsiPortal extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_iscsi_portal";
    /**
    * Generates CDKTF code for importing a IscsiPortal resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiPortal to import
    * @param importFromId The id of the existing IscsiPortal that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiPortal to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal truenas_iscsi_portal} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiPortalConfig
    */
    constructor(scope: Construct, id: string, config: IscsiPortalConfig);
    private _comment?;
    get comment(): string;
    set comment(value: string);
    resetComment(): void;
    get commentInput(): string | undefined;
    get id(): number;
    private _listen?;
    get listen(): string[];
    set listen(value: string[]);
    get listenInput(): string[] | undefined;
    get port(): number;
    get tag(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
