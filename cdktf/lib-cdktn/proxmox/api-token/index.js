"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApiToken = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token proxmox_api_token}
*/
class ApiToken extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_api_token";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a ApiToken resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the ApiToken to import
    * @param importFromId The id of the existing ApiToken that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the ApiToken to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_api_token", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/api_token proxmox_api_token} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ApiTokenConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_api_token',
            terraformGeneratorMetadata: {
                providerName: 'proxmox',
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
        this._comment = config.comment;
        this._expire = config.expire;
        this._privilegeSeparation = config.privilegeSeparation;
        this._tokenName = config.tokenName;
        this._userId = config.userId;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // comment - computed: false, optional: true, required: false
    _comment;
    get comment() {
        return this.getStringAttribute('comment');
    }
    set comment(value) {
        this._comment = value;
    }
    resetComment() {
        this._comment = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentInput() {
        return this._comment;
    }
    // expire - computed: true, optional: true, required: false
    _expire;
    get expire() {
        return this.getNumberAttribute('expire');
    }
    set expire(value) {
        this._expire = value;
    }
    resetExpire() {
        this._expire = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get expireInput() {
        return this._expire;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // privilege_separation - computed: true, optional: true, required: false
    _privilegeSeparation;
    get privilegeSeparation() {
        return this.getBooleanAttribute('privilege_separation');
    }
    set privilegeSeparation(value) {
        this._privilegeSeparation = value;
    }
    resetPrivilegeSeparation() {
        this._privilegeSeparation = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get privilegeSeparationInput() {
        return this._privilegeSeparation;
    }
    // secret - computed: true, optional: false, required: false
    get secret() {
        return this.getStringAttribute('secret');
    }
    // token_name - computed: false, optional: false, required: true
    _tokenName;
    get tokenName() {
        return this.getStringAttribute('token_name');
    }
    set tokenName(value) {
        this._tokenName = value;
    }
    // Temporarily expose input value. Use with caution.
    get tokenNameInput() {
        return this._tokenName;
    }
    // user_id - computed: false, optional: false, required: true
    _userId;
    get userId() {
        return this.getStringAttribute('user_id');
    }
    set userId(value) {
        this._userId = value;
    }
    // Temporarily expose input value. Use with caution.
    get userIdInput() {
        return this._userId;
    }
    // value - computed: true, optional: false, required: false
    get value() {
        return this.getStringAttribute('value');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            expire: cdktf.numberToTerraform(this._expire),
            privilege_separation: cdktf.booleanToTerraform(this._privilegeSeparation),
            token_name: cdktf.stringToTerraform(this._tokenName),
            user_id: cdktf.stringToTerraform(this._userId),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            comment: {
                value: cdktf.stringToHclTerraform(this._comment),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            expire: {
                value: cdktf.numberToHclTerraform(this._expire),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            privilege_separation: {
                value: cdktf.booleanToHclTerraform(this._privilegeSeparation),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            token_name: {
                value: cdktf.stringToHclTerraform(this._tokenName),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            user_id: {
                value: cdktf.stringToHclTerraform(this._userId),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.ApiToken = ApiToken;
