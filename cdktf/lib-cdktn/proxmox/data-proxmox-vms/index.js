"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataProxmoxVms = exports.DataProxmoxVmsVmsList = exports.DataProxmoxVmsVmsOutputReference = void 0;
exports.dataProxmoxVmsVmsToTerraform = dataProxmoxVmsVmsToTerraform;
exports.dataProxmoxVmsVmsToHclTerraform = dataProxmoxVmsVmsToHclTerraform;
const cdktf = require("cdktn");
function dataProxmoxVmsVmsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {};
}
function dataProxmoxVmsVmsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {};
    return attrs;
}
class DataProxmoxVmsVmsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, complexObjectIndex, complexObjectIsFromSet) {
        super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
    }
    get internalValue() {
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
        }
    }
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
    // vmid - computed: true, optional: false, required: false
    get vmid() {
        return this.getNumberAttribute('vmid');
    }
}
exports.DataProxmoxVmsVmsOutputReference = DataProxmoxVmsVmsOutputReference;
class DataProxmoxVmsVmsList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource, terraformAttribute, wrapsSet) {
        super(terraformResource, terraformAttribute, wrapsSet);
        this.terraformResource = terraformResource;
        this.terraformAttribute = terraformAttribute;
        this.wrapsSet = wrapsSet;
    }
    /**
    * @param index the index of the item to return
    */
    get(index) {
        return new DataProxmoxVmsVmsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.DataProxmoxVmsVmsList = DataProxmoxVmsVmsList;
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms proxmox_vms}
*/
class DataProxmoxVms extends cdktf.TerraformDataSource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_vms";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a DataProxmoxVms resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the DataProxmoxVms to import
    * @param importFromId The id of the existing DataProxmoxVms that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the DataProxmoxVms to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_vms", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/data-sources/vms proxmox_vms} Data Source
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options DataProxmoxVmsConfig = {}
    */
    constructor(scope, id, config = {}) {
        super(scope, id, {
            terraformResourceType: 'proxmox_vms',
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
        this._nameRegex = config.nameRegex;
        this._node = config.nodeAttribute;
        this._tags = config.tags;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // name_regex - computed: false, optional: true, required: false
    _nameRegex;
    get nameRegex() {
        return this.getStringAttribute('name_regex');
    }
    set nameRegex(value) {
        this._nameRegex = value;
    }
    resetNameRegex() {
        this._nameRegex = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameRegexInput() {
        return this._nameRegex;
    }
    // node - computed: false, optional: true, required: false
    _node;
    get nodeAttribute() {
        return this.getStringAttribute('node');
    }
    set nodeAttribute(value) {
        this._node = value;
    }
    resetNodeAttribute() {
        this._node = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodeAttributeInput() {
        return this._node;
    }
    // tags - computed: false, optional: true, required: false
    _tags;
    get tags() {
        return cdktf.Fn.tolist(this.getListAttribute('tags'));
    }
    set tags(value) {
        this._tags = value;
    }
    resetTags() {
        this._tags = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get tagsInput() {
        return this._tags;
    }
    // vms - computed: true, optional: false, required: false
    _vms = new DataProxmoxVmsVmsList(this, "vms", false);
    get vms() {
        return this._vms;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            name_regex: cdktf.stringToTerraform(this._nameRegex),
            node: cdktf.stringToTerraform(this._node),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            name_regex: {
                value: cdktf.stringToHclTerraform(this._nameRegex),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            node: {
                value: cdktf.stringToHclTerraform(this._node),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.DataProxmoxVms = DataProxmoxVms;
