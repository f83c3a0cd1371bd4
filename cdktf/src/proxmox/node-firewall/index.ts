// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NodeFirewallConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether the firewall is active on this node when enabled in the datacenter (Proxmox default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#enabled NodeFirewall#enabled}
  */
  readonly enabled?: boolean | cdktf.IResolvable;
  /**
  * Log level of forwarded traffic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#log_level_forward NodeFirewall#log_level_forward}
  */
  readonly logLevelForward?: string;
  /**
  * Log level of incoming traffic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#log_level_in NodeFirewall#log_level_in}
  */
  readonly logLevelIn?: string;
  /**
  * Log level of outgoing traffic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#log_level_out NodeFirewall#log_level_out}
  */
  readonly logLevelOut?: string;
  /**
  * Log connection tracking events (Proxmox default false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#log_nf_conntrack NodeFirewall#log_nf_conntrack}
  */
  readonly logNfConntrack?: boolean | cdktf.IResolvable;
  /**
  * Allow IPv6 neighbor discovery (Proxmox default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#ndp NodeFirewall#ndp}
  */
  readonly ndp?: boolean | cdktf.IResolvable;
  /**
  * Allow invalid packets in connection tracking (Proxmox default false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nf_conntrack_allow_invalid NodeFirewall#nf_conntrack_allow_invalid}
  */
  readonly nfConntrackAllowInvalid?: boolean | cdktf.IResolvable;
  /**
  * Connection tracking helpers to enable, such as "ftp" and "tftp"; [] for none (removes the option).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nf_conntrack_helpers NodeFirewall#nf_conntrack_helpers}
  */
  readonly nfConntrackHelpers?: string[];
  /**
  * Maximum number of tracked connections (at least 32768).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nf_conntrack_max NodeFirewall#nf_conntrack_max}
  */
  readonly nfConntrackMax?: number;
  /**
  * Conntrack timeout of established connections, seconds (at least 7875).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nf_conntrack_tcp_timeout_established NodeFirewall#nf_conntrack_tcp_timeout_established}
  */
  readonly nfConntrackTcpTimeoutEstablished?: number;
  /**
  * Conntrack timeout of SYN_RECV, seconds (30 to 60).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nf_conntrack_tcp_timeout_syn_recv NodeFirewall#nf_conntrack_tcp_timeout_syn_recv}
  */
  readonly nfConntrackTcpTimeoutSynRecv?: number;
  /**
  * Use the nftables based proxmox-firewall (Proxmox default false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nftables NodeFirewall#nftables}
  */
  readonly nftables?: boolean | cdktf.IResolvable;
  /**
  * Node name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#node NodeFirewall#node}
  */
  readonly nodeAttribute: string;
  /**
  * Filter SMURFS packets (Proxmox default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#nosmurfs NodeFirewall#nosmurfs}
  */
  readonly nosmurfs?: boolean | cdktf.IResolvable;
  /**
  * Protect against SYN floods (Proxmox default false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#protection_synflood NodeFirewall#protection_synflood}
  */
  readonly protectionSynflood?: boolean | cdktf.IResolvable;
  /**
  * SYN flood protection burst per source IP (Proxmox default 1000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#protection_synflood_burst NodeFirewall#protection_synflood_burst}
  */
  readonly protectionSynfloodBurst?: number;
  /**
  * SYN flood protection rate per source IP (Proxmox default 200).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#protection_synflood_rate NodeFirewall#protection_synflood_rate}
  */
  readonly protectionSynfloodRate?: number;
  /**
  * On destroy, remove the options this resource lists from the configuration, so the defaults apply again (default false: leave them).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#reset_on_destroy NodeFirewall#reset_on_destroy}
  */
  readonly resetOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * Log level of SMURFS filtering.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#smurf_log_level NodeFirewall#smurf_log_level}
  */
  readonly smurfLogLevel?: string;
  /**
  * Log level of illegal TCP flags filtering.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#tcp_flags_log_level NodeFirewall#tcp_flags_log_level}
  */
  readonly tcpFlagsLogLevel?: string;
  /**
  * Filter illegal combinations of TCP flags (Proxmox default false).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#tcpflags NodeFirewall#tcpflags}
  */
  readonly tcpflags?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall proxmox_node_firewall}
