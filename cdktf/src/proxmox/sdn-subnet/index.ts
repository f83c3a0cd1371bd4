// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SdnSubnetConfig extends cdktf.TerraformMetaArguments {
  /**
  * The subnet, such as "10.10.0.0/24" or "fd00:10::/64".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#cidr SdnSubnet#cidr}
  */
  readonly cidr: string;
  /**
  * DNS server the DHCP server hands out.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#dhcp_dns_server SdnSubnet#dhcp_dns_server}
  */
  readonly dhcpDnsServer?: string;
  /**
  * Address ranges the zone's DHCP server leases from; inside the subnet, not overlapping.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#dhcp_ranges SdnSubnet#dhcp_ranges}
  */
  readonly dhcpRanges?: SdnSubnetDhcpRanges[] | cdktf.IResolvable;
  /**
  * Prefix of the DNS zone guests are registered in ("<prefix>.<dns zone>").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#dns_zone_prefix SdnSubnet#dns_zone_prefix}
  */
  readonly dnsZonePrefix?: string;
  /**
  * Gateway address, inside the subnet.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#gateway SdnSubnet#gateway}
  */
  readonly gateway?: string;
  /**
  * Source-NAT traffic leaving the subnet (simple and evpn zones).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#snat SdnSubnet#snat}
  */
  readonly snat?: boolean | cdktf.IResolvable;
  /**
  * The vnet the subnet belongs to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#vnet SdnSubnet#vnet}
  */
  readonly vnet: string;
}
export interface SdnSubnetDhcpRanges {
  /**
  * Last address of the range.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#end SdnSubnet#end}
  */
  readonly end: string;
  /**
  * First address of the range.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#start SdnSubnet#start}
  */
  readonly start: string;
}

export function sdnSubnetDhcpRangesToTerraform(struct?: SdnSubnetDhcpRanges | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    end: cdktf.stringToTerraform(struct!.end),
    start: cdktf.stringToTerraform(struct!.start),
  }
}


export function sdnSubnetDhcpRangesToHclTerraform(struct?: SdnSubnetDhcpRanges | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    end: {
      value: cdktf.stringToHclTerraform(struct!.end),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    start: {
      value: cdktf.stringToHclTerraform(struct!.start),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class SdnSubnetDhcpRangesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): SdnSubnetDhcpRanges | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._end !== undefined) {
      hasAnyValues = true;
      internalValueResult.end = this._end;
    }
    if (this._start !== undefined) {
      hasAnyValues = true;
      internalValueResult.start = this._start;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: SdnSubnetDhcpRanges | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._end = undefined;
      this._start = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._end = value.end;
      this._start = value.start;
    }
  }

  // end - computed: false, optional: false, required: true
  private _end?: string; 
  public get end() {
    return this.getStringAttribute('end');
  }
  public set end(value: string) {
    this._end = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endInput() {
    return this._end;
  }

  // start - computed: false, optional: false, required: true
  private _start?: string; 
  public get start() {
    return this.getStringAttribute('start');
  }
  public set start(value: string) {
    this._start = value;
  }
  // Temporarily expose input value. Use with caution.
  public get startInput() {
    return this._start;
  }
}

