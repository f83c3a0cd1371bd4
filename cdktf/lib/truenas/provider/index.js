"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.TruenasProvider = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs truenas}
*/
class TruenasProvider extends cdktf.TerraformProvider {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas";
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
    static generateConfigForImport(scope, importToId, importFromId, provider) {
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
    constructor(scope, id, config = {}) {
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
        this._timeout = config.timeout;
        this._transport = config.transport;
        this._username = config.username;
        this._alias = config.alias;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // api_key - computed: false, optional: true, required: false
    _apiKey;
    get apiKey() {
        return this._apiKey;
    }
    set apiKey(value) {
        this._apiKey = value;
    }
    resetApiKey() {
        this._apiKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiKeyInput() {
        return this._apiKey;
    }
    // api_key_user - computed: false, optional: true, required: false
    _apiKeyUser;
    get apiKeyUser() {
        return this._apiKeyUser;
    }
    set apiKeyUser(value) {
        this._apiKeyUser = value;
    }
    resetApiKeyUser() {
        this._apiKeyUser = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiKeyUserInput() {
        return this._apiKeyUser;
    }
    // ca_file - computed: false, optional: true, required: false
    _caFile;
    get caFile() {
        return this._caFile;
    }
    set caFile(value) {
        this._caFile = value;
    }
    resetCaFile() {
        this._caFile = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get caFileInput() {
        return this._caFile;
    }
    // endpoint - computed: false, optional: true, required: false
    _endpoint;
    get endpoint() {
        return this._endpoint;
    }
    set endpoint(value) {
        this._endpoint = value;
    }
    resetEndpoint() {
        this._endpoint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get endpointInput() {
        return this._endpoint;
    }
    // insecure - computed: false, optional: true, required: false
    _insecure;
    get insecure() {
        return this._insecure;
    }
    set insecure(value) {
        this._insecure = value;
    }
    resetInsecure() {
        this._insecure = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get insecureInput() {
        return this._insecure;
    }
    // max_retries - computed: false, optional: true, required: false
    _maxRetries;
    get maxRetries() {
        return this._maxRetries;
    }
    set maxRetries(value) {
        this._maxRetries = value;
    }
    resetMaxRetries() {
        this._maxRetries = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maxRetriesInput() {
        return this._maxRetries;
    }
    // otp_secret - computed: false, optional: true, required: false
    _otpSecret;
    get otpSecret() {
        return this._otpSecret;
    }
    set otpSecret(value) {
        this._otpSecret = value;
    }
    resetOtpSecret() {
        this._otpSecret = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get otpSecretInput() {
        return this._otpSecret;
    }
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this._password;
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // timeout - computed: false, optional: true, required: false
    _timeout;
    get timeout() {
        return this._timeout;
    }
    set timeout(value) {
        this._timeout = value;
    }
    resetTimeout() {
        this._timeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutInput() {
        return this._timeout;
    }
    // transport - computed: false, optional: true, required: false
    _transport;
    get transport() {
        return this._transport;
    }
    set transport(value) {
        this._transport = value;
    }
    resetTransport() {
        this._transport = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get transportInput() {
        return this._transport;
    }
    // username - computed: false, optional: true, required: false
    _username;
    get username() {
        return this._username;
    }
    set username(value) {
        this._username = value;
    }
    resetUsername() {
        this._username = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this._alias;
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            api_key: cdktf.stringToTerraform(this._apiKey),
            api_key_user: cdktf.stringToTerraform(this._apiKeyUser),
            ca_file: cdktf.stringToTerraform(this._caFile),
            endpoint: cdktf.stringToTerraform(this._endpoint),
            insecure: cdktf.booleanToTerraform(this._insecure),
            max_retries: cdktf.numberToTerraform(this._maxRetries),
            otp_secret: cdktf.stringToTerraform(this._otpSecret),
            password: cdktf.stringToTerraform(this._password),
            timeout: cdktf.stringToTerraform(this._timeout),
            transport: cdktf.stringToTerraform(this._transport),
            username: cdktf.stringToTerraform(this._username),
            alias: cdktf.stringToTerraform(this._alias),
        };
    }
    synthesizeHclAttributes() {
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
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.TruenasProvider = TruenasProvider;
