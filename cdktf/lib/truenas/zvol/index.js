"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Zvol = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol truenas_zvol}
*/
class Zvol extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_zvol";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Zvol resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Zvol to import
    * @param importFromId The id of the existing Zvol that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Zvol to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_zvol", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/zvol truenas_zvol} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options ZvolConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_zvol',
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
        this._allowShrink = config.allowShrink;
        this._comments = config.comments;
        this._compression = config.compression;
        this._deduplication = config.deduplication;
        this._forceSize = config.forceSize;
        this._name = config.name;
        this._readonly = config.readonly;
        this._sparse = config.sparse;
        this._sync = config.sync;
        this._volblocksize = config.volblocksize;
        this._volsize = config.volsize;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // allow_shrink - computed: true, optional: true, required: false
    _allowShrink;
    get allowShrink() {
        return this.getBooleanAttribute('allow_shrink');
    }
    set allowShrink(value) {
        this._allowShrink = value;
    }
    resetAllowShrink() {
        this._allowShrink = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get allowShrinkInput() {
        return this._allowShrink;
    }
    // available - computed: true, optional: false, required: false
    get available() {
        return this.getNumberAttribute('available');
    }
    // comments - computed: true, optional: true, required: false
    _comments;
    get comments() {
        return this.getStringAttribute('comments');
    }
    set comments(value) {
        this._comments = value;
    }
    resetComments() {
        this._comments = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get commentsInput() {
        return this._comments;
    }
    // compression - computed: true, optional: true, required: false
    _compression;
    get compression() {
        return this.getStringAttribute('compression');
    }
    set compression(value) {
        this._compression = value;
    }
    resetCompression() {
        this._compression = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get compressionInput() {
        return this._compression;
    }
    // deduplication - computed: true, optional: true, required: false
    _deduplication;
    get deduplication() {
        return this.getStringAttribute('deduplication');
    }
    set deduplication(value) {
        this._deduplication = value;
    }
    resetDeduplication() {
        this._deduplication = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deduplicationInput() {
        return this._deduplication;
    }
    // device_path - computed: true, optional: false, required: false
    get devicePath() {
        return this.getStringAttribute('device_path');
    }
    // force_size - computed: true, optional: true, required: false
    _forceSize;
    get forceSize() {
        return this.getBooleanAttribute('force_size');
    }
    set forceSize(value) {
        this._forceSize = value;
    }
    resetForceSize() {
        this._forceSize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get forceSizeInput() {
        return this._forceSize;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
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
    // readonly - computed: true, optional: true, required: false
    _readonly;
    get readonly() {
        return this.getBooleanAttribute('readonly');
    }
    set readonly(value) {
        this._readonly = value;
    }
    resetReadonly() {
        this._readonly = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get readonlyInput() {
        return this._readonly;
    }
    // sparse - computed: true, optional: true, required: false
    _sparse;
    get sparse() {
        return this.getBooleanAttribute('sparse');
    }
    set sparse(value) {
        this._sparse = value;
    }
    resetSparse() {
        this._sparse = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sparseInput() {
        return this._sparse;
    }
    // sync - computed: true, optional: true, required: false
    _sync;
    get sync() {
        return this.getStringAttribute('sync');
    }
    set sync(value) {
        this._sync = value;
    }
    resetSync() {
        this._sync = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get syncInput() {
        return this._sync;
    }
    // used - computed: true, optional: false, required: false
    get used() {
        return this.getNumberAttribute('used');
    }
    // volblocksize - computed: true, optional: true, required: false
    _volblocksize;
    get volblocksize() {
        return this.getStringAttribute('volblocksize');
    }
    set volblocksize(value) {
        this._volblocksize = value;
    }
    resetVolblocksize() {
        this._volblocksize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volblocksizeInput() {
        return this._volblocksize;
    }
    // volsize - computed: false, optional: false, required: true
    _volsize;
    get volsize() {
        return this.getNumberAttribute('volsize');
    }
    set volsize(value) {
        this._volsize = value;
    }
    // Temporarily expose input value. Use with caution.
    get volsizeInput() {
        return this._volsize;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            allow_shrink: cdktf.booleanToTerraform(this._allowShrink),
            comments: cdktf.stringToTerraform(this._comments),
            compression: cdktf.stringToTerraform(this._compression),
            deduplication: cdktf.stringToTerraform(this._deduplication),
            force_size: cdktf.booleanToTerraform(this._forceSize),
            name: cdktf.stringToTerraform(this._name),
            readonly: cdktf.booleanToTerraform(this._readonly),
            sparse: cdktf.booleanToTerraform(this._sparse),
            sync: cdktf.stringToTerraform(this._sync),
            volblocksize: cdktf.stringToTerraform(this._volblocksize),
            volsize: cdktf.numberToTerraform(this._volsize),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            allow_shrink: {
                value: cdktf.booleanToHclTerraform(this._allowShrink),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            comments: {
                value: cdktf.stringToHclTerraform(this._comments),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            compression: {
                value: cdktf.stringToHclTerraform(this._compression),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            deduplication: {
                value: cdktf.stringToHclTerraform(this._deduplication),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            force_size: {
                value: cdktf.booleanToHclTerraform(this._forceSize),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            readonly: {
                value: cdktf.booleanToHclTerraform(this._readonly),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            sparse: {
                value: cdktf.booleanToHclTerraform(this._sparse),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            sync: {
                value: cdktf.stringToHclTerraform(this._sync),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            volblocksize: {
                value: cdktf.stringToHclTerraform(this._volblocksize),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            volsize: {
                value: cdktf.numberToHclTerraform(this._volsize),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Zvol = Zvol;
