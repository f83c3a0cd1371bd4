"use strict";
// https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.IscsiTarget = exports.IscsiTargetGroupList = exports.IscsiTargetGroupOutputReference = void 0;
exports.iscsiTargetGroupToTerraform = iscsiTargetGroupToTerraform;
exports.iscsiTargetGroupToHclTerraform = iscsiTargetGroupToHclTerraform;
const cdktf = require("cdktf");
function iscsiTargetGroupToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        auth: cdktf.numberToTerraform(struct.auth),
        authmethod: cdktf.stringToTerraform(struct.authmethod),
        initiator: cdktf.numberToTerraform(struct.initiator),
        portal: cdktf.numberToTerraform(struct.portal),
    };
}
function iscsiTargetGroupToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        auth: {
            value: cdktf.numberToHclTerraform(struct.auth),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        authmethod: {
            value: cdktf.stringToHclTerraform(struct.authmethod),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        initiator: {
            value: cdktf.numberToHclTerraform(struct.initiator),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
        portal: {
            value: cdktf.numberToHclTerraform(struct.portal),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class IscsiTargetGroupOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
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
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._auth !== undefined) {
            hasAnyValues = true;
            internalValueResult.auth = this._auth;
        }
        if (this._authmethod !== undefined) {
            hasAnyValues = true;
            internalValueResult.authmethod = this._authmethod;
        }
        if (this._initiator !== undefined) {
            hasAnyValues = true;
            internalValueResult.initiator = this._initiator;
        }
        if (this._portal !== undefined) {
            hasAnyValues = true;
            internalValueResult.portal = this._portal;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._auth = undefined;
            this._authmethod = undefined;
            this._initiator = undefined;
            this._portal = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._auth = value.auth;
            this._authmethod = value.authmethod;
            this._initiator = value.initiator;
            this._portal = value.portal;
        }
    }
    // auth - computed: false, optional: true, required: false
    _auth;
    get auth() {
        return this.getNumberAttribute('auth');
    }
    set auth(value) {
        this._auth = value;
    }
    resetAuth() {
        this._auth = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authInput() {
        return this._auth;
    }
    // authmethod - computed: true, optional: true, required: false
    _authmethod;
    get authmethod() {
        return this.getStringAttribute('authmethod');
    }
    set authmethod(value) {
        this._authmethod = value;
    }
    resetAuthmethod() {
        this._authmethod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authmethodInput() {
        return this._authmethod;
    }
    // initiator - computed: false, optional: true, required: false
    _initiator;
    get initiator() {
        return this.getNumberAttribute('initiator');
    }
    set initiator(value) {
        this._initiator = value;
    }
    resetInitiator() {
        this._initiator = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get initiatorInput() {
        return this._initiator;
    }
    // portal - computed: false, optional: false, required: true
    _portal;
    get portal() {
        return this.getNumberAttribute('portal');
    }
    set portal(value) {
        this._portal = value;
    }
    // Temporarily expose input value. Use with caution.
    get portalInput() {
        return this._portal;
    }
}
exports.IscsiTargetGroupOutputReference = IscsiTargetGroupOutputReference;
class IscsiTargetGroupList extends cdktf.ComplexList {
    terraformResource;
    terraformAttribute;
    wrapsSet;
    internalValue;
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
        return new IscsiTargetGroupOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.IscsiTargetGroupList = IscsiTargetGroupList;
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target}
*/
class IscsiTarget extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "truenas_iscsi_target";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a IscsiTarget resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the IscsiTarget to import
    * @param importFromId The id of the existing IscsiTarget that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the IscsiTarget to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "truenas_iscsi_target", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/truenas/latest/docs/resources/iscsi_target truenas_iscsi_target} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options IscsiTargetConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'truenas_iscsi_target',
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
        this._alias = config.alias;
        this._authNetworks = config.authNetworks;
        this._mode = config.mode;
        this._name = config.name;
        this._group.internalValue = config.group;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // alias - computed: false, optional: true, required: false
    _alias;
    get alias() {
        return this.getStringAttribute('alias');
    }
    set alias(value) {
        this._alias = value;
    }
    resetAlias() {
        this._alias = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get aliasInput() {
        return this._alias;
    }
    // auth_networks - computed: true, optional: true, required: false
    _authNetworks;
    get authNetworks() {
        return this.getListAttribute('auth_networks');
    }
    set authNetworks(value) {
        this._authNetworks = value;
    }
    resetAuthNetworks() {
        this._authNetworks = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get authNetworksInput() {
        return this._authNetworks;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getNumberAttribute('id');
    }
    // mode - computed: true, optional: true, required: false
    _mode;
    get mode() {
        return this.getStringAttribute('mode');
    }
    set mode(value) {
        this._mode = value;
    }
    resetMode() {
        this._mode = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modeInput() {
        return this._mode;
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
    // group - computed: false, optional: true, required: false
    _group = new IscsiTargetGroupList(this, "group", false);
    get group() {
        return this._group;
    }
    putGroup(value) {
        this._group.internalValue = value;
    }
    resetGroup() {
        this._group.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get groupInput() {
        return this._group.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            alias: cdktf.stringToTerraform(this._alias),
            auth_networks: cdktf.listMapper(cdktf.stringToTerraform, false)(this._authNetworks),
            mode: cdktf.stringToTerraform(this._mode),
            name: cdktf.stringToTerraform(this._name),
            group: cdktf.listMapper(iscsiTargetGroupToTerraform, true)(this._group.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            alias: {
                value: cdktf.stringToHclTerraform(this._alias),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            auth_networks: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._authNetworks),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            mode: {
                value: cdktf.stringToHclTerraform(this._mode),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            group: {
                value: cdktf.listMapperHcl(iscsiTargetGroupToHclTerraform, true)(this._group.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "IscsiTargetGroupList",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.IscsiTarget = IscsiTarget;
