import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface ProxmoxProviderConfig {
    /**
    * API token as USER@REALM!TOKENID=SECRET (or PROXMOX_VE_API_TOKEN).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#api_token ProxmoxProvider#api_token}
    */
    readonly apiToken?: string;
    /**
    * PEM file of the CA that signed the server certificate (or PROXMOX_VE_CA_FILE).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#ca_file ProxmoxProvider#ca_file}
    */
    readonly caFile?: string;
    /**
    * URL of the Proxmox VE API, such as https://pve.lan:8006 (or PROXMOX_VE_ENDPOINT).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#endpoint ProxmoxProvider#endpoint}
    */
    readonly endpoint?: string;
    /**
    * Skip TLS certificate verification (or PROXMOX_VE_INSECURE). Off by default.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#insecure ProxmoxProvider#insecure}
    */
    readonly insecure?: boolean | cdktf.IResolvable;
    /**
    * Retries of a request that failed for a passing reason (or PROXMOX_VE_MAX_RETRIES). Default 4.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#max_retries ProxmoxProvider#max_retries}
    */
    readonly maxRetries?: number;
    /**
    * Password for username (or PROXMOX_VE_PASSWORD).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#password ProxmoxProvider#password}
    */
    readonly password?: string;
    /**
    * Time limit of one API request, such as "60s" (or PROXMOX_VE_TIMEOUT). Default 60s.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#timeout ProxmoxProvider#timeout}
    */
    readonly timeout?: string;
    /**
    * User such as root@pam, for ticket login instead of a token (or PROXMOX_VE_USERNAME).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#username ProxmoxProvider#username}
    */
    readonly username?: string;
    /**
    * Give new VMs and containers without a `vmid` a random free id in this range, such as "10000-99999" (or PROXMOX_VE_VMID_RANGE), instead of the lowest free one. Random ids make collisions with other clients creating at the same time unlikely.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#vmid_range ProxmoxProvider#vmid_range}
    */
    readonly vmidRange?: string;
    /**
    * Alias name
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#alias ProxmoxProvider#alias}
    */
    readonly alias?: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs proxmox}
*/
export declare class ProxmoxProvider extends cdktf.TerraformProvider {
    static readonly tfResourceType = "proxmox";
    /**
    * Generates CDKTF code for importing a ProxmoxProvider resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ProxmoxProvider to import
    * @param importFromId The id of the existing ProxmoxProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ProxmoxProvider to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs proxmox} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ProxmoxProviderConfig = {}
    */
    constructor(scope: Construct, id: string, config?: ProxmoxProviderConfig);
    private _apiToken?;
    get apiToken(): string | undefined;
    set apiToken(value: string | undefined);
    resetApiToken(): void;
    get apiTokenInput(): string | undefined;
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
    private _username?;
    get username(): string | undefined;
    set username(value: string | undefined);
    resetUsername(): void;
    get usernameInput(): string | undefined;
    private _vmidRange?;
    get vmidRange(): string | undefined;
    set vmidRange(value: string | undefined);
    resetVmidRange(): void;
    get vmidRangeInput(): string | undefined;
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
