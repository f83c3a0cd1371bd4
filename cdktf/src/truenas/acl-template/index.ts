// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AclTemplateConfig extends cdktf.TerraformMetaArguments {
  /**
  * What the template is for.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#comment AclTemplate#comment}
  */
  readonly comment?: string;
  /**
  * Name of the template (unique).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#name AclTemplate#name}
  */
  readonly name: string;
  /**
  * The NFSv4 entries of the template (a dataset with acltype NFSV4). The server writes them in canonical order (DENY first); that order and a basic set read back for the same permissions are no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#nfs4_entries AclTemplate#nfs4_entries}
  */
  readonly nfs4Entries?: AclTemplateNfs4Entries[] | cdktf.IResolvable;
  /**
  * The POSIX.1e entries of the template (a dataset with acltype POSIX): a USER_OBJ, GROUP_OBJ and OTHER entry, and a MASK when there are USER or GROUP entries; the same again with `default = true` for what is created below. Their order is no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#posix_entries AclTemplate#posix_entries}
  */
  readonly posixEntries?: AclTemplatePosixEntries[] | cdktf.IResolvable;
}
export interface AclTemplateNfs4Entries {
  /**
  * The inheritance flags one by one: FILE_INHERIT, DIRECTORY_INHERIT, NO_PROPAGATE_INHERIT, INHERIT_ONLY, INHERITED (may be empty). Exactly one of `flags` and `advanced_flags`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#advanced_flags AclTemplate#advanced_flags}
  */
  readonly advancedFlags?: string[];
  /**
  * The permissions one by one: READ_DATA, WRITE_DATA, APPEND_DATA, READ_NAMED_ATTRS, WRITE_NAMED_ATTRS, EXECUTE, DELETE, DELETE_CHILD, READ_ATTRIBUTES, WRITE_ATTRIBUTES, READ_ACL, WRITE_ACL, WRITE_OWNER, SYNCHRONIZE. Exactly one of `perms` and `advanced_perms`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#advanced_perms AclTemplate#advanced_perms}
  */
  readonly advancedPerms?: string[];
  /**
  * Basic inheritance: INHERIT (files and directories below inherit the entry) or NOINHERIT. Exactly one of `flags` and `advanced_flags`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#flags AclTemplate#flags}
  */
  readonly flags?: string;
  /**
  * Numeric uid (USER) or gid (GROUP); give `id` or `who`, not both. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#id AclTemplate#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: number;
  /**
  * A basic permission set: READ, MODIFY, TRAVERSE or FULL_CONTROL. Exactly one of `perms` and `advanced_perms`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#perms AclTemplate#perms}
  */
  readonly perms?: string;
  /**
  * Who: owner@, group@, everyone@, USER or GROUP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#tag AclTemplate#tag}
  */
  readonly tag: string;
  /**
  * ALLOW (when unset) or DENY.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#type AclTemplate#type}
  */
  readonly type?: string;
  /**
  * User name (USER) or group name (GROUP) instead of `id`. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#who AclTemplate#who}
  */
  readonly who?: string;
}

export function aclTemplateNfs4EntriesToTerraform(struct?: AclTemplateNfs4Entries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    advanced_flags: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.advancedFlags),
    advanced_perms: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.advancedPerms),
    flags: cdktf.stringToTerraform(struct!.flags),
    id: cdktf.numberToTerraform(struct!.id),
    perms: cdktf.stringToTerraform(struct!.perms),
    tag: cdktf.stringToTerraform(struct!.tag),
    type: cdktf.stringToTerraform(struct!.type),
    who: cdktf.stringToTerraform(struct!.who),
  }
}


