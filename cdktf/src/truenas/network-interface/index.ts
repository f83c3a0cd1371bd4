// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NetworkInterfaceConfig extends cdktf.TerraformMetaArguments {
  /**
  * Static addresses with their prefix length, such as ["192.168.10.2/24", "fd00:10::2/64"]; no two interfaces may have overlapping networks.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#aliases NetworkInterface#aliases}
  */
  readonly aliases?: string[];
  /**
  * BRIDGE: the interfaces bridged (none in another bridge or a bond).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#bridge_members NetworkInterface#bridge_members}
  */
  readonly bridgeMembers?: string[];
  /**
  * Seconds the server waits for the check-in after a commit before it rolls the change back (10 to 3600). Not stored on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#checkin_timeout NetworkInterface#checkin_timeout}
  */
  readonly checkinTimeout?: number;
  /**
  * Free-text description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#description NetworkInterface#description}
  */
  readonly description?: string;
  /**
  * BRIDGE: MAC address learning (server default on). Removing it from the configuration keeps the current setting.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#enable_learning NetworkInterface#enable_learning}
  */
  readonly enableLearning?: boolean | cdktf.IResolvable;
  /**
  * PHYSICAL: forward error correction, AUTO, OFF, RS, BASER or LLRS, among the modes the NIC supports. TrueNAS 26.0 or later and Enterprise only (both refused at plan time); meant for link negotiation problems as TrueNAS Support directs. Removing it keeps the current mode.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#fec_mode NetworkInterface#fec_mode}
  */
  readonly fecMode?: string;
  /**
  * Get an IPv4 address by DHCP (one interface at most).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#ipv4_dhcp NetworkInterface#ipv4_dhcp}
  */
  readonly ipv4Dhcp?: boolean | cdktf.IResolvable;
  /**
  * IPv6 autoconfiguration (one interface at most).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#ipv6_auto NetworkInterface#ipv6_auto}
  */
  readonly ipv6Auto?: boolean | cdktf.IResolvable;
  /**
  * LINK_AGGREGATION with LACP: SLOW (server default, every 30 s) or FAST (every second). Removing it from the configuration keeps the current rate (the new protocol's default when lag_protocol changes).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#lacpdu_rate NetworkInterface#lacpdu_rate}
  */
  readonly lacpduRate?: string;
  /**
  * LINK_AGGREGATION: the physical NICs bonded (unconfigured, in no other bond or bridge).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#lag_ports NetworkInterface#lag_ports}
  */
  readonly lagPorts?: string[];
  /**
  * LINK_AGGREGATION: LACP, FAILOVER or LOADBALANCE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#lag_protocol NetworkInterface#lag_protocol}
  */
  readonly lagProtocol?: string;
  /**
  * MTU, 68 to 9216 (at least 1280 with an IPv6 alias); unset: the default (1500).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#mtu NetworkInterface#mtu}
  */
  readonly mtu?: number;
  /**
  * Interface name: "br<N>" for a bridge, "bond<N>" for a link aggregation, "vlan<N>" for a VLAN, the NIC's name (such as "enp1s0") for a physical one.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#name NetworkInterface#name}
  */
  readonly name: string;
  /**
  * BRIDGE: Spanning Tree Protocol (server default on). Removing it from the configuration keeps the current setting.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#stp NetworkInterface#stp}
  */
  readonly stp?: boolean | cdktf.IResolvable;
  /**
  * PHYSICAL (an existing NIC), BRIDGE, LINK_AGGREGATION or VLAN.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#type NetworkInterface#type}
  */
  readonly type: string;
  /**
  * VLAN: the parent interface (not a bridge, not a bond port).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#vlan_parent_interface NetworkInterface#vlan_parent_interface}
  */
  readonly vlanParentInterface?: string;
  /**
  * VLAN: Priority Code Point, 0 to 7.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#vlan_pcp NetworkInterface#vlan_pcp}
  */
  readonly vlanPcp?: number;
  /**
  * VLAN: the tag, 1 to 4094.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#vlan_tag NetworkInterface#vlan_tag}
  */
  readonly vlanTag?: number;
  /**
  * LINK_AGGREGATION with LACP or LOADBALANCE: LAYER2, LAYER2+3 (server default) or LAYER3+4. Removing it from the configuration keeps the current policy (the new protocol's default when lag_protocol changes).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#xmit_hash_policy NetworkInterface#xmit_hash_policy}
  */
  readonly xmitHashPolicy?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface truenas_network_interface}
