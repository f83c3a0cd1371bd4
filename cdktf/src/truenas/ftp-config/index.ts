// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FtpConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Directory of anonymous users; needs onlyanonymous = true (the server clears it otherwise).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#anonpath FtpConfig#anonpath}
  */
  readonly anonpath?: string;
  /**
  * Upload limit of anonymous users in KiB/s (0 for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#anonuserbw FtpConfig#anonuserbw}
  */
  readonly anonuserbw?: number;
  /**
  * Download limit of anonymous users in KiB/s (0 for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#anonuserdlbw FtpConfig#anonuserdlbw}
  */
  readonly anonuserdlbw?: number;
  /**
  * Message shown on connection.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#banner FtpConfig#banner}
  */
  readonly banner?: string;
  /**
  * Most simultaneous clients (1-10000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#clients FtpConfig#clients}
  */
  readonly clients?: number;
  /**
  * Jail users in their home directory.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#defaultroot FtpConfig#defaultroot}
  */
  readonly defaultroot?: boolean | cdktf.IResolvable;
  /**
  * Creation mask of new directories, such as "022".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#dirmask FtpConfig#dirmask}
  */
  readonly dirmask?: string;
  /**
  * Creation mask of new files, such as "077".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#filemask FtpConfig#filemask}
  */
  readonly filemask?: string;
  /**
  * Allow File eXchange Protocol (server-to-server transfers).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#fxp FtpConfig#fxp}
  */
  readonly fxp?: boolean | cdktf.IResolvable;
  /**
  * Ask clients for ident (RFC 1413).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#ident FtpConfig#ident}
  */
  readonly ident?: boolean | cdktf.IResolvable;
  /**
  * Most connections per IP address (0-1000; 0 for no limit).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#ipconnections FtpConfig#ipconnections}
  */
  readonly ipconnections?: number;
  /**
  * Upload limit of local users in KiB/s (0 for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#localuserbw FtpConfig#localuserbw}
  */
  readonly localuserbw?: number;
  /**
  * Download limit of local users in KiB/s (0 for none).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#localuserdlbw FtpConfig#localuserdlbw}
  */
  readonly localuserdlbw?: number;
  /**
  * Login attempts before disconnecting (0-1000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#loginattempt FtpConfig#loginattempt}
  */
  readonly loginattempt?: number;
  /**
  * Public address to announce in passive mode (behind NAT).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#masqaddress FtpConfig#masqaddress}
  */
  readonly masqaddress?: string;
  /**
  * Allow anonymous logins only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#onlyanonymous FtpConfig#onlyanonymous}
  */
  readonly onlyanonymous?: boolean | cdktf.IResolvable;
  /**
  * Allow local users only.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#onlylocal FtpConfig#onlylocal}
  */
  readonly onlylocal?: boolean | cdktf.IResolvable;
  /**
  * Extra proftpd.conf lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#options FtpConfig#options}
  */
  readonly options?: string;
  /**
  * Highest passive port (0 for any, else 1024-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#passiveportsmax FtpConfig#passiveportsmax}
  */
  readonly passiveportsmax?: number;
  /**
  * Lowest passive port (0 for any, else 1024-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#passiveportsmin FtpConfig#passiveportsmin}
  */
  readonly passiveportsmin?: number;
  /**
  * TCP port (1-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#port FtpConfig#port}
  */
  readonly port?: number;
  /**
  * Allow resuming transfers.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#resume FtpConfig#resume}
  */
  readonly resume?: boolean | cdktf.IResolvable;
  /**
  * Resolve client addresses.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#reversedns FtpConfig#reversedns}
  */
  readonly reversedns?: boolean | cdktf.IResolvable;
  /**
  * Id of the certificate for TLS. Removing it from the configuration keeps the current value; this resource cannot put it back to none.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#ssltls_certificate FtpConfig#ssltls_certificate}
  */
  readonly ssltlsCertificate?: number;
  /**
  * Idle seconds before disconnecting (0-10000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#timeout FtpConfig#timeout}
  */
  readonly timeout?: number;
  /**
  * Seconds without a transfer before disconnecting (0-10000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#timeout_notransfer FtpConfig#timeout_notransfer}
  */
  readonly timeoutNotransfer?: number;
  /**
  * Enable TLS (needs ssltls_certificate).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls FtpConfig#tls}
  */
  readonly tls?: boolean | cdktf.IResolvable;
  /**
  * TLS option: allow client renegotiations.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_allow_client_renegotiations FtpConfig#tls_opt_allow_client_renegotiations}
  */
  readonly tlsOptAllowClientRenegotiations?: boolean | cdktf.IResolvable;
  /**
  * TLS option: allow .tlslogin files.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_allow_dot_login FtpConfig#tls_opt_allow_dot_login}
  */
  readonly tlsOptAllowDotLogin?: boolean | cdktf.IResolvable;
  /**
  * TLS option: allow per-user settings.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_allow_per_user FtpConfig#tls_opt_allow_per_user}
  */
  readonly tlsOptAllowPerUser?: boolean | cdktf.IResolvable;
  /**
  * TLS option: require the common name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_common_name_required FtpConfig#tls_opt_common_name_required}
  */
  readonly tlsOptCommonNameRequired?: boolean | cdktf.IResolvable;
  /**
  * TLS option: require the DNS name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_dns_name_required FtpConfig#tls_opt_dns_name_required}
  */
  readonly tlsOptDnsNameRequired?: boolean | cdktf.IResolvable;
  /**
  * TLS option: diagnostics.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_enable_diags FtpConfig#tls_opt_enable_diags}
  */
  readonly tlsOptEnableDiags?: boolean | cdktf.IResolvable;
  /**
  * TLS option: export certificate data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_export_cert_data FtpConfig#tls_opt_export_cert_data}
  */
  readonly tlsOptExportCertData?: boolean | cdktf.IResolvable;
  /**
  * TLS option: require the IP address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_ip_address_required FtpConfig#tls_opt_ip_address_required}
  */
  readonly tlsOptIpAddressRequired?: boolean | cdktf.IResolvable;
  /**
  * TLS option: no empty fragments.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_no_empty_fragments FtpConfig#tls_opt_no_empty_fragments}
  */
  readonly tlsOptNoEmptyFragments?: boolean | cdktf.IResolvable;
  /**
  * TLS option: no session reuse required.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_no_session_reuse_required FtpConfig#tls_opt_no_session_reuse_required}
  */
  readonly tlsOptNoSessionReuseRequired?: boolean | cdktf.IResolvable;
  /**
  * TLS option: standard environment variables.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_opt_stdenvvars FtpConfig#tls_opt_stdenvvars}
  */
  readonly tlsOptStdenvvars?: boolean | cdktf.IResolvable;
  /**
  * What TLS protects: "", on, off, data, !data, auth, ctrl, ctrl+data, ctrl+!data, auth+data or auth+!data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#tls_policy FtpConfig#tls_policy}
  */
  readonly tlsPolicy?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config truenas_ftp_config}
