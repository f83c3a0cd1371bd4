// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TunableConfig extends cdktf.TerraformMetaArguments {
  /**
  * Free-text comment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#comment Tunable#comment}
  */
  readonly comment?: string;
  /**
  * Whether the value is applied.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#enabled Tunable#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * SYSCTL, UDEV or ZFS. Changing it replaces the tunable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#type Tunable#type}
  */
  readonly type?: string;
  /**
  * For ZFS parameters: whether to rebuild the initramfs so the value holds from early boot (the server does unless false). Ignored for other types. Not stored by the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#update_initramfs Tunable#update_initramfs}
  */
  readonly updateInitramfs?: boolean | cdktf.IResolvable;
  /**
  * The value (for UDEV: the rule text). TrueNAS 25.04 takes up to 1024 characters; 25.10 and later have no limit.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#value Tunable#value}
  */
  readonly value: string;
  /**
  * The sysctl name (vm.swappiness), udev rule name or ZFS parameter (zfs_arc_max). Changing it replaces the tunable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#var Tunable#var}
  */
  readonly var: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable truenas_tunable}
*/
export class Tunable extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_tunable";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Tunable resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Tunable to import
  * @param importFromId The id of the existing Tunable that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Tunable to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_tunable", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/tunable truenas_tunable} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TunableConfig
  */
  public constructor(scope: Construct, id: string, config: TunableConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_tunable',
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
    this._comment = config.comment;
    this._enabled = config.enabled;
    this._type = config.type;
    this._updateInitramfs = config.updateInitramfs;
    this._value = config.value;
    this._var = config.var;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // comment - computed: true, optional: true, required: false
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
    return this.getNumberAttribute('id');
  }

  // orig_value - computed: true, optional: false, required: false
  public get origValue() {
    return this.getStringAttribute('orig_value');
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // update_initramfs - computed: false, optional: true, required: false
  private _updateInitramfs?: boolean | cdktf.IResolvable; 
  public get updateInitramfs() {
    return this.getBooleanAttribute('update_initramfs');
  }
  public set updateInitramfs(value: boolean | cdktf.IResolvable) {
    this._updateInitramfs = value;
  }
  public resetUpdateInitramfs() {
    this._updateInitramfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInitramfsInput() {
    return this._updateInitramfs;
  }

  // value - computed: false, optional: false, required: true
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }

  // var - computed: false, optional: false, required: true
  private _var?: string; 
  public get var() {
    return this.getStringAttribute('var');
  }
  public set var(value: string) {
    this._var = value;
  }
  // Temporarily expose input value. Use with caution.
  public get varInput() {
    return this._var;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      enabled: cdktf.booleanToTerraform(this._enabled),
      type: cdktf.stringToTerraform(this._type),
      update_initramfs: cdktf.booleanToTerraform(this._updateInitramfs),
      value: cdktf.stringToTerraform(this._value),
      var: cdktf.stringToTerraform(this._var),
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
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      update_initramfs: {
        value: cdktf.booleanToHclTerraform(this._updateInitramfs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      value: {
        value: cdktf.stringToHclTerraform(this._value),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      var: {
        value: cdktf.stringToHclTerraform(this._var),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