*/
export class NetworkInterface extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_network_interface";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NetworkInterface resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NetworkInterface to import
  * @param importFromId The id of the existing NetworkInterface that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NetworkInterface to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_network_interface", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_interface truenas_network_interface} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NetworkInterfaceConfig
  */
  public constructor(scope: Construct, id: string, config: NetworkInterfaceConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_network_interface',
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
    this._aliases = config.aliases;
    this._bridgeMembers = config.bridgeMembers;
    this._checkinTimeout = config.checkinTimeout;
    this._description = config.description;
    this._enableLearning = config.enableLearning;
    this._fecMode = config.fecMode;
    this._ipv4Dhcp = config.ipv4Dhcp;
    this._ipv6Auto = config.ipv6Auto;
    this._lacpduRate = config.lacpduRate;
    this._lagPorts = config.lagPorts;
    this._lagProtocol = config.lagProtocol;
    this._mtu = config.mtu;
    this._name = config.name;
    this._stp = config.stp;
    this._type = config.type;
    this._vlanParentInterface = config.vlanParentInterface;
    this._vlanPcp = config.vlanPcp;
    this._vlanTag = config.vlanTag;
    this._xmitHashPolicy = config.xmitHashPolicy;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // aliases - computed: true, optional: true, required: false
  private _aliases?: string[]; 
  public get aliases() {
    return this.getListAttribute('aliases');
  }
  public set aliases(value: string[]) {
    this._aliases = value;
  }
  public resetAliases() {
    this._aliases = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasesInput() {
    return this._aliases;
  }

  // bridge_members - computed: false, optional: true, required: false
  private _bridgeMembers?: string[]; 
  public get bridgeMembers() {
    return this.getListAttribute('bridge_members');
  }
  public set bridgeMembers(value: string[]) {
    this._bridgeMembers = value;
  }
  public resetBridgeMembers() {
    this._bridgeMembers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeMembersInput() {
    return this._bridgeMembers;
  }

  // checkin_timeout - computed: true, optional: true, required: false
  private _checkinTimeout?: number; 
  public get checkinTimeout() {
    return this.getNumberAttribute('checkin_timeout');
  }
  public set checkinTimeout(value: number) {
    this._checkinTimeout = value;
  }
  public resetCheckinTimeout() {
    this._checkinTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get checkinTimeoutInput() {
    return this._checkinTimeout;
  }

  // description - computed: true, optional: true, required: false
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

  // enable_learning - computed: true, optional: true, required: false
  private _enableLearning?: boolean | cdktf.IResolvable; 
  public get enableLearning() {
    return this.getBooleanAttribute('enable_learning');
  }
  public set enableLearning(value: boolean | cdktf.IResolvable) {
    this._enableLearning = value;
  }
  public resetEnableLearning() {
    this._enableLearning = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableLearningInput() {
    return this._enableLearning;
  }

  // fec_mode - computed: true, optional: true, required: false
  private _fecMode?: string; 
  public get fecMode() {
    return this.getStringAttribute('fec_mode');
  }
  public set fecMode(value: string) {
    this._fecMode = value;
  }
  public resetFecMode() {
    this._fecMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fecModeInput() {
    return this._fecMode;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ipv4_dhcp - computed: true, optional: true, required: false
  private _ipv4Dhcp?: boolean | cdktf.IResolvable; 
  public get ipv4Dhcp() {
    return this.getBooleanAttribute('ipv4_dhcp');
  }
  public set ipv4Dhcp(value: boolean | cdktf.IResolvable) {
    this._ipv4Dhcp = value;
  }
  public resetIpv4Dhcp() {
    this._ipv4Dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4DhcpInput() {
    return this._ipv4Dhcp;
  }

  // ipv6_auto - computed: true, optional: true, required: false
  private _ipv6Auto?: boolean | cdktf.IResolvable; 
  public get ipv6Auto() {
    return this.getBooleanAttribute('ipv6_auto');
  }
  public set ipv6Auto(value: boolean | cdktf.IResolvable) {
    this._ipv6Auto = value;
  }
  public resetIpv6Auto() {
    this._ipv6Auto = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6AutoInput() {
    return this._ipv6Auto;
  }

  // lacpdu_rate - computed: true, optional: true, required: false
  private _lacpduRate?: string; 
  public get lacpduRate() {
    return this.getStringAttribute('lacpdu_rate');
  }
  public set lacpduRate(value: string) {
    this._lacpduRate = value;
  }
  public resetLacpduRate() {
    this._lacpduRate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lacpduRateInput() {
    return this._lacpduRate;
  }

  // lag_ports - computed: false, optional: true, required: false
  private _lagPorts?: string[]; 
  public get lagPorts() {
    return this.getListAttribute('lag_ports');
  }
  public set lagPorts(value: string[]) {
    this._lagPorts = value;
  }
  public resetLagPorts() {
    this._lagPorts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lagPortsInput() {
    return this._lagPorts;
  }

  // lag_protocol - computed: false, optional: true, required: false
  private _lagProtocol?: string; 
  public get lagProtocol() {
    return this.getStringAttribute('lag_protocol');
  }
  public set lagProtocol(value: string) {
    this._lagProtocol = value;
  }
  public resetLagProtocol() {
    this._lagProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lagProtocolInput() {
    return this._lagProtocol;
  }

  // link_address - computed: true, optional: false, required: false
  public get linkAddress() {
    return this.getStringAttribute('link_address');
  }

  // mtu - computed: false, optional: true, required: false
  private _mtu?: number; 
  public get mtu() {
    return this.getNumberAttribute('mtu');
  }
  public set mtu(value: number) {
    this._mtu = value;
  }
  public resetMtu() {
    this._mtu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mtuInput() {
    return this._mtu;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // stp - computed: true, optional: true, required: false
  private _stp?: boolean | cdktf.IResolvable; 
  public get stp() {
    return this.getBooleanAttribute('stp');
  }
  public set stp(value: boolean | cdktf.IResolvable) {
    this._stp = value;
  }
  public resetStp() {
    this._stp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stpInput() {
    return this._stp;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // vlan_parent_interface - computed: false, optional: true, required: false
  private _vlanParentInterface?: string; 
  public get vlanParentInterface() {
    return this.getStringAttribute('vlan_parent_interface');
  }
  public set vlanParentInterface(value: string) {
    this._vlanParentInterface = value;
  }
  public resetVlanParentInterface() {
    this._vlanParentInterface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanParentInterfaceInput() {
    return this._vlanParentInterface;
  }

  // vlan_pcp - computed: false, optional: true, required: false
  private _vlanPcp?: number; 
  public get vlanPcp() {
    return this.getNumberAttribute('vlan_pcp');
  }
  public set vlanPcp(value: number) {
    this._vlanPcp = value;
  }
  public resetVlanPcp() {
    this._vlanPcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanPcpInput() {
    return this._vlanPcp;
  }

  // vlan_tag - computed: false, optional: true, required: false
  private _vlanTag?: number; 
  public get vlanTag() {
    return this.getNumberAttribute('vlan_tag');
  }
  public set vlanTag(value: number) {
    this._vlanTag = value;
  }
  public resetVlanTag() {
    this._vlanTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanTagInput() {
    return this._vlanTag;
  }

  // xmit_hash_policy - computed: true, optional: true, required: false
  private _xmitHashPolicy?: string; 
  public get xmitHashPolicy() {
    return this.getStringAttribute('xmit_hash_policy');
  }
  public set xmitHashPolicy(value: string) {
    this._xmitHashPolicy = value;
  }
  public resetXmitHashPolicy() {
    this._xmitHashPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get xmitHashPolicyInput() {
    return this._xmitHashPolicy;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      aliases: cdktf.listMapper(cdktf.stringToTerraform, false)(this._aliases),
      bridge_members: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bridgeMembers),
      checkin_timeout: cdktf.numberToTerraform(this._checkinTimeout),
      description: cdktf.stringToTerraform(this._description),
      enable_learning: cdktf.booleanToTerraform(this._enableLearning),
      fec_mode: cdktf.stringToTerraform(this._fecMode),
      ipv4_dhcp: cdktf.booleanToTerraform(this._ipv4Dhcp),
      ipv6_auto: cdktf.booleanToTerraform(this._ipv6Auto),
      lacpdu_rate: cdktf.stringToTerraform(this._lacpduRate),
      lag_ports: cdktf.listMapper(cdktf.stringToTerraform, false)(this._lagPorts),
      lag_protocol: cdktf.stringToTerraform(this._lagProtocol),
      mtu: cdktf.numberToTerraform(this._mtu),
      name: cdktf.stringToTerraform(this._name),
      stp: cdktf.booleanToTerraform(this._stp),
      type: cdktf.stringToTerraform(this._type),
      vlan_parent_interface: cdktf.stringToTerraform(this._vlanParentInterface),
      vlan_pcp: cdktf.numberToTerraform(this._vlanPcp),
      vlan_tag: cdktf.numberToTerraform(this._vlanTag),
      xmit_hash_policy: cdktf.stringToTerraform(this._xmitHashPolicy),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      aliases: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._aliases),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      bridge_members: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bridgeMembers),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      checkin_timeout: {
        value: cdktf.numberToHclTerraform(this._checkinTimeout),
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
      enable_learning: {
        value: cdktf.booleanToHclTerraform(this._enableLearning),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      fec_mode: {
        value: cdktf.stringToHclTerraform(this._fecMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv4_dhcp: {
        value: cdktf.booleanToHclTerraform(this._ipv4Dhcp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ipv6_auto: {
        value: cdktf.booleanToHclTerraform(this._ipv6Auto),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      lacpdu_rate: {
        value: cdktf.stringToHclTerraform(this._lacpduRate),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      lag_ports: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._lagPorts),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      lag_protocol: {
        value: cdktf.stringToHclTerraform(this._lagProtocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mtu: {
        value: cdktf.numberToHclTerraform(this._mtu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stp: {
        value: cdktf.booleanToHclTerraform(this._stp),
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
      vlan_parent_interface: {
        value: cdktf.stringToHclTerraform(this._vlanParentInterface),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vlan_pcp: {
        value: cdktf.numberToHclTerraform(this._vlanPcp),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vlan_tag: {
        value: cdktf.numberToHclTerraform(this._vlanTag),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      xmit_hash_policy: {
        value: cdktf.stringToHclTerraform(this._xmitHashPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
