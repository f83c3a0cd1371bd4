// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NvmetHostConfig extends cdktf.TerraformMetaArguments {
  /**
  * Free-text description of the host. TrueNAS 26.0 or later (refused at plan time on older releases); removing it clears it on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#description NvmetHost#description}
  */
  readonly description?: string;
  /**
  * DH-HMAC-CHAP key TrueNAS presents back (bidirectional authentication). Give it here or, kept out of state, as dhchap_ctrl_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_ctrl_key NvmetHost#dhchap_ctrl_key}
  */
  readonly dhchapCtrlKey?: string;
  /**
  * DH-HMAC-CHAP key TrueNAS presents back (bidirectional authentication), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); dhchap_ctrl_key then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_ctrl_key_wo NvmetHost#dhchap_ctrl_key_wo}
  */
  readonly dhchapCtrlKeyWo?: string;
  /**
  * Required with dhchap_ctrl_key_wo; change it to send a new dhchap_ctrl_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_ctrl_key_wo_version NvmetHost#dhchap_ctrl_key_wo_version}
  */
  readonly dhchapCtrlKeyWoVersion?: number;
  /**
  * Diffie-Hellman group for the DH-HMAC-CHAP exchange: 2048-BIT, 3072-BIT, 4096-BIT, 6144-BIT or 8192-BIT; unset for none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_dhgroup NvmetHost#dhchap_dhgroup}
  */
  readonly dhchapDhgroup?: string;
  /**
  * HMAC hash: SHA-256, SHA-384 or SHA-512.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_hash NvmetHost#dhchap_hash}
  */
  readonly dhchapHash?: string;
  /**
  * DH-HMAC-CHAP key the host presents ("nvme gen-dhchap-key" output). Give it here or, kept out of state, as dhchap_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_key NvmetHost#dhchap_key}
  */
  readonly dhchapKey?: string;
  /**
  * DH-HMAC-CHAP key the host presents ("nvme gen-dhchap-key" output), write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+); dhchap_key then stays null in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_key_wo NvmetHost#dhchap_key_wo}
  */
  readonly dhchapKeyWo?: string;
  /**
  * Required with dhchap_key_wo; change it to send a new dhchap_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#dhchap_key_wo_version NvmetHost#dhchap_key_wo_version}
  */
  readonly dhchapKeyWoVersion?: number;
  /**
  * The host's NQN, such as the one in /etc/nvme/hostnqn on a Proxmox node.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#hostnqn NvmetHost#hostnqn}
  */
  readonly hostnqn: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host truenas_nvmet_host}