*/
export class NodeFirewall extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_node_firewall";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NodeFirewall resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NodeFirewall to import
  * @param importFromId The id of the existing NodeFirewall that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NodeFirewall to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_node_firewall", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/node_firewall proxmox_node_firewall} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NodeFirewallConfig
  */
  public constructor(scope: Construct, id: string, config: NodeFirewallConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_node_firewall',
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
    this._enabled = config.enabled;
    this._logLevelForward = config.logLevelForward;
    this._logLevelIn = config.logLevelIn;
    this._logLevelOut = config.logLevelOut;
    this._logNfConntrack = config.logNfConntrack;
    this._ndp = config.ndp;
    this._nfConntrackAllowInvalid = config.nfConntrackAllowInvalid;
    this._nfConntrackHelpers = config.nfConntrackHelpers;
    this._nfConntrackMax = config.nfConntrackMax;
    this._nfConntrackTcpTimeoutEstablished = config.nfConntrackTcpTimeoutEstablished;
    this._nfConntrackTcpTimeoutSynRecv = config.nfConntrackTcpTimeoutSynRecv;
    this._nftables = config.nftables;
    this._node = config.nodeAttribute;
    this._nosmurfs = config.nosmurfs;
    this._protectionSynflood = config.protectionSynflood;
    this._protectionSynfloodBurst = config.protectionSynfloodBurst;
    this._protectionSynfloodRate = config.protectionSynfloodRate;
    this._resetOnDestroy = config.resetOnDestroy;
    this._smurfLogLevel = config.smurfLogLevel;
    this._tcpFlagsLogLevel = config.tcpFlagsLogLevel;
    this._tcpflags = config.tcpflags;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // log_level_forward - computed: true, optional: true, required: false
  private _logLevelForward?: string; 
  public get logLevelForward() {
    return this.getStringAttribute('log_level_forward');
  }
  public set logLevelForward(value: string) {
    this._logLevelForward = value;
  }
  public resetLogLevelForward() {
    this._logLevelForward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelForwardInput() {
    return this._logLevelForward;
  }

  // log_level_in - computed: true, optional: true, required: false
  private _logLevelIn?: string; 
  public get logLevelIn() {
    return this.getStringAttribute('log_level_in');
  }
  public set logLevelIn(value: string) {
    this._logLevelIn = value;
  }
  public resetLogLevelIn() {
    this._logLevelIn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelInInput() {
    return this._logLevelIn;
  }

  // log_level_out - computed: true, optional: true, required: false
  private _logLevelOut?: string; 
  public get logLevelOut() {
    return this.getStringAttribute('log_level_out');
  }
  public set logLevelOut(value: string) {
    this._logLevelOut = value;
  }
  public resetLogLevelOut() {
    this._logLevelOut = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logLevelOutInput() {
    return this._logLevelOut;
  }

  // log_nf_conntrack - computed: true, optional: true, required: false
  private _logNfConntrack?: boolean | cdktf.IResolvable; 
  public get logNfConntrack() {
    return this.getBooleanAttribute('log_nf_conntrack');
  }
  public set logNfConntrack(value: boolean | cdktf.IResolvable) {
    this._logNfConntrack = value;
  }
  public resetLogNfConntrack() {
    this._logNfConntrack = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logNfConntrackInput() {
    return this._logNfConntrack;
  }

  // ndp - computed: true, optional: true, required: false
  private _ndp?: boolean | cdktf.IResolvable; 
  public get ndp() {
    return this.getBooleanAttribute('ndp');
  }
  public set ndp(value: boolean | cdktf.IResolvable) {
    this._ndp = value;
  }
  public resetNdp() {
    this._ndp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ndpInput() {
    return this._ndp;
  }

  // nf_conntrack_allow_invalid - computed: true, optional: true, required: false
  private _nfConntrackAllowInvalid?: boolean | cdktf.IResolvable; 
  public get nfConntrackAllowInvalid() {
    return this.getBooleanAttribute('nf_conntrack_allow_invalid');
  }
  public set nfConntrackAllowInvalid(value: boolean | cdktf.IResolvable) {
    this._nfConntrackAllowInvalid = value;
  }
  public resetNfConntrackAllowInvalid() {
    this._nfConntrackAllowInvalid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfConntrackAllowInvalidInput() {
    return this._nfConntrackAllowInvalid;
  }

  // nf_conntrack_helpers - computed: true, optional: true, required: false
  private _nfConntrackHelpers?: string[]; 
  public get nfConntrackHelpers() {
    return cdktf.Fn.tolist(this.getListAttribute('nf_conntrack_helpers'));
  }
  public set nfConntrackHelpers(value: string[]) {
    this._nfConntrackHelpers = value;
  }
  public resetNfConntrackHelpers() {
    this._nfConntrackHelpers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfConntrackHelpersInput() {
    return this._nfConntrackHelpers;
  }

  // nf_conntrack_max - computed: true, optional: true, required: false
  private _nfConntrackMax?: number; 
  public get nfConntrackMax() {
    return this.getNumberAttribute('nf_conntrack_max');
  }
  public set nfConntrackMax(value: number) {
    this._nfConntrackMax = value;
  }
  public resetNfConntrackMax() {
    this._nfConntrackMax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfConntrackMaxInput() {
    return this._nfConntrackMax;
  }

  // nf_conntrack_tcp_timeout_established - computed: true, optional: true, required: false
  private _nfConntrackTcpTimeoutEstablished?: number; 
  public get nfConntrackTcpTimeoutEstablished() {
    return this.getNumberAttribute('nf_conntrack_tcp_timeout_established');
  }
  public set nfConntrackTcpTimeoutEstablished(value: number) {
    this._nfConntrackTcpTimeoutEstablished = value;
  }
  public resetNfConntrackTcpTimeoutEstablished() {
    this._nfConntrackTcpTimeoutEstablished = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfConntrackTcpTimeoutEstablishedInput() {
    return this._nfConntrackTcpTimeoutEstablished;
  }

  // nf_conntrack_tcp_timeout_syn_recv - computed: true, optional: true, required: false
  private _nfConntrackTcpTimeoutSynRecv?: number; 
  public get nfConntrackTcpTimeoutSynRecv() {
    return this.getNumberAttribute('nf_conntrack_tcp_timeout_syn_recv');
  }
  public set nfConntrackTcpTimeoutSynRecv(value: number) {
    this._nfConntrackTcpTimeoutSynRecv = value;
  }
  public resetNfConntrackTcpTimeoutSynRecv() {
    this._nfConntrackTcpTimeoutSynRecv = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfConntrackTcpTimeoutSynRecvInput() {
    return this._nfConntrackTcpTimeoutSynRecv;
  }

  // nftables - computed: true, optional: true, required: false
  private _nftables?: boolean | cdktf.IResolvable; 
  public get nftables() {
    return this.getBooleanAttribute('nftables');
  }
  public set nftables(value: boolean | cdktf.IResolvable) {
    this._nftables = value;
  }
  public resetNftables() {
    this._nftables = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nftablesInput() {
    return this._nftables;
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

  // nosmurfs - computed: true, optional: true, required: false
  private _nosmurfs?: boolean | cdktf.IResolvable; 
  public get nosmurfs() {
    return this.getBooleanAttribute('nosmurfs');
  }
  public set nosmurfs(value: boolean | cdktf.IResolvable) {
    this._nosmurfs = value;
  }
  public resetNosmurfs() {
    this._nosmurfs = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nosmurfsInput() {
    return this._nosmurfs;
  }

  // protection_synflood - computed: true, optional: true, required: false
  private _protectionSynflood?: boolean | cdktf.IResolvable; 
  public get protectionSynflood() {
    return this.getBooleanAttribute('protection_synflood');
  }
  public set protectionSynflood(value: boolean | cdktf.IResolvable) {
    this._protectionSynflood = value;
  }
  public resetProtectionSynflood() {
    this._protectionSynflood = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protectionSynfloodInput() {
    return this._protectionSynflood;
  }

  // protection_synflood_burst - computed: true, optional: true, required: false
  private _protectionSynfloodBurst?: number; 
  public get protectionSynfloodBurst() {
    return this.getNumberAttribute('protection_synflood_burst');
  }
  public set protectionSynfloodBurst(value: number) {
    this._protectionSynfloodBurst = value;
  }
  public resetProtectionSynfloodBurst() {
    this._protectionSynfloodBurst = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protectionSynfloodBurstInput() {
    return this._protectionSynfloodBurst;
  }

  // protection_synflood_rate - computed: true, optional: true, required: false
  private _protectionSynfloodRate?: number; 
  public get protectionSynfloodRate() {
    return this.getNumberAttribute('protection_synflood_rate');
  }
  public set protectionSynfloodRate(value: number) {
    this._protectionSynfloodRate = value;
  }
  public resetProtectionSynfloodRate() {
    this._protectionSynfloodRate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get protectionSynfloodRateInput() {
    return this._protectionSynfloodRate;
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

  // smurf_log_level - computed: true, optional: true, required: false
  private _smurfLogLevel?: string; 
  public get smurfLogLevel() {
    return this.getStringAttribute('smurf_log_level');
  }
  public set smurfLogLevel(value: string) {
    this._smurfLogLevel = value;
  }
  public resetSmurfLogLevel() {
    this._smurfLogLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smurfLogLevelInput() {
    return this._smurfLogLevel;
  }

  // tcp_flags_log_level - computed: true, optional: true, required: false
  private _tcpFlagsLogLevel?: string; 
  public get tcpFlagsLogLevel() {
    return this.getStringAttribute('tcp_flags_log_level');
  }
  public set tcpFlagsLogLevel(value: string) {
    this._tcpFlagsLogLevel = value;
  }
  public resetTcpFlagsLogLevel() {
    this._tcpFlagsLogLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpFlagsLogLevelInput() {
    return this._tcpFlagsLogLevel;
  }

  // tcpflags - computed: true, optional: true, required: false
  private _tcpflags?: boolean | cdktf.IResolvable; 
  public get tcpflags() {
    return this.getBooleanAttribute('tcpflags');
  }
  public set tcpflags(value: boolean | cdktf.IResolvable) {
    this._tcpflags = value;
  }
  public resetTcpflags() {
    this._tcpflags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpflagsInput() {
    return this._tcpflags;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      enabled: cdktf.booleanToTerraform(this._enabled),
      log_level_forward: cdktf.stringToTerraform(this._logLevelForward),
      log_level_in: cdktf.stringToTerraform(this._logLevelIn),
      log_level_out: cdktf.stringToTerraform(this._logLevelOut),
      log_nf_conntrack: cdktf.booleanToTerraform(this._logNfConntrack),
      ndp: cdktf.booleanToTerraform(this._ndp),
      nf_conntrack_allow_invalid: cdktf.booleanToTerraform(this._nfConntrackAllowInvalid),
      nf_conntrack_helpers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nfConntrackHelpers),
      nf_conntrack_max: cdktf.numberToTerraform(this._nfConntrackMax),
      nf_conntrack_tcp_timeout_established: cdktf.numberToTerraform(this._nfConntrackTcpTimeoutEstablished),
      nf_conntrack_tcp_timeout_syn_recv: cdktf.numberToTerraform(this._nfConntrackTcpTimeoutSynRecv),
      nftables: cdktf.booleanToTerraform(this._nftables),
      node: cdktf.stringToTerraform(this._node),
      nosmurfs: cdktf.booleanToTerraform(this._nosmurfs),
      protection_synflood: cdktf.booleanToTerraform(this._protectionSynflood),
      protection_synflood_burst: cdktf.numberToTerraform(this._protectionSynfloodBurst),
      protection_synflood_rate: cdktf.numberToTerraform(this._protectionSynfloodRate),
      reset_on_destroy: cdktf.booleanToTerraform(this._resetOnDestroy),
      smurf_log_level: cdktf.stringToTerraform(this._smurfLogLevel),
      tcp_flags_log_level: cdktf.stringToTerraform(this._tcpFlagsLogLevel),
      tcpflags: cdktf.booleanToTerraform(this._tcpflags),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      enabled: {
        value: cdktf.booleanToHclTerraform(this._enabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      log_level_forward: {
        value: cdktf.stringToHclTerraform(this._logLevelForward),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_level_in: {
        value: cdktf.stringToHclTerraform(this._logLevelIn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_level_out: {
        value: cdktf.stringToHclTerraform(this._logLevelOut),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_nf_conntrack: {
        value: cdktf.booleanToHclTerraform(this._logNfConntrack),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ndp: {
        value: cdktf.booleanToHclTerraform(this._ndp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      nf_conntrack_allow_invalid: {
        value: cdktf.booleanToHclTerraform(this._nfConntrackAllowInvalid),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      nf_conntrack_helpers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nfConntrackHelpers),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      nf_conntrack_max: {
        value: cdktf.numberToHclTerraform(this._nfConntrackMax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nf_conntrack_tcp_timeout_established: {
        value: cdktf.numberToHclTerraform(this._nfConntrackTcpTimeoutEstablished),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nf_conntrack_tcp_timeout_syn_recv: {
        value: cdktf.numberToHclTerraform(this._nfConntrackTcpTimeoutSynRecv),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      nftables: {
        value: cdktf.booleanToHclTerraform(this._nftables),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      node: {
        value: cdktf.stringToHclTerraform(this._node),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nosmurfs: {
        value: cdktf.booleanToHclTerraform(this._nosmurfs),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      protection_synflood: {
        value: cdktf.booleanToHclTerraform(this._protectionSynflood),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      protection_synflood_burst: {
        value: cdktf.numberToHclTerraform(this._protectionSynfloodBurst),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      protection_synflood_rate: {
        value: cdktf.numberToHclTerraform(this._protectionSynfloodRate),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      reset_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._resetOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      smurf_log_level: {
        value: cdktf.stringToHclTerraform(this._smurfLogLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tcp_flags_log_level: {
        value: cdktf.stringToHclTerraform(this._tcpFlagsLogLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tcpflags: {
        value: cdktf.booleanToHclTerraform(this._tcpflags),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
