// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserConfig extends cdktf.TerraformMetaArguments {
  /**
  * E-mail address: something before and after its last `@`, at most 254 characters. TrueNAS 25.04 and 25.10.1 or later (before 26.0) check it further (a domain with a dot, no spaces) and refuse an empty one, when the user is written: an address 25.10.0 took stays through the upgrade to 25.10.1, and the plan names it once the user changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#email User#email}
  */
  readonly email?: string;
  /**
  * Full name (no colons or newlines).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#full_name User#full_name}
  */
  readonly fullName: string;
  /**
  * Id (not gid) of the primary group; unset, the server creates one named after the user. Changing it moves the user to that group in place (a group the server made for the user then stays on the server, no longer deleted with the user); removing it from the configuration keeps the current primary group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#group_id User#group_id}
  */
  readonly groupId?: number;
  /**
  * Ids (not gids) of auxiliary groups.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#groups User#groups}
  */
  readonly groups?: number[];
  /**
  * Home directory: /var/empty or an existing directory under /mnt. At creation the server takes the directory over: it becomes the user's (owner and primary group), mode 700, its ACL stripped. Give each user a directory of their own, not a shared dataset (nor a path a `truenas_filesystem_acl` or `truenas_filesystem_permissions` manages).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#home User#home}
  */
  readonly home?: string;
  /**
  * Lock the account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#locked User#locked}
  */
  readonly locked?: boolean | cdktf.IResolvable;
  /**
  * Password; required unless `password_disabled` or `password_wo`. Sent on create and when it changes, never read back (kept in state, sensitive; `password_wo` keeps it out of state). Removing it keeps the password the user has: set `password_disabled` to stop password logins.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#password User#password}
  */
  readonly password?: string;
  /**
  * Disable password login (not allowed for SMB users).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#password_disabled User#password_disabled}
  */
  readonly passwordDisabled?: boolean | cdktf.IResolvable;
  /**
  * Password, write-only: sent to TrueNAS but never stored in the plan or state (Terraform 1.11+). Sent at creation and again when `password_wo_version` changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#password_wo User#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Change it to send `password_wo` again; required with `password_wo`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#password_wo_version User#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * Login shell: /usr/bin/bash, /usr/bin/zsh, /usr/bin/sh, /usr/bin/dash, /usr/bin/rbash, /usr/bin/tmux or /usr/sbin/nologin.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#shell User#shell}
  */
  readonly shell?: string;
  /**
  * Allow SMB access (the user then needs a password).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#smb User#smb}
  */
  readonly smb?: boolean | cdktf.IResolvable;
  /**
  * Allow SSH password login (needs a home directory and a login shell).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#ssh_password_enabled User#ssh_password_enabled}
  */
  readonly sshPasswordEnabled?: boolean | cdktf.IResolvable;
  /**
  * SSH public key(s) for authorized_keys (needs a home directory under /mnt).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#sshpubkey User#sshpubkey}
  */
  readonly sshpubkey?: string;
  /**
  * Commands the user may run with sudo (with their password).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#sudo_commands User#sudo_commands}
  */
  readonly sudoCommands?: string[];
  /**
  * Commands the user may run with sudo without a password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#sudo_commands_nopasswd User#sudo_commands_nopasswd}
  */
  readonly sudoCommandsNopasswd?: string[];
  /**
  * Numeric user id; the server picks the next free one from 3000 when unset. Changing it replaces the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#uid User#uid}
  */
  readonly uid?: number;
  /**
  * Login name (up to 32 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#username User#username}
  */
  readonly username: string;
  /**
  * How this user's uid is mapped into containers (subuid mapping): "DIRECT" (the same uid), or a target uid as digits (1 to 4294967294); unset: not mapped. TrueNAS refuses it for members of groups that hold roles (privileges) and, on 26.0, builtin users and a target another user maps to. Removing it removes the mapping.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#userns_idmap User#userns_idmap}
  */
  readonly usernsIdmap?: string;
  /**
  * Allow access through TrueNAS WebShare (the server puts the user in its `truenas_webshare` group, which `groups` does not report). TrueNAS 26.0 or later (refused at plan time on older releases); not allowed for root. Unset, the server keeps what it has (false for a new user).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#webshare User#webshare}
  */
  readonly webshare?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user truenas_user}
