// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NodeConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * RAM usage target for ballooning, in percent.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#ballooning_target NodeConfig#ballooning_target}
  */
  readonly ballooningTarget?: number;
  /**
  * Notes shown in the node summary.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#description NodeConfig#description}
  */
  readonly description?: string;
  /**
  * The node.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#node NodeConfig#node}
  */
  readonly nodeAttribute: string;
  /**
  * Seconds to wait before starting guests on boot.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#startall_onboot_delay NodeConfig#startall_onboot_delay}
  */
  readonly startallOnbootDelay?: number;
  /**
  * Wake-on-LAN: the MAC address, optionally with bind-interface and broadcast-address, as the API's property string.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#wake_on_lan NodeConfig#wake_on_lan}
  */
  readonly wakeOnLan?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config proxmox_node_config}
*/
export class NodeConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_node_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NodeConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NodeConfig to import
  * @param importFromId The id of the existing NodeConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NodeConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_config proxmox_node_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NodeConfigConfig
  */
  public constructor(scope: Construct, id: string, config: NodeConfigConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_node_config',
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
    this._ballooningTarget = config.ballooningTarget;
    this._description = config.description;
    this._node = config.nodeAttribute;
    this._startallOnbootDelay = config.startallOnbootDelay;
    this._wakeOnLan = config.wakeOnLan;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // ballooning_target - computed: false, optional: true, required: false
  private _ballooningTarget?: number; 
  public get ballooningTarget() {
    return this.getNumberAttribute('ballooning_target');
  }
  public set ballooningTarget(value: number) {
    this._ballooningTarget = value;
  }
  public resetBallooningTarget() {
    this._ballooningTarget = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ballooningTargetInput() {
    return this._ballooningTarget;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // node - computed: false, optional: false, required: true
  private _node?: string; 
  public get nodeAttribute() {
    return this.getStringAttribute('node');
  }
  public set nodeAttribute(value: string) {
    this._node = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeAttributeInput() {
    return this._node;
  }

  // startall_onboot_delay - computed: false, optional: true, required: false
  private _startallOnbootDelay?: number; 
  public get startallOnbootDelay() {
    return this.getNumberAttribute('startall_onboot_delay');
  }
  public set startallOnbootDelay(value: number) {
    this._startallOnbootDelay = value;
  }
  public resetStartallOnbootDelay() {
    this._startallOnbootDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startallOnbootDelayInput() {
    return this._startallOnbootDelay;
  }

  // wake_on_lan - computed: false, optional: true, required: false
  private _wakeOnLan?: string; 
  public get wakeOnLan() {
    return this.getStringAttribute('wake_on_lan');
  }
  public set wakeOnLan(value: string) {
    this._wakeOnLan = value;
  }
  public resetWakeOnLan() {
    this._wakeOnLan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wakeOnLanInput() {
    return this._wakeOnLan;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ballooning_target: cdktf.numberToTerraform(this._ballooningTarget),
      description: cdktf.stringToTerraform(this._description),
      node: cdktf.stringToTerraform(this._node),
      startall_onboot_delay: cdktf.numberToTerraform(this._startallOnbootDelay),
      wake_on_lan: cdktf.stringToTerraform(this._wakeOnLan),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ballooning_target: {
        value: cdktf.numberToHclTerraform(this._ballooningTarget),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      node: {
        value: cdktf.stringToHclTerraform(this._node),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      startall_onboot_delay: {
        value: cdktf.numberToHclTerraform(this._startallOnbootDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      wake_on_lan: {
        value: cdktf.stringToHclTerraform(this._wakeOnLan),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
