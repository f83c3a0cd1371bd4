import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface DataProxmoxVmsConfig extends cdktf.TerraformMetaArguments {
    /**
    * Only VMs whose name matches this regular expression.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms#name_regex DataProxmoxVms#name_regex}
    */
    readonly nameRegex?: string;
    /**
    * Only VMs on this node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms#node DataProxmoxVms#node}
    */
    readonly nodeAttribute?: string;
    /**
    * Only VMs carrying every one of these tags.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms#tags DataProxmoxVms#tags}
    */
    readonly tags?: string[];
}
export interface DataProxmoxVmsVms {
}
export declare function dataProxmoxVmsVmsToTerraform(struct?: DataProxmoxVmsVms): any;
export declare function dataProxmoxVmsVmsToHclTerraform(struct?: DataProxmoxVmsVms): any;
export declare class DataProxmoxVmsVmsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataProxmoxVmsVms | undefined;
    set internalValue(value: DataProxmoxVmsVms | undefined);
    get name(): string;
    get nodeAttribute(): string;
    get status(): string;
    get tags(): string[];
    get template(): cdktf.IResolvable;
    get vmid(): number;
}
export declare class DataProxmoxVmsVmsList extends cdktf.ComplexList {
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
    get(index: number): DataProxmoxVmsVmsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms proxmox_vms}
*/
export declare class DataProxmoxVms extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "proxmox_vms";
    /**
    * Generates CDKTF code for importing a DataProxmoxVms resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVms to import
    * @param importFromId The id of the existing DataProxmoxVms that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVms to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms proxmox_vms} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVmsConfig = {}
    */
    constructor(scope: Construct, id: string, config?: DataProxmoxVmsConfig);
    private _nameRegex?;
    get nameRegex(): string;
    set nameRegex(value: string);
    resetNameRegex(): void;
    get nameRegexInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    resetNodeAttribute(): void;
    get nodeAttributeInput(): string | undefined;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _vms;
    get vms(): DataProxmoxVmsVmsList;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
