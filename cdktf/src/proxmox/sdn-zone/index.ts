// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SdnZoneConfig extends cdktf.TerraformMetaArguments {
  /**
  * evpn: announce the subnets to the EVPN network.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#advertise_subnets SdnZone#advertise_subnets}
  */
  readonly advertiseSubnets?: boolean | cdktf.IResolvable;
  /**
  * vlan, qinq: the local bridge or OVS switch the zone uses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#bridge SdnZone#bridge}
  */
  readonly bridge?: string;
  /**
  * vlan, qinq, evpn: turn off MAC learning on the bridge.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#bridge_disable_mac_learning SdnZone#bridge_disable_mac_learning}
  */
  readonly bridgeDisableMacLearning?: boolean | cdktf.IResolvable;
  /**
  * evpn: the EVPN controller (proxmox_sdn_controller of type "evpn").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#controller SdnZone#controller}
  */
  readonly controller?: string;
  /**
  * simple: the DHCP server for the zone's subnets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#dhcp SdnZone#dhcp}
  */
  readonly dhcp?: string;
  /**
  * evpn: turn off ARP/ND suppression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#disable_arp_nd_suppression SdnZone#disable_arp_nd_suppression}
  */
  readonly disableArpNdSuppression?: boolean | cdktf.IResolvable;
  /**
  * DNS plugin (`/cluster/sdn/dns`) that registers the guests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#dns SdnZone#dns}
  */
  readonly dns?: string;
  /**
  * DNS zone the guests are registered in; needs dns.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#dns_zone SdnZone#dns_zone}
  */
  readonly dnsZone?: string;
  /**
  * evpn: nodes that route traffic out of the zone; not an empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#exit_nodes SdnZone#exit_nodes}
  */
  readonly exitNodes?: string[];
  /**
  * evpn: allow exit nodes to reach the zone's guests.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#exit_nodes_local_routing SdnZone#exit_nodes_local_routing}
  */
  readonly exitNodesLocalRouting?: boolean | cdktf.IResolvable;
  /**
  * evpn: the preferred exit node.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#exit_nodes_primary SdnZone#exit_nodes_primary}
  */
  readonly exitNodesPrimary?: string;
  /**
  * vxlan: the SDN fabric carrying the tunnel (or use peers).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#fabric SdnZone#fabric}
  */
  readonly fabric?: string;
  /**
  * IPAM the zone's subnets register in ("pve" is built in). Proxmox refuses to change, set or remove it while the zone has subnets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#ipam SdnZone#ipam}
  */
  readonly ipam?: string;
  /**
  * evpn: anycast MAC address of the vnets' gateways.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#mac SdnZone#mac}
  */
  readonly mac?: string;
  /**
  * MTU of the zone's vnets.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#mtu SdnZone#mtu}
  */
  readonly mtu?: number;
  /**
  * Nodes the zone is deployed on (all when unset; not an empty list).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#nodes SdnZone#nodes}
  */
  readonly nodes?: string[];
  /**
  * vxlan: IP addresses of the peers (or use fabric); not an empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#peers SdnZone#peers}
  */
  readonly peers?: string[];
  /**
  * DNS plugin for reverse records.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#reverse_dns SdnZone#reverse_dns}
  */
  readonly reverseDns?: string;
  /**
  * evpn: route targets to import; not an empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#rt_import SdnZone#rt_import}
  */
  readonly rtImport?: string[];
  /**
  * qinq: the service VLAN tag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#tag SdnZone#tag}
  */
  readonly tag?: number;
  /**
  * Zone type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#type SdnZone#type}
  */
  readonly type: string;
  /**
  * qinq: the service VLAN protocol.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#vlan_protocol SdnZone#vlan_protocol}
  */
  readonly vlanProtocol?: string;
  /**
  * evpn: the VNI of the zone's VRF.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#vrf_vxlan SdnZone#vrf_vxlan}
  */
  readonly vrfVxlan?: number;
  /**
  * vxlan, evpn: UDP port of the tunnel (default 4789).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#vxlan_port SdnZone#vxlan_port}
  */
  readonly vxlanPort?: number;
  /**
  * Zone id: a letter, then letters and digits, 2 to 8 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#zone SdnZone#zone}
  */
  readonly zone: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone proxmox_sdn_zone}
