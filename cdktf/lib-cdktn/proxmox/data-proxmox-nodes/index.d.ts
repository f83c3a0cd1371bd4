import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface DataProxmoxNodesConfig extends cdktf.TerraformMetaArguments {
}
export interface DataProxmoxNodesNodes {
}
export declare function dataProxmoxNodesNodesToTerraform(struct?: DataProxmoxNodesNodes): any;
export declare function dataProxmoxNodesNodesToHclTerraform(struct?: DataProxmoxNodesNodes): any;
export declare class DataProxmoxNodesNodesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxNodesNodes | undefined;
    set internalValue(value: DataProxmoxNodesNodes | undefined);
    get cpus(): number;
    get memory(): number;
    get name(): string;
    get status(): string;
}
export declare class DataProxmoxNodesNodesList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): DataProxmoxNodesNodesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/nodes proxmox_nodes}
*/
export declare class DataProxmoxNodes extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_nodes";
    /**
    * Generates CDKTF code for importing a DataProxmoxNodes resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxNodes to import
    * @param importFromId The id of the existing DataProxmoxNodes that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/nodes#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxNodes to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/nodes proxmox_nodes} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxNodesConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxNodesConfig);
    get names(): string[];
    private _nodes;
    get nodes(): DataProxmoxNodesNodesList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
