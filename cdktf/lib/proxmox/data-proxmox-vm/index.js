"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxVm = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm proxmox_vm}
*/
class DataProxmoxVm extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_vm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVm to import
    * @param importFromId The id of the existing DataProxmoxVm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_vm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vm proxmox_vm} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVmConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_vm',
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
        this._vmid = config.vmid;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // name - computed: true, optional: false, required: false
    get name() {
        return this.getStringAttribute('name');
    }
    // node - computed: true, optional: false, required: false
    get nodeAttribute() {
        return this.getStringAttribute('node');
    }
    // status - computed: true, optional: false, required: false
    get status() {
        return this.getStringAttribute('status');
    }
    // tags - computed: true, optional: false, required: false
    get tags() {
        return cdktf.Fn.tolist(this.getListAttribute('tags'));
    }
    // template - computed: true, optional: false, required: false
    get template() {
        return this.getBooleanAttribute('template');
    }
    // vmid - computed: false, optional: false, required: true
    _vmid;
    get vmid() {
        return this.getNumberAttribute('vmid');
    }
    set vmid(value) {
        this._vmid = value;
    }
    // Temporarily expose input value. Use with caution.
    get vmidInput() {
        return this._vmid;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            vmid: cdktf.numberToTerraform(this._vmid),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            vmid: {
                value: cdktf.numberToHclTerraform(this._vmid),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxVm = DataProxmoxVm;
