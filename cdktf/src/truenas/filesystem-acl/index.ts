// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FilesystemAclConfig extends cdktf.TerraformMetaArguments {
  /**
  * Write NFSv4 entries in Windows canonical order (DENY first); the server does by default. TrueNAS 25.04 and 25.10 only: 26.0 always writes canonical order and has no such option (after the upgrade to 26.0 the plan fails naming it: remove it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#canonicalize FilesystemAcl#canonicalize}
  */
  readonly canonicalize?: boolean | cdktf.IResolvable;
  /**
  * Owning group by gid, instead of `group`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#gid FilesystemAcl#gid}
  */
  readonly gid?: number;
  /**
  * Owning group by name; the group stays as it is when neither `group` nor `gid` is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#group FilesystemAcl#group}
  */
  readonly group?: string;
  /**
  * The NFSv4 entries of the path (a dataset with acltype NFSV4). The server writes them in canonical order (DENY first); that order and a basic set read back for the same permissions are no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#nfs4_entries FilesystemAcl#nfs4_entries}
  */
  readonly nfs4Entries?: FilesystemAclNfs4Entries[] | cdktf.IResolvable;
  /**
  * Absolute path under /mnt/<pool>/ (not a pool root).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#path FilesystemAcl#path}
  */
  readonly path: string;
  /**
  * The POSIX.1e entries of the path (a dataset with acltype POSIX): a USER_OBJ, GROUP_OBJ and OTHER entry, and a MASK when there are USER or GROUP entries; the same again with `default = true` for what is created below. Their order is no change.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#posix_entries FilesystemAcl#posix_entries}
  */
  readonly posixEntries?: FilesystemAclPosixEntries[] | cdktf.IResolvable;
  /**
  * Apply to everything below the path too. Read back from the path itself only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#recursive FilesystemAcl#recursive}
  */
  readonly recursive?: boolean | cdktf.IResolvable;
  /**
  * On destroy, strip the ACL (only the mode stays), instead of leaving it as it is.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#strip_on_destroy FilesystemAcl#strip_on_destroy}
  */
  readonly stripOnDestroy?: boolean | cdktf.IResolvable;
  /**
  * With `recursive`: cross into child datasets too.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#traverse FilesystemAcl#traverse}
  */
  readonly traverse?: boolean | cdktf.IResolvable;
  /**
  * Owning user by uid, instead of `user`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#uid FilesystemAcl#uid}
  */
  readonly uid?: number;
  /**
  * Owning user by name; the owner stays as it is when neither `user` nor `uid` is set.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#user FilesystemAcl#user}
  */
  readonly user?: string;
  /**
  * Let the server check that the users and groups the ACL grants access can reach the path (execute on the parent directories).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#validate_effective_acl FilesystemAcl#validate_effective_acl}
  */
  readonly validateEffectiveAcl?: boolean | cdktf.IResolvable;
}
export interface FilesystemAclNfs4Entries {
  /**
  * The inheritance flags one by one: FILE_INHERIT, DIRECTORY_INHERIT, NO_PROPAGATE_INHERIT, INHERIT_ONLY, INHERITED (may be empty). Exactly one of `flags` and `advanced_flags`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#advanced_flags FilesystemAcl#advanced_flags}
  */
  readonly advancedFlags?: string[];
  /**
  * The permissions one by one: READ_DATA, WRITE_DATA, APPEND_DATA, READ_NAMED_ATTRS, WRITE_NAMED_ATTRS, EXECUTE, DELETE, DELETE_CHILD, READ_ATTRIBUTES, WRITE_ATTRIBUTES, READ_ACL, WRITE_ACL, WRITE_OWNER, SYNCHRONIZE. Exactly one of `perms` and `advanced_perms`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#advanced_perms FilesystemAcl#advanced_perms}
  */
  readonly advancedPerms?: string[];
  /**
  * Basic inheritance: INHERIT (files and directories below inherit the entry) or NOINHERIT. Exactly one of `flags` and `advanced_flags`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#flags FilesystemAcl#flags}
  */
  readonly flags?: string;
  /**
  * Numeric uid (USER) or gid (GROUP); give `id` or `who`, not both. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#id FilesystemAcl#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: number;
  /**
  * A basic permission set: READ, MODIFY, TRAVERSE or FULL_CONTROL. Exactly one of `perms` and `advanced_perms`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#perms FilesystemAcl#perms}
  */
  readonly perms?: string;
  /**
  * Who: owner@, group@, everyone@, USER or GROUP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#tag FilesystemAcl#tag}
  */
  readonly tag: string;
  /**
  * ALLOW (when unset) or DENY.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#type FilesystemAcl#type}
  */
  readonly type?: string;
  /**
  * User name (USER) or group name (GROUP) instead of `id`. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#who FilesystemAcl#who}
  */
  readonly who?: string;
}