export class SdnSubnetDhcpRangesList extends cdktf.ComplexList {
  public internalValue? : SdnSubnetDhcpRanges[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): SdnSubnetDhcpRangesOutputReference {
    return new SdnSubnetDhcpRangesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet proxmox_sdn_subnet}
*/
export class SdnSubnet extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_sdn_subnet";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SdnSubnet resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SdnSubnet to import
  * @param importFromId The id of the existing SdnSubnet that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SdnSubnet to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_sdn_subnet", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/sdn_subnet proxmox_sdn_subnet} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SdnSubnetConfig
  */
  public constructor(scope: Construct, id: string, config: SdnSubnetConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_sdn_subnet',
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
    this._cidr = config.cidr;
    this._dhcpDnsServer = config.dhcpDnsServer;
    this._dhcpRanges.internalValue = config.dhcpRanges;
    this._dnsZonePrefix = config.dnsZonePrefix;
    this._gateway = config.gateway;
    this._snat = config.snat;
    this._vnet = config.vnet;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cidr - computed: false, optional: false, required: true
  private _cidr?: string; 
  public get cidr() {
    return this.getStringAttribute('cidr');
  }
  public set cidr(value: string) {
    this._cidr = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cidrInput() {
    return this._cidr;
  }

  // dhcp_dns_server - computed: false, optional: true, required: false
  private _dhcpDnsServer?: string; 
  public get dhcpDnsServer() {
    return this.getStringAttribute('dhcp_dns_server');
  }
  public set dhcpDnsServer(value: string) {
    this._dhcpDnsServer = value;
  }
  public resetDhcpDnsServer() {
    this._dhcpDnsServer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpDnsServerInput() {
    return this._dhcpDnsServer;
  }

  // dhcp_ranges - computed: false, optional: true, required: false
  private _dhcpRanges = new SdnSubnetDhcpRangesList(this, "dhcp_ranges", false);
  public get dhcpRanges() {
    return this._dhcpRanges;
  }
  public putDhcpRanges(value: SdnSubnetDhcpRanges[] | cdktf.IResolvable) {
    this._dhcpRanges.internalValue = value;
  }
  public resetDhcpRanges() {
    this._dhcpRanges.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dhcpRangesInput() {
    return this._dhcpRanges.internalValue;
  }

  // dns_zone_prefix - computed: false, optional: true, required: false
  private _dnsZonePrefix?: string; 
  public get dnsZonePrefix() {
    return this.getStringAttribute('dns_zone_prefix');
  }
  public set dnsZonePrefix(value: string) {
    this._dnsZonePrefix = value;
  }
  public resetDnsZonePrefix() {
    this._dnsZonePrefix = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsZonePrefixInput() {
    return this._dnsZonePrefix;
  }

  // gateway - computed: false, optional: true, required: false
  private _gateway?: string; 
  public get gateway() {
    return this.getStringAttribute('gateway');
  }
  public set gateway(value: string) {
    this._gateway = value;
  }
  public resetGateway() {
    this._gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // pending_change - computed: true, optional: false, required: false
  public get pendingChange() {
    return this.getStringAttribute('pending_change');
  }

  // snat - computed: false, optional: true, required: false
  private _snat?: boolean | cdktf.IResolvable; 
  public get snat() {
    return this.getBooleanAttribute('snat');
  }
  public set snat(value: boolean | cdktf.IResolvable) {
    this._snat = value;
  }
  public resetSnat() {
    this._snat = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snatInput() {
    return this._snat;
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cidr: cdktf.stringToTerraform(this._cidr),
      dhcp_dns_server: cdktf.stringToTerraform(this._dhcpDnsServer),
      dhcp_ranges: cdktf.listMapper(sdnSubnetDhcpRangesToTerraform, false)(this._dhcpRanges.internalValue),
      dns_zone_prefix: cdktf.stringToTerraform(this._dnsZonePrefix),
      gateway: cdktf.stringToTerraform(this._gateway),
      snat: cdktf.booleanToTerraform(this._snat),
      vnet: cdktf.stringToTerraform(this._vnet),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cidr: {
        value: cdktf.stringToHclTerraform(this._cidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhcp_dns_server: {
        value: cdktf.stringToHclTerraform(this._dhcpDnsServer),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dhcp_ranges: {
        value: cdktf.listMapperHcl(sdnSubnetDhcpRangesToHclTerraform, false)(this._dhcpRanges.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "SdnSubnetDhcpRangesList",
      },
      dns_zone_prefix: {
        value: cdktf.stringToHclTerraform(this._dnsZonePrefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gateway: {
        value: cdktf.stringToHclTerraform(this._gateway),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      snat: {
        value: cdktf.booleanToHclTerraform(this._snat),
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
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
