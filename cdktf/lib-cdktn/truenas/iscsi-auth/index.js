"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiAuth = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth}
*/
class IscsiAuth extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_auth";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiAuth resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiAuth to import
    * @param importFromId The id of the existing IscsiAuth that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiAuth to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_auth", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_auth truenas_iscsi_auth} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiAuthConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_auth',
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
        this._discoveryAuth = config.discoveryAuth;
        this._peersecret = config.peersecret;
        this._peeruser = config.peeruser;
        this._secret = config.secret;
        this._tag = config.tag;
        this._user = config.user;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // discovery_auth - computed: true, optional: true, required: false
    _discoveryAuth;
    get discoveryAuth() {
        return this.getStringAttribute('discovery_auth');
    }
    set discoveryAuth(value) {
        this._discoveryAuth = value;
    }
    resetDiscoveryAuth() {
        this._discoveryAuth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discoveryAuthInput() {
        return this._discoveryAuth;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // peersecret - computed: true, optional: true, required: false
    _peersecret;
    get peersecret() {
        return this.getStringAttribute('peersecret');
    }
    set peersecret(value) {
        this._peersecret = value;
    }
    resetPeersecret() {
        this._peersecret = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peersecretInput() {
        return this._peersecret;
    }
    // peeruser - computed: true, optional: true, required: false
    _peeruser;
    get peeruser() {
        return this.getStringAttribute('peeruser');
    }
    set peeruser(value) {
        this._peeruser = value;
    }
    resetPeeruser() {
        this._peeruser = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get peeruserInput() {
        return this._peeruser;
    }
    // secret - computed: false, optional: false, required: true
    _secret;
    get secret() {
        return this.getStringAttribute('secret');
    }
    set secret(value) {
        this._secret = value;
    }
    // Temporarily expose input value. Use with caution.
    get secretInput() {
        return this._secret;
    }
    // tag - computed: false, optional: false, required: true
    _tag;
    get tag() {
        return this.getNumberAttribute('tag');
    }
    set tag(value) {
        this._tag = value;
    }
    // Temporarily expose input value. Use with caution.
    get tagInput() {
        return this._tag;
    }
    // user - computed: false, optional: false, required: true
    _user;
    get user() {
        return this.getStringAttribute('user');
    }
    set user(value) {
        this._user = value;
    }
    // Temporarily expose input value. Use with caution.
    get userInput() {
        return this._user;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            discovery_auth: cdktf.stringToTerraform(this._discoveryAuth),
            peersecret: cdktf.stringToTerraform(this._peersecret),
            peeruser: cdktf.stringToTerraform(this._peeruser),
            secret: cdktf.stringToTerraform(this._secret),
            tag: cdktf.numberToTerraform(this._tag),
            user: cdktf.stringToTerraform(this._user),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            discovery_auth: {
                value: cdktf.stringToHclTerraform(this._discoveryAuth),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            peersecret: {
                value: cdktf.stringToHclTerraform(this._peersecret),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            peeruser: {
                value: cdktf.stringToHclTerraform(this._peeruser),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            secret: {
                value: cdktf.stringToHclTerraform(this._secret),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tag: {
                value: cdktf.numberToHclTerraform(this._tag),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            user: {
                value: cdktf.stringToHclTerraform(this._user),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiAuth = IscsiAuth;
