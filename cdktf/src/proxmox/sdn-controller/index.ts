// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SdnControllerConfig extends cdktf.TerraformMetaArguments {
  /**
  * evpn, bgp: the autonomous system number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#asn SdnController#asn}
  */
  readonly asn?: number;
  /**
  * bgp: multipath across different AS paths.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#bgp_multipath_as_path_relax SdnController#bgp_multipath_as_path_relax}
  */
  readonly bgpMultipathAsPathRelax?: boolean | cdktf.IResolvable;
  /**
  * Controller id: a letter, then letters, digits, "-" and "_" (ending in a letter or digit), 2 to 64 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#controller SdnController#controller}
  */
  readonly controller: string;
  /**
  * bgp: external BGP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#ebgp SdnController#ebgp}
  */
  readonly ebgp?: boolean | cdktf.IResolvable;
  /**
  * bgp: eBGP multihop TTL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#ebgp_multihop SdnController#ebgp_multihop}
  */
  readonly ebgpMultihop?: number;
  /**
  * evpn: the SDN fabric whose nodes peer (instead of peers).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#fabric SdnController#fabric}
  */
  readonly fabric?: string;
  /**
  * isis: the domain name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#isis_domain SdnController#isis_domain}
  */
  readonly isisDomain?: string;
  /**
  * isis: interfaces IS-IS runs on; not an empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#isis_interfaces SdnController#isis_interfaces}
  */
  readonly isisInterfaces?: string[];
  /**
  * isis: the network entity title.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#isis_net SdnController#isis_net}
  */
  readonly isisNet?: string;
  /**
  * bgp, isis: source loopback interface.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#loopback SdnController#loopback}
  */
  readonly loopback?: string;
  /**
  * bgp, isis: the node the controller runs on.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#node SdnController#node}
  */
  readonly nodeAttribute?: string;
  /**
  * evpn, bgp: peer IP addresses; not an empty list.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#peers SdnController#peers}
  */
  readonly peers?: string[];
  /**
  * Controller type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#type SdnController#type}
  */
  readonly type: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller proxmox_sdn_controller}
