import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
export interface IscsiAuthConfig extends cdktf.TerraformMetaArguments {
    /**
    * Authentication for discovery sessions: NONE, CHAP or CHAP_MUTUAL.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#discovery_auth IscsiAuth#discovery_auth}
    */
    readonly discoveryAuth?: string;
    /**
    * Secret the target presents back for mutual CHAP, 12 to 16 characters; empty for one-way CHAP.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peersecret IscsiAuth#peersecret}
    */
    readonly peersecret?: string;
    /**
    * User name the target presents back for mutual CHAP; empty for one-way CHAP.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#peeruser IscsiAuth#peeruser}
    */
    readonly peeruser?: string;
    /**
    * CHAP secret the initiator presents, 12 to 16 characters.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#secret IscsiAuth#secret}
    */
    readonly secret: string;
    /**
    * Group tag that targets use to refer to these credentials; several credentials may share a tag.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#tag IscsiAuth#tag}
    */
    readonly tag: number;
    /**
    * CHAP user name the initiator presents.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#user IscsiAuth#user}
    */
    readonly user: string;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth}
*/
export declare class IscsiAuth extends cdktf.TerraformResource {
    static readonly tfResourceType = "truenas_iscsi_auth";
    /**
    * Generates CDKTF code for importing a IscsiAuth resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiAuth to import
    * @param importFromId The id of the existing IscsiAuth that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiAuth to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiAuthConfig
    */
    constructor(scope: Construct, id: string, config: IscsiAuthConfig);
    private _discoveryAuth?;
    get discoveryAuth(): string;
    set discoveryAuth(value: string);
    resetDiscoveryAuth(): void;
    get discoveryAuthInput(): string | undefined;
    get id(): number;
    private _peersecret?;
    get peersecret(): string;
    set peersecret(value: string);
    resetPeersecret(): void;
    get peersecretInput(): string | undefined;
    private _peeruser?;
    get peeruser(): string;
    set peeruser(value: string);
    resetPeeruser(): void;
    get peeruserInput(): string | undefined;
    private _secret?;
    get secret(): string;
    set secret(value: string);
    get secretInput(): string | undefined;
    private _tag?;
    get tag(): number;
    set tag(value: number);
    get tagInput(): number | undefined;
    private _user?;
    get user(): string;
    set user(value: string);
    get userInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
