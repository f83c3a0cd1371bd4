"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiTargetextent = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent truenas_iscsi_targetextent}
*/
class IscsiTargetextent extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_targetextent";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiTargetextent resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiTargetextent to import
    * @param importFromId The id of the existing IscsiTargetextent that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiTargetextent to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_targetextent", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_targetextent truenas_iscsi_targetextent} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiTargetextentConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_targetextent',
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
        this._extent = config.extent;
        this._lunId = config.lunId;
        this._target = config.target;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // extent - computed: false, optional: false, required: true
    _extent;
    get extent() {
        return this.getNumberAttribute('extent');
    }
    set extent(value) {
        this._extent = value;
    }
    // Temporarily expose input value. Use with caution.
    get extentInput() {
        return this._extent;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // lun_id - computed: true, optional: true, required: false
    _lunId;
    get lunId() {
        return this.getNumberAttribute('lun_id');
    }
    set lunId(value) {
        this._lunId = value;
    }
    resetLunId() {
        this._lunId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get lunIdInput() {
        return this._lunId;
    }
    // target - computed: false, optional: false, required: true
    _target;
    get target() {
        return this.getNumberAttribute('target');
    }
    set target(value) {
        this._target = value;
    }
    // Temporarily expose input value. Use with caution.
    get targetInput() {
        return this._target;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            extent: cdktf.numberToTerraform(this._extent),
            lun_id: cdktf.numberToTerraform(this._lunId),
            target: cdktf.numberToTerraform(this._target),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            extent: {
                value: cdktf.numberToHclTerraform(this._extent),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            lun_id: {
                value: cdktf.numberToHclTerraform(this._lunId),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            target: {
                value: cdktf.numberToHclTerraform(this._target),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiTargetextent = IscsiTargetextent;
