// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface MailConfigConfig extends cdktf.TerraformMetaArguments {
  /**
  * The sender address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#fromemail MailConfig#fromemail}
  */
  readonly fromemail?: string;
  /**
  * The sender name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#fromname MailConfig#fromname}
  */
  readonly fromname?: string;
  /**
  * Host name or address of the SMTP server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#outgoingserver MailConfig#outgoingserver}
  */
  readonly outgoingserver?: string;
  /**
  * The SMTP password; kept in state. Or set pass_wo. Removing both clears the password on the server.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#pass MailConfig#pass}
  */
  readonly pass?: string;
  /**
  * The SMTP password, write-only: sent to TrueNAS on create and when pass_wo_version changes, never stored in plan or state (Terraform 1.11+).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#pass_wo MailConfig#pass_wo}
  */
  readonly passWo?: string;
  /**
  * Required with pass_wo; change it to send a new pass_wo.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#pass_wo_version MailConfig#pass_wo_version}
  */
  readonly passWoVersion?: number;
  /**
  * Its port (25, 465, 587).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#port MailConfig#port}
  */
  readonly port?: number;
  /**
  * PLAIN, SSL (implicit TLS) or TLS (STARTTLS).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#security MailConfig#security}
  */
  readonly security?: string;
  /**
  * Log in to the SMTP server with user and pass.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#smtp MailConfig#smtp}
  */
  readonly smtp?: boolean | cdktf.IResolvable;
  /**
  * The SMTP user (needed when smtp is true).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#user MailConfig#user}
  */
  readonly user?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config truenas_mail_config}
*/
export class MailConfig extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas_mail_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a MailConfig resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the MailConfig to import
  * @param importFromId The id of the existing MailConfig that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the MailConfig to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_mail_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/mail_config truenas_mail_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options MailConfigConfig = {}
  */
  public constructor(scope: Construct, id: string, config: MailConfigConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas_mail_config',
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
    this._fromemail = config.fromemail;
    this._fromname = config.fromname;
    this._outgoingserver = config.outgoingserver;
    this._pass = config.pass;
    this._passWo = config.passWo;
    this._passWoVersion = config.passWoVersion;
    this._port = config.port;
    this._security = config.security;
    this._smtp = config.smtp;
    this._user = config.user;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // fromemail - computed: true, optional: true, required: false
  private _fromemail?: string; 
  public get fromemail() {
    return this.getStringAttribute('fromemail');
  }
  public set fromemail(value: string) {
    this._fromemail = value;
  }
  public resetFromemail() {
    this._fromemail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fromemailInput() {
    return this._fromemail;
  }

  // fromname - computed: true, optional: true, required: false
  private _fromname?: string; 
  public get fromname() {
    return this.getStringAttribute('fromname');
  }
  public set fromname(value: string) {
    this._fromname = value;
  }
  public resetFromname() {
    this._fromname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fromnameInput() {
    return this._fromname;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // outgoingserver - computed: true, optional: true, required: false
  private _outgoingserver?: string; 
  public get outgoingserver() {
    return this.getStringAttribute('outgoingserver');
  }
  public set outgoingserver(value: string) {
    this._outgoingserver = value;
  }
  public resetOutgoingserver() {
    this._outgoingserver = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get outgoingserverInput() {
    return this._outgoingserver;
  }

  // pass - computed: false, optional: true, required: false
  private _pass?: string; 
  public get pass() {
    return this.getStringAttribute('pass');
  }
  public set pass(value: string) {
    this._pass = value;
  }
  public resetPass() {
    this._pass = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passInput() {
    return this._pass;
  }

  // pass_wo - computed: false, optional: true, required: false
  private _passWo?: string; 
  public get passWo() {
    return this.getStringAttribute('pass_wo');
  }
  public set passWo(value: string) {
    this._passWo = value;
  }
  public resetPassWo() {
    this._passWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passWoInput() {
    return this._passWo;
  }

  // pass_wo_version - computed: false, optional: true, required: false
  private _passWoVersion?: number; 
  public get passWoVersion() {
    return this.getNumberAttribute('pass_wo_version');
  }
  public set passWoVersion(value: number) {
    this._passWoVersion = value;
  }
  public resetPassWoVersion() {
    this._passWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passWoVersionInput() {
    return this._passWoVersion;
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

  // security - computed: true, optional: true, required: false
  private _security?: string; 
  public get security() {
    return this.getStringAttribute('security');
  }
  public set security(value: string) {
    this._security = value;
  }
  public resetSecurity() {
    this._security = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityInput() {
    return this._security;
  }

  // smtp - computed: true, optional: true, required: false
  private _smtp?: boolean | cdktf.IResolvable; 
  public get smtp() {
    return this.getBooleanAttribute('smtp');
  }
  public set smtp(value: boolean | cdktf.IResolvable) {
    this._smtp = value;
  }
  public resetSmtp() {
    this._smtp = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get smtpInput() {
    return this._smtp;
  }

  // user - computed: true, optional: true, required: false
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      fromemail: cdktf.stringToTerraform(this._fromemail),
      fromname: cdktf.stringToTerraform(this._fromname),
      outgoingserver: cdktf.stringToTerraform(this._outgoingserver),
      pass: cdktf.stringToTerraform(this._pass),
      pass_wo: cdktf.stringToTerraform(this._passWo),
      pass_wo_version: cdktf.numberToTerraform(this._passWoVersion),
      port: cdktf.numberToTerraform(this._port),
      security: cdktf.stringToTerraform(this._security),
      smtp: cdktf.booleanToTerraform(this._smtp),
      user: cdktf.stringToTerraform(this._user),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      fromemail: {
        value: cdktf.stringToHclTerraform(this._fromemail),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      fromname: {
        value: cdktf.stringToHclTerraform(this._fromname),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      outgoingserver: {
        value: cdktf.stringToHclTerraform(this._outgoingserver),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pass: {
        value: cdktf.stringToHclTerraform(this._pass),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pass_wo: {
        value: cdktf.stringToHclTerraform(this._passWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      pass_wo_version: {
        value: cdktf.numberToHclTerraform(this._passWoVersion),
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
      security: {
        value: cdktf.stringToHclTerraform(this._security),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      smtp: {
        value: cdktf.booleanToHclTerraform(this._smtp),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user: {
        value: cdktf.stringToHclTerraform(this._user),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
