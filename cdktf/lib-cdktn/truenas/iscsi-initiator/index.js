"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiInitiator = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator truenas_iscsi_initiator}
*/
class IscsiInitiator extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_initiator";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiInitiator resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiInitiator to import
    * @param importFromId The id of the existing IscsiInitiator that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiInitiator to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_initiator", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_initiator truenas_iscsi_initiator} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiInitiatorConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_initiator',
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
        this._initiators = config.initiators;
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
    // initiators - computed: true, optional: true, required: false
    _initiators;
    get initiators() {
        return this.getListAttribute('initiators');
    }
    set initiators(value) {
        this._initiators = value;
    }
    resetInitiators() {
        this._initiators = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initiatorsInput() {
        return this._initiators;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            comment: cdktf.stringToTerraform(this._comment),
            initiators: cdktf.listMapper(cdktf.stringToTerraform, false)(this._initiators),
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
            initiators: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._initiators),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiInitiator = IscsiInitiator;
