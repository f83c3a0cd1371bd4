// https://registry.terraform.io/providers/truemox/truenas/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TruenasProviderConfig {
  /**
  * API key (or TRUENAS_API_KEY).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#api_key TruenasProvider#api_key}
  */
  readonly apiKey?: string;
  /**
  * The user who owns api_key (or TRUENAS_API_KEY_USER). With it the provider logs in through auth.login_ex, which TrueNAS keeps after the older login calls go, and by SCRAM-SHA-512 on 26.0+ so the key never leaves the machine.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#api_key_user TruenasProvider#api_key_user}
  */
  readonly apiKeyUser?: string;
  /**
  * PEM file of the CA that signed the server certificate (or TRUENAS_CA_FILE).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#ca_file TruenasProvider#ca_file}
  */
  readonly caFile?: string;
  /**
  * Base URL of the TrueNAS server, such as https://nas.lan or http://127.0.0.1:8080 (or TRUENAS_ENDPOINT). The WebSocket and REST URLs derive from it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#endpoint TruenasProvider#endpoint}
  */
  readonly endpoint?: string;
  /**
  * Skip TLS certificate verification (or TRUENAS_INSECURE). Off by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#insecure TruenasProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * Retries of a call that failed for a passing reason (or TRUENAS_MAX_RETRIES). Default 4.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#max_retries TruenasProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Base32 TOTP secret of a user with two-factor authentication (or TRUENAS_OTP_SECRET); the provider answers the one-time-password step of the login with it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#otp_secret TruenasProvider#otp_secret}
  */
  readonly otpSecret?: string;
  /**
  * Password for username (or TRUENAS_PASSWORD).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#password TruenasProvider#password}
  */
  readonly password?: string;
  /**
  * Refuse every API call that could change the server, before it is sent (or TRUENAS_READ_ONLY): plan and refresh work, apply of a change fails naming the call. For planning safely against production. Off by default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#read_only TruenasProvider#read_only}
  */
  readonly readOnly?: boolean | cdktf.IResolvable;
  /**
  * Time limit of one API call, such as "60s" (or TRUENAS_TIMEOUT). Default 60s.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#timeout TruenasProvider#timeout}
  */
  readonly timeout?: string;
  /**
  * API protocol: auto (JSON-RPC on /api/current, then the legacy /websocket, then REST /api/v2.0), websocket, legacy-websocket or rest (or TRUENAS_TRANSPORT). Default auto.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#transport TruenasProvider#transport}
  */
  readonly transport?: string;
  /**
  * User name for password login, instead of an API key (or TRUENAS_USERNAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#username TruenasProvider#username}
  */
  readonly username?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#alias TruenasProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs truenas}
*/
export class TruenasProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "truenas";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TruenasProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TruenasProvider to import
  * @param importFromId The id of the existing TruenasProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TruenasProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs truenas} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TruenasProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: TruenasProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'truenas',
      terraformGeneratorMetadata: {
        providerName: 'truenas',
        providerVersionConstraint: '~> 0.1'
      },
      terraformProviderSource: 'registry.terraform.io/truemox/truenas'
    });
    this._apiKey = config.apiKey;
    this._apiKeyUser = config.apiKeyUser;
    this._caFile = config.caFile;
    this._endpoint = config.endpoint;
    this._insecure = config.insecure;
    this._maxRetries = config.maxRetries;
    this._otpSecret = config.otpSecret;
    this._password = config.password;
    this._readOnly = config.readOnly;
    this._timeout = config.timeout;
    this._transport = config.transport;
    this._username = config.username;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this._apiKey;
  }
  public set apiKey(value: string | undefined) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_user - computed: false, optional: true, required: false
  private _apiKeyUser?: string; 
  public get apiKeyUser() {
    return this._apiKeyUser;
  }
  public set apiKeyUser(value: string | undefined) {
    this._apiKeyUser = value;
  }
  public resetApiKeyUser() {
    this._apiKeyUser = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyUserInput() {
    return this._apiKeyUser;
  }

  // ca_file - computed: false, optional: true, required: false
  private _caFile?: string; 
  public get caFile() {
    return this._caFile;
  }
  public set caFile(value: string | undefined) {
    this._caFile = value;
  }
  public resetCaFile() {
    this._caFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caFileInput() {
    return this._caFile;
  }

  // endpoint - computed: false, optional: true, required: false
  private _endpoint?: string; 
  public get endpoint() {
    return this._endpoint;
  }
  public set endpoint(value: string | undefined) {
    this._endpoint = value;
  }
  public resetEndpoint() {
    this._endpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // otp_secret - computed: false, optional: true, required: false
  private _otpSecret?: string; 
  public get otpSecret() {
    return this._otpSecret;
  }
  public set otpSecret(value: string | undefined) {
    this._otpSecret = value;
  }
  public resetOtpSecret() {
    this._otpSecret = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get otpSecretInput() {
    return this._otpSecret;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this._password;
  }
  public set password(value: string | undefined) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // read_only - computed: false, optional: true, required: false
  private _readOnly?: boolean | cdktf.IResolvable; 
  public get readOnly() {
    return this._readOnly;
  }
  public set readOnly(value: boolean | cdktf.IResolvable | undefined) {
    this._readOnly = value;
  }
  public resetReadOnly() {
    this._readOnly = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get readOnlyInput() {
    return this._readOnly;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: string; 
  public get timeout() {
    return this._timeout;
  }
  public set timeout(value: string | undefined) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // transport - computed: false, optional: true, required: false
  private _transport?: string; 
  public get transport() {
    return this._transport;
  }
  public set transport(value: string | undefined) {
    this._transport = value;
  }
  public resetTransport() {
    this._transport = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get transportInput() {
    return this._transport;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this._username;
  }
  public set username(value: string | undefined) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_key: cdktf.stringToTerraform(this._apiKey),
      api_key_user: cdktf.stringToTerraform(this._apiKeyUser),
      ca_file: cdktf.stringToTerraform(this._caFile),
      endpoint: cdktf.stringToTerraform(this._endpoint),
      insecure: cdktf.booleanToTerraform(this._insecure),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      otp_secret: cdktf.stringToTerraform(this._otpSecret),
      password: cdktf.stringToTerraform(this._password),
      read_only: cdktf.booleanToTerraform(this._readOnly),
      timeout: cdktf.stringToTerraform(this._timeout),
      transport: cdktf.stringToTerraform(this._transport),
      username: cdktf.stringToTerraform(this._username),
      alias: cdktf.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      api_key: {
        value: cdktf.stringToHclTerraform(this._apiKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_key_user: {
        value: cdktf.stringToHclTerraform(this._apiKeyUser),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      ca_file: {
        value: cdktf.stringToHclTerraform(this._caFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      endpoint: {
        value: cdktf.stringToHclTerraform(this._endpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      otp_secret: {
        value: cdktf.stringToHclTerraform(this._otpSecret),
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
      read_only: {
        value: cdktf.booleanToHclTerraform(this._readOnly),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      timeout: {
        value: cdktf.stringToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      transport: {
        value: cdktf.stringToHclTerraform(this._transport),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
