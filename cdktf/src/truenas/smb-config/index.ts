// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SmbConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Apple SMB2/3 protocol extensions (needed for Time Machine shares).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#aapl_extensions SmbConfig#aapl_extensions}
  */
  readonly aaplExtensions?: boolean | cdktf.IResolvable;
  /**
  * Local group whose members are SMB administrators. Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#admin_group SmbConfig#admin_group}
  */
  readonly adminGroup?: string;
  /**
  * Addresses to serve on; empty for all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#bindip SmbConfig#bindip}
  */
  readonly bindip?: string[];
  /**
  * Verbose logging.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#debug SmbConfig#debug}
  */
  readonly debug?: boolean | cdktf.IResolvable;
  /**
  * Server description.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#description SmbConfig#description}
  */
  readonly description?: string;
  /**
  * Creation mask of new directories, such as "0775", or "DEFAULT".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#dirmask SmbConfig#dirmask}
  */
  readonly dirmask?: string;
  /**
  * Allow SMB1 clients (TrueNAS 25.04 and 25.10; 26.0 uses minimum_protocol). The upgrade to 26.0 turns it into minimum_protocol SMB1 (on) or SMB2 (off), and the plan then fails naming enable_smb1: remove it, or write minimum_protocol instead.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#enable_smb1 SmbConfig#enable_smb1}
  */
  readonly enableSmb1?: boolean | cdktf.IResolvable;
  /**
  * Transport encryption: DEFAULT, NEGOTIATE, DESIRED or REQUIRED.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#encryption SmbConfig#encryption}
  */
  readonly encryption?: string;
  /**
  * Creation mask of new files, such as "0664", or "DEFAULT".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#filemask SmbConfig#filemask}
  */
  readonly filemask?: string;
  /**
  * Account for guest access (default "nobody").
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#guest SmbConfig#guest}
  */
  readonly guest?: string;
  /**
  * Take part in local master browser elections.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#localmaster SmbConfig#localmaster}
  */
  readonly localmaster?: boolean | cdktf.IResolvable;
  /**
  * Oldest protocol clients may use: SMB1, SMB2 or SMB3 (TrueNAS 26.0 and later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#minimum_protocol SmbConfig#minimum_protocol}
  */
  readonly minimumProtocol?: string;
  /**
  * SMB3 multichannel.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#multichannel SmbConfig#multichannel}
  */
  readonly multichannel?: boolean | cdktf.IResolvable;
  /**
  * Other NetBIOS names the server answers to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#netbiosalias SmbConfig#netbiosalias}
  */
  readonly netbiosalias?: string[];
  /**
  * NetBIOS name of the server (up to 15 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#netbiosname SmbConfig#netbiosname}
  */
  readonly netbiosname?: string;
  /**
  * Allow NTLMv1 authentication (insecure).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#ntlmv1_auth SmbConfig#ntlmv1_auth}
  */
  readonly ntlmv1Auth?: boolean | cdktf.IResolvable;
  /**
  * Search protocols to serve: SPOTLIGHT (TrueNAS 26.0 and later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#search_protocols SmbConfig#search_protocols}
  */
  readonly searchProtocols?: string[];
  /**
  * Extra smb.conf lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#smb_options SmbConfig#smb_options}
  */
  readonly smbOptions?: string;
  /**
  * Keep SMB sessions across an HA failover (TrueNAS 26.0 and later).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#stateful_failover SmbConfig#stateful_failover}
  */
  readonly statefulFailover?: boolean | cdktf.IResolvable;
  /**
  * Log to syslog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#syslog SmbConfig#syslog}
  */
  readonly syslog?: boolean | cdktf.IResolvable;
  /**
  * Character set of file names on disk (default UTF-8).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#unixcharset SmbConfig#unixcharset}
  */
  readonly unixcharset?: string;
  /**
  * Workgroup or domain name (up to 15 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#workgroup SmbConfig#workgroup}
  */
  readonly workgroup?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config truenas_smb_config}
