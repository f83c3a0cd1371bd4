// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetPortSubsysConfig extends cdktf.TerraformMetaArguments {
  /**
  * The port (`truenas_nvmet_port.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys#port_id NvmetPortSubsys#port_id}
  */
  readonly portId: number;
  /**
  * The subsystem (`truenas_nvmet_subsys.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys#subsys_id NvmetPortSubsys#subsys_id}
  */
  readonly subsysId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys truenas_nvmet_port_subsys}
*/
export class NvmetPortSubsys extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_port_subsys";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetPortSubsys resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetPortSubsys to import
  * @param importFromId The id of the existing NvmetPortSubsys that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetPortSubsys to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_port_subsys", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_port_subsys truenas_nvmet_port_subsys} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetPortSubsysConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetPortSubsysConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_port_subsys',
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
    this._portId = config.portId;
    this._subsysId = config.subsysId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // port_id - computed: false, optional: false, required: true
  private _portId?: number; 
  public get portId() {
    return this.getNumberAttribute('port_id');
  }
  public set portId(value: number) {
    this._portId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portIdInput() {
    return this._portId;
  }

  // subsys_id - computed: false, optional: false, required: true
  private _subsysId?: number; 
  public get subsysId() {
    return this.getNumberAttribute('subsys_id');
  }
  public set subsysId(value: number) {
    this._subsysId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get subsysIdInput() {
    return this._subsysId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      port_id: cdktf.numberToTerraform(this._portId),
      subsys_id: cdktf.numberToTerraform(this._subsysId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      port_id: {
        value: cdktf.numberToHclTerraform(this._portId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      subsys_id: {
        value: cdktf.numberToHclTerraform(this._subsysId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
