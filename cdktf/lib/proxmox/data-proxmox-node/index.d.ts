import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxNodeConfig extends cdktf.TerraformMetaArguments {
    /**
    * Node name, such as "pve".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node#name DataProxmoxNode#name}
    */
    readonly name: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node proxmox_node}
*/
export declare class DataProxmoxNode extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_node";
    /**
    * Generates CDKTF code for importing a DataProxmoxNode resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxNode to import
    * @param importFromId The id of the existing DataProxmoxNode that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxNode to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/node proxmox_node} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxNodeConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxNodeConfig);
    get cpus(): number;
    get memory(): number;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    get status(): string;
    get uptime(): number;
    get version(): string;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
