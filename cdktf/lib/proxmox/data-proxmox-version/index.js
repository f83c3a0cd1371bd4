"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/version
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxVersion = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/version proxmox_version}
*/
class DataProxmoxVersion extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_version";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVersion resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVersion to import
    * @param importFromId The id of the existing DataProxmoxVersion that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/version#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVersion to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_version", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/version proxmox_version} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVersionConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_version',
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
    // release - computed: true, optional: false, required: false
    get release() {
        return this.getStringAttribute('release');
    }
    // repository_id - computed: true, optional: false, required: false
    get repositoryId() {
        return this.getStringAttribute('repository_id');
    }
    // version - computed: true, optional: false, required: false
    get version() {
        return this.getStringAttribute('version');
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
exports.DataProxmoxVersion = DataProxmoxVersion;