*/
export class NvmetHost extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nvmet_host";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NvmetHost resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NvmetHost to import
  * @param importFromId The id of the existing NvmetHost that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NvmetHost to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nvmet_host", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nvmet_host truenas_nvmet_host} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NvmetHostConfig
  */
  public constructor(scope: Construct, id: string, config: NvmetHostConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_nvmet_host',
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
    this._description = config.description;
    this._dhchapCtrlKey = config.dhchapCtrlKey;
    this._dhchapCtrlKeyWo = config.dhchapCtrlKeyWo;
    this._dhchapCtrlKeyWoVersion = config.dhchapCtrlKeyWoVersion;
    this._dhchapDhgroup = config.dhchapDhgroup;
    this._dhchapHash = config.dhchapHash;
    this._dhchapKey = config.dhchapKey;
    this._dhchapKeyWo = config.dhchapKeyWo;
    this._dhchapKeyWoVersion = config.dhchapKeyWoVersion;
    this._hostnqn = config.hostnqn;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // dhchap_ctrl_key - computed: false, optional: true, required: false
  private _dhchapCtrlKey?: string; 
  public get dhchapCtrlKey() {
    return this.getStringAttribute('dhchap_ctrl_key');
  }
  public set dhchapCtrlKey(value: string) {
    this._dhchapCtrlKey = value;
  }
  public resetDhchapCtrlKey() {
    this._dhchapCtrlKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapCtrlKeyInput() {
    return this._dhchapCtrlKey;
  }

  // dhchap_ctrl_key_wo - computed: false, optional: true, required: false
  private _dhchapCtrlKeyWo?: string; 
  public get dhchapCtrlKeyWo() {
    return this.getStringAttribute('dhchap_ctrl_key_wo');
  }
  public set dhchapCtrlKeyWo(value: string) {
    this._dhchapCtrlKeyWo = value;
  }
  public resetDhchapCtrlKeyWo() {
    this._dhchapCtrlKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapCtrlKeyWoInput() {
    return this._dhchapCtrlKeyWo;
  }

  // dhchap_ctrl_key_wo_version - computed: false, optional: true, required: false
  private _dhchapCtrlKeyWoVersion?: number; 
  public get dhchapCtrlKeyWoVersion() {
    return this.getNumberAttribute('dhchap_ctrl_key_wo_version');
  }
  public set dhchapCtrlKeyWoVersion(value: number) {
    this._dhchapCtrlKeyWoVersion = value;
  }
  public resetDhchapCtrlKeyWoVersion() {
    this._dhchapCtrlKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapCtrlKeyWoVersionInput() {
    return this._dhchapCtrlKeyWoVersion;
  }

  // dhchap_dhgroup - computed: false, optional: true, required: false
  private _dhchapDhgroup?: string; 
  public get dhchapDhgroup() {
    return this.getStringAttribute('dhchap_dhgroup');
  }
  public set dhchapDhgroup(value: string) {
    this._dhchapDhgroup = value;
  }
  public resetDhchapDhgroup() {
    this._dhchapDhgroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapDhgroupInput() {
    return this._dhchapDhgroup;
  }

  // dhchap_hash - computed: true, optional: true, required: false
  private _dhchapHash?: string; 
  public get dhchapHash() {
    return this.getStringAttribute('dhchap_hash');
  }
  public set dhchapHash(value: string) {
    this._dhchapHash = value;
  }
  public resetDhchapHash() {
    this._dhchapHash = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapHashInput() {
    return this._dhchapHash;
  }

  // dhchap_key - computed: false, optional: true, required: false
  private _dhchapKey?: string; 
  public get dhchapKey() {
    return this.getStringAttribute('dhchap_key');
  }
  public set dhchapKey(value: string) {
    this._dhchapKey = value;
  }
  public resetDhchapKey() {
    this._dhchapKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapKeyInput() {
    return this._dhchapKey;
  }

  // dhchap_key_wo - computed: false, optional: true, required: false
  private _dhchapKeyWo?: string; 
  public get dhchapKeyWo() {
    return this.getStringAttribute('dhchap_key_wo');
  }
  public set dhchapKeyWo(value: string) {
    this._dhchapKeyWo = value;
  }
  public resetDhchapKeyWo() {
    this._dhchapKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapKeyWoInput() {
    return this._dhchapKeyWo;
  }

  // dhchap_key_wo_version - computed: false, optional: true, required: false
  private _dhchapKeyWoVersion?: number; 
  public get dhchapKeyWoVersion() {
    return this.getNumberAttribute('dhchap_key_wo_version');
  }
  public set dhchapKeyWoVersion(value: number) {
    this._dhchapKeyWoVersion = value;
  }
  public resetDhchapKeyWoVersion() {
    this._dhchapKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhchapKeyWoVersionInput() {
    return this._dhchapKeyWoVersion;
  }

  // hostnqn - computed: false, optional: false, required: true
  private _hostnqn?: string; 
  public get hostnqn() {
    return this.getStringAttribute('hostnqn');
  }
  public set hostnqn(value: string) {
    this._hostnqn = value;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnqnInput() {
    return this._hostnqn;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      description: cdktf.stringToTerraform(this._description),
      dhchap_ctrl_key: cdktf.stringToTerraform(this._dhchapCtrlKey),
      dhchap_ctrl_key_wo: cdktf.stringToTerraform(this._dhchapCtrlKeyWo),
      dhchap_ctrl_key_wo_version: cdktf.numberToTerraform(this._dhchapCtrlKeyWoVersion),
      dhchap_dhgroup: cdktf.stringToTerraform(this._dhchapDhgroup),
      dhchap_hash: cdktf.stringToTerraform(this._dhchapHash),
      dhchap_key: cdktf.stringToTerraform(this._dhchapKey),
      dhchap_key_wo: cdktf.stringToTerraform(this._dhchapKeyWo),
      dhchap_key_wo_version: cdktf.numberToTerraform(this._dhchapKeyWoVersion),
      hostnqn: cdktf.stringToTerraform(this._hostnqn),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_ctrl_key: {
        value: cdktf.stringToHclTerraform(this._dhchapCtrlKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_ctrl_key_wo: {
        value: cdktf.stringToHclTerraform(this._dhchapCtrlKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_ctrl_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._dhchapCtrlKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      dhchap_dhgroup: {
        value: cdktf.stringToHclTerraform(this._dhchapDhgroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_hash: {
        value: cdktf.stringToHclTerraform(this._dhchapHash),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_key: {
        value: cdktf.stringToHclTerraform(this._dhchapKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_key_wo: {
        value: cdktf.stringToHclTerraform(this._dhchapKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhchap_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._dhchapKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      hostnqn: {
        value: cdktf.stringToHclTerraform(this._hostnqn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
