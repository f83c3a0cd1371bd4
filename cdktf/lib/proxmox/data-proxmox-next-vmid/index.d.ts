import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxNextVmidConfig extends cdktf.TerraformMetaArguments {
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid proxmox_next_vmid}
*/
export declare class DataProxmoxNextVmid extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_next_vmid";
    /**
    * Generates CDKTF code for importing a DataProxmoxNextVmid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxNextVmid to import
    * @param importFromId The id of the existing DataProxmoxNextVmid that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxNextVmid to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid proxmox_next_vmid} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxNextVmidConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxNextVmidConfig);
    get vmid(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
