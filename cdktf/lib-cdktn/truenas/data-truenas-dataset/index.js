"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataTruenasDataset = void 0;
const cdktf = require("cdktn");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset truenas_dataset}
*/
class DataTruenasDataset extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_dataset";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataTruenasDataset resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataTruenasDataset to import
    * @param importFromId The id of the existing DataTruenasDataset that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataTruenasDataset to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_dataset", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/data-sources/dataset truenas_dataset} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataTruenasDatasetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_dataset',
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
        this._name = config.name;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // atime - computed: true, optional: false, required: false
    get atime() {
        return this.getBooleanAttribute('atime');
    }
    // available - computed: true, optional: false, required: false
    get available() {
        return this.getNumberAttribute('available');
    }
    // comments - computed: true, optional: false, required: false
    get comments() {
        return this.getStringAttribute('comments');
    }
    // compression - computed: true, optional: false, required: false
    get compression() {
        return this.getStringAttribute('compression');
    }
    // deduplication - computed: true, optional: false, required: false
    get deduplication() {
        return this.getStringAttribute('deduplication');
    }
    // exec - computed: true, optional: false, required: false
    get exec() {
        return this.getBooleanAttribute('exec');
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // mountpoint - computed: true, optional: false, required: false
    get mountpoint() {
        return this.getStringAttribute('mountpoint');
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
    // quota - computed: true, optional: false, required: false
    get quota() {
        return this.getNumberAttribute('quota');
    }
    // readonly - computed: true, optional: false, required: false
    get readonly() {
        return this.getBooleanAttribute('readonly');
    }
    // recordsize - computed: true, optional: false, required: false
    get recordsize() {
        return this.getStringAttribute('recordsize');
    }
    // refquota - computed: true, optional: false, required: false
    get refquota() {
        return this.getNumberAttribute('refquota');
    }
    // refreservation - computed: true, optional: false, required: false
    get refreservation() {
        return this.getNumberAttribute('refreservation');
    }
    // reservation - computed: true, optional: false, required: false
    get reservation() {
        return this.getNumberAttribute('reservation');
    }
    // sync - computed: true, optional: false, required: false
    get sync() {
        return this.getStringAttribute('sync');
    }
    // used - computed: true, optional: false, required: false
    get used() {
        return this.getNumberAttribute('used');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            name: cdktf.stringToTerraform(this._name),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataTruenasDataset = DataTruenasDataset;
