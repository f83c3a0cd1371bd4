"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.NfsShare = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share}
*/
class NfsShare extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_nfs_share";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a NfsShare resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the NfsShare to import
    * @param importFromId The id of the existing NfsShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the NfsShare to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_nfs_share", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/nfs_share truenas_nfs_share} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options NfsShareConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_nfs_share',
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
        this._comment = config.comment;
        this._enabled = config.enabled;
        this._hosts = config.hosts;
        this._mapallGroup = config.mapallGroup;
        this._mapallUser = config.mapallUser;
        this._maprootGroup = config.maprootGroup;
        this._maprootUser = config.maprootUser;
        this._networks = config.networks;
        this._path = config.path;
        this._ro = config.ro;
        this._security = config.security;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // comment - computed: true, optional: true, required: false
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
    // enabled - computed: true, optional: true, required: false
    _enabled;
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    set enabled(value) {
        this._enabled = value;
    }
    resetEnabled() {
        this._enabled = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get enabledInput() {
        return this._enabled;
    }
    // hosts - computed: true, optional: true, required: false
    _hosts;
    get hosts() {
        return this.getListAttribute('hosts');
    }
    set hosts(value) {
        this._hosts = value;
    }
    resetHosts() {
        this._hosts = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostsInput() {
        return this._hosts;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // mapall_group - computed: false, optional: true, required: false
    _mapallGroup;
    get mapallGroup() {
        return this.getStringAttribute('mapall_group');
    }
    set mapallGroup(value) {
        this._mapallGroup = value;
    }
    resetMapallGroup() {
        this._mapallGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mapallGroupInput() {
        return this._mapallGroup;
    }
    // mapall_user - computed: false, optional: true, required: false
    _mapallUser;
    get mapallUser() {
        return this.getStringAttribute('mapall_user');
    }
    set mapallUser(value) {
        this._mapallUser = value;
    }
    resetMapallUser() {
        this._mapallUser = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mapallUserInput() {
        return this._mapallUser;
    }
    // maproot_group - computed: false, optional: true, required: false
    _maprootGroup;
    get maprootGroup() {
        return this.getStringAttribute('maproot_group');
    }
    set maprootGroup(value) {
        this._maprootGroup = value;
    }
    resetMaprootGroup() {
        this._maprootGroup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maprootGroupInput() {
        return this._maprootGroup;
    }
    // maproot_user - computed: false, optional: true, required: false
    _maprootUser;
    get maprootUser() {
        return this.getStringAttribute('maproot_user');
    }
    set maprootUser(value) {
        this._maprootUser = value;
    }
    resetMaprootUser() {
        this._maprootUser = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get maprootUserInput() {
        return this._maprootUser;
    }
    // networks - computed: true, optional: true, required: false
    _networks;
    get networks() {
        return this.getListAttribute('networks');
    }
    set networks(value) {
        this._networks = value;
    }
    resetNetworks() {
        this._networks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networksInput() {
        return this._networks;
    }
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // ro - computed: true, optional: true, required: false
    _ro;
    get ro() {
        return this.getBooleanAttribute('ro');
    }
    set ro(value) {
        this._ro = value;
    }
    resetRo() {
        this._ro = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get roInput() {
        return this._ro;
    }
    // security - computed: true, optional: true, required: false
    _security;
    get security() {
        return this.getListAttribute('security');
    }
    set security(value) {
        this._security = value;
    }
    resetSecurity() {
        this._security = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get securityInput() {
        return this._security;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            enabled: cdktf.booleanToTerraform(this._enabled),
            hosts: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hosts),
            mapall_group: cdktf.stringToTerraform(this._mapallGroup),
            mapall_user: cdktf.stringToTerraform(this._mapallUser),
            maproot_group: cdktf.stringToTerraform(this._maprootGroup),
            maproot_user: cdktf.stringToTerraform(this._maprootUser),
            networks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._networks),
            path: cdktf.stringToTerraform(this._path),
            ro: cdktf.booleanToTerraform(this._ro),
            security: cdktf.listMapper(cdktf.stringToTerraform, false)(this._security),
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
            enabled: {
                value: cdktf.booleanToHclTerraform(this._enabled),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            hosts: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hosts),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            mapall_group: {
                value: cdktf.stringToHclTerraform(this._mapallGroup),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            mapall_user: {
                value: cdktf.stringToHclTerraform(this._mapallUser),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            maproot_group: {
                value: cdktf.stringToHclTerraform(this._maprootGroup),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            maproot_user: {
                value: cdktf.stringToHclTerraform(this._maprootUser),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            networks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._networks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            path: {
                value: cdktf.stringToHclTerraform(this._path),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            ro: {
                value: cdktf.booleanToHclTerraform(this._ro),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            security: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._security),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.NfsShare = NfsShare;
