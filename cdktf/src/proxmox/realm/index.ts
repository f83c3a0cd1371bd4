// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface RealmConfig extends cdktf.TerraformMetaArguments {
  /**
  * openid: create users on their first login.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#autocreate Realm#autocreate}
  */
  readonly autocreate?: boolean | cdktf.IResolvable;
  /**
  * ldap (required), ad: where users are searched, e.g. "dc=example,dc=com".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#base_dn Realm#base_dn}
  */
  readonly baseDn?: string;
  /**
  * ldap, ad: the DN to bind as for searches and sync (anonymous when unset).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#bind_dn Realm#bind_dn}
  */
  readonly bindDn?: string;
  /**
  * ldap, ad: whether user names are case-sensitive (server default true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#case_sensitive Realm#case_sensitive}
  */
  readonly caseSensitive?: boolean | cdktf.IResolvable;
  /**
  * openid (required): the client id registered with the provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#client_id Realm#client_id}
  */
  readonly clientId?: string;
  /**
  * openid: the client secret. Not read back, so a change made outside Terraform is not seen.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#client_key Realm#client_key}
  */
  readonly clientKey?: string;
  /**
  * openid: the client secret, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when client_key_wo_version changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#client_key_wo Realm#client_key_wo}
  */
  readonly clientKeyWo?: string;
  /**
  * Change it to send client_key_wo again; required with client_key_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#client_key_wo_version Realm#client_key_wo_version}
  */
  readonly clientKeyWoVersion?: number;
  /**
  * Comment; the login window shows it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#comment Realm#comment}
  */
  readonly comment?: string;
  /**
  * Make this the default realm of the login window (clears the flag on every other realm). Unset: false; a realm made without the flag, or with it unchecked in the web UI, reads false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#default Realm#default}
  */
  readonly default?: boolean | cdktf.IResolvable;
  /**
  * ad (required): the Active Directory domain, e.g. "example.com".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#domain Realm#domain}
  */
  readonly domain?: string;
  /**
  * ldap, ad: LDAP filter of the users to sync.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#filter Realm#filter}
  */
  readonly filter?: string;
  /**
  * ldap, ad: where groups are searched (base_dn when unset).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#group_dn Realm#group_dn}
  */
  readonly groupDn?: string;
  /**
  * ldap, ad: LDAP filter of the groups to sync.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#group_filter Realm#group_filter}
  */
  readonly groupFilter?: string;
  /**
  * ldap, ad: the attribute holding a group's name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#group_name_attr Realm#group_name_attr}
  */
  readonly groupNameAttr?: string;
  /**
  * openid: create the groups of groups_claim that do not exist.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#groups_autocreate Realm#groups_autocreate}
  */
  readonly groupsAutocreate?: boolean | cdktf.IResolvable;
  /**
  * openid: the claim listing the groups of the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#groups_claim Realm#groups_claim}
  */
  readonly groupsClaim?: string;
  /**
  * openid: replace the user's groups with those of the claim at each login.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#groups_overwrite Realm#groups_overwrite}
  */
  readonly groupsOverwrite?: boolean | cdktf.IResolvable;
  /**
  * openid (required): the issuer URL of the OpenID provider.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#issuer_url Realm#issuer_url}
  */
  readonly issuerUrl?: string;
  /**
  * ldap, ad: protocol: "ldap" (default), "ldaps" or "ldap+starttls".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#mode Realm#mode}
  */
  readonly mode?: string;
  /**
  * ldap, ad: bind_dn's password. Proxmox keeps it in /etc/pve/priv/realm/<realm>.pw and never returns it, so a change made outside Terraform is not seen.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#password Realm#password}
  */
  readonly password?: string;
  /**
  * ldap, ad: the bind password, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when password_wo_version changes.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#password_wo Realm#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Change it to send password_wo again; required with password_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#password_wo_version Realm#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * ldap, ad: server port (default 389, 636 for ldaps).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#port Realm#port}
  */
  readonly port?: number;
  /**
  * openid: the prompt the provider shows ("none", "login", "consent", "select_account").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#prompt Realm#prompt}
  */
  readonly prompt?: string;
  /**
  * Realm id, the part after "@" in user ids (not pam or pve).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#realm Realm#realm}
  */
  readonly realm: string;
  /**
  * openid: space separated scopes to request (server default "email profile").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#scopes Realm#scopes}
  */
  readonly scopes?: string;
  /**
  * ldap, ad: the directory server (IP address or DNS name).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#server1 Realm#server1}
  */
  readonly server1?: string;
  /**
  * ldap, ad: the fallback server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#server2 Realm#server2}
  */
  readonly server2?: string;
  /**
  * ldap, ad: sync default: enable users the sync adds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#sync_enable_new Realm#sync_enable_new}
  */
  readonly syncEnableNew?: boolean | cdktf.IResolvable;
  /**
  * ldap, ad: sync default: what to remove of users and groups gone from the directory: "acl" (their ACL entries), "entry" (the user or group), "properties" (their synced properties). Empty: nothing.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#sync_remove_vanished Realm#sync_remove_vanished}
  */
  readonly syncRemoveVanished?: string[];
  /**
  * ldap, ad: sync default: what to sync, "users", "groups" or "both".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#sync_scope Realm#sync_scope}
  */
  readonly syncScope?: string;
  /**
  * ldap, ad: second factor required by the realm, e.g. "type=oath".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#tfa Realm#tfa}
  */
  readonly tfa?: string;
  /**
  * Realm type.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#type Realm#type}
  */
  readonly type: string;
  /**
  * ldap (required), ad: the attribute holding the user name, e.g. "uid" (ad default sAMAccountName).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#user_attr Realm#user_attr}
  */
  readonly userAttr?: string;
  /**
  * openid: the claim user names are made of ("subject", "username", "email" or another); fixed once the realm exists, so a change replaces it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#username_claim Realm#username_claim}
  */
  readonly usernameClaim?: string;
  /**
  * ldap, ad: verify the server's TLS certificate.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#verify Realm#verify}
  */
  readonly verify?: boolean | cdktf.IResolvable;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm proxmox_realm}
