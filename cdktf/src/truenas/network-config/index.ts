// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface NetworkConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Outbound network activity: type ALLOW (only the listed activities) or DENY (all but the listed ones).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#activity NetworkConfig#activity}
  */
  readonly activity?: NetworkConfigActivity;
  /**
  * Domain name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#domain NetworkConfig#domain}
  */
  readonly domain?: string;
  /**
  * Additional search domains (at most 5), each without spaces.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#domains NetworkConfig#domains}
  */
  readonly domains?: string[];
  /**
  * Host name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#hostname NetworkConfig#hostname}
  */
  readonly hostname?: string;
  /**
  * Lines added to /etc/hosts, such as "192.168.1.20 backup.lan"; not empty, without line breaks or spaces at either end.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#hosts NetworkConfig#hosts}
  */
  readonly hosts?: string[];
  /**
  * HTTP proxy for the system's own downloads, such as "http://proxy.lan:3128" ("" for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#httpproxy NetworkConfig#httpproxy}
  */
  readonly httpproxy?: string;
  /**
  * IPv4 default gateway, used instead of the one DHCP gives ("" for none). It must be in the network of an interface.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#ipv4gateway NetworkConfig#ipv4gateway}
  */
  readonly ipv4Gateway?: string;
  /**
  * IPv6 default gateway ("" for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#ipv6gateway NetworkConfig#ipv6gateway}
  */
  readonly ipv6Gateway?: string;
  /**
  * The first DNS server, an IPv4 or IPv6 address ("" for none). Loopback, unspecified, broadcast and 169.254/16 addresses are refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#nameserver1 NetworkConfig#nameserver1}
  */
  readonly nameserver1?: string;
  /**
  * The second DNS server, an IPv4 or IPv6 address ("" for none). Loopback, unspecified, broadcast and 169.254/16 addresses are refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#nameserver2 NetworkConfig#nameserver2}
  */
  readonly nameserver2?: string;
  /**
  * The third DNS server, an IPv4 or IPv6 address ("" for none). Loopback, unspecified, broadcast and 169.254/16 addresses are refused.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#nameserver3 NetworkConfig#nameserver3}
  */
  readonly nameserver3?: string;
  /**
  * How the system announces itself: mDNS, NetBIOS name server and WS-Discovery (all three).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#service_announcement NetworkConfig#service_announcement}
  */
  readonly serviceAnnouncement?: NetworkConfigServiceAnnouncement;
}
export interface NetworkConfigActivity {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#activities NetworkConfig#activities}
  */
  readonly activities?: string[];
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#type NetworkConfig#type}
  */
  readonly type?: string;
}

export function networkConfigActivityToTerraform(struct?: NetworkConfigActivity | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    activities: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.activities),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function networkConfigActivityToHclTerraform(struct?: NetworkConfigActivity | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    activities: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.activities),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NetworkConfigActivityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NetworkConfigActivity | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._activities !== undefined) {
      hasAnyValues = true;
      internalValueResult.activities = this._activities;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NetworkConfigActivity | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._activities = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._activities = value.activities;
      this._type = value.type;
    }
  }

  // activities - computed: true, optional: true, required: false
  private _activities?: string[]; 
  public get activities() {
    return this.getListAttribute('activities');
  }
  public set activities(value: string[]) {
    this._activities = value;
  }
  public resetActivities() {
    this._activities = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activitiesInput() {
    return this._activities;
  }

  // type - computed: true, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}
export interface NetworkConfigServiceAnnouncement {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#mdns NetworkConfig#mdns}
  */
  readonly mdns?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#netbios NetworkConfig#netbios}
  */
  readonly netbios?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#wsd NetworkConfig#wsd}
  */
  readonly wsd?: boolean | cdktf.IResolvable;
}

export function networkConfigServiceAnnouncementToTerraform(struct?: NetworkConfigServiceAnnouncement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mdns: cdktf.booleanToTerraform(struct!.mdns),
    netbios: cdktf.booleanToTerraform(struct!.netbios),
    wsd: cdktf.booleanToTerraform(struct!.wsd),
  }
}


