import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface IscsiTargetextentConfig extends cdktf.TerraformMetaArguments {
    /**
    * Id of the extent (truenas_iscsi_extent.id).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#extent IscsiTargetextent#extent}
    */
    readonly extent: number;
    /**
    * LUN number on the target, 0 to 16382; the server assigns the lowest free one when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#lun_id IscsiTargetextent#lun_id}
    */
    readonly lunId?: number;
    /**
    * Id of the target (truenas_iscsi_target.id).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#target IscsiTargetextent#target}
    */
    readonly target: number;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent truenas_iscsi_targetextent}
*/
export declare class IscsiTargetextent extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_iscsi_targetextent";
    /**
    * Generates CDKTF code for importing a IscsiTargetextent resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiTargetextent to import
    * @param importFromId The id of the existing IscsiTargetextent that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiTargetextent to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent truenas_iscsi_targetextent} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiTargetextentConfig
    */
    constructor(scope: Construct, id: string, config: IscsiTargetextentConfig);
    private _extent?;
    get extent(): number;
    set extent(value: number);
    get extentInput(): number | undefined;
    get id(): number;
    private _lunId?;
    get lunId(): number;
    set lunId(value: number);
    resetLunId(): void;
    get lunIdInput(): number | undefined;
    private _target?;
    get target(): number;
    set target(value: number);
    get targetInput(): number | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
