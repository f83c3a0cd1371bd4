// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AlertPolicyConfig extends cdktf.TerraformMetaArguments {
  /**
  * Level per alert class name (such as ZpoolCapacityWarning): INFO, NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy#levels AlertPolicy#levels}
  */
  readonly levels?: { [key: string]: string };
  /**
  * When alerts of a class are sent, per alert class name: IMMEDIATELY, HOURLY, DAILY, NEVER.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy#policies AlertPolicy#policies}
  */
  readonly policies?: { [key: string]: string };
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy truenas_alert_policy}
*/
export class AlertPolicy extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_alert_policy";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AlertPolicy resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AlertPolicy to import
  * @param importFromId The id of the existing AlertPolicy that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AlertPolicy to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_alert_policy", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/alert_policy truenas_alert_policy} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AlertPolicyConfig = {}
  */
  public constructor(scope: Construct, id: string, config: AlertPolicyConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_alert_policy',
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
    this._levels = config.levels;
    this._policies = config.policies;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // levels - computed: false, optional: true, required: false
  private _levels?: { [key: string]: string }; 
  public get levels() {
    return this.getStringMapAttribute('levels');
  }
  public set levels(value: { [key: string]: string }) {
    this._levels = value;
  }
  public resetLevels() {
    this._levels = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get levelsInput() {
    return this._levels;
  }

  // policies - computed: false, optional: true, required: false
  private _policies?: { [key: string]: string }; 
  public get policies() {
    return this.getStringMapAttribute('policies');
  }
  public set policies(value: { [key: string]: string }) {
    this._policies = value;
  }
  public resetPolicies() {
    this._policies = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policiesInput() {
    return this._policies;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      levels: cdktf.hashMapper(cdktf.stringToTerraform)(this._levels),
      policies: cdktf.hashMapper(cdktf.stringToTerraform)(this._policies),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      levels: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._levels),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      policies: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._policies),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
