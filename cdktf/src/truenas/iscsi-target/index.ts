// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface IscsiTargetConfig extends cdktf.TerraformMetaArguments {
  /**
  * Optional human-readable alias.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#alias IscsiTarget#alias}
  */
  readonly alias?: string;
  /**
  * Networks (CIDR, host bits clear, such as "10.0.0.0/24"; an address alone is that host) allowed to connect; every network when empty.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#auth_networks IscsiTarget#auth_networks}
  */
  readonly authNetworks?: string[];
  /**
  * ISCSI, FC (Fibre Channel) or BOTH.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#mode IscsiTarget#mode}
  */
  readonly mode?: string;
  /**
  * Target name, such as "vm-100" (the IQN suffix).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#name IscsiTarget#name}
  */
  readonly name: string;
  /**
  * group block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#group IscsiTarget#group}
  */
  readonly group?: IscsiTargetGroup[] | cdktf.IResolvable;
}
export interface IscsiTargetGroup {
  /**
  * Tag of the CHAP credentials (truenas_iscsi_auth.tag), required for CHAP and CHAP_MUTUAL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#auth IscsiTarget#auth}
  */
  readonly auth?: number;
  /**
  * Authentication: NONE, CHAP or CHAP_MUTUAL.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#authmethod IscsiTarget#authmethod}
  */
  readonly authmethod?: string;
  /**
  * Id of the initiator group allowed to connect (truenas_iscsi_initiator.id); every initiator when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#initiator IscsiTarget#initiator}
  */
  readonly initiator?: number;
  /**
  * Id of the portal (truenas_iscsi_portal.id).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#portal IscsiTarget#portal}
  */
  readonly portal: number;
}

export function iscsiTargetGroupToTerraform(struct?: IscsiTargetGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    auth: cdktf.numberToTerraform(struct!.auth),
    authmethod: cdktf.stringToTerraform(struct!.authmethod),
    initiator: cdktf.numberToTerraform(struct!.initiator),
    portal: cdktf.numberToTerraform(struct!.portal),
  }
}


export function iscsiTargetGroupToHclTerraform(struct?: IscsiTargetGroup | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    auth: {
      value: cdktf.numberToHclTerraform(struct!.auth),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    authmethod: {
      value: cdktf.stringToHclTerraform(struct!.authmethod),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    initiator: {
      value: cdktf.numberToHclTerraform(struct!.initiator),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    portal: {
      value: cdktf.numberToHclTerraform(struct!.portal),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class IscsiTargetGroupOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): IscsiTargetGroup | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._auth !== undefined) {
      hasAnyValues = true;
      internalValueResult.auth = this._auth;
    }
    if (this._authmethod !== undefined) {
      hasAnyValues = true;
      internalValueResult.authmethod = this._authmethod;
    }
    if (this._initiator !== undefined) {
      hasAnyValues = true;
      internalValueResult.initiator = this._initiator;
    }
    if (this._portal !== undefined) {
      hasAnyValues = true;
      internalValueResult.portal = this._portal;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: IscsiTargetGroup | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._auth = undefined;
      this._authmethod = undefined;
      this._initiator = undefined;
      this._portal = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._auth = value.auth;
      this._authmethod = value.authmethod;
      this._initiator = value.initiator;
      this._portal = value.portal;
    }
  }

  // auth - computed: false, optional: true, required: false
  private _auth?: number; 
  public get auth() {
    return this.getNumberAttribute('auth');
  }
  public set auth(value: number) {
    this._auth = value;
  }
  public resetAuth() {
    this._auth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authInput() {
    return this._auth;
  }

  // authmethod - computed: true, optional: true, required: false
  private _authmethod?: string; 
  public get authmethod() {
    return this.getStringAttribute('authmethod');
  }
  public set authmethod(value: string) {
    this._authmethod = value;
  }
  public resetAuthmethod() {
    this._authmethod = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authmethodInput() {
    return this._authmethod;
  }

  // initiator - computed: false, optional: true, required: false
  private _initiator?: number; 
  public get initiator() {
    return this.getNumberAttribute('initiator');
  }
  public set initiator(value: number) {
    this._initiator = value;
  }
  public resetInitiator() {
    this._initiator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initiatorInput() {
    return this._initiator;
  }

  // portal - computed: false, optional: false, required: true
  private _portal?: number; 
  public get portal() {
    return this.getNumberAttribute('portal');
  }
  public set portal(value: number) {
    this._portal = value;
  }
  // Temporarily expose input value. Use with caution.
  public get portalInput() {
    return this._portal;
  }
}

export class IscsiTargetGroupList extends cdktf.ComplexList {
  public internalValue? : IscsiTargetGroup[] | cdktf.IResolvable

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
  public get(index: number): IscsiTargetGroupOutputReference {
    return new IscsiTargetGroupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target}
*/
export class IscsiTarget extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_iscsi_target";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a IscsiTarget resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the IscsiTarget to import
  * @param importFromId The id of the existing IscsiTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the IscsiTarget to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_target", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options IscsiTargetConfig
  */
  public constructor(scope: Construct, id: string, config: IscsiTargetConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_iscsi_target',
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
    this._alias = config.alias;
    this._authNetworks = config.authNetworks;
    this._mode = config.mode;
    this._name = config.name;
    this._group.internalValue = config.group;
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

  // auth_networks - computed: true, optional: true, required: false
  private _authNetworks?: string[]; 
  public get authNetworks() {
    return this.getListAttribute('auth_networks');
  }
  public set authNetworks(value: string[]) {
    this._authNetworks = value;
  }
  public resetAuthNetworks() {
    this._authNetworks = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authNetworksInput() {
    return this._authNetworks;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // mode - computed: true, optional: true, required: false
  private _mode?: string; 
  public get mode() {
    return this.getStringAttribute('mode');
  }
  public set mode(value: string) {
    this._mode = value;
  }
  public resetMode() {
    this._mode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modeInput() {
    return this._mode;
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

  // group - computed: false, optional: true, required: false
  private _group = new IscsiTargetGroupList(this, "group", false);
  public get group() {
    return this._group;
  }
  public putGroup(value: IscsiTargetGroup[] | cdktf.IResolvable) {
    this._group.internalValue = value;
  }
  public resetGroup() {
    this._group.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupInput() {
    return this._group.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alias: cdktf.stringToTerraform(this._alias),
      auth_networks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._authNetworks),
      mode: cdktf.stringToTerraform(this._mode),
      name: cdktf.stringToTerraform(this._name),
      group: cdktf.listMapper(iscsiTargetGroupToTerraform, true)(this._group.internalValue),
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
      auth_networks: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._authNetworks),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group: {
        value: cdktf.listMapperHcl(iscsiTargetGroupToHclTerraform, true)(this._group.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "IscsiTargetGroupList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
