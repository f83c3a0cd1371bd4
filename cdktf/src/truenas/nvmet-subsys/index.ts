// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetSubsysConfig extends cdktf.TerraformMetaArguments {
  /**
  * Let every host connect, not only the linked ones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#allow_any_host NvmetSubsys#allow_any_host}
  */
  readonly allowAnyHost?: boolean | cdktf.IResolvable;
  /**
  * Asymmetric Namespace Access for this subsystem (HA systems only); unset follows `truenas_nvmet_global.ana`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#ana NvmetSubsys#ana}
  */
  readonly ana?: boolean | cdktf.IResolvable;
  /**
  * IEEE OUI reported for the subsystem; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#ieee_oui NvmetSubsys#ieee_oui}
  */
  readonly ieeeOui?: string;
  /**
  * Unique name; the default NQN is `<basenqn>:<name>`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#name NvmetSubsys#name}
  */
  readonly name: string;
  /**
  * Protection information; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#pi_enable NvmetSubsys#pi_enable}
  */
  readonly piEnable?: boolean | cdktf.IResolvable;
  /**
  * Most I/O queues a host may create; unset for the default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#qid_max NvmetSubsys#qid_max}
  */
  readonly qidMax?: number;
  /**
  * The subsystem's NQN; unset, TrueNAS makes it `<basenqn>:<name>` at creation and keeps it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#subnqn NvmetSubsys#subnqn}
  */
  readonly subnqn?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys truenas_nvmet_subsys}
*/
export class NvmetSubsys extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_subsys";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetSubsys resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetSubsys to import
  * @param importFromId The id of the existing NvmetSubsys that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetSubsys to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_subsys", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_subsys truenas_nvmet_subsys} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetSubsysConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetSubsysConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_subsys',
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
    this._allowAnyHost = config.allowAnyHost;
    this._ana = config.ana;
    this._ieeeOui = config.ieeeOui;
    this._name = config.name;
    this._piEnable = config.piEnable;
    this._qidMax = config.qidMax;
    this._subnqn = config.subnqn;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_any_host - computed: true, optional: true, required: false
  private _allowAnyHost?: boolean | cdktf.IResolvable; 
  public get allowAnyHost() {
    return this.getBooleanAttribute('allow_any_host');
  }
  public set allowAnyHost(value: boolean | cdktf.IResolvable) {
    this._allowAnyHost = value;
  }
  public resetAllowAnyHost() {
    this._allowAnyHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowAnyHostInput() {
    return this._allowAnyHost;
  }

  // ana - computed: false, optional: true, required: false
  private _ana?: boolean | cdktf.IResolvable; 
  public get ana() {
    return this.getBooleanAttribute('ana');
  }
  public set ana(value: boolean | cdktf.IResolvable) {
    this._ana = value;
  }
  public resetAna() {
    this._ana = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anaInput() {
    return this._ana;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // ieee_oui - computed: false, optional: true, required: false
  private _ieeeOui?: string; 
  public get ieeeOui() {
    return this.getStringAttribute('ieee_oui');
  }
  public set ieeeOui(value: string) {
    this._ieeeOui = value;
  }
  public resetIeeeOui() {
    this._ieeeOui = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ieeeOuiInput() {
    return this._ieeeOui;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // pi_enable - computed: false, optional: true, required: false
  private _piEnable?: boolean | cdktf.IResolvable; 
  public get piEnable() {
    return this.getBooleanAttribute('pi_enable');
  }
  public set piEnable(value: boolean | cdktf.IResolvable) {
    this._piEnable = value;
  }
  public resetPiEnable() {
    this._piEnable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get piEnableInput() {
    return this._piEnable;
  }

  // qid_max - computed: false, optional: true, required: false
  private _qidMax?: number; 
  public get qidMax() {
    return this.getNumberAttribute('qid_max');
  }
  public set qidMax(value: number) {
    this._qidMax = value;
  }
  public resetQidMax() {
    this._qidMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get qidMaxInput() {
    return this._qidMax;
  }

  // serial - computed: true, optional: false, required: false
  public get serial() {
    return this.getStringAttribute('serial');
  }

  // subnqn - computed: true, optional: true, required: false
  private _subnqn?: string; 
  public get subnqn() {
    return this.getStringAttribute('subnqn');
  }
  public set subnqn(value: string) {
    this._subnqn = value;
  }
  public resetSubnqn() {
    this._subnqn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnqnInput() {
    return this._subnqn;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_any_host: cdktf.booleanToTerraform(this._allowAnyHost),
      ana: cdktf.booleanToTerraform(this._ana),
      ieee_oui: cdktf.stringToTerraform(this._ieeeOui),
      name: cdktf.stringToTerraform(this._name),
      pi_enable: cdktf.booleanToTerraform(this._piEnable),
      qid_max: cdktf.numberToTerraform(this._qidMax),
      subnqn: cdktf.stringToTerraform(this._subnqn),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_any_host: {
        value: cdktf.booleanToHclTerraform(this._allowAnyHost),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ana: {
        value: cdktf.booleanToHclTerraform(this._ana),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ieee_oui: {
        value: cdktf.stringToHclTerraform(this._ieeeOui),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pi_enable: {
        value: cdktf.booleanToHclTerraform(this._piEnable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      qid_max: {
        value: cdktf.numberToHclTerraform(this._qidMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      subnqn: {
        value: cdktf.stringToHclTerraform(this._subnqn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