*/
export class SmbConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_smb_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SmbConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SmbConfig to import
  * @param importFromId The id of the existing SmbConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SmbConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_smb_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_config truenas_smb_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SmbConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: SmbConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_smb_config',
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
    this._aaplExtensions = config.aaplExtensions;
    this._adminGroup = config.adminGroup;
    this._bindip = config.bindip;
    this._debug = config.debug;
    this._description = config.description;
    this._dirmask = config.dirmask;
    this._enableSmb1 = config.enableSmb1;
    this._encryption = config.encryption;
    this._filemask = config.filemask;
    this._guest = config.guest;
    this._localmaster = config.localmaster;
    this._minimumProtocol = config.minimumProtocol;
    this._multichannel = config.multichannel;
    this._netbiosalias = config.netbiosalias;
    this._netbiosname = config.netbiosname;
    this._ntlmv1Auth = config.ntlmv1Auth;
    this._searchProtocols = config.searchProtocols;
    this._smbOptions = config.smbOptions;
    this._statefulFailover = config.statefulFailover;
    this._syslog = config.syslog;
    this._unixcharset = config.unixcharset;
    this._workgroup = config.workgroup;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // aapl_extensions - computed: true, optional: true, required: false
  private _aaplExtensions?: boolean | cdktf.IResolvable; 
  public get aaplExtensions() {
    return this.getBooleanAttribute('aapl_extensions');
  }
  public set aaplExtensions(value: boolean | cdktf.IResolvable) {
    this._aaplExtensions = value;
  }
  public resetAaplExtensions() {
    this._aaplExtensions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aaplExtensionsInput() {
    return this._aaplExtensions;
  }

  // admin_group - computed: true, optional: true, required: false
  private _adminGroup?: string; 
  public get adminGroup() {
    return this.getStringAttribute('admin_group');
  }
  public set adminGroup(value: string) {
    this._adminGroup = value;
  }
  public resetAdminGroup() {
    this._adminGroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get adminGroupInput() {
    return this._adminGroup;
  }

  // bindip - computed: true, optional: true, required: false
  private _bindip?: string[]; 
  public get bindip() {
    return this.getListAttribute('bindip');
  }
  public set bindip(value: string[]) {
    this._bindip = value;
  }
  public resetBindip() {
    this._bindip = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindipInput() {
    return this._bindip;
  }

  // debug - computed: true, optional: true, required: false
  private _debug?: boolean | cdktf.IResolvable; 
  public get debug() {
    return this.getBooleanAttribute('debug');
  }
  public set debug(value: boolean | cdktf.IResolvable) {
    this._debug = value;
  }
  public resetDebug() {
    this._debug = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get debugInput() {
    return this._debug;
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // dirmask - computed: true, optional: true, required: false
  private _dirmask?: string; 
  public get dirmask() {
    return this.getStringAttribute('dirmask');
  }
  public set dirmask(value: string) {
    this._dirmask = value;
  }
  public resetDirmask() {
    this._dirmask = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dirmaskInput() {
    return this._dirmask;
  }

  // enable_smb1 - computed: true, optional: true, required: false
  private _enableSmb1?: boolean | cdktf.IResolvable; 
  public get enableSmb1() {
    return this.getBooleanAttribute('enable_smb1');
  }
  public set enableSmb1(value: boolean | cdktf.IResolvable) {
    this._enableSmb1 = value;
  }
  public resetEnableSmb1() {
    this._enableSmb1 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableSmb1Input() {
    return this._enableSmb1;
  }

  // encryption - computed: true, optional: true, required: false
  private _encryption?: string; 
  public get encryption() {
    return this.getStringAttribute('encryption');
  }
  public set encryption(value: string) {
    this._encryption = value;
  }
  public resetEncryption() {
    this._encryption = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionInput() {
    return this._encryption;
  }

  // filemask - computed: true, optional: true, required: false
  private _filemask?: string; 
  public get filemask() {
    return this.getStringAttribute('filemask');
  }
  public set filemask(value: string) {
    this._filemask = value;
  }
  public resetFilemask() {
    this._filemask = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filemaskInput() {
    return this._filemask;
  }

  // guest - computed: true, optional: true, required: false
  private _guest?: string; 
  public get guest() {
    return this.getStringAttribute('guest');
  }
  public set guest(value: string) {
    this._guest = value;
  }
  public resetGuest() {
    this._guest = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get guestInput() {
    return this._guest;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // localmaster - computed: true, optional: true, required: false
  private _localmaster?: boolean | cdktf.IResolvable; 
  public get localmaster() {
    return this.getBooleanAttribute('localmaster');
  }
  public set localmaster(value: boolean | cdktf.IResolvable) {
    this._localmaster = value;
  }
  public resetLocalmaster() {
    this._localmaster = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localmasterInput() {
    return this._localmaster;
  }

  // minimum_protocol - computed: true, optional: true, required: false
  private _minimumProtocol?: string; 
  public get minimumProtocol() {
    return this.getStringAttribute('minimum_protocol');
  }
  public set minimumProtocol(value: string) {
    this._minimumProtocol = value;
  }
  public resetMinimumProtocol() {
    this._minimumProtocol = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get minimumProtocolInput() {
    return this._minimumProtocol;
  }

  // multichannel - computed: true, optional: true, required: false
  private _multichannel?: boolean | cdktf.IResolvable; 
  public get multichannel() {
    return this.getBooleanAttribute('multichannel');
  }
  public set multichannel(value: boolean | cdktf.IResolvable) {
    this._multichannel = value;
  }
  public resetMultichannel() {
    this._multichannel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multichannelInput() {
    return this._multichannel;
  }

  // netbiosalias - computed: true, optional: true, required: false
  private _netbiosalias?: string[]; 
  public get netbiosalias() {
    return this.getListAttribute('netbiosalias');
  }
  public set netbiosalias(value: string[]) {
    this._netbiosalias = value;
  }
  public resetNetbiosalias() {
    this._netbiosalias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netbiosaliasInput() {
    return this._netbiosalias;
  }

  // netbiosname - computed: true, optional: true, required: false
  private _netbiosname?: string; 
  public get netbiosname() {
    return this.getStringAttribute('netbiosname');
  }
  public set netbiosname(value: string) {
    this._netbiosname = value;
  }
  public resetNetbiosname() {
    this._netbiosname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get netbiosnameInput() {
    return this._netbiosname;
  }

  // ntlmv1_auth - computed: true, optional: true, required: false
  private _ntlmv1Auth?: boolean | cdktf.IResolvable; 
  public get ntlmv1Auth() {
    return this.getBooleanAttribute('ntlmv1_auth');
  }
  public set ntlmv1Auth(value: boolean | cdktf.IResolvable) {
    this._ntlmv1Auth = value;
  }
  public resetNtlmv1Auth() {
    this._ntlmv1Auth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ntlmv1AuthInput() {
    return this._ntlmv1Auth;
  }

  // search_protocols - computed: true, optional: true, required: false
  private _searchProtocols?: string[]; 
  public get searchProtocols() {
    return cdktf.Fn.tolist(this.getListAttribute('search_protocols'));
  }
  public set searchProtocols(value: string[]) {
    this._searchProtocols = value;
  }
  public resetSearchProtocols() {
    this._searchProtocols = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get searchProtocolsInput() {
    return this._searchProtocols;
  }

  // server_sid - computed: true, optional: false, required: false
  public get serverSid() {
    return this.getStringAttribute('server_sid');
  }

  // smb_options - computed: true, optional: true, required: false
  private _smbOptions?: string; 
  public get smbOptions() {
    return this.getStringAttribute('smb_options');
  }
  public set smbOptions(value: string) {
    this._smbOptions = value;
  }
  public resetSmbOptions() {
    this._smbOptions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smbOptionsInput() {
    return this._smbOptions;
  }

  // stateful_failover - computed: true, optional: true, required: false
  private _statefulFailover?: boolean | cdktf.IResolvable; 
  public get statefulFailover() {
    return this.getBooleanAttribute('stateful_failover');
  }
  public set statefulFailover(value: boolean | cdktf.IResolvable) {
    this._statefulFailover = value;
  }
  public resetStatefulFailover() {
    this._statefulFailover = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statefulFailoverInput() {
    return this._statefulFailover;
  }

  // syslog - computed: true, optional: true, required: false
  private _syslog?: boolean | cdktf.IResolvable; 
  public get syslog() {
    return this.getBooleanAttribute('syslog');
  }
  public set syslog(value: boolean | cdktf.IResolvable) {
    this._syslog = value;
  }
  public resetSyslog() {
    this._syslog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get syslogInput() {
    return this._syslog;
  }

  // unixcharset - computed: true, optional: true, required: false
  private _unixcharset?: string; 
  public get unixcharset() {
    return this.getStringAttribute('unixcharset');
  }
  public set unixcharset(value: string) {
    this._unixcharset = value;
  }
  public resetUnixcharset() {
    this._unixcharset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unixcharsetInput() {
    return this._unixcharset;
  }

  // workgroup - computed: true, optional: true, required: false
  private _workgroup?: string; 
  public get workgroup() {
    return this.getStringAttribute('workgroup');
  }
  public set workgroup(value: string) {
    this._workgroup = value;
  }
  public resetWorkgroup() {
    this._workgroup = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get workgroupInput() {
    return this._workgroup;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      aapl_extensions: cdktf.booleanToTerraform(this._aaplExtensions),
      admin_group: cdktf.stringToTerraform(this._adminGroup),
      bindip: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bindip),
      debug: cdktf.booleanToTerraform(this._debug),
      description: cdktf.stringToTerraform(this._description),
      dirmask: cdktf.stringToTerraform(this._dirmask),
      enable_smb1: cdktf.booleanToTerraform(this._enableSmb1),
      encryption: cdktf.stringToTerraform(this._encryption),
      filemask: cdktf.stringToTerraform(this._filemask),
      guest: cdktf.stringToTerraform(this._guest),
      localmaster: cdktf.booleanToTerraform(this._localmaster),
      minimum_protocol: cdktf.stringToTerraform(this._minimumProtocol),
      multichannel: cdktf.booleanToTerraform(this._multichannel),
      netbiosalias: cdktf.listMapper(cdktf.stringToTerraform, false)(this._netbiosalias),
      netbiosname: cdktf.stringToTerraform(this._netbiosname),
      ntlmv1_auth: cdktf.booleanToTerraform(this._ntlmv1Auth),
      search_protocols: cdktf.listMapper(cdktf.stringToTerraform, false)(this._searchProtocols),
      smb_options: cdktf.stringToTerraform(this._smbOptions),
      stateful_failover: cdktf.booleanToTerraform(this._statefulFailover),
      syslog: cdktf.booleanToTerraform(this._syslog),
      unixcharset: cdktf.stringToTerraform(this._unixcharset),
      workgroup: cdktf.stringToTerraform(this._workgroup),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      aapl_extensions: {
        value: cdktf.booleanToHclTerraform(this._aaplExtensions),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      admin_group: {
        value: cdktf.stringToHclTerraform(this._adminGroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      bindip: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bindip),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      debug: {
        value: cdktf.booleanToHclTerraform(this._debug),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dirmask: {
        value: cdktf.stringToHclTerraform(this._dirmask),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_smb1: {
        value: cdktf.booleanToHclTerraform(this._enableSmb1),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      encryption: {
        value: cdktf.stringToHclTerraform(this._encryption),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      filemask: {
        value: cdktf.stringToHclTerraform(this._filemask),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      guest: {
        value: cdktf.stringToHclTerraform(this._guest),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      localmaster: {
        value: cdktf.booleanToHclTerraform(this._localmaster),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      minimum_protocol: {
        value: cdktf.stringToHclTerraform(this._minimumProtocol),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      multichannel: {
        value: cdktf.booleanToHclTerraform(this._multichannel),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      netbiosalias: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._netbiosalias),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      netbiosname: {
        value: cdktf.stringToHclTerraform(this._netbiosname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ntlmv1_auth: {
        value: cdktf.booleanToHclTerraform(this._ntlmv1Auth),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      search_protocols: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._searchProtocols),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      smb_options: {
        value: cdktf.stringToHclTerraform(this._smbOptions),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stateful_failover: {
        value: cdktf.booleanToHclTerraform(this._statefulFailover),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      syslog: {
        value: cdktf.booleanToHclTerraform(this._syslog),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      unixcharset: {
        value: cdktf.stringToHclTerraform(this._unixcharset),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      workgroup: {
        value: cdktf.stringToHclTerraform(this._workgroup),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
