// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

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
export class IscsiTargetextent extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_iscsi_targetextent";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IscsiTargetextent resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IscsiTargetextent to import
  * @param importFromId The id of the existing IscsiTargetextent that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IscsiTargetextent to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_targetextent", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent truenas_iscsi_targetextent} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IscsiTargetextentConfig
  */
  public constructor(scope: Construct, id: string, config: IscsiTargetextentConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_iscsi_targetextent',
      terraformGeneratorMetadata: {
        providerName: 'truenas',
        providerVersionConstraint: '~> 0.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._extent = config.extent;
    this._lunId = config.lunId;
    this._target = config.target;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // extent - computed: false, optional: false, required: true
  private _extent?: number; 
  public get extent() {
    return this.getNumberAttribute('extent');
  }
  public set extent(value: number) {
    this._extent = value;
  }
  // Temporarily expose input value. Use with caution.
  public get extentInput() {
    return this._extent;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // lun_id - computed: true, optional: true, required: false
  private _lunId?: number; 
  public get lunId() {
    return this.getNumberAttribute('lun_id');
  }
  public set lunId(value: number) {
    this._lunId = value;
  }
  public resetLunId() {
    this._lunId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lunIdInput() {
    return this._lunId;
  }

  // target - computed: false, optional: false, required: true
  private _target?: number; 
  public get target() {
    return this.getNumberAttribute('target');
  }
  public set target(value: number) {
    this._target = value;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      extent: cdktf.numberToTerraform(this._extent),
      lun_id: cdktf.numberToTerraform(this._lunId),
      target: cdktf.numberToTerraform(this._target),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      extent: {
        value: cdktf.numberToHclTerraform(this._extent),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      lun_id: {
        value: cdktf.numberToHclTerraform(this._lunId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      target: {
        value: cdktf.numberToHclTerraform(this._target),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
