"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiPortal = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal truenas_iscsi_portal}
*/
class IscsiPortal extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_portal";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiPortal resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiPortal to import
    * @param importFromId The id of the existing IscsiPortal that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiPortal to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_portal", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_portal truenas_iscsi_portal} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiPortalConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_portal',
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
        this._listen = config.listen;
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // listen - computed: false, optional: false, required: true
    _listen;
    get listen() {
        return this.getListAttribute('listen');
    }
    set listen(value) {
        this._listen = value;
    }
    // Temporarily expose input value. Use with caution.
    get listenInput() {
        return this._listen;
    }
    // port - computed: true, optional: false, required: false
    get port() {
        return this.getNumberAttribute('port');
    }
    // tag - computed: true, optional: false, required: false
    get tag() {
        return this.getNumberAttribute('tag');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            listen: cdktf.listMapper(cdktf.stringToTerraform, false)(this._listen),
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
            listen: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._listen),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiPortal = IscsiPortal;