*/
export class User extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a User resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the User to import
  * @param importFromId The id of the existing User that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the User to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/user truenas_user} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserConfig
  */
  public constructor(scope: Construct, id: string, config: UserConfig) {
    super(scope, id, {
      terraformResourceType: 'truenas_user',
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
    this._email = config.email;
    this._fullName = config.fullName;
    this._groupId = config.groupId;
    this._groups = config.groups;
    this._home = config.home;
    this._locked = config.locked;
    this._password = config.password;
    this._passwordDisabled = config.passwordDisabled;
    this._passwordWo = config.passwordWo;
    this._passwordWoVersion = config.passwordWoVersion;
    this._shell = config.shell;
    this._smb = config.smb;
    this._sshPasswordEnabled = config.sshPasswordEnabled;
    this._sshpubkey = config.sshpubkey;
    this._sudoCommands = config.sudoCommands;
    this._sudoCommandsNopasswd = config.sudoCommandsNopasswd;
    this._uid = config.uid;
    this._username = config.username;
    this._usernsIdmap = config.usernsIdmap;
    this._webshare = config.webshare;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // created_group_id - computed: true, optional: false, required: false
  public get createdGroupId() {
    return this.getNumberAttribute('created_group_id');
  }

  // email - computed: false, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // full_name - computed: false, optional: false, required: true
  private _fullName?: string; 
  public get fullName() {
    return this.getStringAttribute('full_name');
  }
  public set fullName(value: string) {
    this._fullName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fullNameInput() {
    return this._fullName;
  }

  // group_id - computed: true, optional: true, required: false
  private _groupId?: number; 
  public get groupId() {
    return this.getNumberAttribute('group_id');
  }
  public set groupId(value: number) {
    this._groupId = value;
  }
  public resetGroupId() {
    this._groupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupIdInput() {
    return this._groupId;
  }

  // groups - computed: true, optional: true, required: false
  private _groups?: number[]; 
  public get groups() {
    return cdktf.Token.asNumberList(cdktf.Fn.tolist(this.getNumberListAttribute('groups')));
  }
  public set groups(value: number[]) {
    this._groups = value;
  }
  public resetGroups() {
    this._groups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsInput() {
    return this._groups;
  }

  // home - computed: true, optional: true, required: false
  private _home?: string; 
  public get home() {
    return this.getStringAttribute('home');
  }
  public set home(value: string) {
    this._home = value;
  }
  public resetHome() {
    this._home = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get homeInput() {
    return this._home;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // locked - computed: true, optional: true, required: false
  private _locked?: boolean | cdktf.IResolvable; 
  public get locked() {
    return this.getBooleanAttribute('locked');
  }
  public set locked(value: boolean | cdktf.IResolvable) {
    this._locked = value;
  }
  public resetLocked() {
    this._locked = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lockedInput() {
    return this._locked;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_disabled - computed: true, optional: true, required: false
  private _passwordDisabled?: boolean | cdktf.IResolvable; 
  public get passwordDisabled() {
    return this.getBooleanAttribute('password_disabled');
  }
  public set passwordDisabled(value: boolean | cdktf.IResolvable) {
    this._passwordDisabled = value;
  }
  public resetPasswordDisabled() {
    this._passwordDisabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordDisabledInput() {
    return this._passwordDisabled;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
  }

  // shell - computed: true, optional: true, required: false
  private _shell?: string; 
  public get shell() {
    return this.getStringAttribute('shell');
  }
  public set shell(value: string) {
    this._shell = value;
  }
  public resetShell() {
    this._shell = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shellInput() {
    return this._shell;
  }

  // smb - computed: true, optional: true, required: false
  private _smb?: boolean | cdktf.IResolvable; 
  public get smb() {
    return this.getBooleanAttribute('smb');
  }
  public set smb(value: boolean | cdktf.IResolvable) {
    this._smb = value;
  }
  public resetSmb() {
    this._smb = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smbInput() {
    return this._smb;
  }

  // ssh_password_enabled - computed: true, optional: true, required: false
  private _sshPasswordEnabled?: boolean | cdktf.IResolvable; 
  public get sshPasswordEnabled() {
    return this.getBooleanAttribute('ssh_password_enabled');
  }
  public set sshPasswordEnabled(value: boolean | cdktf.IResolvable) {
    this._sshPasswordEnabled = value;
  }
  public resetSshPasswordEnabled() {
    this._sshPasswordEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshPasswordEnabledInput() {
    return this._sshPasswordEnabled;
  }

  // sshpubkey - computed: false, optional: true, required: false
  private _sshpubkey?: string; 
  public get sshpubkey() {
    return this.getStringAttribute('sshpubkey');
  }
  public set sshpubkey(value: string) {
    this._sshpubkey = value;
  }
  public resetSshpubkey() {
    this._sshpubkey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sshpubkeyInput() {
    return this._sshpubkey;
  }

  // sudo_commands - computed: true, optional: true, required: false
  private _sudoCommands?: string[]; 
  public get sudoCommands() {
    return this.getListAttribute('sudo_commands');
  }
  public set sudoCommands(value: string[]) {
    this._sudoCommands = value;
  }
  public resetSudoCommands() {
    this._sudoCommands = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sudoCommandsInput() {
    return this._sudoCommands;
  }

  // sudo_commands_nopasswd - computed: true, optional: true, required: false
  private _sudoCommandsNopasswd?: string[]; 
  public get sudoCommandsNopasswd() {
    return this.getListAttribute('sudo_commands_nopasswd');
  }
  public set sudoCommandsNopasswd(value: string[]) {
    this._sudoCommandsNopasswd = value;
  }
  public resetSudoCommandsNopasswd() {
    this._sudoCommandsNopasswd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sudoCommandsNopasswdInput() {
    return this._sudoCommandsNopasswd;
  }

  // uid - computed: true, optional: true, required: false
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

  // username - computed: false, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // userns_idmap - computed: false, optional: true, required: false
  private _usernsIdmap?: string; 
  public get usernsIdmap() {
    return this.getStringAttribute('userns_idmap');
  }
  public set usernsIdmap(value: string) {
    this._usernsIdmap = value;
  }
  public resetUsernsIdmap() {
    this._usernsIdmap = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernsIdmapInput() {
    return this._usernsIdmap;
  }

  // webshare - computed: true, optional: true, required: false
  private _webshare?: boolean | cdktf.IResolvable; 
  public get webshare() {
    return this.getBooleanAttribute('webshare');
  }
  public set webshare(value: boolean | cdktf.IResolvable) {
    this._webshare = value;
  }
  public resetWebshare() {
    this._webshare = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get webshareInput() {
    return this._webshare;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      email: cdktf.stringToTerraform(this._email),
      full_name: cdktf.stringToTerraform(this._fullName),
      group_id: cdktf.numberToTerraform(this._groupId),
      groups: cdktf.listMapper(cdktf.numberToTerraform, false)(this._groups),
      home: cdktf.stringToTerraform(this._home),
      locked: cdktf.booleanToTerraform(this._locked),
      password: cdktf.stringToTerraform(this._password),
      password_disabled: cdktf.booleanToTerraform(this._passwordDisabled),
      password_wo: cdktf.stringToTerraform(this._passwordWo),
      password_wo_version: cdktf.numberToTerraform(this._passwordWoVersion),
      shell: cdktf.stringToTerraform(this._shell),
      smb: cdktf.booleanToTerraform(this._smb),
      ssh_password_enabled: cdktf.booleanToTerraform(this._sshPasswordEnabled),
      sshpubkey: cdktf.stringToTerraform(this._sshpubkey),
      sudo_commands: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sudoCommands),
      sudo_commands_nopasswd: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sudoCommandsNopasswd),
      uid: cdktf.numberToTerraform(this._uid),
      username: cdktf.stringToTerraform(this._username),
      userns_idmap: cdktf.stringToTerraform(this._usernsIdmap),
      webshare: cdktf.booleanToTerraform(this._webshare),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      email: {
        value: cdktf.stringToHclTerraform(this._email),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      full_name: {
        value: cdktf.stringToHclTerraform(this._fullName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_id: {
        value: cdktf.numberToHclTerraform(this._groupId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      groups: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._groups),
        isBlock: false,
        type: "set",
        storageClassType: "numberList",
      },
      home: {
        value: cdktf.stringToHclTerraform(this._home),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      locked: {
        value: cdktf.booleanToHclTerraform(this._locked),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_disabled: {
        value: cdktf.booleanToHclTerraform(this._passwordDisabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      password_wo: {
        value: cdktf.stringToHclTerraform(this._passwordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo_version: {
        value: cdktf.numberToHclTerraform(this._passwordWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      shell: {
        value: cdktf.stringToHclTerraform(this._shell),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      smb: {
        value: cdktf.booleanToHclTerraform(this._smb),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ssh_password_enabled: {
        value: cdktf.booleanToHclTerraform(this._sshPasswordEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sshpubkey: {
        value: cdktf.stringToHclTerraform(this._sshpubkey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sudo_commands: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sudoCommands),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      sudo_commands_nopasswd: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sudoCommandsNopasswd),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      uid: {
        value: cdktf.numberToHclTerraform(this._uid),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      userns_idmap: {
        value: cdktf.stringToHclTerraform(this._usernsIdmap),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      webshare: {
        value: cdktf.booleanToHclTerraform(this._webshare),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
