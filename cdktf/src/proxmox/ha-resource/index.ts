// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface HaResourceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Comment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#comment HaResource#comment}
  */
  readonly comment?: string;
  /**
  * PVE 9: move back to the highest-priority node of its node-affinity rule when that node is back. Unset: the server default, true (read back as true, also for a resource the web UI made, which leaves the default unstored); removing it from the configuration keeps the value the resource has.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#failback HaResource#failback}
  */
  readonly failback?: boolean | cdktf.IResolvable;
  /**
  * Relocations to other nodes after failed starts.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#max_relocate HaResource#max_relocate}
  */
  readonly maxRelocate?: number;
  /**
  * Restarts on the same node before relocating.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#max_restart HaResource#max_restart}
  */
  readonly maxRestart?: number;
  /**
  * The guest: "vm:<VMID>" or "ct:<VMID>".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#sid HaResource#sid}
  */
  readonly sid: string;
  /**
  * Requested state: started, stopped, disabled, ignored (enabled is an alias of started).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#state HaResource#state}
  */
  readonly state?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource proxmox_ha_resource}
*/
export class HaResource extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_ha_resource";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HaResource resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HaResource to import
  * @param importFromId The id of the existing HaResource that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HaResource to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_ha_resource", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/ha_resource proxmox_ha_resource} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HaResourceConfig
  */
  public constructor(scope: Construct, id: string, config: HaResourceConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_ha_resource',
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
    this._comment = config.comment;
    this._failback = config.failback;
    this._maxRelocate = config.maxRelocate;
    this._maxRestart = config.maxRestart;
    this._sid = config.sid;
    this._state = config.state;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // comment - computed: false, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // failback - computed: true, optional: true, required: false
  private _failback?: boolean | cdktf.IResolvable; 
  public get failback() {
    return this.getBooleanAttribute('failback');
  }
  public set failback(value: boolean | cdktf.IResolvable) {
    this._failback = value;
  }
  public resetFailback() {
    this._failback = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get failbackInput() {
    return this._failback;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // max_relocate - computed: true, optional: true, required: false
  private _maxRelocate?: number; 
  public get maxRelocate() {
    return this.getNumberAttribute('max_relocate');
  }
  public set maxRelocate(value: number) {
    this._maxRelocate = value;
  }
  public resetMaxRelocate() {
    this._maxRelocate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRelocateInput() {
    return this._maxRelocate;
  }

  // max_restart - computed: true, optional: true, required: false
  private _maxRestart?: number; 
  public get maxRestart() {
    return this.getNumberAttribute('max_restart');
  }
  public set maxRestart(value: number) {
    this._maxRestart = value;
  }
  public resetMaxRestart() {
    this._maxRestart = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRestartInput() {
    return this._maxRestart;
  }

  // sid - computed: false, optional: false, required: true
  private _sid?: string; 
  public get sid() {
    return this.getStringAttribute('sid');
  }
  public set sid(value: string) {
    this._sid = value;
  }
  // Temporarily expose input value. Use with caution.
  public get sidInput() {
    return this._sid;
  }

  // state - computed: true, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      failback: cdktf.booleanToTerraform(this._failback),
      max_relocate: cdktf.numberToTerraform(this._maxRelocate),
      max_restart: cdktf.numberToTerraform(this._maxRestart),
      sid: cdktf.stringToTerraform(this._sid),
      state: cdktf.stringToTerraform(this._state),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      failback: {
        value: cdktf.booleanToHclTerraform(this._failback),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_relocate: {
        value: cdktf.numberToHclTerraform(this._maxRelocate),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_restart: {
        value: cdktf.numberToHclTerraform(this._maxRestart),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      sid: {
        value: cdktf.stringToHclTerraform(this._sid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      state: {
        value: cdktf.stringToHclTerraform(this._state),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