export function aclTemplateNfs4EntriesToHclTerraform(struct?: AclTemplateNfs4Entries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    advanced_flags: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.advancedFlags),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    advanced_perms: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.advancedPerms),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    flags: {
      value: cdktf.stringToHclTerraform(struct!.flags),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    perms: {
      value: cdktf.stringToHclTerraform(struct!.perms),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tag: {
      value: cdktf.stringToHclTerraform(struct!.tag),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    who: {
      value: cdktf.stringToHclTerraform(struct!.who),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AclTemplateNfs4EntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AclTemplateNfs4Entries | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._advancedFlags !== undefined) {
      hasAnyValues = true;
      internalValueResult.advancedFlags = this._advancedFlags;
    }
    if (this._advancedPerms !== undefined) {
      hasAnyValues = true;
      internalValueResult.advancedPerms = this._advancedPerms;
    }
    if (this._flags !== undefined) {
      hasAnyValues = true;
      internalValueResult.flags = this._flags;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._perms !== undefined) {
      hasAnyValues = true;
      internalValueResult.perms = this._perms;
    }
    if (this._tag !== undefined) {
      hasAnyValues = true;
      internalValueResult.tag = this._tag;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._who !== undefined) {
      hasAnyValues = true;
      internalValueResult.who = this._who;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AclTemplateNfs4Entries | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._advancedFlags = undefined;
      this._advancedPerms = undefined;
      this._flags = undefined;
      this._id = undefined;
      this._perms = undefined;
      this._tag = undefined;
      this._type = undefined;
      this._who = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._advancedFlags = value.advancedFlags;
      this._advancedPerms = value.advancedPerms;
      this._flags = value.flags;
      this._id = value.id;
      this._perms = value.perms;
      this._tag = value.tag;
      this._type = value.type;
      this._who = value.who;
    }
  }

  // advanced_flags - computed: false, optional: true, required: false
  private _advancedFlags?: string[]; 
  public get advancedFlags() {
    return cdktf.Fn.tolist(this.getListAttribute('advanced_flags'));
  }
  public set advancedFlags(value: string[]) {
    this._advancedFlags = value;
  }
  public resetAdvancedFlags() {
    this._advancedFlags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advancedFlagsInput() {
    return this._advancedFlags;
  }

  // advanced_perms - computed: false, optional: true, required: false
  private _advancedPerms?: string[]; 
  public get advancedPerms() {
    return cdktf.Fn.tolist(this.getListAttribute('advanced_perms'));
  }
  public set advancedPerms(value: string[]) {
    this._advancedPerms = value;
  }
  public resetAdvancedPerms() {
    this._advancedPerms = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get advancedPermsInput() {
    return this._advancedPerms;
  }

  // flags - computed: false, optional: true, required: false
  private _flags?: string; 
  public get flags() {
    return this.getStringAttribute('flags');
  }
  public set flags(value: string) {
    this._flags = value;
  }
  public resetFlags() {
    this._flags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get flagsInput() {
    return this._flags;
  }

  // id - computed: false, optional: true, required: false
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // perms - computed: false, optional: true, required: false
  private _perms?: string; 
  public get perms() {
    return this.getStringAttribute('perms');
  }
  public set perms(value: string) {
    this._perms = value;
  }
  public resetPerms() {
    this._perms = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get permsInput() {
    return this._perms;
  }

  // tag - computed: false, optional: false, required: true
  private _tag?: string; 
  public get tag() {
    return this.getStringAttribute('tag');
  }
  public set tag(value: string) {
    this._tag = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }

  // type - computed: false, optional: true, required: false
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

  // who - computed: false, optional: true, required: false
  private _who?: string; 
  public get who() {
    return this.getStringAttribute('who');
  }
  public set who(value: string) {
    this._who = value;
  }
  public resetWho() {
    this._who = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whoInput() {
    return this._who;
  }
}

export class AclTemplateNfs4EntriesList extends cdktf.ComplexList {
  public internalValue? : AclTemplateNfs4Entries[] | cdktf.IResolvable

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
  public get(index: number): AclTemplateNfs4EntriesOutputReference {
    return new AclTemplateNfs4EntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface AclTemplatePosixEntries {
  /**
  * A default entry (inherited by what is created below a directory) rather than an access entry (unset: an access entry).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#default AclTemplate#default}
  */
  readonly default?: boolean | cdktf.IResolvable;
  /**
  * Numeric uid (USER) or gid (GROUP); give `id` or `who`, not both. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#id AclTemplate#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: number;
  /**
  * The permissions granted: any of READ, WRITE, EXECUTE (empty for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#perms AclTemplate#perms}
  */
  readonly perms: string[];
  /**
  * Who: USER_OBJ, GROUP_OBJ, OTHER, MASK, USER or GROUP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#tag AclTemplate#tag}
  */
  readonly tag: string;
  /**
  * User name (USER) or group name (GROUP) instead of `id`. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#who AclTemplate#who}
  */
  readonly who?: string;
}

export function aclTemplatePosixEntriesToTerraform(struct?: AclTemplatePosixEntries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    default: cdktf.booleanToTerraform(struct!.default),
    id: cdktf.numberToTerraform(struct!.id),
    perms: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.perms),
    tag: cdktf.stringToTerraform(struct!.tag),
    who: cdktf.stringToTerraform(struct!.who),
  }
}


export function aclTemplatePosixEntriesToHclTerraform(struct?: AclTemplatePosixEntries | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    default: {
      value: cdktf.booleanToHclTerraform(struct!.default),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    id: {
      value: cdktf.numberToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    perms: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.perms),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    tag: {
      value: cdktf.stringToHclTerraform(struct!.tag),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    who: {
      value: cdktf.stringToHclTerraform(struct!.who),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AclTemplatePosixEntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): AclTemplatePosixEntries | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._default !== undefined) {
      hasAnyValues = true;
      internalValueResult.default = this._default;
    }
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    if (this._perms !== undefined) {
      hasAnyValues = true;
      internalValueResult.perms = this._perms;
    }
    if (this._tag !== undefined) {
      hasAnyValues = true;
      internalValueResult.tag = this._tag;
    }
    if (this._who !== undefined) {
      hasAnyValues = true;
      internalValueResult.who = this._who;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AclTemplatePosixEntries | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._default = undefined;
      this._id = undefined;
      this._perms = undefined;
      this._tag = undefined;
      this._who = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._default = value.default;
      this._id = value.id;
      this._perms = value.perms;
      this._tag = value.tag;
      this._who = value.who;
    }
  }

  // default - computed: false, optional: true, required: false
  private _default?: boolean | cdktf.IResolvable; 
  public get default() {
    return this.getBooleanAttribute('default');
  }
  public set default(value: boolean | cdktf.IResolvable) {
    this._default = value;
  }
  public resetDefault() {
    this._default = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultInput() {
    return this._default;
  }

  // id - computed: false, optional: true, required: false
  private _id?: number; 
  public get id() {
    return this.getNumberAttribute('id');
  }
  public set id(value: number) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // perms - computed: false, optional: false, required: true
  private _perms?: string[]; 
  public get perms() {
    return cdktf.Fn.tolist(this.getListAttribute('perms'));
  }
  public set perms(value: string[]) {
    this._perms = value;
  }
  // Temporarily expose input value. Use with caution.
  public get permsInput() {
    return this._perms;
  }

  // tag - computed: false, optional: false, required: true
  private _tag?: string; 
  public get tag() {
    return this.getStringAttribute('tag');
  }
  public set tag(value: string) {
    this._tag = value;
  }
  // Temporarily expose input value. Use with caution.
  public get tagInput() {
    return this._tag;
  }

  // who - computed: false, optional: true, required: false
  private _who?: string; 
  public get who() {
    return this.getStringAttribute('who');
  }
  public set who(value: string) {
    this._who = value;
  }
  public resetWho() {
    this._who = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get whoInput() {
    return this._who;
  }
}

export class AclTemplatePosixEntriesList extends cdktf.ComplexList {
  public internalValue? : AclTemplatePosixEntries[] | cdktf.IResolvable

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
  public get(index: number): AclTemplatePosixEntriesOutputReference {
    return new AclTemplatePosixEntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template truenas_acl_template}
*/
export class AclTemplate extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_acl_template";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AclTemplate resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AclTemplate to import
  * @param importFromId The id of the existing AclTemplate that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AclTemplate to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_acl_template", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/acl_template truenas_acl_template} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AclTemplateConfig
  */
  public constructor(scope: Construct, id: string, config: AclTemplateConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_acl_template',
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
    this._comment = config.comment;
    this._name = config.name;
    this._nfs4Entries.internalValue = config.nfs4Entries;
    this._posixEntries.internalValue = config.posixEntries;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // acltype - computed: true, optional: false, required: false
  public get acltype() {
    return this.getStringAttribute('acltype');
  }

  // builtin - computed: true, optional: false, required: false
  public get builtin() {
    return this.getBooleanAttribute('builtin');
  }

  // comment - computed: true, optional: true, required: false
  private _comment?: string; 
  public get comment() {
    return this.getStringAttribute('comment');
  }
  public set comment(value: string) {
    this._comment = value;
  }
  public resetComment() {
    this._comment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentInput() {
    return this._comment;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
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

  // nfs4_entries - computed: false, optional: true, required: false
  private _nfs4Entries = new AclTemplateNfs4EntriesList(this, "nfs4_entries", false);
  public get nfs4Entries() {
    return this._nfs4Entries;
  }
  public putNfs4Entries(value: AclTemplateNfs4Entries[] | cdktf.IResolvable) {
    this._nfs4Entries.internalValue = value;
  }
  public resetNfs4Entries() {
    this._nfs4Entries.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfs4EntriesInput() {
    return this._nfs4Entries.internalValue;
  }

  // posix_entries - computed: false, optional: true, required: false
  private _posixEntries = new AclTemplatePosixEntriesList(this, "posix_entries", false);
  public get posixEntries() {
    return this._posixEntries;
  }
  public putPosixEntries(value: AclTemplatePosixEntries[] | cdktf.IResolvable) {
    this._posixEntries.internalValue = value;
  }
  public resetPosixEntries() {
    this._posixEntries.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get posixEntriesInput() {
    return this._posixEntries.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      comment: cdktf.stringToTerraform(this._comment),
      name: cdktf.stringToTerraform(this._name),
      nfs4_entries: cdktf.listMapper(aclTemplateNfs4EntriesToTerraform, false)(this._nfs4Entries.internalValue),
      posix_entries: cdktf.listMapper(aclTemplatePosixEntriesToTerraform, false)(this._posixEntries.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
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
      nfs4_entries: {
        value: cdktf.listMapperHcl(aclTemplateNfs4EntriesToHclTerraform, false)(this._nfs4Entries.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AclTemplateNfs4EntriesList",
      },
      posix_entries: {
        value: cdktf.listMapperHcl(aclTemplatePosixEntriesToHclTerraform, false)(this._posixEntries.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AclTemplatePosixEntriesList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
