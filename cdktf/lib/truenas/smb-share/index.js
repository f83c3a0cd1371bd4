"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.SmbShare = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share}
*/
class SmbShare extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_smb_share";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a SmbShare resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the SmbShare to import
    * @param importFromId The id of the existing SmbShare that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the SmbShare to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_smb_share", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/smb_share truenas_smb_share} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options SmbShareConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_smb_share',
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
        this._abe = config.abe;
        this._browsable = config.browsable;
        this._comment = config.comment;
        this._enabled = config.enabled;
        this._guestok = config.guestok;
        this._hostsallow = config.hostsallow;
        this._hostsdeny = config.hostsdeny;
        this._name = config.name;
        this._path = config.path;
        this._recyclebin = config.recyclebin;
        this._ro = config.ro;
        this._timemachine = config.timemachine;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // abe - computed: true, optional: true, required: false
    _abe;
    get abe() {
        return this.getBooleanAttribute('abe');
    }
    set abe(value) {
        this._abe = value;
    }
    resetAbe() {
        this._abe = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get abeInput() {
        return this._abe;
    }
    // browsable - computed: true, optional: true, required: false
    _browsable;
    get browsable() {
        return this.getBooleanAttribute('browsable');
    }
    set browsable(value) {
        this._browsable = value;
    }
    resetBrowsable() {
        this._browsable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get browsableInput() {
        return this._browsable;
    }
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
    // guestok - computed: true, optional: true, required: false
    _guestok;
    get guestok() {
        return this.getBooleanAttribute('guestok');
    }
    set guestok(value) {
        this._guestok = value;
    }
    resetGuestok() {
        this._guestok = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get guestokInput() {
        return this._guestok;
    }
    // hostsallow - computed: true, optional: true, required: false
    _hostsallow;
    get hostsallow() {
        return this.getListAttribute('hostsallow');
    }
    set hostsallow(value) {
        this._hostsallow = value;
    }
    resetHostsallow() {
        this._hostsallow = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostsallowInput() {
        return this._hostsallow;
    }
    // hostsdeny - computed: true, optional: true, required: false
    _hostsdeny;
    get hostsdeny() {
        return this.getListAttribute('hostsdeny');
    }
    set hostsdeny(value) {
        this._hostsdeny = value;
    }
    resetHostsdeny() {
        this._hostsdeny = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostsdenyInput() {
        return this._hostsdeny;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // name - computed: false, optional: false, required: true
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
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
    // recyclebin - computed: true, optional: true, required: false
    _recyclebin;
    get recyclebin() {
        return this.getBooleanAttribute('recyclebin');
    }
    set recyclebin(value) {
        this._recyclebin = value;
    }
    resetRecyclebin() {
        this._recyclebin = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get recyclebinInput() {
        return this._recyclebin;
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
    // timemachine - computed: true, optional: true, required: false
    _timemachine;
    get timemachine() {
        return this.getBooleanAttribute('timemachine');
    }
    set timemachine(value) {
        this._timemachine = value;
    }
    resetTimemachine() {
        this._timemachine = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timemachineInput() {
        return this._timemachine;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            abe: cdktf.booleanToTerraform(this._abe),
            browsable: cdktf.booleanToTerraform(this._browsable),
            comment: cdktf.stringToTerraform(this._comment),
            enabled: cdktf.booleanToTerraform(this._enabled),
            guestok: cdktf.booleanToTerraform(this._guestok),
            hostsallow: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hostsallow),
            hostsdeny: cdktf.listMapper(cdktf.stringToTerraform, false)(this._hostsdeny),
            name: cdktf.stringToTerraform(this._name),
            path: cdktf.stringToTerraform(this._path),
            recyclebin: cdktf.booleanToTerraform(this._recyclebin),
            ro: cdktf.booleanToTerraform(this._ro),
            timemachine: cdktf.booleanToTerraform(this._timemachine),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            abe: {
                value: cdktf.booleanToHclTerraform(this._abe),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            browsable: {
                value: cdktf.booleanToHclTerraform(this._browsable),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
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
            guestok: {
                value: cdktf.booleanToHclTerraform(this._guestok),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            hostsallow: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hostsallow),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            hostsdeny: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._hostsdeny),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            path: {
                value: cdktf.stringToHclTerraform(this._path),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            recyclebin: {
                value: cdktf.booleanToHclTerraform(this._recyclebin),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            ro: {
                value: cdktf.booleanToHclTerraform(this._ro),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            timemachine: {
                value: cdktf.booleanToHclTerraform(this._timemachine),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.SmbShare = SmbShare;