*/
export class SdnZone extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_sdn_zone";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SdnZone resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SdnZone to import
  * @param importFromId The id of the existing SdnZone that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SdnZone to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_zone", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_zone proxmox_sdn_zone} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SdnZoneConfig
  */
  public constructor(scope: Construct, id: string, config: SdnZoneConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_sdn_zone',
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
    this._advertiseSubnets = config.advertiseSubnets;
    this._bridge = config.bridge;
    this._bridgeDisableMacLearning = config.bridgeDisableMacLearning;
    this._controller = config.controller;
    this._dhcp = config.dhcp;
    this._disableArpNdSuppression = config.disableArpNdSuppression;
    this._dns = config.dns;
    this._dnsZone = config.dnsZone;
    this._exitNodes = config.exitNodes;
    this._exitNodesLocalRouting = config.exitNodesLocalRouting;
    this._exitNodesPrimary = config.exitNodesPrimary;
    this._fabric = config.fabric;
    this._ipam = config.ipam;
    this._mac = config.mac;
    this._mtu = config.mtu;
    this._nodes = config.nodes;
    this._peers = config.peers;
    this._reverseDns = config.reverseDns;
    this._rtImport = config.rtImport;
    this._tag = config.tag;
    this._type = config.type;
    this._vlanProtocol = config.vlanProtocol;
    this._vrfVxlan = config.vrfVxlan;
    this._vxlanPort = config.vxlanPort;
    this._zone = config.zone;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // advertise_subnets - computed: false, optional: true, required: false
  private _advertiseSubnets?: boolean | cdktf.IResolvable; 
  public get advertiseSubnets() {
    return this.getBooleanAttribute('advertise_subnets');
  }
  public set advertiseSubnets(value: boolean | cdktf.IResolvable) {
    this._advertiseSubnets = value;
  }
  public resetAdvertiseSubnets() {
    this._advertiseSubnets = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advertiseSubnetsInput() {
    return this._advertiseSubnets;
  }

  // bridge - computed: false, optional: true, required: false
  private _bridge?: string; 
  public get bridge() {
    return this.getStringAttribute('bridge');
  }
  public set bridge(value: string) {
    this._bridge = value;
  }
  public resetBridge() {
    this._bridge = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeInput() {
    return this._bridge;
  }

  // bridge_disable_mac_learning - computed: false, optional: true, required: false
  private _bridgeDisableMacLearning?: boolean | cdktf.IResolvable; 
  public get bridgeDisableMacLearning() {
    return this.getBooleanAttribute('bridge_disable_mac_learning');
  }
  public set bridgeDisableMacLearning(value: boolean | cdktf.IResolvable) {
    this._bridgeDisableMacLearning = value;
  }
  public resetBridgeDisableMacLearning() {
    this._bridgeDisableMacLearning = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bridgeDisableMacLearningInput() {
    return this._bridgeDisableMacLearning;
  }

  // controller - computed: false, optional: true, required: false
  private _controller?: string; 
  public get controller() {
    return this.getStringAttribute('controller');
  }
  public set controller(value: string) {
    this._controller = value;
  }
  public resetController() {
    this._controller = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerInput() {
    return this._controller;
  }

  // dhcp - computed: false, optional: true, required: false
  private _dhcp?: string; 
  public get dhcp() {
    return this.getStringAttribute('dhcp');
  }
  public set dhcp(value: string) {
    this._dhcp = value;
  }
  public resetDhcp() {
    this._dhcp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpInput() {
    return this._dhcp;
  }

  // disable_arp_nd_suppression - computed: false, optional: true, required: false
  private _disableArpNdSuppression?: boolean | cdktf.IResolvable; 
  public get disableArpNdSuppression() {
    return this.getBooleanAttribute('disable_arp_nd_suppression');
  }
  public set disableArpNdSuppression(value: boolean | cdktf.IResolvable) {
    this._disableArpNdSuppression = value;
  }
  public resetDisableArpNdSuppression() {
    this._disableArpNdSuppression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableArpNdSuppressionInput() {
    return this._disableArpNdSuppression;
  }

  // dns - computed: false, optional: true, required: false
  private _dns?: string; 
  public get dns() {
    return this.getStringAttribute('dns');
  }
  public set dns(value: string) {
    this._dns = value;
  }
  public resetDns() {
    this._dns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsInput() {
    return this._dns;
  }

  // dns_zone - computed: false, optional: true, required: false
  private _dnsZone?: string; 
  public get dnsZone() {
    return this.getStringAttribute('dns_zone');
  }
  public set dnsZone(value: string) {
    this._dnsZone = value;
  }
  public resetDnsZone() {
    this._dnsZone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsZoneInput() {
    return this._dnsZone;
  }

  // exit_nodes - computed: false, optional: true, required: false
  private _exitNodes?: string[]; 
  public get exitNodes() {
    return cdktf.Fn.tolist(this.getListAttribute('exit_nodes'));
  }
  public set exitNodes(value: string[]) {
    this._exitNodes = value;
  }
  public resetExitNodes() {
    this._exitNodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exitNodesInput() {
    return this._exitNodes;
  }

  // exit_nodes_local_routing - computed: false, optional: true, required: false
  private _exitNodesLocalRouting?: boolean | cdktf.IResolvable; 
  public get exitNodesLocalRouting() {
    return this.getBooleanAttribute('exit_nodes_local_routing');
  }
  public set exitNodesLocalRouting(value: boolean | cdktf.IResolvable) {
    this._exitNodesLocalRouting = value;
  }
  public resetExitNodesLocalRouting() {
    this._exitNodesLocalRouting = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exitNodesLocalRoutingInput() {
    return this._exitNodesLocalRouting;
  }

  // exit_nodes_primary - computed: false, optional: true, required: false
  private _exitNodesPrimary?: string; 
  public get exitNodesPrimary() {
    return this.getStringAttribute('exit_nodes_primary');
  }
  public set exitNodesPrimary(value: string) {
    this._exitNodesPrimary = value;
  }
  public resetExitNodesPrimary() {
    this._exitNodesPrimary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exitNodesPrimaryInput() {
    return this._exitNodesPrimary;
  }

  // fabric - computed: false, optional: true, required: false
  private _fabric?: string; 
  public get fabric() {
    return this.getStringAttribute('fabric');
  }
  public set fabric(value: string) {
    this._fabric = value;
  }
  public resetFabric() {
    this._fabric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fabricInput() {
    return this._fabric;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ipam - computed: false, optional: true, required: false
  private _ipam?: string; 
  public get ipam() {
    return this.getStringAttribute('ipam');
  }
  public set ipam(value: string) {
    this._ipam = value;
  }
  public resetIpam() {
    this._ipam = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipamInput() {
    return this._ipam;
  }

  // mac - computed: false, optional: true, required: false
  private _mac?: string; 
  public get mac() {
    return this.getStringAttribute('mac');
  }
  public set mac(value: string) {
    this._mac = value;
  }
  public resetMac() {
    this._mac = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get macInput() {
    return this._mac;
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

  // peers - computed: false, optional: true, required: false
  private _peers?: string[]; 
  public get peers() {
    return cdktf.Fn.tolist(this.getListAttribute('peers'));
  }
  public set peers(value: string[]) {
    this._peers = value;
  }
  public resetPeers() {
    this._peers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peersInput() {
    return this._peers;
  }

  // pending_change - computed: true, optional: false, required: false
  public get pendingChange() {
    return this.getStringAttribute('pending_change');
  }

  // reverse_dns - computed: false, optional: true, required: false
  private _reverseDns?: string; 
  public get reverseDns() {
    return this.getStringAttribute('reverse_dns');
  }
  public set reverseDns(value: string) {
    this._reverseDns = value;
  }
  public resetReverseDns() {
    this._reverseDns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reverseDnsInput() {
    return this._reverseDns;
  }

  // rt_import - computed: false, optional: true, required: false
  private _rtImport?: string[]; 
  public get rtImport() {
    return cdktf.Fn.tolist(this.getListAttribute('rt_import'));
  }
  public set rtImport(value: string[]) {
    this._rtImport = value;
  }
  public resetRtImport() {
    this._rtImport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rtImportInput() {
    return this._rtImport;
  }

  // tag - computed: false, optional: true, required: false
  private _tag?: number; 
  public get tag() {
    return this.getNumberAttribute('tag');
  }
  public set tag(value: number) {
    this._tag = value;
  }
  public resetTag() {
    this._tag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
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

  // vlan_protocol - computed: false, optional: true, required: false
  private _vlanProtocol?: string; 
  public get vlanProtocol() {
    return this.getStringAttribute('vlan_protocol');
  }
  public set vlanProtocol(value: string) {
    this._vlanProtocol = value;
  }
  public resetVlanProtocol() {
    this._vlanProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanProtocolInput() {
    return this._vlanProtocol;
  }

  // vrf_vxlan - computed: false, optional: true, required: false
  private _vrfVxlan?: number; 
  public get vrfVxlan() {
    return this.getNumberAttribute('vrf_vxlan');
  }
  public set vrfVxlan(value: number) {
    this._vrfVxlan = value;
  }
  public resetVrfVxlan() {
    this._vrfVxlan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vrfVxlanInput() {
    return this._vrfVxlan;
  }

  // vxlan_port - computed: false, optional: true, required: false
  private _vxlanPort?: number; 
  public get vxlanPort() {
    return this.getNumberAttribute('vxlan_port');
  }
  public set vxlanPort(value: number) {
    this._vxlanPort = value;
  }
  public resetVxlanPort() {
    this._vxlanPort = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vxlanPortInput() {
    return this._vxlanPort;
  }

  // zone - computed: false, optional: false, required: true
  private _zone?: string; 
  public get zone() {
    return this.getStringAttribute('zone');
  }
  public set zone(value: string) {
    this._zone = value;
  }
  // Temporarily expose input value. Use with caution.
  public get zoneInput() {
    return this._zone;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      advertise_subnets: cdktf.booleanToTerraform(this._advertiseSubnets),
      bridge: cdktf.stringToTerraform(this._bridge),
      bridge_disable_mac_learning: cdktf.booleanToTerraform(this._bridgeDisableMacLearning),
      controller: cdktf.stringToTerraform(this._controller),
      dhcp: cdktf.stringToTerraform(this._dhcp),
      disable_arp_nd_suppression: cdktf.booleanToTerraform(this._disableArpNdSuppression),
      dns: cdktf.stringToTerraform(this._dns),
      dns_zone: cdktf.stringToTerraform(this._dnsZone),
      exit_nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._exitNodes),
      exit_nodes_local_routing: cdktf.booleanToTerraform(this._exitNodesLocalRouting),
      exit_nodes_primary: cdktf.stringToTerraform(this._exitNodesPrimary),
      fabric: cdktf.stringToTerraform(this._fabric),
      ipam: cdktf.stringToTerraform(this._ipam),
      mac: cdktf.stringToTerraform(this._mac),
      mtu: cdktf.numberToTerraform(this._mtu),
      nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
      peers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peers),
      reverse_dns: cdktf.stringToTerraform(this._reverseDns),
      rt_import: cdktf.listMapper(cdktf.stringToTerraform, false)(this._rtImport),
      tag: cdktf.numberToTerraform(this._tag),
      type: cdktf.stringToTerraform(this._type),
      vlan_protocol: cdktf.stringToTerraform(this._vlanProtocol),
      vrf_vxlan: cdktf.numberToTerraform(this._vrfVxlan),
      vxlan_port: cdktf.numberToTerraform(this._vxlanPort),
      zone: cdktf.stringToTerraform(this._zone),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      advertise_subnets: {
        value: cdktf.booleanToHclTerraform(this._advertiseSubnets),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      bridge: {
        value: cdktf.stringToHclTerraform(this._bridge),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bridge_disable_mac_learning: {
        value: cdktf.booleanToHclTerraform(this._bridgeDisableMacLearning),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      controller: {
        value: cdktf.stringToHclTerraform(this._controller),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhcp: {
        value: cdktf.stringToHclTerraform(this._dhcp),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      disable_arp_nd_suppression: {
        value: cdktf.booleanToHclTerraform(this._disableArpNdSuppression),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      dns: {
        value: cdktf.stringToHclTerraform(this._dns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dns_zone: {
        value: cdktf.stringToHclTerraform(this._dnsZone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      exit_nodes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._exitNodes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      exit_nodes_local_routing: {
        value: cdktf.booleanToHclTerraform(this._exitNodesLocalRouting),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      exit_nodes_primary: {
        value: cdktf.stringToHclTerraform(this._exitNodesPrimary),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fabric: {
        value: cdktf.stringToHclTerraform(this._fabric),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipam: {
        value: cdktf.stringToHclTerraform(this._ipam),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mac: {
        value: cdktf.stringToHclTerraform(this._mac),
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
      nodes: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      peers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peers),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      reverse_dns: {
        value: cdktf.stringToHclTerraform(this._reverseDns),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rt_import: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._rtImport),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      tag: {
        value: cdktf.numberToHclTerraform(this._tag),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vlan_protocol: {
        value: cdktf.stringToHclTerraform(this._vlanProtocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      vrf_vxlan: {
        value: cdktf.numberToHclTerraform(this._vrfVxlan),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vxlan_port: {
        value: cdktf.numberToHclTerraform(this._vxlanPort),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      zone: {
        value: cdktf.stringToHclTerraform(this._zone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
