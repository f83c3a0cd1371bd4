"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxStorage = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage proxmox_storage}
*/
class DataProxmoxStorage extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_storage";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxStorage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxStorage to import
    * @param importFromId The id of the existing DataProxmoxStorage that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxStorage to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_storage", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/storage proxmox_storage} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxStorageConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_storage',
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
        this._node = config.nodeAttribute;
        this._storage = config.storage;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // available - computed: true, optional: false, required: false
    get available() {
        return this.getNumberAttribute('available');
    }
    // content - computed: true, optional: false, required: false
    get content() {
        return cdktf.Fn.tolist(this.getListAttribute('content'));
    }
    // enabled - computed: true, optional: false, required: false
    get enabled() {
        return this.getBooleanAttribute('enabled');
    }
    // node - computed: false, optional: false, required: true
    _node;
    get nodeAttribute() {
        return this.getStringAttribute('node');
    }
    set nodeAttribute(value) {
        this._node = value;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAttributeInput() {
        return this._node;
    }
    // shared - computed: true, optional: false, required: false
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    // storage - computed: false, optional: false, required: true
    _storage;
    get storage() {
        return this.getStringAttribute('storage');
    }
    set storage(value) {
        this._storage = value;
    }
    // Temporarily expose input value. Use with caution.
    get storageInput() {
        return this._storage;
    }
    // total - computed: true, optional: false, required: false
    get total() {
        return this.getNumberAttribute('total');
    }
    // type - computed: true, optional: false, required: false
    get type() {
        return this.getStringAttribute('type');
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
            node: cdktf.stringToTerraform(this._node),
            storage: cdktf.stringToTerraform(this._storage),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            node: {
                value: cdktf.stringToHclTerraform(this._node),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            storage: {
                value: cdktf.stringToHclTerraform(this._storage),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxStorage = DataProxmoxStorage;