*/
export class SdnController extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_sdn_controller";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SdnController resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SdnController to import
  * @param importFromId The id of the existing SdnController that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SdnController to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_controller", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_controller proxmox_sdn_controller} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SdnControllerConfig
  */
  public constructor(scope: Construct, id: string, config: SdnControllerConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_sdn_controller',
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
    this._asn = config.asn;
    this._bgpMultipathAsPathRelax = config.bgpMultipathAsPathRelax;
    this._controller = config.controller;
    this._ebgp = config.ebgp;
    this._ebgpMultihop = config.ebgpMultihop;
    this._fabric = config.fabric;
    this._isisDomain = config.isisDomain;
    this._isisInterfaces = config.isisInterfaces;
    this._isisNet = config.isisNet;
    this._loopback = config.loopback;
    this._node = config.nodeAttribute;
    this._peers = config.peers;
    this._type = config.type;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // asn - computed: false, optional: true, required: false
  private _asn?: number; 
  public get asn() {
    return this.getNumberAttribute('asn');
  }
  public set asn(value: number) {
    this._asn = value;
  }
  public resetAsn() {
    this._asn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asnInput() {
    return this._asn;
  }

  // bgp_multipath_as_path_relax - computed: false, optional: true, required: false
  private _bgpMultipathAsPathRelax?: boolean | cdktf.IResolvable; 
  public get bgpMultipathAsPathRelax() {
    return this.getBooleanAttribute('bgp_multipath_as_path_relax');
  }
  public set bgpMultipathAsPathRelax(value: boolean | cdktf.IResolvable) {
    this._bgpMultipathAsPathRelax = value;
  }
  public resetBgpMultipathAsPathRelax() {
    this._bgpMultipathAsPathRelax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bgpMultipathAsPathRelaxInput() {
    return this._bgpMultipathAsPathRelax;
  }

  // controller - computed: false, optional: false, required: true
  private _controller?: string; 
  public get controller() {
    return this.getStringAttribute('controller');
  }
  public set controller(value: string) {
    this._controller = value;
  }
  // Temporarily expose input value. Use with caution.
  public get controllerInput() {
    return this._controller;
  }

  // ebgp - computed: false, optional: true, required: false
  private _ebgp?: boolean | cdktf.IResolvable; 
  public get ebgp() {
    return this.getBooleanAttribute('ebgp');
  }
  public set ebgp(value: boolean | cdktf.IResolvable) {
    this._ebgp = value;
  }
  public resetEbgp() {
    this._ebgp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ebgpInput() {
    return this._ebgp;
  }

  // ebgp_multihop - computed: false, optional: true, required: false
  private _ebgpMultihop?: number; 
  public get ebgpMultihop() {
    return this.getNumberAttribute('ebgp_multihop');
  }
  public set ebgpMultihop(value: number) {
    this._ebgpMultihop = value;
  }
  public resetEbgpMultihop() {
    this._ebgpMultihop = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ebgpMultihopInput() {
    return this._ebgpMultihop;
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

  // isis_domain - computed: false, optional: true, required: false
  private _isisDomain?: string; 
  public get isisDomain() {
    return this.getStringAttribute('isis_domain');
  }
  public set isisDomain(value: string) {
    this._isisDomain = value;
  }
  public resetIsisDomain() {
    this._isisDomain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isisDomainInput() {
    return this._isisDomain;
  }

  // isis_interfaces - computed: false, optional: true, required: false
  private _isisInterfaces?: string[]; 
  public get isisInterfaces() {
    return cdktf.Fn.tolist(this.getListAttribute('isis_interfaces'));
  }
  public set isisInterfaces(value: string[]) {
    this._isisInterfaces = value;
  }
  public resetIsisInterfaces() {
    this._isisInterfaces = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isisInterfacesInput() {
    return this._isisInterfaces;
  }

  // isis_net - computed: false, optional: true, required: false
  private _isisNet?: string; 
  public get isisNet() {
    return this.getStringAttribute('isis_net');
  }
  public set isisNet(value: string) {
    this._isisNet = value;
  }
  public resetIsisNet() {
    this._isisNet = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isisNetInput() {
    return this._isisNet;
  }

  // loopback - computed: false, optional: true, required: false
  private _loopback?: string; 
  public get loopback() {
    return this.getStringAttribute('loopback');
  }
  public set loopback(value: string) {
    this._loopback = value;
  }
  public resetLoopback() {
    this._loopback = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loopbackInput() {
    return this._loopback;
  }

  // node - computed: false, optional: true, required: false
  private _node?: string; 
  public get nodeAttribute() {
    return this.getStringAttribute('node');
  }
  public set nodeAttribute(value: string) {
    this._node = value;
  }
  public resetNodeAttribute() {
    this._node = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodeAttributeInput() {
    return this._node;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      asn: cdktf.numberToTerraform(this._asn),
      bgp_multipath_as_path_relax: cdktf.booleanToTerraform(this._bgpMultipathAsPathRelax),
      controller: cdktf.stringToTerraform(this._controller),
      ebgp: cdktf.booleanToTerraform(this._ebgp),
      ebgp_multihop: cdktf.numberToTerraform(this._ebgpMultihop),
      fabric: cdktf.stringToTerraform(this._fabric),
      isis_domain: cdktf.stringToTerraform(this._isisDomain),
      isis_interfaces: cdktf.listMapper(cdktf.stringToTerraform, false)(this._isisInterfaces),
      isis_net: cdktf.stringToTerraform(this._isisNet),
      loopback: cdktf.stringToTerraform(this._loopback),
      node: cdktf.stringToTerraform(this._node),
      peers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._peers),
      type: cdktf.stringToTerraform(this._type),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      asn: {
        value: cdktf.numberToHclTerraform(this._asn),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      bgp_multipath_as_path_relax: {
        value: cdktf.booleanToHclTerraform(this._bgpMultipathAsPathRelax),
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
      ebgp: {
        value: cdktf.booleanToHclTerraform(this._ebgp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ebgp_multihop: {
        value: cdktf.numberToHclTerraform(this._ebgpMultihop),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      fabric: {
        value: cdktf.stringToHclTerraform(this._fabric),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      isis_domain: {
        value: cdktf.stringToHclTerraform(this._isisDomain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      isis_interfaces: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._isisInterfaces),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      isis_net: {
        value: cdktf.stringToHclTerraform(this._isisNet),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      loopback: {
        value: cdktf.stringToHclTerraform(this._loopback),
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
      peers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._peers),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
