// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SshConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * Interfaces to listen on; empty for all.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#bindiface SshConfig#bindiface}
  */
  readonly bindiface?: string[];
  /**
  * Compress connections.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#compression SshConfig#compression}
  */
  readonly compression?: boolean | cdktf.IResolvable;
  /**
  * Allow Kerberos authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#kerberosauth SshConfig#kerberosauth}
  */
  readonly kerberosauth?: boolean | cdktf.IResolvable;
  /**
  * Extra sshd_config lines.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#options SshConfig#options}
  */
  readonly options?: string;
  /**
  * With passwordauth: groups (by name) whose members may log in with a password, besides the users with ssh_password_enabled; empty: none. The server does not check the names. Removing it keeps the current list; set [] to empty it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#password_login_groups SshConfig#password_login_groups}
  */
  readonly passwordLoginGroups?: string[];
  /**
  * Allow password authentication.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#passwordauth SshConfig#passwordauth}
  */
  readonly passwordauth?: boolean | cdktf.IResolvable;
  /**
  * Syslog facility of SFTP logging: "" (the default), DAEMON, USER, AUTH or LOCAL0 to LOCAL7.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#sftp_log_facility SshConfig#sftp_log_facility}
  */
  readonly sftpLogFacility?: string;
  /**
  * SFTP log level: "", QUIET, FATAL, ERROR, INFO, VERBOSE, DEBUG, DEBUG2 or DEBUG3.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#sftp_log_level SshConfig#sftp_log_level}
  */
  readonly sftpLogLevel?: string;
  /**
  * Allow TCP port forwarding.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#tcpfwd SshConfig#tcpfwd}
  */
  readonly tcpfwd?: boolean | cdktf.IResolvable;
  /**
  * TCP port (1-65535).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#tcpport SshConfig#tcpport}
  */
  readonly tcpport?: number;
  /**
  * Weak ciphers to allow: AES128-CBC, NONE.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#weak_ciphers SshConfig#weak_ciphers}
  */
  readonly weakCiphers?: string[];
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config truenas_ssh_config}
*/
export class SshConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_ssh_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SshConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SshConfig to import
  * @param importFromId The id of the existing SshConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SshConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_ssh_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/ssh_config truenas_ssh_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SshConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: SshConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_ssh_config',
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
    this._bindiface = config.bindiface;
    this._compression = config.compression;
    this._kerberosauth = config.kerberosauth;
    this._options = config.options;
    this._passwordLoginGroups = config.passwordLoginGroups;
    this._passwordauth = config.passwordauth;
    this._sftpLogFacility = config.sftpLogFacility;
    this._sftpLogLevel = config.sftpLogLevel;
    this._tcpfwd = config.tcpfwd;
    this._tcpport = config.tcpport;
    this._weakCiphers = config.weakCiphers;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // bindiface - computed: true, optional: true, required: false
  private _bindiface?: string[]; 
  public get bindiface() {
    return this.getListAttribute('bindiface');
  }
  public set bindiface(value: string[]) {
    this._bindiface = value;
  }
  public resetBindiface() {
    this._bindiface = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bindifaceInput() {
    return this._bindiface;
  }

  // compression - computed: true, optional: true, required: false
  private _compression?: boolean | cdktf.IResolvable; 
  public get compression() {
    return this.getBooleanAttribute('compression');
  }
  public set compression(value: boolean | cdktf.IResolvable) {
    this._compression = value;
  }
  public resetCompression() {
    this._compression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get compressionInput() {
    return this._compression;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // kerberosauth - computed: true, optional: true, required: false
  private _kerberosauth?: boolean | cdktf.IResolvable; 
  public get kerberosauth() {
    return this.getBooleanAttribute('kerberosauth');
  }
  public set kerberosauth(value: boolean | cdktf.IResolvable) {
    this._kerberosauth = value;
  }
  public resetKerberosauth() {
    this._kerberosauth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kerberosauthInput() {
    return this._kerberosauth;
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

  // password_login_groups - computed: true, optional: true, required: false
  private _passwordLoginGroups?: string[]; 
  public get passwordLoginGroups() {
    return this.getListAttribute('password_login_groups');
  }
  public set passwordLoginGroups(value: string[]) {
    this._passwordLoginGroups = value;
  }
  public resetPasswordLoginGroups() {
    this._passwordLoginGroups = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordLoginGroupsInput() {
    return this._passwordLoginGroups;
  }

  // passwordauth - computed: true, optional: true, required: false
  private _passwordauth?: boolean | cdktf.IResolvable; 
  public get passwordauth() {
    return this.getBooleanAttribute('passwordauth');
  }
  public set passwordauth(value: boolean | cdktf.IResolvable) {
    this._passwordauth = value;
  }
  public resetPasswordauth() {
    this._passwordauth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordauthInput() {
    return this._passwordauth;
  }

  // sftp_log_facility - computed: true, optional: true, required: false
  private _sftpLogFacility?: string; 
  public get sftpLogFacility() {
    return this.getStringAttribute('sftp_log_facility');
  }
  public set sftpLogFacility(value: string) {
    this._sftpLogFacility = value;
  }
  public resetSftpLogFacility() {
    this._sftpLogFacility = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sftpLogFacilityInput() {
    return this._sftpLogFacility;
  }

  // sftp_log_level - computed: true, optional: true, required: false
  private _sftpLogLevel?: string; 
  public get sftpLogLevel() {
    return this.getStringAttribute('sftp_log_level');
  }
  public set sftpLogLevel(value: string) {
    this._sftpLogLevel = value;
  }
  public resetSftpLogLevel() {
    this._sftpLogLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sftpLogLevelInput() {
    return this._sftpLogLevel;
  }

  // tcpfwd - computed: true, optional: true, required: false
  private _tcpfwd?: boolean | cdktf.IResolvable; 
  public get tcpfwd() {
    return this.getBooleanAttribute('tcpfwd');
  }
  public set tcpfwd(value: boolean | cdktf.IResolvable) {
    this._tcpfwd = value;
  }
  public resetTcpfwd() {
    this._tcpfwd = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpfwdInput() {
    return this._tcpfwd;
  }

  // tcpport - computed: true, optional: true, required: false
  private _tcpport?: number; 
  public get tcpport() {
    return this.getNumberAttribute('tcpport');
  }
  public set tcpport(value: number) {
    this._tcpport = value;
  }
  public resetTcpport() {
    this._tcpport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tcpportInput() {
    return this._tcpport;
  }

  // weak_ciphers - computed: true, optional: true, required: false
  private _weakCiphers?: string[]; 
  public get weakCiphers() {
    return cdktf.Fn.tolist(this.getListAttribute('weak_ciphers'));
  }
  public set weakCiphers(value: string[]) {
    this._weakCiphers = value;
  }
  public resetWeakCiphers() {
    this._weakCiphers = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get weakCiphersInput() {
    return this._weakCiphers;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      bindiface: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bindiface),
      compression: cdktf.booleanToTerraform(this._compression),
      kerberosauth: cdktf.booleanToTerraform(this._kerberosauth),
      options: cdktf.stringToTerraform(this._options),
      password_login_groups: cdktf.listMapper(cdktf.stringToTerraform, false)(this._passwordLoginGroups),
      passwordauth: cdktf.booleanToTerraform(this._passwordauth),
      sftp_log_facility: cdktf.stringToTerraform(this._sftpLogFacility),
      sftp_log_level: cdktf.stringToTerraform(this._sftpLogLevel),
      tcpfwd: cdktf.booleanToTerraform(this._tcpfwd),
      tcpport: cdktf.numberToTerraform(this._tcpport),
      weak_ciphers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._weakCiphers),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      bindiface: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bindiface),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      compression: {
        value: cdktf.booleanToHclTerraform(this._compression),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      kerberosauth: {
        value: cdktf.booleanToHclTerraform(this._kerberosauth),
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
      password_login_groups: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._passwordLoginGroups),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      passwordauth: {
        value: cdktf.booleanToHclTerraform(this._passwordauth),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      sftp_log_facility: {
        value: cdktf.stringToHclTerraform(this._sftpLogFacility),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sftp_log_level: {
        value: cdktf.stringToHclTerraform(this._sftpLogLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tcpfwd: {
        value: cdktf.booleanToHclTerraform(this._tcpfwd),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      tcpport: {
        value: cdktf.numberToHclTerraform(this._tcpport),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      weak_ciphers: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._weakCiphers),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
