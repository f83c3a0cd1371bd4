import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxStoragesConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only storages holding this content type, such as "images".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storages#content DataProxmoxStorages#content}
    */
    readonly content?: string;
    /**
    * Node name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storages#node DataProxmoxStorages#node}
    */
    readonly nodeAttribute: string;
}
export interface DataProxmoxStoragesStorages {
}
export declare function dataProxmoxStoragesStoragesToTerraform(struct?: DataProxmoxStoragesStorages): any;
export declare function dataProxmoxStoragesStoragesToHclTerraform(struct?: DataProxmoxStoragesStorages): any;
export declare class DataProxmoxStoragesStoragesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxStoragesStorages | undefined;
    set internalValue(value: DataProxmoxStoragesStorages | undefined);
    get available(): number;
    get content(): string[];
    get enabled(): cdktf.IResolvable;
    get shared(): cdktf.IResolvable;
    get storage(): string;
    get total(): number;
    get type(): string;
    get used(): number;
}
export declare class DataProxmoxStoragesStoragesList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxStoragesStoragesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storages proxmox_storages}
*/
export declare class DataProxmoxStorages extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_storages";
    /**
    * Generates CDKTF code for importing a DataProxmoxStorages resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxStorages to import
    * @param importFromId The id of the existing DataProxmoxStorages that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storages#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxStorages to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storages proxmox_storages} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxStoragesConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxStoragesConfig);
    private _content?;
    get content(): string;
    set content(value: string);
    resetContent(): void;
    get contentInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _storages;
    get storages(): DataProxmoxStoragesStoragesList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
