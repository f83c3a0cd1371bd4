// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetHostSubsysConfig extends cdktf.TerraformMetaArguments {
  /**
  * The host (`truenas_nvmet_host.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys#host_id NvmetHostSubsys#host_id}
  */
  readonly hostId: number;
  /**
  * The subsystem (`truenas_nvmet_subsys.id`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys#subsys_id NvmetHostSubsys#subsys_id}
  */
  readonly subsysId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys truenas_nvmet_host_subsys}
*/
export class NvmetHostSubsys extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_host_subsys";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetHostSubsys resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetHostSubsys to import
  * @param importFromId The id of the existing NvmetHostSubsys that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetHostSubsys to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_host_subsys", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host_subsys truenas_nvmet_host_subsys} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetHostSubsysConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetHostSubsysConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_host_subsys',
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
    this._hostId = config.hostId;
    this._subsysId = config.subsysId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // host_id - computed: false, optional: false, required: true
  private _hostId?: number; 
  public get hostId() {
    return this.getNumberAttribute('host_id');
  }
  public set hostId(value: number) {
    this._hostId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostIdInput() {
    return this._hostId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
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
      host_id: cdktf.numberToTerraform(this._hostId),
      subsys_id: cdktf.numberToTerraform(this._subsysId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      host_id: {
        value: cdktf.numberToHclTerraform(this._hostId),
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
