"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxNextVmid = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid proxmox_next_vmid}
*/
class DataProxmoxNextVmid extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_next_vmid";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxNextVmid resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxNextVmid to import
    * @param importFromId The id of the existing DataProxmoxNextVmid that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxNextVmid to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_next_vmid", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/next_vmid proxmox_next_vmid} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxNextVmidConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_next_vmid',
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
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // vmid - computed: true, optional: false, required: false
    get vmid() {
        return this.getNumberAttribute('vmid');
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {};
    }
    synthesizeHclAttributes() {
        const attrs = {};
        return attrs;
    }
}
exports.DataProxmoxNextVmid = DataProxmoxNextVmid;
