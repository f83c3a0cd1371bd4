import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxStorageContentConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only volumes of this content type, such as "images" or "iso".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content#content DataProxmoxStorageContent#content}
    */
    readonly content?: string;
    /**
    * Node name.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content#node DataProxmoxStorageContent#node}
    */
    readonly nodeAttribute: string;
    /**
    * Storage id.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content#storage DataProxmoxStorageContent#storage}
    */
    readonly storage: string;
}
export interface DataProxmoxStorageContentVolumes {
}
export declare function dataProxmoxStorageContentVolumesToTerraform(struct?: DataProxmoxStorageContentVolumes): any;
export declare function dataProxmoxStorageContentVolumesToHclTerraform(struct?: DataProxmoxStorageContentVolumes): any;
export declare class DataProxmoxStorageContentVolumesOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxStorageContentVolumes | undefined;
    set internalValue(value: DataProxmoxStorageContentVolumes | undefined);
    get content(): string;
    get format(): string;
    get size(): number;
    get vmid(): number;
    get volid(): string;
}
export declare class DataProxmoxStorageContentVolumesList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxStorageContentVolumesOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content proxmox_storage_content}
*/
export declare class DataProxmoxStorageContent extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_storage_content";
    /**
    * Generates CDKTF code for importing a DataProxmoxStorageContent resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxStorageContent to import
    * @param importFromId The id of the existing DataProxmoxStorageContent that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxStorageContent to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage_content proxmox_storage_content} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxStorageContentConfig
    */
    constructor(scope: Construct, id: string, config: DataProxmoxStorageContentConfig);
    private _content?;
    get content(): string;
    set content(value: string);
    resetContent(): void;
    get contentInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    private _volumes;
    get volumes(): DataProxmoxStorageContentVolumesList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
