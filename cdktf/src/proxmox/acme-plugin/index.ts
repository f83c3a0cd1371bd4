// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AcmePluginConfig extends cdktf.TerraformMetaArguments {
  /**
  * The acme.sh DNS API, such as "cf" (Cloudflare), "aws" (Route 53) or "ovh".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#api AcmePlugin#api}
  */
  readonly api: string;
  /**
  * The DNS API's credentials and settings as acme.sh names them, e.g. { CF_Token = "...", CF_Account_ID = "..." }. Read back only when set here: an import leaves them out of the state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#data AcmePlugin#data}
  */
  readonly data?: { [key: string]: string };
  /**
  * The same credentials, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when data_wo_version changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#data_wo AcmePlugin#data_wo}
  */
  readonly dataWo?: { [key: string]: string };
  /**
  * Change it to send data_wo again; required with data_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#data_wo_version AcmePlugin#data_wo_version}
  */
  readonly dataWoVersion?: number;
  /**
  * Disable the plugin.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#disable AcmePlugin#disable}
  */
  readonly disable?: boolean | cdktf.IResolvable;
  /**
  * Nodes the plugin may be used on (all when unset; not an empty list).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#nodes AcmePlugin#nodes}
  */
  readonly nodes?: string[];
  /**
  * Plugin id.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#plugin_id AcmePlugin#plugin_id}
  */
  readonly pluginId: string;
  /**
  * Seconds to wait after creating the record before the CA checks it (server default 30).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#validation_delay AcmePlugin#validation_delay}
  */
  readonly validationDelay?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin proxmox_acme_plugin}
*/
export class AcmePlugin extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_acme_plugin";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AcmePlugin resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AcmePlugin to import
  * @param importFromId The id of the existing AcmePlugin that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AcmePlugin to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_acme_plugin", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/acme_plugin proxmox_acme_plugin} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AcmePluginConfig
  */
  public constructor(scope: Construct, id: string, config: AcmePluginConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_acme_plugin',
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
    this._api = config.api;
    this._data = config.data;
    this._dataWo = config.dataWo;
    this._dataWoVersion = config.dataWoVersion;
    this._disable = config.disable;
    this._nodes = config.nodes;
    this._pluginId = config.pluginId;
    this._validationDelay = config.validationDelay;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api - computed: false, optional: false, required: true
  private _api?: string; 
  public get api() {
    return this.getStringAttribute('api');
  }
  public set api(value: string) {
    this._api = value;
  }
  // Temporarily expose input value. Use with caution.
  public get apiInput() {
    return this._api;
  }

  // data - computed: false, optional: true, required: false
  private _data?: { [key: string]: string }; 
  public get data() {
    return this.getStringMapAttribute('data');
  }
  public set data(value: { [key: string]: string }) {
    this._data = value;
  }
  public resetData() {
    this._data = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataInput() {
    return this._data;
  }

  // data_wo - computed: false, optional: true, required: false
  private _dataWo?: { [key: string]: string }; 
  public get dataWo() {
    return this.getStringMapAttribute('data_wo');
  }
  public set dataWo(value: { [key: string]: string }) {
    this._dataWo = value;
  }
  public resetDataWo() {
    this._dataWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataWoInput() {
    return this._dataWo;
  }

  // data_wo_version - computed: false, optional: true, required: false
  private _dataWoVersion?: number; 
  public get dataWoVersion() {
    return this.getNumberAttribute('data_wo_version');
  }
  public set dataWoVersion(value: number) {
    this._dataWoVersion = value;
  }
  public resetDataWoVersion() {
    this._dataWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dataWoVersionInput() {
    return this._dataWoVersion;
  }

  // disable - computed: false, optional: true, required: false
  private _disable?: boolean | cdktf.IResolvable; 
  public get disable() {
    return this.getBooleanAttribute('disable');
  }
  public set disable(value: boolean | cdktf.IResolvable) {
    this._disable = value;
  }
  public resetDisable() {
    this._disable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableInput() {
    return this._disable;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // nodes - computed: false, optional: true, required: false
  private _nodes?: string[]; 
  public get nodes() {
    return cdktf.Fn.tolist(this.getListAttribute('nodes'));
  }
  public set nodes(value: string[]) {
    this._nodes = value;
  }
  public resetNodes() {
    this._nodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodesInput() {
    return this._nodes;
  }

  // plugin_id - computed: false, optional: false, required: true
  private _pluginId?: string; 
  public get pluginId() {
    return this.getStringAttribute('plugin_id');
  }
  public set pluginId(value: string) {
    this._pluginId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pluginIdInput() {
    return this._pluginId;
  }

  // validation_delay - computed: false, optional: true, required: false
  private _validationDelay?: number; 
  public get validationDelay() {
    return this.getNumberAttribute('validation_delay');
  }
  public set validationDelay(value: number) {
    this._validationDelay = value;
  }
  public resetValidationDelay() {
    this._validationDelay = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validationDelayInput() {
    return this._validationDelay;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api: cdktf.stringToTerraform(this._api),
      data: cdktf.hashMapper(cdktf.stringToTerraform)(this._data),
      data_wo: cdktf.hashMapper(cdktf.stringToTerraform)(this._dataWo),
      data_wo_version: cdktf.numberToTerraform(this._dataWoVersion),
      disable: cdktf.booleanToTerraform(this._disable),
      nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
      plugin_id: cdktf.stringToTerraform(this._pluginId),
      validation_delay: cdktf.numberToTerraform(this._validationDelay),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api: {
        value: cdktf.stringToHclTerraform(this._api),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      data: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._data),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      data_wo: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._dataWo),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      data_wo_version: {
        value: cdktf.numberToHclTerraform(this._dataWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      disable: {
        value: cdktf.booleanToHclTerraform(this._disable),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      nodes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      plugin_id: {
        value: cdktf.stringToHclTerraform(this._pluginId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      validation_delay: {
        value: cdktf.numberToHclTerraform(this._validationDelay),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