*/
export class Realm extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_realm";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Realm resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Realm to import
  * @param importFromId The id of the existing Realm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Realm to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_realm", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/realm proxmox_realm} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options RealmConfig
  */
  public constructor(scope: Construct, id: string, config: RealmConfig) {
    super(scope, id, {
      terraformResourceType: 'proxmox_realm',
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
    this._autocreate = config.autocreate;
    this._baseDn = config.baseDn;
    this._bindDn = config.bindDn;
    this._caseSensitive = config.caseSensitive;
    this._clientId = config.clientId;
    this._clientKey = config.clientKey;
    this._clientKeyWo = config.clientKeyWo;
    this._clientKeyWoVersion = config.clientKeyWoVersion;
    this._comment = config.comment;
    this._default = config.default;
    this._domain = config.domain;
    this._filter = config.filter;
    this._groupDn = config.groupDn;
    this._groupFilter = config.groupFilter;
    this._groupNameAttr = config.groupNameAttr;
    this._groupsAutocreate = config.groupsAutocreate;
    this._groupsClaim = config.groupsClaim;
    this._groupsOverwrite = config.groupsOverwrite;
    this._issuerUrl = config.issuerUrl;
    this._mode = config.mode;
    this._password = config.password;
    this._passwordWo = config.passwordWo;
    this._passwordWoVersion = config.passwordWoVersion;
    this._port = config.port;
    this._prompt = config.prompt;
    this._realm = config.realm;
    this._scopes = config.scopes;
    this._server1 = config.server1;
    this._server2 = config.server2;
    this._syncEnableNew = config.syncEnableNew;
    this._syncRemoveVanished = config.syncRemoveVanished;
    this._syncScope = config.syncScope;
    this._tfa = config.tfa;
    this._type = config.type;
    this._userAttr = config.userAttr;
    this._usernameClaim = config.usernameClaim;
    this._verify = config.verify;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autocreate - computed: false, optional: true, required: false
  private _autocreate?: boolean | cdktf.IResolvable; 
  public get autocreate() {
    return this.getBooleanAttribute('autocreate');
  }
  public set autocreate(value: boolean | cdktf.IResolvable) {
    this._autocreate = value;
  }
  public resetAutocreate() {
    this._autocreate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autocreateInput() {
    return this._autocreate;
  }

  // base_dn - computed: false, optional: true, required: false
  private _baseDn?: string; 
  public get baseDn() {
    return this.getStringAttribute('base_dn');
  }
  public set baseDn(value: string) {
    this._baseDn = value;
  }
  public resetBaseDn() {
    this._baseDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get baseDnInput() {
    return this._baseDn;
  }

  // bind_dn - computed: false, optional: true, required: false
  private _bindDn?: string; 
  public get bindDn() {
    return this.getStringAttribute('bind_dn');
  }
  public set bindDn(value: string) {
    this._bindDn = value;
  }
  public resetBindDn() {
    this._bindDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindDnInput() {
    return this._bindDn;
  }

  // case_sensitive - computed: false, optional: true, required: false
  private _caseSensitive?: boolean | cdktf.IResolvable; 
  public get caseSensitive() {
    return this.getBooleanAttribute('case_sensitive');
  }
  public set caseSensitive(value: boolean | cdktf.IResolvable) {
    this._caseSensitive = value;
  }
  public resetCaseSensitive() {
    this._caseSensitive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caseSensitiveInput() {
    return this._caseSensitive;
  }

  // client_id - computed: false, optional: true, required: false
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  public resetClientId() {
    this._clientId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_key - computed: false, optional: true, required: false
  private _clientKey?: string; 
  public get clientKey() {
    return this.getStringAttribute('client_key');
  }
  public set clientKey(value: string) {
    this._clientKey = value;
  }
  public resetClientKey() {
    this._clientKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientKeyInput() {
    return this._clientKey;
  }

  // client_key_wo - computed: false, optional: true, required: false
  private _clientKeyWo?: string; 
  public get clientKeyWo() {
    return this.getStringAttribute('client_key_wo');
  }
  public set clientKeyWo(value: string) {
    this._clientKeyWo = value;
  }
  public resetClientKeyWo() {
    this._clientKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientKeyWoInput() {
    return this._clientKeyWo;
  }

  // client_key_wo_version - computed: false, optional: true, required: false
  private _clientKeyWoVersion?: number; 
  public get clientKeyWoVersion() {
    return this.getNumberAttribute('client_key_wo_version');
  }
  public set clientKeyWoVersion(value: number) {
    this._clientKeyWoVersion = value;
  }
  public resetClientKeyWoVersion() {
    this._clientKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientKeyWoVersionInput() {
    return this._clientKeyWoVersion;
  }

  // comment - computed: false, optional: true, required: false
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

  // default - computed: true, optional: true, required: false
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

  // domain - computed: false, optional: true, required: false
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

  // filter - computed: false, optional: true, required: false
  private _filter?: string; 
  public get filter() {
    return this.getStringAttribute('filter');
  }
  public set filter(value: string) {
    this._filter = value;
  }
  public resetFilter() {
    this._filter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter;
  }

  // group_dn - computed: false, optional: true, required: false
  private _groupDn?: string; 
  public get groupDn() {
    return this.getStringAttribute('group_dn');
  }
  public set groupDn(value: string) {
    this._groupDn = value;
  }
  public resetGroupDn() {
    this._groupDn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupDnInput() {
    return this._groupDn;
  }

  // group_filter - computed: false, optional: true, required: false
  private _groupFilter?: string; 
  public get groupFilter() {
    return this.getStringAttribute('group_filter');
  }
  public set groupFilter(value: string) {
    this._groupFilter = value;
  }
  public resetGroupFilter() {
    this._groupFilter = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupFilterInput() {
    return this._groupFilter;
  }

  // group_name_attr - computed: false, optional: true, required: false
  private _groupNameAttr?: string; 
  public get groupNameAttr() {
    return this.getStringAttribute('group_name_attr');
  }
  public set groupNameAttr(value: string) {
    this._groupNameAttr = value;
  }
  public resetGroupNameAttr() {
    this._groupNameAttr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupNameAttrInput() {
    return this._groupNameAttr;
  }

  // groups_autocreate - computed: false, optional: true, required: false
  private _groupsAutocreate?: boolean | cdktf.IResolvable; 
  public get groupsAutocreate() {
    return this.getBooleanAttribute('groups_autocreate');
  }
  public set groupsAutocreate(value: boolean | cdktf.IResolvable) {
    this._groupsAutocreate = value;
  }
  public resetGroupsAutocreate() {
    this._groupsAutocreate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsAutocreateInput() {
    return this._groupsAutocreate;
  }

  // groups_claim - computed: false, optional: true, required: false
  private _groupsClaim?: string; 
  public get groupsClaim() {
    return this.getStringAttribute('groups_claim');
  }
  public set groupsClaim(value: string) {
    this._groupsClaim = value;
  }
  public resetGroupsClaim() {
    this._groupsClaim = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsClaimInput() {
    return this._groupsClaim;
  }

  // groups_overwrite - computed: false, optional: true, required: false
  private _groupsOverwrite?: boolean | cdktf.IResolvable; 
  public get groupsOverwrite() {
    return this.getBooleanAttribute('groups_overwrite');
  }
  public set groupsOverwrite(value: boolean | cdktf.IResolvable) {
    this._groupsOverwrite = value;
  }
  public resetGroupsOverwrite() {
    this._groupsOverwrite = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get groupsOverwriteInput() {
    return this._groupsOverwrite;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // issuer_url - computed: false, optional: true, required: false
  private _issuerUrl?: string; 
  public get issuerUrl() {
    return this.getStringAttribute('issuer_url');
  }
  public set issuerUrl(value: string) {
    this._issuerUrl = value;
  }
  public resetIssuerUrl() {
    this._issuerUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get issuerUrlInput() {
    return this._issuerUrl;
  }

  // mode - computed: false, optional: true, required: false
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

  // port - computed: false, optional: true, required: false
  private _port?: number; 
  public get port() {
    return this.getNumberAttribute('port');
  }
  public set port(value: number) {
    this._port = value;
  }
  public resetPort() {
    this._port = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portInput() {
    return this._port;
  }

  // prompt - computed: false, optional: true, required: false
  private _prompt?: string; 
  public get prompt() {
    return this.getStringAttribute('prompt');
  }
  public set prompt(value: string) {
    this._prompt = value;
  }
  public resetPrompt() {
    this._prompt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get promptInput() {
    return this._prompt;
  }

  // realm - computed: false, optional: false, required: true
  private _realm?: string; 
  public get realm() {
    return this.getStringAttribute('realm');
  }
  public set realm(value: string) {
    this._realm = value;
  }
  // Temporarily expose input value. Use with caution.
  public get realmInput() {
    return this._realm;
  }

  // scopes - computed: false, optional: true, required: false
  private _scopes?: string; 
  public get scopes() {
    return this.getStringAttribute('scopes');
  }
  public set scopes(value: string) {
    this._scopes = value;
  }
  public resetScopes() {
    this._scopes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopesInput() {
    return this._scopes;
  }

  // server1 - computed: false, optional: true, required: false
  private _server1?: string; 
  public get server1() {
    return this.getStringAttribute('server1');
  }
  public set server1(value: string) {
    this._server1 = value;
  }
  public resetServer1() {
    this._server1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get server1Input() {
    return this._server1;
  }

  // server2 - computed: false, optional: true, required: false
  private _server2?: string; 
  public get server2() {
    return this.getStringAttribute('server2');
  }
  public set server2(value: string) {
    this._server2 = value;
  }
  public resetServer2() {
    this._server2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get server2Input() {
    return this._server2;
  }

  // sync_enable_new - computed: false, optional: true, required: false
  private _syncEnableNew?: boolean | cdktf.IResolvable; 
  public get syncEnableNew() {
    return this.getBooleanAttribute('sync_enable_new');
  }
  public set syncEnableNew(value: boolean | cdktf.IResolvable) {
    this._syncEnableNew = value;
  }
  public resetSyncEnableNew() {
    this._syncEnableNew = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncEnableNewInput() {
    return this._syncEnableNew;
  }

  // sync_remove_vanished - computed: false, optional: true, required: false
  private _syncRemoveVanished?: string[]; 
  public get syncRemoveVanished() {
    return cdktf.Fn.tolist(this.getListAttribute('sync_remove_vanished'));
  }
  public set syncRemoveVanished(value: string[]) {
    this._syncRemoveVanished = value;
  }
  public resetSyncRemoveVanished() {
    this._syncRemoveVanished = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncRemoveVanishedInput() {
    return this._syncRemoveVanished;
  }

  // sync_scope - computed: false, optional: true, required: false
  private _syncScope?: string; 
  public get syncScope() {
    return this.getStringAttribute('sync_scope');
  }
  public set syncScope(value: string) {
    this._syncScope = value;
  }
  public resetSyncScope() {
    this._syncScope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syncScopeInput() {
    return this._syncScope;
  }

  // tfa - computed: false, optional: true, required: false
  private _tfa?: string; 
  public get tfa() {
    return this.getStringAttribute('tfa');
  }
  public set tfa(value: string) {
    this._tfa = value;
  }
  public resetTfa() {
    this._tfa = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tfaInput() {
    return this._tfa;
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

  // user_attr - computed: false, optional: true, required: false
  private _userAttr?: string; 
  public get userAttr() {
    return this.getStringAttribute('user_attr');
  }
  public set userAttr(value: string) {
    this._userAttr = value;
  }
  public resetUserAttr() {
    this._userAttr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userAttrInput() {
    return this._userAttr;
  }

  // username_claim - computed: false, optional: true, required: false
  private _usernameClaim?: string; 
  public get usernameClaim() {
    return this.getStringAttribute('username_claim');
  }
  public set usernameClaim(value: string) {
    this._usernameClaim = value;
  }
  public resetUsernameClaim() {
    this._usernameClaim = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameClaimInput() {
    return this._usernameClaim;
  }

  // verify - computed: false, optional: true, required: false
  private _verify?: boolean | cdktf.IResolvable; 
  public get verify() {
    return this.getBooleanAttribute('verify');
  }
  public set verify(value: boolean | cdktf.IResolvable) {
    this._verify = value;
  }
  public resetVerify() {
    this._verify = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get verifyInput() {
    return this._verify;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autocreate: cdktf.booleanToTerraform(this._autocreate),
      base_dn: cdktf.stringToTerraform(this._baseDn),
      bind_dn: cdktf.stringToTerraform(this._bindDn),
      case_sensitive: cdktf.booleanToTerraform(this._caseSensitive),
      client_id: cdktf.stringToTerraform(this._clientId),
      client_key: cdktf.stringToTerraform(this._clientKey),
      client_key_wo: cdktf.stringToTerraform(this._clientKeyWo),
      client_key_wo_version: cdktf.numberToTerraform(this._clientKeyWoVersion),
      comment: cdktf.stringToTerraform(this._comment),
      default: cdktf.booleanToTerraform(this._default),
      domain: cdktf.stringToTerraform(this._domain),
      filter: cdktf.stringToTerraform(this._filter),
      group_dn: cdktf.stringToTerraform(this._groupDn),
      group_filter: cdktf.stringToTerraform(this._groupFilter),
      group_name_attr: cdktf.stringToTerraform(this._groupNameAttr),
      groups_autocreate: cdktf.booleanToTerraform(this._groupsAutocreate),
      groups_claim: cdktf.stringToTerraform(this._groupsClaim),
      groups_overwrite: cdktf.booleanToTerraform(this._groupsOverwrite),
      issuer_url: cdktf.stringToTerraform(this._issuerUrl),
      mode: cdktf.stringToTerraform(this._mode),
      password: cdktf.stringToTerraform(this._password),
      password_wo: cdktf.stringToTerraform(this._passwordWo),
      password_wo_version: cdktf.numberToTerraform(this._passwordWoVersion),
      port: cdktf.numberToTerraform(this._port),
      prompt: cdktf.stringToTerraform(this._prompt),
      realm: cdktf.stringToTerraform(this._realm),
      scopes: cdktf.stringToTerraform(this._scopes),
      server1: cdktf.stringToTerraform(this._server1),
      server2: cdktf.stringToTerraform(this._server2),
      sync_enable_new: cdktf.booleanToTerraform(this._syncEnableNew),
      sync_remove_vanished: cdktf.listMapper(cdktf.stringToTerraform, false)(this._syncRemoveVanished),
      sync_scope: cdktf.stringToTerraform(this._syncScope),
      tfa: cdktf.stringToTerraform(this._tfa),
      type: cdktf.stringToTerraform(this._type),
      user_attr: cdktf.stringToTerraform(this._userAttr),
      username_claim: cdktf.stringToTerraform(this._usernameClaim),
      verify: cdktf.booleanToTerraform(this._verify),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autocreate: {
        value: cdktf.booleanToHclTerraform(this._autocreate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      base_dn: {
        value: cdktf.stringToHclTerraform(this._baseDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bind_dn: {
        value: cdktf.stringToHclTerraform(this._bindDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      case_sensitive: {
        value: cdktf.booleanToHclTerraform(this._caseSensitive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      client_id: {
        value: cdktf.stringToHclTerraform(this._clientId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_key: {
        value: cdktf.stringToHclTerraform(this._clientKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_key_wo: {
        value: cdktf.stringToHclTerraform(this._clientKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._clientKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      comment: {
        value: cdktf.stringToHclTerraform(this._comment),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      default: {
        value: cdktf.booleanToHclTerraform(this._default),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      domain: {
        value: cdktf.stringToHclTerraform(this._domain),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      filter: {
        value: cdktf.stringToHclTerraform(this._filter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_dn: {
        value: cdktf.stringToHclTerraform(this._groupDn),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_filter: {
        value: cdktf.stringToHclTerraform(this._groupFilter),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      group_name_attr: {
        value: cdktf.stringToHclTerraform(this._groupNameAttr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      groups_autocreate: {
        value: cdktf.booleanToHclTerraform(this._groupsAutocreate),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      groups_claim: {
        value: cdktf.stringToHclTerraform(this._groupsClaim),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      groups_overwrite: {
        value: cdktf.booleanToHclTerraform(this._groupsOverwrite),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      issuer_url: {
        value: cdktf.stringToHclTerraform(this._issuerUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mode: {
        value: cdktf.stringToHclTerraform(this._mode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      port: {
        value: cdktf.numberToHclTerraform(this._port),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      prompt: {
        value: cdktf.stringToHclTerraform(this._prompt),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      realm: {
        value: cdktf.stringToHclTerraform(this._realm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      scopes: {
        value: cdktf.stringToHclTerraform(this._scopes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server1: {
        value: cdktf.stringToHclTerraform(this._server1),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      server2: {
        value: cdktf.stringToHclTerraform(this._server2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sync_enable_new: {
        value: cdktf.booleanToHclTerraform(this._syncEnableNew),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sync_remove_vanished: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._syncRemoveVanished),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      sync_scope: {
        value: cdktf.stringToHclTerraform(this._syncScope),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tfa: {
        value: cdktf.stringToHclTerraform(this._tfa),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      user_attr: {
        value: cdktf.stringToHclTerraform(this._userAttr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username_claim: {
        value: cdktf.stringToHclTerraform(this._usernameClaim),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      verify: {
        value: cdktf.booleanToHclTerraform(this._verify),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
