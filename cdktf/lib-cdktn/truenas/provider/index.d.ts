import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface TruenasProviderConfig {
    /**
    * API key (or TRUENAS_API_KEY).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#api_key TruenasProvider#api_key}
    */
    readonly apiKey?: string;
    /**
    * The user who owns api_key (or TRUENAS_API_KEY_USER). With it the provider logs in through auth.login_ex, which TrueNAS keeps after the older login calls go.
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
    * Retries of a call that failed for a passing reason (or TRUENAS_MAX_RETRIES). Default 3.
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
export declare class TruenasProvider extends cdktf.TerraformProvider {
    static readonly tfResourceType = "truenas";
    /**
    * Generates CDKTF code for importing a TruenasProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the TruenasProvider to import
    * @param importFromId The id of the existing TruenasProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the TruenasProvider to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs truenas} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options TruenasProviderConfig = {}
    */
    constructor(scope: Construct, id: string, config?: TruenasProviderConfig);
    private _apiKey?;
    get apiKey(): string | undefined;
    set apiKey(value: string | undefined);
    resetApiKey(): void;
    get apiKeyInput(): string | undefined;
    private _apiKeyUser?;
    get apiKeyUser(): string | undefined;
    set apiKeyUser(value: string | undefined);
    resetApiKeyUser(): void;
    get apiKeyUserInput(): string | undefined;
    private _caFile?;
    get caFile(): string | undefined;
    set caFile(value: string | undefined);
    resetCaFile(): void;
    get caFileInput(): string | undefined;
    private _endpoint?;
    get endpoint(): string | undefined;
    set endpoint(value: string | undefined);
    resetEndpoint(): void;
    get endpointInput(): string | undefined;
    private _insecure?;
    get insecure(): boolean | cdktf.IResolvable | undefined;
    set insecure(value: boolean | cdktf.IResolvable | undefined);
    resetInsecure(): void;
    get insecureInput(): boolean | cdktf.IResolvable | undefined;
    private _maxRetries?;
    get maxRetries(): number | undefined;
    set maxRetries(value: number | undefined);
    resetMaxRetries(): void;
    get maxRetriesInput(): number | undefined;
    private _otpSecret?;
    get otpSecret(): string | undefined;
    set otpSecret(value: string | undefined);
    resetOtpSecret(): void;
    get otpSecretInput(): string | undefined;
    private _password?;
    get password(): string | undefined;
    set password(value: string | undefined);
    resetPassword(): void;
    get passwordInput(): string | undefined;
    private _timeout?;
    get timeout(): string | undefined;
    set timeout(value: string | undefined);
    resetTimeout(): void;
    get timeoutInput(): string | undefined;
    private _transport?;
    get transport(): string | undefined;
    set transport(value: string | undefined);
    resetTransport(): void;
    get transportInput(): string | undefined;
    private _username?;
    get username(): string | undefined;
    set username(value: string | undefined);
    resetUsername(): void;
    get usernameInput(): string | undefined;
    private _alias?;
    get alias(): string | undefined;
    set alias(value: string | undefined);
    resetAlias(): void;
    get aliasInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
