import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVmConfig extends cdktf.TerraformMetaArguments {
    /**
    * VM id.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm#vmid DataProxmoxVm#vmid}
    */
    readonly vmid: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm proxmox_vm}
*/
export declare class DataProxmoxVm extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_vm";
    /**
    * Generates CDKTF code for importing a DataProxmoxVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVm to import
    * @param importFromId The id of the existing DataProxmoxVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm proxmox_vm} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVmConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxVmConfig);
    get name(): string;
    get nodeAttribute(): string;
    get status(): string;
    get tags(): string[];
    get template(): cdktf.IResolvable;
    private _vmid?;
    get vmid(): number;
    set vmid(value: number);
    get vmidInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
