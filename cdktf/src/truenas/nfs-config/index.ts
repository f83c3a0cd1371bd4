// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NfsConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Accept requests from ports above 1024.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#allow_nonroot NfsConfig#allow_nonroot}
  */
  readonly allowNonroot?: boolean | cdktf.IResolvable;
  /**
  * Addresses to serve on; empty for all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#bindip NfsConfig#bindip}
  */
  readonly bindip?: string[];
  /**
  * Log mountd requests to syslog (on in a fresh install).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#mountd_log NfsConfig#mountd_log}
  */
  readonly mountdLog?: boolean | cdktf.IResolvable;
  /**
  * Fixed port of mountd (a fresh system picks one). Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#mountd_port NfsConfig#mountd_port}
  */
  readonly mountdPort?: number;
  /**
  * Protocol versions served: NFSV3, NFSV4 (at least one).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#protocols NfsConfig#protocols}
  */
  readonly protocols?: string[];
  /**
  * Serve NFS over RDMA: TrueNAS Enterprise only, with an RDMA-capable NIC (true is refused at plan time on other editions; the NIC the server checks). A Community system always reads it back false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#rdma NfsConfig#rdma}
  */
  readonly rdma?: boolean | cdktf.IResolvable;
  /**
  * Fixed port of rpc.lockd (a fresh system picks one). Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#rpclockd_port NfsConfig#rpclockd_port}
  */
  readonly rpclockdPort?: number;
  /**
  * Fixed port of rpc.statd (a fresh system picks one). Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#rpcstatd_port NfsConfig#rpcstatd_port}
  */
  readonly rpcstatdPort?: number;
  /**
  * Number of nfsd threads. A fresh system manages it (one per CPU core, 1 to 32, read back here); once set here, the number stays fixed. Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#servers NfsConfig#servers}
  */
  readonly servers?: number;
  /**
  * Log rpc.statd and rpc.lockd to syslog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#statd_lockd_log NfsConfig#statd_lockd_log}
  */
  readonly statdLockdLog?: boolean | cdktf.IResolvable;
  /**
  * Let the server look up group membership (more than 16 groups).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#userd_manage_gids NfsConfig#userd_manage_gids}
  */
  readonly userdManageGids?: boolean | cdktf.IResolvable;
  /**
  * NFSv4 ID mapping domain (needs NFSV4).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#v4_domain NfsConfig#v4_domain}
  */
  readonly v4Domain?: string;
  /**
  * Require Kerberos on NFSv4 (the server also does when its keytab has an NFS principal). An HA system then needs its virtual hostname and domain set; the server checks that.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#v4_krb NfsConfig#v4_krb}
  */
  readonly v4Krb?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config truenas_nfs_config}
