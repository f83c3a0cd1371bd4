// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface ClusterFirewallConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether ebtables rules are generated (Proxmox default true, also read when the option is unset).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#ebtables ClusterFirewall#ebtables}
  */
  readonly ebtables?: boolean | cdktf.IResolvable;
  /**
  * Whether the firewall is enabled in the datacenter (Proxmox default false, also read when the option is unset).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#enabled ClusterFirewall#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Log rate limit, such as "enable=1,rate=1/second,burst=5".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#log_ratelimit ClusterFirewall#log_ratelimit}
  */
  readonly logRatelimit?: string;
  /**
  * Policy for forwarded traffic (Proxmox default ACCEPT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#policy_forward ClusterFirewall#policy_forward}
  */
  readonly policyForward?: string;
  /**
  * Policy for incoming traffic (Proxmox default DROP).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#policy_in ClusterFirewall#policy_in}
  */
  readonly policyIn?: string;
  /**
  * Policy for outgoing traffic (Proxmox default ACCEPT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#policy_out ClusterFirewall#policy_out}
  */
  readonly policyOut?: string;
  /**
  * On destroy, remove the options this resource lists from the configuration, so the defaults apply again (default false: leave them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#reset_on_destroy ClusterFirewall#reset_on_destroy}
  */
  readonly resetOnDestroy?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall proxmox_cluster_firewall}
*/
export class ClusterFirewall extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_cluster_firewall";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a ClusterFirewall resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the ClusterFirewall to import
  * @param importFromId The id of the existing ClusterFirewall that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the ClusterFirewall to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_cluster_firewall", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/cluster_firewall proxmox_cluster_firewall} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options ClusterFirewallConfig = {}
  */
  public constructor(scope: Construct, id: string, config: ClusterFirewallConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'proxmox_cluster_firewall',
      terraformGeneratorMetadata: {
        providerName: 'proxmox',
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
    this._ebtables = config.ebtables;
    this._enabled = config.enabled;
    this._logRatelimit = config.logRatelimit;
    this._policyForward = config.policyForward;
    this._policyIn = config.policyIn;
    this._policyOut = config.policyOut;
    this._resetOnDestroy = config.resetOnDestroy;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // ebtables - computed: true, optional: true, required: false
  private _ebtables?: boolean | cdktf.IResolvable; 
  public get ebtables() {
    return this.getBooleanAttribute('ebtables');
  }
  public set ebtables(value: boolean | cdktf.IResolvable) {
    this._ebtables = value;
  }
  public resetEbtables() {
    this._ebtables = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ebtablesInput() {
    return this._ebtables;
  }

  // enabled - computed: true, optional: true, required: false
  private _enabled?: boolean | cdktf.IResolvable; 
  public get enabled() {
    return this.getBooleanAttribute('enabled');
  }
  public set enabled(value: boolean | cdktf.IResolvable) {
    this._enabled = value;
  }
  public resetEnabled() {
    this._enabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enabledInput() {
    return this._enabled;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // log_ratelimit - computed: true, optional: true, required: false
  private _logRatelimit?: string; 
  public get logRatelimit() {
    return this.getStringAttribute('log_ratelimit');
  }
  public set logRatelimit(value: string) {
    this._logRatelimit = value;
  }
  public resetLogRatelimit() {
    this._logRatelimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logRatelimitInput() {
    return this._logRatelimit;
  }

  // policy_forward - computed: true, optional: true, required: false
  private _policyForward?: string; 
  public get policyForward() {
    return this.getStringAttribute('policy_forward');
  }
  public set policyForward(value: string) {
    this._policyForward = value;
  }
  public resetPolicyForward() {
    this._policyForward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyForwardInput() {
    return this._policyForward;
  }

  // policy_in - computed: true, optional: true, required: false
  private _policyIn?: string; 
  public get policyIn() {
    return this.getStringAttribute('policy_in');
  }
  public set policyIn(value: string) {
    this._policyIn = value;
  }
  public resetPolicyIn() {
    this._policyIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyInInput() {
    return this._policyIn;
  }

  // policy_out - computed: true, optional: true, required: false
  private _policyOut?: string; 
  public get policyOut() {
    return this.getStringAttribute('policy_out');
  }
  public set policyOut(value: string) {
    this._policyOut = value;
  }
  public resetPolicyOut() {
    this._policyOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get policyOutInput() {
    return this._policyOut;
  }

  // reset_on_destroy - computed: true, optional: true, required: false
  private _resetOnDestroy?: boolean | cdktf.IResolvable; 
  public get resetOnDestroy() {
    return this.getBooleanAttribute('reset_on_destroy');
  }
  public set resetOnDestroy(value: boolean | cdktf.IResolvable) {
    this._resetOnDestroy = value;
  }
  public resetResetOnDestroy() {
    this._resetOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resetOnDestroyInput() {
    return this._resetOnDestroy;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ebtables: cdktf.booleanToTerraform(this._ebtables),
      enabled: cdktf.booleanToTerraform(this._enabled),
      log_ratelimit: cdktf.stringToTerraform(this._logRatelimit),
      policy_forward: cdktf.stringToTerraform(this._policyForward),
      policy_in: cdktf.stringToTerraform(this._policyIn),
      policy_out: cdktf.stringToTerraform(this._policyOut),
      reset_on_destroy: cdktf.booleanToTerraform(this._resetOnDestroy),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ebtables: {
        value: cdktf.booleanToHclTerraform(this._ebtables),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      log_ratelimit: {
        value: cdktf.stringToHclTerraform(this._logRatelimit),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      policy_forward: {
        value: cdktf.stringToHclTerraform(this._policyForward),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      policy_in: {
        value: cdktf.stringToHclTerraform(this._policyIn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      policy_out: {
        value: cdktf.stringToHclTerraform(this._policyOut),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      reset_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._resetOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