*/
export class FtpConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_ftp_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FtpConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FtpConfig to import
  * @param importFromId The id of the existing FtpConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FtpConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_ftp_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ftp_config truenas_ftp_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FtpConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: FtpConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_ftp_config',
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
    this._anonpath = config.anonpath;
    this._anonuserbw = config.anonuserbw;
    this._anonuserdlbw = config.anonuserdlbw;
    this._banner = config.banner;
    this._clients = config.clients;
    this._defaultroot = config.defaultroot;
    this._dirmask = config.dirmask;
    this._filemask = config.filemask;
    this._fxp = config.fxp;
    this._ident = config.ident;
    this._ipconnections = config.ipconnections;
    this._localuserbw = config.localuserbw;
    this._localuserdlbw = config.localuserdlbw;
    this._loginattempt = config.loginattempt;
    this._masqaddress = config.masqaddress;
    this._onlyanonymous = config.onlyanonymous;
    this._onlylocal = config.onlylocal;
    this._options = config.options;
    this._passiveportsmax = config.passiveportsmax;
    this._passiveportsmin = config.passiveportsmin;
    this._port = config.port;
    this._resume = config.resume;
    this._reversedns = config.reversedns;
    this._ssltlsCertificate = config.ssltlsCertificate;
    this._timeout = config.timeout;
    this._timeoutNotransfer = config.timeoutNotransfer;
    this._tls = config.tls;
    this._tlsOptAllowClientRenegotiations = config.tlsOptAllowClientRenegotiations;
    this._tlsOptAllowDotLogin = config.tlsOptAllowDotLogin;
    this._tlsOptAllowPerUser = config.tlsOptAllowPerUser;
    this._tlsOptCommonNameRequired = config.tlsOptCommonNameRequired;
    this._tlsOptDnsNameRequired = config.tlsOptDnsNameRequired;
    this._tlsOptEnableDiags = config.tlsOptEnableDiags;
    this._tlsOptExportCertData = config.tlsOptExportCertData;
    this._tlsOptIpAddressRequired = config.tlsOptIpAddressRequired;
    this._tlsOptNoEmptyFragments = config.tlsOptNoEmptyFragments;
    this._tlsOptNoSessionReuseRequired = config.tlsOptNoSessionReuseRequired;
    this._tlsOptStdenvvars = config.tlsOptStdenvvars;
    this._tlsPolicy = config.tlsPolicy;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // anonpath - computed: true, optional: true, required: false
  private _anonpath?: string; 
  public get anonpath() {
    return this.getStringAttribute('anonpath');
  }
  public set anonpath(value: string) {
    this._anonpath = value;
  }
  public resetAnonpath() {
    this._anonpath = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anonpathInput() {
    return this._anonpath;
  }

  // anonuserbw - computed: true, optional: true, required: false
  private _anonuserbw?: number; 
  public get anonuserbw() {
    return this.getNumberAttribute('anonuserbw');
  }
  public set anonuserbw(value: number) {
    this._anonuserbw = value;
  }
  public resetAnonuserbw() {
    this._anonuserbw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anonuserbwInput() {
    return this._anonuserbw;
  }

  // anonuserdlbw - computed: true, optional: true, required: false
  private _anonuserdlbw?: number; 
  public get anonuserdlbw() {
    return this.getNumberAttribute('anonuserdlbw');
  }
  public set anonuserdlbw(value: number) {
    this._anonuserdlbw = value;
  }
  public resetAnonuserdlbw() {
    this._anonuserdlbw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get anonuserdlbwInput() {
    return this._anonuserdlbw;
  }

  // banner - computed: true, optional: true, required: false
  private _banner?: string; 
  public get banner() {
    return this.getStringAttribute('banner');
  }
  public set banner(value: string) {
    this._banner = value;
  }
  public resetBanner() {
    this._banner = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bannerInput() {
    return this._banner;
  }

  // clients - computed: true, optional: true, required: false
  private _clients?: number; 
  public get clients() {
    return this.getNumberAttribute('clients');
  }
  public set clients(value: number) {
    this._clients = value;
  }
  public resetClients() {
    this._clients = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientsInput() {
    return this._clients;
  }

  // defaultroot - computed: true, optional: true, required: false
  private _defaultroot?: boolean | cdktf.IResolvable; 
  public get defaultroot() {
    return this.getBooleanAttribute('defaultroot');
  }
  public set defaultroot(value: boolean | cdktf.IResolvable) {
    this._defaultroot = value;
  }
  public resetDefaultroot() {
    this._defaultroot = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultrootInput() {
    return this._defaultroot;
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

  // fxp - computed: true, optional: true, required: false
  private _fxp?: boolean | cdktf.IResolvable; 
  public get fxp() {
    return this.getBooleanAttribute('fxp');
  }
  public set fxp(value: boolean | cdktf.IResolvable) {
    this._fxp = value;
  }
  public resetFxp() {
    this._fxp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fxpInput() {
    return this._fxp;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ident - computed: true, optional: true, required: false
  private _ident?: boolean | cdktf.IResolvable; 
  public get ident() {
    return this.getBooleanAttribute('ident');
  }
  public set ident(value: boolean | cdktf.IResolvable) {
    this._ident = value;
  }
  public resetIdent() {
    this._ident = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get identInput() {
    return this._ident;
  }

  // ipconnections - computed: true, optional: true, required: false
  private _ipconnections?: number; 
  public get ipconnections() {
    return this.getNumberAttribute('ipconnections');
  }
  public set ipconnections(value: number) {
    this._ipconnections = value;
  }
  public resetIpconnections() {
    this._ipconnections = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipconnectionsInput() {
    return this._ipconnections;
  }

  // localuserbw - computed: true, optional: true, required: false
  private _localuserbw?: number; 
  public get localuserbw() {
    return this.getNumberAttribute('localuserbw');
  }
  public set localuserbw(value: number) {
    this._localuserbw = value;
  }
  public resetLocaluserbw() {
    this._localuserbw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localuserbwInput() {
    return this._localuserbw;
  }

  // localuserdlbw - computed: true, optional: true, required: false
  private _localuserdlbw?: number; 
  public get localuserdlbw() {
    return this.getNumberAttribute('localuserdlbw');
  }
  public set localuserdlbw(value: number) {
    this._localuserdlbw = value;
  }
  public resetLocaluserdlbw() {
    this._localuserdlbw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get localuserdlbwInput() {
    return this._localuserdlbw;
  }

  // loginattempt - computed: true, optional: true, required: false
  private _loginattempt?: number; 
  public get loginattempt() {
    return this.getNumberAttribute('loginattempt');
  }
  public set loginattempt(value: number) {
    this._loginattempt = value;
  }
  public resetLoginattempt() {
    this._loginattempt = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get loginattemptInput() {
    return this._loginattempt;
  }

  // masqaddress - computed: true, optional: true, required: false
  private _masqaddress?: string; 
  public get masqaddress() {
    return this.getStringAttribute('masqaddress');
  }
  public set masqaddress(value: string) {
    this._masqaddress = value;
  }
  public resetMasqaddress() {
    this._masqaddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get masqaddressInput() {
    return this._masqaddress;
  }

  // onlyanonymous - computed: true, optional: true, required: false
  private _onlyanonymous?: boolean | cdktf.IResolvable; 
  public get onlyanonymous() {
    return this.getBooleanAttribute('onlyanonymous');
  }
  public set onlyanonymous(value: boolean | cdktf.IResolvable) {
    this._onlyanonymous = value;
  }
  public resetOnlyanonymous() {
    this._onlyanonymous = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlyanonymousInput() {
    return this._onlyanonymous;
  }

  // onlylocal - computed: true, optional: true, required: false
  private _onlylocal?: boolean | cdktf.IResolvable; 
  public get onlylocal() {
    return this.getBooleanAttribute('onlylocal');
  }
  public set onlylocal(value: boolean | cdktf.IResolvable) {
    this._onlylocal = value;
  }
  public resetOnlylocal() {
    this._onlylocal = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get onlylocalInput() {
    return this._onlylocal;
  }

  // options - computed: true, optional: true, required: false
  private _options?: string; 
  public get options() {
    return this.getStringAttribute('options');
  }
  public set options(value: string) {
    this._options = value;
  }
  public resetOptions() {
    this._options = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsInput() {
    return this._options;
  }

  // passiveportsmax - computed: true, optional: true, required: false
  private _passiveportsmax?: number; 
  public get passiveportsmax() {
    return this.getNumberAttribute('passiveportsmax');
  }
  public set passiveportsmax(value: number) {
    this._passiveportsmax = value;
  }
  public resetPassiveportsmax() {
    this._passiveportsmax = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passiveportsmaxInput() {
    return this._passiveportsmax;
  }

  // passiveportsmin - computed: true, optional: true, required: false
  private _passiveportsmin?: number; 
  public get passiveportsmin() {
    return this.getNumberAttribute('passiveportsmin');
  }
  public set passiveportsmin(value: number) {
    this._passiveportsmin = value;
  }
  public resetPassiveportsmin() {
    this._passiveportsmin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passiveportsminInput() {
    return this._passiveportsmin;
  }

  // port - computed: true, optional: true, required: false
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

  // resume - computed: true, optional: true, required: false
  private _resume?: boolean | cdktf.IResolvable; 
  public get resume() {
    return this.getBooleanAttribute('resume');
  }
  public set resume(value: boolean | cdktf.IResolvable) {
    this._resume = value;
  }
  public resetResume() {
    this._resume = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resumeInput() {
    return this._resume;
  }

  // reversedns - computed: true, optional: true, required: false
  private _reversedns?: boolean | cdktf.IResolvable; 
  public get reversedns() {
    return this.getBooleanAttribute('reversedns');
  }
  public set reversedns(value: boolean | cdktf.IResolvable) {
    this._reversedns = value;
  }
  public resetReversedns() {
    this._reversedns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reversednsInput() {
    return this._reversedns;
  }

  // ssltls_certificate - computed: true, optional: true, required: false
  private _ssltlsCertificate?: number; 
  public get ssltlsCertificate() {
    return this.getNumberAttribute('ssltls_certificate');
  }
  public set ssltlsCertificate(value: number) {
    this._ssltlsCertificate = value;
  }
  public resetSsltlsCertificate() {
    this._ssltlsCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ssltlsCertificateInput() {
    return this._ssltlsCertificate;
  }

  // timeout - computed: true, optional: true, required: false
  private _timeout?: number; 
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }
  public set timeout(value: number) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // timeout_notransfer - computed: true, optional: true, required: false
  private _timeoutNotransfer?: number; 
  public get timeoutNotransfer() {
    return this.getNumberAttribute('timeout_notransfer');
  }
  public set timeoutNotransfer(value: number) {
    this._timeoutNotransfer = value;
  }
  public resetTimeoutNotransfer() {
    this._timeoutNotransfer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutNotransferInput() {
    return this._timeoutNotransfer;
  }

  // tls - computed: true, optional: true, required: false
  private _tls?: boolean | cdktf.IResolvable; 
  public get tls() {
    return this.getBooleanAttribute('tls');
  }
  public set tls(value: boolean | cdktf.IResolvable) {
    this._tls = value;
  }
  public resetTls() {
    this._tls = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsInput() {
    return this._tls;
  }

  // tls_opt_allow_client_renegotiations - computed: true, optional: true, required: false
  private _tlsOptAllowClientRenegotiations?: boolean | cdktf.IResolvable; 
  public get tlsOptAllowClientRenegotiations() {
    return this.getBooleanAttribute('tls_opt_allow_client_renegotiations');
  }
  public set tlsOptAllowClientRenegotiations(value: boolean | cdktf.IResolvable) {
    this._tlsOptAllowClientRenegotiations = value;
  }
  public resetTlsOptAllowClientRenegotiations() {
    this._tlsOptAllowClientRenegotiations = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptAllowClientRenegotiationsInput() {
    return this._tlsOptAllowClientRenegotiations;
  }

  // tls_opt_allow_dot_login - computed: true, optional: true, required: false
  private _tlsOptAllowDotLogin?: boolean | cdktf.IResolvable; 
  public get tlsOptAllowDotLogin() {
    return this.getBooleanAttribute('tls_opt_allow_dot_login');
  }
  public set tlsOptAllowDotLogin(value: boolean | cdktf.IResolvable) {
    this._tlsOptAllowDotLogin = value;
  }
  public resetTlsOptAllowDotLogin() {
    this._tlsOptAllowDotLogin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptAllowDotLoginInput() {
    return this._tlsOptAllowDotLogin;
  }

  // tls_opt_allow_per_user - computed: true, optional: true, required: false
  private _tlsOptAllowPerUser?: boolean | cdktf.IResolvable; 
  public get tlsOptAllowPerUser() {
    return this.getBooleanAttribute('tls_opt_allow_per_user');
  }
  public set tlsOptAllowPerUser(value: boolean | cdktf.IResolvable) {
    this._tlsOptAllowPerUser = value;
  }
  public resetTlsOptAllowPerUser() {
    this._tlsOptAllowPerUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptAllowPerUserInput() {
    return this._tlsOptAllowPerUser;
  }

  // tls_opt_common_name_required - computed: true, optional: true, required: false
  private _tlsOptCommonNameRequired?: boolean | cdktf.IResolvable; 
  public get tlsOptCommonNameRequired() {
    return this.getBooleanAttribute('tls_opt_common_name_required');
  }
  public set tlsOptCommonNameRequired(value: boolean | cdktf.IResolvable) {
    this._tlsOptCommonNameRequired = value;
  }
  public resetTlsOptCommonNameRequired() {
    this._tlsOptCommonNameRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptCommonNameRequiredInput() {
    return this._tlsOptCommonNameRequired;
  }

  // tls_opt_dns_name_required - computed: true, optional: true, required: false
  private _tlsOptDnsNameRequired?: boolean | cdktf.IResolvable; 
  public get tlsOptDnsNameRequired() {
    return this.getBooleanAttribute('tls_opt_dns_name_required');
  }
  public set tlsOptDnsNameRequired(value: boolean | cdktf.IResolvable) {
    this._tlsOptDnsNameRequired = value;
  }
  public resetTlsOptDnsNameRequired() {
    this._tlsOptDnsNameRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptDnsNameRequiredInput() {
    return this._tlsOptDnsNameRequired;
  }

  // tls_opt_enable_diags - computed: true, optional: true, required: false
  private _tlsOptEnableDiags?: boolean | cdktf.IResolvable; 
  public get tlsOptEnableDiags() {
    return this.getBooleanAttribute('tls_opt_enable_diags');
  }
  public set tlsOptEnableDiags(value: boolean | cdktf.IResolvable) {
    this._tlsOptEnableDiags = value;
  }
  public resetTlsOptEnableDiags() {
    this._tlsOptEnableDiags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptEnableDiagsInput() {
    return this._tlsOptEnableDiags;
  }

  // tls_opt_export_cert_data - computed: true, optional: true, required: false
  private _tlsOptExportCertData?: boolean | cdktf.IResolvable; 
  public get tlsOptExportCertData() {
    return this.getBooleanAttribute('tls_opt_export_cert_data');
  }
  public set tlsOptExportCertData(value: boolean | cdktf.IResolvable) {
    this._tlsOptExportCertData = value;
  }
  public resetTlsOptExportCertData() {
    this._tlsOptExportCertData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptExportCertDataInput() {
    return this._tlsOptExportCertData;
  }

  // tls_opt_ip_address_required - computed: true, optional: true, required: false
  private _tlsOptIpAddressRequired?: boolean | cdktf.IResolvable; 
  public get tlsOptIpAddressRequired() {
    return this.getBooleanAttribute('tls_opt_ip_address_required');
  }
  public set tlsOptIpAddressRequired(value: boolean | cdktf.IResolvable) {
    this._tlsOptIpAddressRequired = value;
  }
  public resetTlsOptIpAddressRequired() {
    this._tlsOptIpAddressRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptIpAddressRequiredInput() {
    return this._tlsOptIpAddressRequired;
  }

  // tls_opt_no_empty_fragments - computed: true, optional: true, required: false
  private _tlsOptNoEmptyFragments?: boolean | cdktf.IResolvable; 
  public get tlsOptNoEmptyFragments() {
    return this.getBooleanAttribute('tls_opt_no_empty_fragments');
  }
  public set tlsOptNoEmptyFragments(value: boolean | cdktf.IResolvable) {
    this._tlsOptNoEmptyFragments = value;
  }
  public resetTlsOptNoEmptyFragments() {
    this._tlsOptNoEmptyFragments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptNoEmptyFragmentsInput() {
    return this._tlsOptNoEmptyFragments;
  }

  // tls_opt_no_session_reuse_required - computed: true, optional: true, required: false
  private _tlsOptNoSessionReuseRequired?: boolean | cdktf.IResolvable; 
  public get tlsOptNoSessionReuseRequired() {
    return this.getBooleanAttribute('tls_opt_no_session_reuse_required');
  }
  public set tlsOptNoSessionReuseRequired(value: boolean | cdktf.IResolvable) {
    this._tlsOptNoSessionReuseRequired = value;
  }
  public resetTlsOptNoSessionReuseRequired() {
    this._tlsOptNoSessionReuseRequired = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptNoSessionReuseRequiredInput() {
    return this._tlsOptNoSessionReuseRequired;
  }

  // tls_opt_stdenvvars - computed: true, optional: true, required: false
  private _tlsOptStdenvvars?: boolean | cdktf.IResolvable; 
  public get tlsOptStdenvvars() {
    return this.getBooleanAttribute('tls_opt_stdenvvars');
  }
  public set tlsOptStdenvvars(value: boolean | cdktf.IResolvable) {
    this._tlsOptStdenvvars = value;
  }
  public resetTlsOptStdenvvars() {
    this._tlsOptStdenvvars = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsOptStdenvvarsInput() {
    return this._tlsOptStdenvvars;
  }

  // tls_policy - computed: true, optional: true, required: false
  private _tlsPolicy?: string; 
  public get tlsPolicy() {
    return this.getStringAttribute('tls_policy');
  }
  public set tlsPolicy(value: string) {
    this._tlsPolicy = value;
  }
  public resetTlsPolicy() {
    this._tlsPolicy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tlsPolicyInput() {
    return this._tlsPolicy;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      anonpath: cdktf.stringToTerraform(this._anonpath),
      anonuserbw: cdktf.numberToTerraform(this._anonuserbw),
      anonuserdlbw: cdktf.numberToTerraform(this._anonuserdlbw),
      banner: cdktf.stringToTerraform(this._banner),
      clients: cdktf.numberToTerraform(this._clients),
      defaultroot: cdktf.booleanToTerraform(this._defaultroot),
      dirmask: cdktf.stringToTerraform(this._dirmask),
      filemask: cdktf.stringToTerraform(this._filemask),
      fxp: cdktf.booleanToTerraform(this._fxp),
      ident: cdktf.booleanToTerraform(this._ident),
      ipconnections: cdktf.numberToTerraform(this._ipconnections),
      localuserbw: cdktf.numberToTerraform(this._localuserbw),
      localuserdlbw: cdktf.numberToTerraform(this._localuserdlbw),
      loginattempt: cdktf.numberToTerraform(this._loginattempt),
      masqaddress: cdktf.stringToTerraform(this._masqaddress),
      onlyanonymous: cdktf.booleanToTerraform(this._onlyanonymous),
      onlylocal: cdktf.booleanToTerraform(this._onlylocal),
      options: cdktf.stringToTerraform(this._options),
      passiveportsmax: cdktf.numberToTerraform(this._passiveportsmax),
      passiveportsmin: cdktf.numberToTerraform(this._passiveportsmin),
      port: cdktf.numberToTerraform(this._port),
      resume: cdktf.booleanToTerraform(this._resume),
      reversedns: cdktf.booleanToTerraform(this._reversedns),
      ssltls_certificate: cdktf.numberToTerraform(this._ssltlsCertificate),
      timeout: cdktf.numberToTerraform(this._timeout),
      timeout_notransfer: cdktf.numberToTerraform(this._timeoutNotransfer),
      tls: cdktf.booleanToTerraform(this._tls),
      tls_opt_allow_client_renegotiations: cdktf.booleanToTerraform(this._tlsOptAllowClientRenegotiations),
      tls_opt_allow_dot_login: cdktf.booleanToTerraform(this._tlsOptAllowDotLogin),
      tls_opt_allow_per_user: cdktf.booleanToTerraform(this._tlsOptAllowPerUser),
      tls_opt_common_name_required: cdktf.booleanToTerraform(this._tlsOptCommonNameRequired),
      tls_opt_dns_name_required: cdktf.booleanToTerraform(this._tlsOptDnsNameRequired),
      tls_opt_enable_diags: cdktf.booleanToTerraform(this._tlsOptEnableDiags),
      tls_opt_export_cert_data: cdktf.booleanToTerraform(this._tlsOptExportCertData),
      tls_opt_ip_address_required: cdktf.booleanToTerraform(this._tlsOptIpAddressRequired),
      tls_opt_no_empty_fragments: cdktf.booleanToTerraform(this._tlsOptNoEmptyFragments),
      tls_opt_no_session_reuse_required: cdktf.booleanToTerraform(this._tlsOptNoSessionReuseRequired),
      tls_opt_stdenvvars: cdktf.booleanToTerraform(this._tlsOptStdenvvars),
      tls_policy: cdktf.stringToTerraform(this._tlsPolicy),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      anonpath: {
        value: cdktf.stringToHclTerraform(this._anonpath),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      anonuserbw: {
        value: cdktf.numberToHclTerraform(this._anonuserbw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      anonuserdlbw: {
        value: cdktf.numberToHclTerraform(this._anonuserdlbw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      banner: {
        value: cdktf.stringToHclTerraform(this._banner),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      clients: {
        value: cdktf.numberToHclTerraform(this._clients),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      defaultroot: {
        value: cdktf.booleanToHclTerraform(this._defaultroot),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      dirmask: {
        value: cdktf.stringToHclTerraform(this._dirmask),
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
      fxp: {
        value: cdktf.booleanToHclTerraform(this._fxp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ident: {
        value: cdktf.booleanToHclTerraform(this._ident),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ipconnections: {
        value: cdktf.numberToHclTerraform(this._ipconnections),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      localuserbw: {
        value: cdktf.numberToHclTerraform(this._localuserbw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      localuserdlbw: {
        value: cdktf.numberToHclTerraform(this._localuserdlbw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      loginattempt: {
        value: cdktf.numberToHclTerraform(this._loginattempt),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      masqaddress: {
        value: cdktf.stringToHclTerraform(this._masqaddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      onlyanonymous: {
        value: cdktf.booleanToHclTerraform(this._onlyanonymous),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      onlylocal: {
        value: cdktf.booleanToHclTerraform(this._onlylocal),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      options: {
        value: cdktf.stringToHclTerraform(this._options),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      passiveportsmax: {
        value: cdktf.numberToHclTerraform(this._passiveportsmax),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      passiveportsmin: {
        value: cdktf.numberToHclTerraform(this._passiveportsmin),
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
      resume: {
        value: cdktf.booleanToHclTerraform(this._resume),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      reversedns: {
        value: cdktf.booleanToHclTerraform(this._reversedns),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ssltls_certificate: {
        value: cdktf.numberToHclTerraform(this._ssltlsCertificate),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      timeout: {
        value: cdktf.numberToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      timeout_notransfer: {
        value: cdktf.numberToHclTerraform(this._timeoutNotransfer),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      tls: {
        value: cdktf.booleanToHclTerraform(this._tls),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_allow_client_renegotiations: {
        value: cdktf.booleanToHclTerraform(this._tlsOptAllowClientRenegotiations),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_allow_dot_login: {
        value: cdktf.booleanToHclTerraform(this._tlsOptAllowDotLogin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_allow_per_user: {
        value: cdktf.booleanToHclTerraform(this._tlsOptAllowPerUser),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_common_name_required: {
        value: cdktf.booleanToHclTerraform(this._tlsOptCommonNameRequired),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_dns_name_required: {
        value: cdktf.booleanToHclTerraform(this._tlsOptDnsNameRequired),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_enable_diags: {
        value: cdktf.booleanToHclTerraform(this._tlsOptEnableDiags),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_export_cert_data: {
        value: cdktf.booleanToHclTerraform(this._tlsOptExportCertData),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_ip_address_required: {
        value: cdktf.booleanToHclTerraform(this._tlsOptIpAddressRequired),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_no_empty_fragments: {
        value: cdktf.booleanToHclTerraform(this._tlsOptNoEmptyFragments),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_no_session_reuse_required: {
        value: cdktf.booleanToHclTerraform(this._tlsOptNoSessionReuseRequired),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_opt_stdenvvars: {
        value: cdktf.booleanToHclTerraform(this._tlsOptStdenvvars),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tls_policy: {
        value: cdktf.stringToHclTerraform(this._tlsPolicy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
