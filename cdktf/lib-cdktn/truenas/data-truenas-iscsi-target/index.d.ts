import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface DataTruenasIscsiTargetConfig extends cdktf.TerraformMetaArguments {
    /**
    * Target name, such as "vm-100".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/iscsi_target#name DataTruenasIscsiTarget#name}
    */
    readonly name: string;
}
export interface DataTruenasIscsiTargetGroups {
}
export declare function dataTruenasIscsiTargetGroupsToTerraform(struct?: DataTruenasIscsiTargetGroups): any;
export declare function dataTruenasIscsiTargetGroupsToHclTerraform(struct?: DataTruenasIscsiTargetGroups): any;
export declare class DataTruenasIscsiTargetGroupsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): DataTruenasIscsiTargetGroups | undefined;
    set internalValue(value: DataTruenasIscsiTargetGroups | undefined);
    get auth(): number;
    get authmethod(): string;
    get initiator(): number;
    get portal(): number;
}
export declare class DataTruenasIscsiTargetGroupsList extends cdktf.ComplexList {
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
    get(index: number): DataTruenasIscsiTargetGroupsOutputReference;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/iscsi_target truenas_iscsi_target}
*/
export declare class DataTruenasIscsiTarget extends cdktf.TerraformDataSource {
    static readonly tfResourceType = "truenas_iscsi_target";
    /**
    * Generates CDKTF code for importing a DataTruenasIscsiTarget resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasIscsiTarget to import
    * @param importFromId The id of the existing DataTruenasIscsiTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/iscsi_target#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasIscsiTarget to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/iscsi_target truenas_iscsi_target} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasIscsiTargetConfig
    */
    constructor(scope: Construct, id: string, config: DataTruenasIscsiTargetConfig);
    get alias(): string;
    get authNetworks(): string[];
    private _groups;
    get groups(): DataTruenasIscsiTargetGroupsList;
    get id(): number;
    get iqn(): string;
    private _luns;
    get luns(): cdktf.NumberMap;
    get mode(): string;
    private _name?;
    get name(): string;
    set name(value: string);
    get nameInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
