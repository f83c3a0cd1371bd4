import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface DataProxmoxStorageConfig extends cdktf.TerraformMetaArguments {
    /**
    * Node name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage#node DataProxmoxStorage#node}
    */
    readonly nodeAttribute: string;
    /**
    * Storage id.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage#storage DataProxmoxStorage#storage}
    */
    readonly storage: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage proxmox_storage}
*/
export declare class DataProxmoxStorage extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_storage";
    /**
    * Generates CDKTF code for importing a DataProxmoxStorage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxStorage to import
    * @param importFromId The id of the existing DataProxmoxStorage that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxStorage to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage proxmox_storage} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxStorageConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxStorageConfig);
    get available(): number;
    get content(): string[];
    get enabled(): cdktf.IResolvable;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    get shared(): cdktf.IResolvable;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    get total(): number;
    get type(): string;
    get used(): number;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
