// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SdnVnetConfig extends cdktf.TerraformMetaArguments {
  /**
  * A description: letters, digits, spaces and ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _, at most 256 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#alias SdnVnet#alias}
  */
  readonly alias?: string;
  /**
  * Guests on the vnet reach only the uplink, not each other.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#isolate_ports SdnVnet#isolate_ports}
  */
  readonly isolatePorts?: boolean | cdktf.IResolvable;
  /**
  * VLAN tag (vlan, qinq zones) or VXLAN VNI (vxlan, evpn zones); required there, refused in simple zones.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#tag SdnVnet#tag}
  */
  readonly tag?: number;
  /**
  * Let guests use VLAN tags inside the vnet (not with subnets, not in evpn zones).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#vlan_aware SdnVnet#vlan_aware}
  */
  readonly vlanAware?: boolean | cdktf.IResolvable;
  /**
  * Vnet id (the bridge name guests use): a letter, then letters and digits, 2 to 8 characters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#vnet SdnVnet#vnet}
  */
  readonly vnet: string;
  /**
  * The zone the vnet belongs to (cannot change while it has subnets).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#zone SdnVnet#zone}
  */
  readonly zone: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet proxmox_sdn_vnet}
*/
export class SdnVnet extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_sdn_vnet";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SdnVnet resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SdnVnet to import
  * @param importFromId The id of the existing SdnVnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SdnVnet to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_vnet", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_vnet proxmox_sdn_vnet} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SdnVnetConfig
  */
  public constructor(scope: Construct, id: string, config: SdnVnetConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_sdn_vnet',
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
    this._alias = config.alias;
    this._isolatePorts = config.isolatePorts;
    this._tag = config.tag;
    this._vlanAware = config.vlanAware;
    this._vnet = config.vnet;
    this._zone = config.zone;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this.getStringAttribute('alias');
  }
  public set alias(value: string) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // isolate_ports - computed: false, optional: true, required: false
  private _isolatePorts?: boolean | cdktf.IResolvable; 
  public get isolatePorts() {
    return this.getBooleanAttribute('isolate_ports');
  }
  public set isolatePorts(value: boolean | cdktf.IResolvable) {
    this._isolatePorts = value;
  }
  public resetIsolatePorts() {
    this._isolatePorts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isolatePortsInput() {
    return this._isolatePorts;
  }

  // pending_change - computed: true, optional: false, required: false
  public get pendingChange() {
    return this.getStringAttribute('pending_change');
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

  // vlan_aware - computed: false, optional: true, required: false
  private _vlanAware?: boolean | cdktf.IResolvable; 
  public get vlanAware() {
    return this.getBooleanAttribute('vlan_aware');
  }
  public set vlanAware(value: boolean | cdktf.IResolvable) {
    this._vlanAware = value;
  }
  public resetVlanAware() {
    this._vlanAware = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vlanAwareInput() {
    return this._vlanAware;
  }

  // vnet - computed: false, optional: false, required: true
  private _vnet?: string; 
  public get vnet() {
    return this.getStringAttribute('vnet');
  }
  public set vnet(value: string) {
    this._vnet = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vnetInput() {
    return this._vnet;
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
      alias: cdktf.stringToTerraform(this._alias),
      isolate_ports: cdktf.booleanToTerraform(this._isolatePorts),
      tag: cdktf.numberToTerraform(this._tag),
      vlan_aware: cdktf.booleanToTerraform(this._vlanAware),
      vnet: cdktf.stringToTerraform(this._vnet),
      zone: cdktf.stringToTerraform(this._zone),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      isolate_ports: {
        value: cdktf.booleanToHclTerraform(this._isolatePorts),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tag: {
        value: cdktf.numberToHclTerraform(this._tag),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      vlan_aware: {
        value: cdktf.booleanToHclTerraform(this._vlanAware),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vnet: {
        value: cdktf.stringToHclTerraform(this._vnet),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