*/
export class NfsConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_nfs_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NfsConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NfsConfig to import
  * @param importFromId The id of the existing NfsConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NfsConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nfs_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_config truenas_nfs_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NfsConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: NfsConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_nfs_config',
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
    this._allowNonroot = config.allowNonroot;
    this._bindip = config.bindip;
    this._mountdLog = config.mountdLog;
    this._mountdPort = config.mountdPort;
    this._protocols = config.protocols;
    this._rdma = config.rdma;
    this._rpclockdPort = config.rpclockdPort;
    this._rpcstatdPort = config.rpcstatdPort;
    this._servers = config.servers;
    this._statdLockdLog = config.statdLockdLog;
    this._userdManageGids = config.userdManageGids;
    this._v4Domain = config.v4Domain;
    this._v4Krb = config.v4Krb;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // allow_nonroot - computed: true, optional: true, required: false
  private _allowNonroot?: boolean | cdktf.IResolvable; 
  public get allowNonroot() {
    return this.getBooleanAttribute('allow_nonroot');
  }
  public set allowNonroot(value: boolean | cdktf.IResolvable) {
    this._allowNonroot = value;
  }
  public resetAllowNonroot() {
    this._allowNonroot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get allowNonrootInput() {
    return this._allowNonroot;
  }

  // bindip - computed: true, optional: true, required: false
  private _bindip?: string[]; 
  public get bindip() {
    return this.getListAttribute('bindip');
  }
  public set bindip(value: string[]) {
    this._bindip = value;
  }
  public resetBindip() {
    this._bindip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindipInput() {
    return this._bindip;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // mountd_log - computed: true, optional: true, required: false
  private _mountdLog?: boolean | cdktf.IResolvable; 
  public get mountdLog() {
    return this.getBooleanAttribute('mountd_log');
  }
  public set mountdLog(value: boolean | cdktf.IResolvable) {
    this._mountdLog = value;
  }
  public resetMountdLog() {
    this._mountdLog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountdLogInput() {
    return this._mountdLog;
  }

  // mountd_port - computed: true, optional: true, required: false
  private _mountdPort?: number; 
  public get mountdPort() {
    return this.getNumberAttribute('mountd_port');
  }
  public set mountdPort(value: number) {
    this._mountdPort = value;
  }
  public resetMountdPort() {
    this._mountdPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountdPortInput() {
    return this._mountdPort;
  }

  // protocols - computed: true, optional: true, required: false
  private _protocols?: string[]; 
  public get protocols() {
    return cdktf.Fn.tolist(this.getListAttribute('protocols'));
  }
  public set protocols(value: string[]) {
    this._protocols = value;
  }
  public resetProtocols() {
    this._protocols = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protocolsInput() {
    return this._protocols;
  }

  // rdma - computed: true, optional: true, required: false
  private _rdma?: boolean | cdktf.IResolvable; 
  public get rdma() {
    return this.getBooleanAttribute('rdma');
  }
  public set rdma(value: boolean | cdktf.IResolvable) {
    this._rdma = value;
  }
  public resetRdma() {
    this._rdma = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rdmaInput() {
    return this._rdma;
  }

  // rpclockd_port - computed: true, optional: true, required: false
  private _rpclockdPort?: number; 
  public get rpclockdPort() {
    return this.getNumberAttribute('rpclockd_port');
  }
  public set rpclockdPort(value: number) {
    this._rpclockdPort = value;
  }
  public resetRpclockdPort() {
    this._rpclockdPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rpclockdPortInput() {
    return this._rpclockdPort;
  }

  // rpcstatd_port - computed: true, optional: true, required: false
  private _rpcstatdPort?: number; 
  public get rpcstatdPort() {
    return this.getNumberAttribute('rpcstatd_port');
  }
  public set rpcstatdPort(value: number) {
    this._rpcstatdPort = value;
  }
  public resetRpcstatdPort() {
    this._rpcstatdPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rpcstatdPortInput() {
    return this._rpcstatdPort;
  }

  // servers - computed: true, optional: true, required: false
  private _servers?: number; 
  public get servers() {
    return this.getNumberAttribute('servers');
  }
  public set servers(value: number) {
    this._servers = value;
  }
  public resetServers() {
    this._servers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serversInput() {
    return this._servers;
  }

  // statd_lockd_log - computed: true, optional: true, required: false
  private _statdLockdLog?: boolean | cdktf.IResolvable; 
  public get statdLockdLog() {
    return this.getBooleanAttribute('statd_lockd_log');
  }
  public set statdLockdLog(value: boolean | cdktf.IResolvable) {
    this._statdLockdLog = value;
  }
  public resetStatdLockdLog() {
    this._statdLockdLog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statdLockdLogInput() {
    return this._statdLockdLog;
  }

  // userd_manage_gids - computed: true, optional: true, required: false
  private _userdManageGids?: boolean | cdktf.IResolvable; 
  public get userdManageGids() {
    return this.getBooleanAttribute('userd_manage_gids');
  }
  public set userdManageGids(value: boolean | cdktf.IResolvable) {
    this._userdManageGids = value;
  }
  public resetUserdManageGids() {
    this._userdManageGids = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userdManageGidsInput() {
    return this._userdManageGids;
  }

  // v4_domain - computed: true, optional: true, required: false
  private _v4Domain?: string; 
  public get v4Domain() {
    return this.getStringAttribute('v4_domain');
  }
  public set v4Domain(value: string) {
    this._v4Domain = value;
  }
  public resetV4Domain() {
    this._v4Domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v4DomainInput() {
    return this._v4Domain;
  }

  // v4_krb - computed: true, optional: true, required: false
  private _v4Krb?: boolean | cdktf.IResolvable; 
  public get v4Krb() {
    return this.getBooleanAttribute('v4_krb');
  }
  public set v4Krb(value: boolean | cdktf.IResolvable) {
    this._v4Krb = value;
  }
  public resetV4Krb() {
    this._v4Krb = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get v4KrbInput() {
    return this._v4Krb;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      allow_nonroot: cdktf.booleanToTerraform(this._allowNonroot),
      bindip: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bindip),
      mountd_log: cdktf.booleanToTerraform(this._mountdLog),
      mountd_port: cdktf.numberToTerraform(this._mountdPort),
      protocols: cdktf.listMapper(cdktf.stringToTerraform, false)(this._protocols),
      rdma: cdktf.booleanToTerraform(this._rdma),
      rpclockd_port: cdktf.numberToTerraform(this._rpclockdPort),
      rpcstatd_port: cdktf.numberToTerraform(this._rpcstatdPort),
      servers: cdktf.numberToTerraform(this._servers),
      statd_lockd_log: cdktf.booleanToTerraform(this._statdLockdLog),
      userd_manage_gids: cdktf.booleanToTerraform(this._userdManageGids),
      v4_domain: cdktf.stringToTerraform(this._v4Domain),
      v4_krb: cdktf.booleanToTerraform(this._v4Krb),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      allow_nonroot: {
        value: cdktf.booleanToHclTerraform(this._allowNonroot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bindip: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bindip),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      mountd_log: {
        value: cdktf.booleanToHclTerraform(this._mountdLog),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      mountd_port: {
        value: cdktf.numberToHclTerraform(this._mountdPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      protocols: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._protocols),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      rdma: {
        value: cdktf.booleanToHclTerraform(this._rdma),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      rpclockd_port: {
        value: cdktf.numberToHclTerraform(this._rpclockdPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      rpcstatd_port: {
        value: cdktf.numberToHclTerraform(this._rpcstatdPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      servers: {
        value: cdktf.numberToHclTerraform(this._servers),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      statd_lockd_log: {
        value: cdktf.booleanToHclTerraform(this._statdLockdLog),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      userd_manage_gids: {
        value: cdktf.booleanToHclTerraform(this._userdManageGids),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      v4_domain: {
        value: cdktf.stringToHclTerraform(this._v4Domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      v4_krb: {
        value: cdktf.booleanToHclTerraform(this._v4Krb),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