export function filesystemAclNfs4EntriesToTerraform(struct?: FilesystemAclNfs4Entries | cdktf.IResolvable): any {
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


export function filesystemAclNfs4EntriesToHclTerraform(struct?: FilesystemAclNfs4Entries | cdktf.IResolvable): any {
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

export class FilesystemAclNfs4EntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): FilesystemAclNfs4Entries | cdktf.IResolvable | undefined {
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

  public set internalValue(value: FilesystemAclNfs4Entries | cdktf.IResolvable | undefined) {
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

export class FilesystemAclNfs4EntriesList extends cdktf.ComplexList {
  public internalValue? : FilesystemAclNfs4Entries[] | cdktf.IResolvable

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
  public get(index: number): FilesystemAclNfs4EntriesOutputReference {
    return new FilesystemAclNfs4EntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FilesystemAclPosixEntries {
  /**
  * A default entry (inherited by what is created below a directory) rather than an access entry (unset: an access entry).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#default FilesystemAcl#default}
  */
  readonly default?: boolean | cdktf.IResolvable;
  /**
  * Numeric uid (USER) or gid (GROUP); give `id` or `who`, not both. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#id FilesystemAcl#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: number;
  /**
  * The permissions granted: any of READ, WRITE, EXECUTE (empty for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#perms FilesystemAcl#perms}
  */
  readonly perms: string[];
  /**
  * Who: USER_OBJ, GROUP_OBJ, OTHER, MASK, USER or GROUP.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#tag FilesystemAcl#tag}
  */
  readonly tag: string;
  /**
  * User name (USER) or group name (GROUP) instead of `id`. Not for the special tags.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#who FilesystemAcl#who}
  */
  readonly who?: string;
}

export function filesystemAclPosixEntriesToTerraform(struct?: FilesystemAclPosixEntries | cdktf.IResolvable): any {
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


export function filesystemAclPosixEntriesToHclTerraform(struct?: FilesystemAclPosixEntries | cdktf.IResolvable): any {
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

export class FilesystemAclPosixEntriesOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): FilesystemAclPosixEntries | cdktf.IResolvable | undefined {
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

  public set internalValue(value: FilesystemAclPosixEntries | cdktf.IResolvable | undefined) {
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

export class FilesystemAclPosixEntriesList extends cdktf.ComplexList {
  public internalValue? : FilesystemAclPosixEntries[] | cdktf.IResolvable

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
  public get(index: number): FilesystemAclPosixEntriesOutputReference {
    return new FilesystemAclPosixEntriesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl truenas_filesystem_acl}
*/
export class FilesystemAcl extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_filesystem_acl";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FilesystemAcl resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FilesystemAcl to import
  * @param importFromId The id of the existing FilesystemAcl that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FilesystemAcl to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_filesystem_acl", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/filesystem_acl truenas_filesystem_acl} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FilesystemAclConfig
  */
  public constructor(scope: Construct, id: string, config: FilesystemAclConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_filesystem_acl',
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
    this._canonicalize = config.canonicalize;
    this._gid = config.gid;
    this._group = config.group;
    this._nfs4Entries.internalValue = config.nfs4Entries;
    this._path = config.path;
    this._posixEntries.internalValue = config.posixEntries;
    this._recursive = config.recursive;
    this._stripOnDestroy = config.stripOnDestroy;
    this._traverse = config.traverse;
    this._uid = config.uid;
    this._user = config.user;
    this._validateEffectiveAcl = config.validateEffectiveAcl;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // acltype - computed: true, optional: false, required: false
  public get acltype() {
    return this.getStringAttribute('acltype');
  }

  // canonicalize - computed: false, optional: true, required: false
  private _canonicalize?: boolean | cdktf.IResolvable; 
  public get canonicalize() {
    return this.getBooleanAttribute('canonicalize');
  }
  public set canonicalize(value: boolean | cdktf.IResolvable) {
    this._canonicalize = value;
  }
  public resetCanonicalize() {
    this._canonicalize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get canonicalizeInput() {
    return this._canonicalize;
  }

  // gid - computed: false, optional: true, required: false
  private _gid?: number; 
  public get gid() {
    return this.getNumberAttribute('gid');
  }
  public set gid(value: number) {
    this._gid = value;
  }
  public resetGid() {
    this._gid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gidInput() {
    return this._gid;
  }

  // group - computed: false, optional: true, required: false
  private _group?: string; 
  public get group() {
    return this.getStringAttribute('group');
  }
  public set group(value: string) {
    this._group = value;
  }
  public resetGroup() {
    this._group = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupInput() {
    return this._group;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // nfs4_entries - computed: false, optional: true, required: false
  private _nfs4Entries = new FilesystemAclNfs4EntriesList(this, "nfs4_entries", false);
  public get nfs4Entries() {
    return this._nfs4Entries;
  }
  public putNfs4Entries(value: FilesystemAclNfs4Entries[] | cdktf.IResolvable) {
    this._nfs4Entries.internalValue = value;
  }
  public resetNfs4Entries() {
    this._nfs4Entries.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nfs4EntriesInput() {
    return this._nfs4Entries.internalValue;
  }

  // path - computed: false, optional: false, required: true
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // posix_entries - computed: false, optional: true, required: false
  private _posixEntries = new FilesystemAclPosixEntriesList(this, "posix_entries", false);
  public get posixEntries() {
    return this._posixEntries;
  }
  public putPosixEntries(value: FilesystemAclPosixEntries[] | cdktf.IResolvable) {
    this._posixEntries.internalValue = value;
  }
  public resetPosixEntries() {
    this._posixEntries.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get posixEntriesInput() {
    return this._posixEntries.internalValue;
  }

  // recursive - computed: true, optional: true, required: false
  private _recursive?: boolean | cdktf.IResolvable; 
  public get recursive() {
    return this.getBooleanAttribute('recursive');
  }
  public set recursive(value: boolean | cdktf.IResolvable) {
    this._recursive = value;
  }
  public resetRecursive() {
    this._recursive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get recursiveInput() {
    return this._recursive;
  }

  // strip_on_destroy - computed: true, optional: true, required: false
  private _stripOnDestroy?: boolean | cdktf.IResolvable; 
  public get stripOnDestroy() {
    return this.getBooleanAttribute('strip_on_destroy');
  }
  public set stripOnDestroy(value: boolean | cdktf.IResolvable) {
    this._stripOnDestroy = value;
  }
  public resetStripOnDestroy() {
    this._stripOnDestroy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stripOnDestroyInput() {
    return this._stripOnDestroy;
  }

  // traverse - computed: true, optional: true, required: false
  private _traverse?: boolean | cdktf.IResolvable; 
  public get traverse() {
    return this.getBooleanAttribute('traverse');
  }
  public set traverse(value: boolean | cdktf.IResolvable) {
    this._traverse = value;
  }
  public resetTraverse() {
    this._traverse = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get traverseInput() {
    return this._traverse;
  }

  // uid - computed: false, optional: true, required: false
  private _uid?: number; 
  public get uid() {
    return this.getNumberAttribute('uid');
  }
  public set uid(value: number) {
    this._uid = value;
  }
  public resetUid() {
    this._uid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get uidInput() {
    return this._uid;
  }

  // user - computed: false, optional: true, required: false
  private _user?: string; 
  public get user() {
    return this.getStringAttribute('user');
  }
  public set user(value: string) {
    this._user = value;
  }
  public resetUser() {
    this._user = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userInput() {
    return this._user;
  }

  // validate_effective_acl - computed: true, optional: true, required: false
  private _validateEffectiveAcl?: boolean | cdktf.IResolvable; 
  public get validateEffectiveAcl() {
    return this.getBooleanAttribute('validate_effective_acl');
  }
  public set validateEffectiveAcl(value: boolean | cdktf.IResolvable) {
    this._validateEffectiveAcl = value;
  }
  public resetValidateEffectiveAcl() {
    this._validateEffectiveAcl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateEffectiveAclInput() {
    return this._validateEffectiveAcl;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      canonicalize: cdktf.booleanToTerraform(this._canonicalize),
      gid: cdktf.numberToTerraform(this._gid),
      group: cdktf.stringToTerraform(this._group),
      nfs4_entries: cdktf.listMapper(filesystemAclNfs4EntriesToTerraform, false)(this._nfs4Entries.internalValue),
      path: cdktf.stringToTerraform(this._path),
      posix_entries: cdktf.listMapper(filesystemAclPosixEntriesToTerraform, false)(this._posixEntries.internalValue),
      recursive: cdktf.booleanToTerraform(this._recursive),
      strip_on_destroy: cdktf.booleanToTerraform(this._stripOnDestroy),
      traverse: cdktf.booleanToTerraform(this._traverse),
      uid: cdktf.numberToTerraform(this._uid),
      user: cdktf.stringToTerraform(this._user),
      validate_effective_acl: cdktf.booleanToTerraform(this._validateEffectiveAcl),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      canonicalize: {
        value: cdktf.booleanToHclTerraform(this._canonicalize),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      gid: {
        value: cdktf.numberToHclTerraform(this._gid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      group: {
        value: cdktf.stringToHclTerraform(this._group),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      nfs4_entries: {
        value: cdktf.listMapperHcl(filesystemAclNfs4EntriesToHclTerraform, false)(this._nfs4Entries.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FilesystemAclNfs4EntriesList",
      },
      path: {
        value: cdktf.stringToHclTerraform(this._path),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      posix_entries: {
        value: cdktf.listMapperHcl(filesystemAclPosixEntriesToHclTerraform, false)(this._posixEntries.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FilesystemAclPosixEntriesList",
      },
      recursive: {
        value: cdktf.booleanToHclTerraform(this._recursive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      strip_on_destroy: {
        value: cdktf.booleanToHclTerraform(this._stripOnDestroy),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      traverse: {
        value: cdktf.booleanToHclTerraform(this._traverse),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      uid: {
        value: cdktf.numberToHclTerraform(this._uid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      validate_effective_acl: {
        value: cdktf.booleanToHclTerraform(this._validateEffectiveAcl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