export function networkConfigServiceAnnouncementToHclTerraform(struct?: NetworkConfigServiceAnnouncement | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mdns: {
      value: cdktf.booleanToHclTerraform(struct!.mdns),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    netbios: {
      value: cdktf.booleanToHclTerraform(struct!.netbios),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    wsd: {
      value: cdktf.booleanToHclTerraform(struct!.wsd),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class NetworkConfigServiceAnnouncementOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NetworkConfigServiceAnnouncement | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mdns !== undefined) {
      hasAnyValues = true;
      internalValueResult.mdns = this._mdns;
    }
    if (this._netbios !== undefined) {
      hasAnyValues = true;
      internalValueResult.netbios = this._netbios;
    }
    if (this._wsd !== undefined) {
      hasAnyValues = true;
      internalValueResult.wsd = this._wsd;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NetworkConfigServiceAnnouncement | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mdns = undefined;
      this._netbios = undefined;
      this._wsd = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mdns = value.mdns;
      this._netbios = value.netbios;
      this._wsd = value.wsd;
    }
  }

  // mdns - computed: true, optional: true, required: false
  private _mdns?: boolean | cdktf.IResolvable; 
  public get mdns() {
    return this.getBooleanAttribute('mdns');
  }
  public set mdns(value: boolean | cdktf.IResolvable) {
    this._mdns = value;
  }
  public resetMdns() {
    this._mdns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mdnsInput() {
    return this._mdns;
  }

  // netbios - computed: true, optional: true, required: false
  private _netbios?: boolean | cdktf.IResolvable; 
  public get netbios() {
    return this.getBooleanAttribute('netbios');
  }
  public set netbios(value: boolean | cdktf.IResolvable) {
    this._netbios = value;
  }
  public resetNetbios() {
    this._netbios = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netbiosInput() {
    return this._netbios;
  }

  // wsd - computed: true, optional: true, required: false
  private _wsd?: boolean | cdktf.IResolvable; 
  public get wsd() {
    return this.getBooleanAttribute('wsd');
  }
  public set wsd(value: boolean | cdktf.IResolvable) {
    this._wsd = value;
  }
  public resetWsd() {
    this._wsd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get wsdInput() {
    return this._wsd;
  }
}
export interface NetworkConfigState {
}

export function networkConfigStateToTerraform(struct?: NetworkConfigState): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function networkConfigStateToHclTerraform(struct?: NetworkConfigState): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class NetworkConfigStateOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): NetworkConfigState | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: NetworkConfigState | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // hosts - computed: true, optional: false, required: false
  public get hosts() {
    return this.getListAttribute('hosts');
  }

  // ipv4gateway - computed: true, optional: false, required: false
  public get ipv4Gateway() {
    return this.getStringAttribute('ipv4gateway');
  }

  // ipv6gateway - computed: true, optional: false, required: false
  public get ipv6Gateway() {
    return this.getStringAttribute('ipv6gateway');
  }

  // nameserver1 - computed: true, optional: false, required: false
  public get nameserver1() {
    return this.getStringAttribute('nameserver1');
  }

  // nameserver2 - computed: true, optional: false, required: false
  public get nameserver2() {
    return this.getStringAttribute('nameserver2');
  }

  // nameserver3 - computed: true, optional: false, required: false
  public get nameserver3() {
    return this.getStringAttribute('nameserver3');
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config truenas_network_config}
*/
export class NetworkConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_network_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a NetworkConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the NetworkConfig to import
  * @param importFromId The id of the existing NetworkConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the NetworkConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_network_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/network_config truenas_network_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options NetworkConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: NetworkConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_network_config',
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
    this._activity.internalValue = config.activity;
    this._domain = config.domain;
    this._domains = config.domains;
    this._hostname = config.hostname;
    this._hosts = config.hosts;
    this._httpproxy = config.httpproxy;
    this._ipv4Gateway = config.ipv4Gateway;
    this._ipv6Gateway = config.ipv6Gateway;
    this._nameserver1 = config.nameserver1;
    this._nameserver2 = config.nameserver2;
    this._nameserver3 = config.nameserver3;
    this._serviceAnnouncement.internalValue = config.serviceAnnouncement;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // activity - computed: true, optional: true, required: false
  private _activity = new NetworkConfigActivityOutputReference(this, "activity");
  public get activity() {
    return this._activity;
  }
  public putActivity(value: NetworkConfigActivity) {
    this._activity.internalValue = value;
  }
  public resetActivity() {
    this._activity.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get activityInput() {
    return this._activity.internalValue;
  }

  // domain - computed: true, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // domains - computed: true, optional: true, required: false
  private _domains?: string[]; 
  public get domains() {
    return this.getListAttribute('domains');
  }
  public set domains(value: string[]) {
    this._domains = value;
  }
  public resetDomains() {
    this._domains = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainsInput() {
    return this._domains;
  }

  // hostname - computed: true, optional: true, required: false
  private _hostname?: string; 
  public get hostname() {
    return this.getStringAttribute('hostname');
  }
  public set hostname(value: string) {
    this._hostname = value;
  }
  public resetHostname() {
    this._hostname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostnameInput() {
    return this._hostname;
  }

  // hostname_local - computed: true, optional: false, required: false
  public get hostnameLocal() {
    return this.getStringAttribute('hostname_local');
  }

  // hosts - computed: true, optional: true, required: false
  private _hosts?: string[]; 
  public get hosts() {
    return this.getListAttribute('hosts');
  }
  public set hosts(value: string[]) {
    this._hosts = value;
  }
  public resetHosts() {
    this._hosts = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostsInput() {
    return this._hosts;
  }

  // httpproxy - computed: true, optional: true, required: false
  private _httpproxy?: string; 
  public get httpproxy() {
    return this.getStringAttribute('httpproxy');
  }
  public set httpproxy(value: string) {
    this._httpproxy = value;
  }
  public resetHttpproxy() {
    this._httpproxy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get httpproxyInput() {
    return this._httpproxy;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ipv4gateway - computed: true, optional: true, required: false
  private _ipv4Gateway?: string; 
  public get ipv4Gateway() {
    return this.getStringAttribute('ipv4gateway');
  }
  public set ipv4Gateway(value: string) {
    this._ipv4Gateway = value;
  }
  public resetIpv4Gateway() {
    this._ipv4Gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4GatewayInput() {
    return this._ipv4Gateway;
  }

  // ipv6gateway - computed: true, optional: true, required: false
  private _ipv6Gateway?: string; 
  public get ipv6Gateway() {
    return this.getStringAttribute('ipv6gateway');
  }
  public set ipv6Gateway(value: string) {
    this._ipv6Gateway = value;
  }
  public resetIpv6Gateway() {
    this._ipv6Gateway = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6GatewayInput() {
    return this._ipv6Gateway;
  }

  // nameserver1 - computed: true, optional: true, required: false
  private _nameserver1?: string; 
  public get nameserver1() {
    return this.getStringAttribute('nameserver1');
  }
  public set nameserver1(value: string) {
    this._nameserver1 = value;
  }
  public resetNameserver1() {
    this._nameserver1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserver1Input() {
    return this._nameserver1;
  }

  // nameserver2 - computed: true, optional: true, required: false
  private _nameserver2?: string; 
  public get nameserver2() {
    return this.getStringAttribute('nameserver2');
  }
  public set nameserver2(value: string) {
    this._nameserver2 = value;
  }
  public resetNameserver2() {
    this._nameserver2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserver2Input() {
    return this._nameserver2;
  }

  // nameserver3 - computed: true, optional: true, required: false
  private _nameserver3?: string; 
  public get nameserver3() {
    return this.getStringAttribute('nameserver3');
  }
  public set nameserver3(value: string) {
    this._nameserver3 = value;
  }
  public resetNameserver3() {
    this._nameserver3 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameserver3Input() {
    return this._nameserver3;
  }

  // service_announcement - computed: true, optional: true, required: false
  private _serviceAnnouncement = new NetworkConfigServiceAnnouncementOutputReference(this, "service_announcement");
  public get serviceAnnouncement() {
    return this._serviceAnnouncement;
  }
  public putServiceAnnouncement(value: NetworkConfigServiceAnnouncement) {
    this._serviceAnnouncement.internalValue = value;
  }
  public resetServiceAnnouncement() {
    this._serviceAnnouncement.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceAnnouncementInput() {
    return this._serviceAnnouncement.internalValue;
  }

  // state - computed: true, optional: false, required: false
  private _state = new NetworkConfigStateOutputReference(this, "state");
  public get state() {
    return this._state;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      activity: networkConfigActivityToTerraform(this._activity.internalValue),
      domain: cdktf.stringToTerraform(this._domain),
      domains: cdktf.listMapper(cdktf.stringToTerraform, false)(this._domains),
      hostname: cdktf.stringToTerraform(this._hostname),
      hosts: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hosts),
      httpproxy: cdktf.stringToTerraform(this._httpproxy),
      ipv4gateway: cdktf.stringToTerraform(this._ipv4Gateway),
      ipv6gateway: cdktf.stringToTerraform(this._ipv6Gateway),
      nameserver1: cdktf.stringToTerraform(this._nameserver1),
      nameserver2: cdktf.stringToTerraform(this._nameserver2),
      nameserver3: cdktf.stringToTerraform(this._nameserver3),
      service_announcement: networkConfigServiceAnnouncementToTerraform(this._serviceAnnouncement.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      activity: {
        value: networkConfigActivityToHclTerraform(this._activity.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NetworkConfigActivity",
      },
      domain: {
        value: cdktf.stringToHclTerraform(this._domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domains: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._domains),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      hostname: {
        value: cdktf.stringToHclTerraform(this._hostname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      hosts: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hosts),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      httpproxy: {
        value: cdktf.stringToHclTerraform(this._httpproxy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv4gateway: {
        value: cdktf.stringToHclTerraform(this._ipv4Gateway),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ipv6gateway: {
        value: cdktf.stringToHclTerraform(this._ipv6Gateway),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nameserver1: {
        value: cdktf.stringToHclTerraform(this._nameserver1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nameserver2: {
        value: cdktf.stringToHclTerraform(this._nameserver2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nameserver3: {
        value: cdktf.stringToHclTerraform(this._nameserver3),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_announcement: {
        value: networkConfigServiceAnnouncementToHclTerraform(this._serviceAnnouncement.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "NetworkConfigServiceAnnouncement",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
