// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IscsiGlobalConfig extends cdktf.TerraformMetaArguments {
  /**
  * Asymmetric Logical Unit Access (takes effect on HA systems only).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#alua IscsiGlobal#alua}
  */
  readonly alua?: boolean | cdktf.IResolvable;
  /**
  * IQN prefix of target names (default `iqn.2005-10.org.freenas.ctl`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#basename IscsiGlobal#basename}
  */
  readonly basename?: string;
  /**
  * Direct target configuration (TrueNAS 26.0 and later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#direct_config IscsiGlobal#direct_config}
  */
  readonly directConfig?: boolean | cdktf.IResolvable;
  /**
  * iSCSI Extensions for RDMA (needs an RDMA-capable NIC).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#iser IscsiGlobal#iser}
  */
  readonly iser?: boolean | cdktf.IResolvable;
  /**
  * iSNS servers as IP[:PORT]; the server must be reachable when set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#isns_servers IscsiGlobal#isns_servers}
  */
  readonly isnsServers?: string[];
  /**
  * TCP port of the portals (1025-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#listen_port IscsiGlobal#listen_port}
  */
  readonly listenPort?: number;
  /**
  * Target mode, 0 or 1 (TrueNAS 26.0 and later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#mode IscsiGlobal#mode}
  */
  readonly mode?: number;
  /**
  * Alert when a pool with extents has less than this percentage free (1-99).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#pool_avail_threshold IscsiGlobal#pool_avail_threshold}
  */
  readonly poolAvailThreshold?: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global truenas_iscsi_global}
*/
export class IscsiGlobal extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_iscsi_global";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IscsiGlobal resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IscsiGlobal to import
  * @param importFromId The id of the existing IscsiGlobal that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IscsiGlobal to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_global", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_global truenas_iscsi_global} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IscsiGlobalConfig = {}
  */
  public constructor(scope: Construct, id: string, config: IscsiGlobalConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_iscsi_global',
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
    this._alua = config.alua;
    this._basename = config.basename;
    this._directConfig = config.directConfig;
    this._iser = config.iser;
    this._isnsServers = config.isnsServers;
    this._listenPort = config.listenPort;
    this._mode = config.mode;
    this._poolAvailThreshold = config.poolAvailThreshold;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alua - computed: true, optional: true, required: false
  private _alua?: boolean | cdktf.IResolvable; 
  public get alua() {
    return this.getBooleanAttribute('alua');
  }
  public set alua(value: boolean | cdktf.IResolvable) {
    this._alua = value;
  }
  public resetAlua() {
    this._alua = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aluaInput() {
    return this._alua;
  }

  // basename - computed: true, optional: true, required: false
  private _basename?: string; 
  public get basename() {
    return this.getStringAttribute('basename');
  }
  public set basename(value: string) {
    this._basename = value;
  }
  public resetBasename() {
    this._basename = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get basenameInput() {
    return this._basename;
  }

  // direct_config - computed: true, optional: true, required: false
  private _directConfig?: boolean | cdktf.IResolvable; 
  public get directConfig() {
    return this.getBooleanAttribute('direct_config');
  }
  public set directConfig(value: boolean | cdktf.IResolvable) {
    this._directConfig = value;
  }
  public resetDirectConfig() {
    this._directConfig = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get directConfigInput() {
    return this._directConfig;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // iser - computed: true, optional: true, required: false
  private _iser?: boolean | cdktf.IResolvable; 
  public get iser() {
    return this.getBooleanAttribute('iser');
  }
  public set iser(value: boolean | cdktf.IResolvable) {
    this._iser = value;
  }
  public resetIser() {
    this._iser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iserInput() {
    return this._iser;
  }

  // isns_servers - computed: true, optional: true, required: false
  private _isnsServers?: string[]; 
  public get isnsServers() {
    return this.getListAttribute('isns_servers');
  }
  public set isnsServers(value: string[]) {
    this._isnsServers = value;
  }
  public resetIsnsServers() {
    this._isnsServers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isnsServersInput() {
    return this._isnsServers;
  }

  // listen_port - computed: true, optional: true, required: false
  private _listenPort?: number; 
  public get listenPort() {
    return this.getNumberAttribute('listen_port');
  }
  public set listenPort(value: number) {
    this._listenPort = value;
  }
  public resetListenPort() {
    this._listenPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get listenPortInput() {
    return this._listenPort;
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: number; 
  public get mode() {
    return this.getNumberAttribute('mode');
  }
  public set mode(value: number) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
  }

  // pool_avail_threshold - computed: true, optional: true, required: false
  private _poolAvailThreshold?: number; 
  public get poolAvailThreshold() {
    return this.getNumberAttribute('pool_avail_threshold');
  }
  public set poolAvailThreshold(value: number) {
    this._poolAvailThreshold = value;
  }
  public resetPoolAvailThreshold() {
    this._poolAvailThreshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get poolAvailThresholdInput() {
    return this._poolAvailThreshold;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alua: cdktf.booleanToTerraform(this._alua),
      basename: cdktf.stringToTerraform(this._basename),
      direct_config: cdktf.booleanToTerraform(this._directConfig),
      iser: cdktf.booleanToTerraform(this._iser),
      isns_servers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._isnsServers),
      listen_port: cdktf.numberToTerraform(this._listenPort),
      mode: cdktf.numberToTerraform(this._mode),
      pool_avail_threshold: cdktf.numberToTerraform(this._poolAvailThreshold),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alua: {
        value: cdktf.booleanToHclTerraform(this._alua),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      basename: {
        value: cdktf.stringToHclTerraform(this._basename),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      direct_config: {
        value: cdktf.booleanToHclTerraform(this._directConfig),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      iser: {
        value: cdktf.booleanToHclTerraform(this._iser),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      isns_servers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._isnsServers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      listen_port: {
        value: cdktf.numberToHclTerraform(this._listenPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      mode: {
        value: cdktf.numberToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      pool_avail_threshold: {
        value: cdktf.numberToHclTerraform(this._poolAvailThreshold),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
