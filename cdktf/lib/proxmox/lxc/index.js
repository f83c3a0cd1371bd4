"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Lxc = exports.LxcTimeoutsOutputReference = exports.LxcRootfsOutputReference = exports.LxcNetworkList = exports.LxcNetworkOutputReference = exports.LxcMountPointList = exports.LxcMountPointOutputReference = void 0;
exports.lxcMountPointToTerraform = lxcMountPointToTerraform;
exports.lxcMountPointToHclTerraform = lxcMountPointToHclTerraform;
exports.lxcNetworkToTerraform = lxcNetworkToTerraform;
exports.lxcNetworkToHclTerraform = lxcNetworkToHclTerraform;
exports.lxcRootfsToTerraform = lxcRootfsToTerraform;
exports.lxcRootfsToHclTerraform = lxcRootfsToHclTerraform;
exports.lxcTimeoutsToTerraform = lxcTimeoutsToTerraform;
exports.lxcTimeoutsToHclTerraform = lxcTimeoutsToHclTerraform;
const cdktf = require("cdktf");
function lxcMountPointToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        backup: cdktf.booleanToTerraform(struct.backup),
        path: cdktf.stringToTerraform(struct.path),
        size: cdktf.stringToTerraform(struct.size),
        storage: cdktf.stringToTerraform(struct.storage),
    };
}
function lxcMountPointToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        backup: {
            value: cdktf.booleanToHclTerraform(struct.backup),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        path: {
            value: cdktf.stringToHclTerraform(struct.path),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        size: {
            value: cdktf.stringToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        storage: {
            value: cdktf.stringToHclTerraform(struct.storage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LxcMountPointOutputReference extends cdktf.ComplexObject {
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
        if (this._backup !== undefined) {
            hasAnyValues = true;
            internalValueResult.backup = this._backup;
        }
        if (this._path !== undefined) {
            hasAnyValues = true;
            internalValueResult.path = this._path;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        if (this._storage !== undefined) {
            hasAnyValues = true;
            internalValueResult.storage = this._storage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._backup = undefined;
            this._path = undefined;
            this._size = undefined;
            this._storage = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._backup = value.backup;
            this._path = value.path;
            this._size = value.size;
            this._storage = value.storage;
        }
    }
    // backup - computed: false, optional: true, required: false
    _backup;
    get backup() {
        return this.getBooleanAttribute('backup');
    }
    set backup(value) {
        this._backup = value;
    }
    resetBackup() {
        this._backup = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get backupInput() {
        return this._backup;
    }
    // path - computed: false, optional: false, required: true
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // size - computed: false, optional: false, required: true
    _size;
    get size() {
        return this.getStringAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
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
    // volume - computed: true, optional: false, required: false
    get volume() {
        return this.getStringAttribute('volume');
    }
}
exports.LxcMountPointOutputReference = LxcMountPointOutputReference;
class LxcMountPointList extends cdktf.ComplexList {
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
        return new LxcMountPointOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LxcMountPointList = LxcMountPointList;
function lxcNetworkToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bridge: cdktf.stringToTerraform(struct.bridge),
        firewall: cdktf.booleanToTerraform(struct.firewall),
        gateway: cdktf.stringToTerraform(struct.gateway),
        ip: cdktf.stringToTerraform(struct.ip),
        mac_address: cdktf.stringToTerraform(struct.macAddress),
        name: cdktf.stringToTerraform(struct.name),
        vlan_id: cdktf.numberToTerraform(struct.vlanId),
    };
}
function lxcNetworkToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        bridge: {
            value: cdktf.stringToHclTerraform(struct.bridge),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        firewall: {
            value: cdktf.booleanToHclTerraform(struct.firewall),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        gateway: {
            value: cdktf.stringToHclTerraform(struct.gateway),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ip: {
            value: cdktf.stringToHclTerraform(struct.ip),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        mac_address: {
            value: cdktf.stringToHclTerraform(struct.macAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        name: {
            value: cdktf.stringToHclTerraform(struct.name),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        vlan_id: {
            value: cdktf.numberToHclTerraform(struct.vlanId),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LxcNetworkOutputReference extends cdktf.ComplexObject {
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
        if (this._bridge !== undefined) {
            hasAnyValues = true;
            internalValueResult.bridge = this._bridge;
        }
        if (this._firewall !== undefined) {
            hasAnyValues = true;
            internalValueResult.firewall = this._firewall;
        }
        if (this._gateway !== undefined) {
            hasAnyValues = true;
            internalValueResult.gateway = this._gateway;
        }
        if (this._ip !== undefined) {
            hasAnyValues = true;
            internalValueResult.ip = this._ip;
        }
        if (this._macAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.macAddress = this._macAddress;
        }
        if (this._name !== undefined) {
            hasAnyValues = true;
            internalValueResult.name = this._name;
        }
        if (this._vlanId !== undefined) {
            hasAnyValues = true;
            internalValueResult.vlanId = this._vlanId;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._bridge = undefined;
            this._firewall = undefined;
            this._gateway = undefined;
            this._ip = undefined;
            this._macAddress = undefined;
            this._name = undefined;
            this._vlanId = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._bridge = value.bridge;
            this._firewall = value.firewall;
            this._gateway = value.gateway;
            this._ip = value.ip;
            this._macAddress = value.macAddress;
            this._name = value.name;
            this._vlanId = value.vlanId;
        }
    }
    // bridge - computed: true, optional: true, required: false
    _bridge;
    get bridge() {
        return this.getStringAttribute('bridge');
    }
    set bridge(value) {
        this._bridge = value;
    }
    resetBridge() {
        this._bridge = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bridgeInput() {
        return this._bridge;
    }
    // firewall - computed: false, optional: true, required: false
    _firewall;
    get firewall() {
        return this.getBooleanAttribute('firewall');
    }
    set firewall(value) {
        this._firewall = value;
    }
    resetFirewall() {
        this._firewall = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get firewallInput() {
        return this._firewall;
    }
    // gateway - computed: false, optional: true, required: false
    _gateway;
    get gateway() {
        return this.getStringAttribute('gateway');
    }
    set gateway(value) {
        this._gateway = value;
    }
    resetGateway() {
        this._gateway = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get gatewayInput() {
        return this._gateway;
    }
    // ip - computed: false, optional: true, required: false
    _ip;
    get ip() {
        return this.getStringAttribute('ip');
    }
    set ip(value) {
        this._ip = value;
    }
    resetIp() {
        this._ip = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipInput() {
        return this._ip;
    }
    // mac_address - computed: true, optional: true, required: false
    _macAddress;
    get macAddress() {
        return this.getStringAttribute('mac_address');
    }
    set macAddress(value) {
        this._macAddress = value;
    }
    resetMacAddress() {
        this._macAddress = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get macAddressInput() {
        return this._macAddress;
    }
    // name - computed: true, optional: true, required: false
    _name;
    get name() {
        return this.getStringAttribute('name');
    }
    set name(value) {
        this._name = value;
    }
    resetName() {
        this._name = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nameInput() {
        return this._name;
    }
    // vlan_id - computed: false, optional: true, required: false
    _vlanId;
    get vlanId() {
        return this.getNumberAttribute('vlan_id');
    }
    set vlanId(value) {
        this._vlanId = value;
    }
    resetVlanId() {
        this._vlanId = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vlanIdInput() {
        return this._vlanId;
    }
}
exports.LxcNetworkOutputReference = LxcNetworkOutputReference;
class LxcNetworkList extends cdktf.ComplexList {
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
        return new LxcNetworkOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.LxcNetworkList = LxcNetworkList;
function lxcRootfsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        size: cdktf.stringToTerraform(struct.size),
        storage: cdktf.stringToTerraform(struct.storage),
    };
}
function lxcRootfsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        size: {
            value: cdktf.stringToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        storage: {
            value: cdktf.stringToHclTerraform(struct.storage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LxcRootfsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        if (this._storage !== undefined) {
            hasAnyValues = true;
            internalValueResult.storage = this._storage;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._size = undefined;
            this._storage = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._size = value.size;
            this._storage = value.storage;
        }
    }
    // size - computed: false, optional: false, required: true
    _size;
    get size() {
        return this.getStringAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
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
    // volume - computed: true, optional: false, required: false
    get volume() {
        return this.getStringAttribute('volume');
    }
}
exports.LxcRootfsOutputReference = LxcRootfsOutputReference;
function lxcTimeoutsToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        create: cdktf.stringToTerraform(struct.create),
        delete: cdktf.stringToTerraform(struct.delete),
        update: cdktf.stringToTerraform(struct.update),
    };
}
function lxcTimeoutsToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        create: {
            value: cdktf.stringToHclTerraform(struct.create),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        delete: {
            value: cdktf.stringToHclTerraform(struct.delete),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        update: {
            value: cdktf.stringToHclTerraform(struct.update),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class LxcTimeoutsOutputReference extends cdktf.ComplexObject {
    isEmptyObject = false;
    resolvableValue;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource, terraformAttribute) {
        super(terraformResource, terraformAttribute, false);
    }
    get internalValue() {
        if (this.resolvableValue) {
            return this.resolvableValue;
        }
        let hasAnyValues = this.isEmptyObject;
        const internalValueResult = {};
        if (this._create !== undefined) {
            hasAnyValues = true;
            internalValueResult.create = this._create;
        }
        if (this._delete !== undefined) {
            hasAnyValues = true;
            internalValueResult.delete = this._delete;
        }
        if (this._update !== undefined) {
            hasAnyValues = true;
            internalValueResult.update = this._update;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._create = undefined;
            this._delete = undefined;
            this._update = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._create = value.create;
            this._delete = value.delete;
            this._update = value.update;
        }
    }
    // create - computed: false, optional: true, required: false
    _create;
    get create() {
        return this.getStringAttribute('create');
    }
    set create(value) {
        this._create = value;
    }
    resetCreate() {
        this._create = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get createInput() {
        return this._create;
    }
    // delete - computed: false, optional: true, required: false
    _delete;
    get delete() {
        return this.getStringAttribute('delete');
    }
    set delete(value) {
        this._delete = value;
    }
    resetDelete() {
        this._delete = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get deleteInput() {
        return this._delete;
    }
    // update - computed: false, optional: true, required: false
    _update;
    get update() {
        return this.getStringAttribute('update');
    }
    set update(value) {
        this._update = value;
    }
    resetUpdate() {
        this._update = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get updateInput() {
        return this._update;
    }
}
exports.LxcTimeoutsOutputReference = LxcTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc proxmox_lxc}
*/
class Lxc extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_lxc";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Lxc resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Lxc to import
    * @param importFromId The id of the existing Lxc that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Lxc to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_lxc", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc proxmox_lxc} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LxcConfig
    */
    constructor(scope, id, config) {
        super(scope, id, {
            terraformResourceType: 'proxmox_lxc',
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
        this._cores = config.cores;
        this._description = config.description;
        this._dnsServers = config.dnsServers;
        this._fuse = config.fuse;
        this._hostname = config.hostname;
        this._keyctl = config.keyctl;
        this._memory = config.memory;
        this._mknod = config.mknod;
        this._mountTypes = config.mountTypes;
        this._nesting = config.nesting;
        this._node = config.nodeAttribute;
        this._password = config.password;
        this._rebootAfterUpdate = config.rebootAfterUpdate;
        this._searchDomain = config.searchDomain;
        this._shutdownTimeout = config.shutdownTimeout;
        this._sshPublicKeys = config.sshPublicKeys;
        this._startOnBoot = config.startOnBoot;
        this._started = config.started;
        this._swap = config.swap;
        this._tags = config.tags;
        this._template = config.template;
        this._unprivileged = config.unprivileged;
        this._vmid = config.vmid;
        this._mountPoint.internalValue = config.mountPoint;
        this._network.internalValue = config.network;
        this._rootfs.internalValue = config.rootfs;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // cores - computed: false, optional: true, required: false
    _cores;
    get cores() {
        return this.getNumberAttribute('cores');
    }
    set cores(value) {
        this._cores = value;
    }
    resetCores() {
        this._cores = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get coresInput() {
        return this._cores;
    }
    // description - computed: false, optional: true, required: false
    _description;
    get description() {
        return this.getStringAttribute('description');
    }
    set description(value) {
        this._description = value;
    }
    resetDescription() {
        this._description = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get descriptionInput() {
        return this._description;
    }
    // dns_servers - computed: false, optional: true, required: false
    _dnsServers;
    get dnsServers() {
        return this.getListAttribute('dns_servers');
    }
    set dnsServers(value) {
        this._dnsServers = value;
    }
    resetDnsServers() {
        this._dnsServers = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get dnsServersInput() {
        return this._dnsServers;
    }
    // fuse - computed: false, optional: true, required: false
    _fuse;
    get fuse() {
        return this.getBooleanAttribute('fuse');
    }
    set fuse(value) {
        this._fuse = value;
    }
    resetFuse() {
        this._fuse = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fuseInput() {
        return this._fuse;
    }
    // hostname - computed: true, optional: true, required: false
    _hostname;
    get hostname() {
        return this.getStringAttribute('hostname');
    }
    set hostname(value) {
        this._hostname = value;
    }
    resetHostname() {
        this._hostname = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get hostnameInput() {
        return this._hostname;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // keyctl - computed: false, optional: true, required: false
    _keyctl;
    get keyctl() {
        return this.getBooleanAttribute('keyctl');
    }
    set keyctl(value) {
        this._keyctl = value;
    }
    resetKeyctl() {
        this._keyctl = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get keyctlInput() {
        return this._keyctl;
    }
    // memory - computed: true, optional: true, required: false
    _memory;
    get memory() {
        return this.getNumberAttribute('memory');
    }
    set memory(value) {
        this._memory = value;
    }
    resetMemory() {
        this._memory = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get memoryInput() {
        return this._memory;
    }
    // mknod - computed: false, optional: true, required: false
    _mknod;
    get mknod() {
        return this.getBooleanAttribute('mknod');
    }
    set mknod(value) {
        this._mknod = value;
    }
    resetMknod() {
        this._mknod = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mknodInput() {
        return this._mknod;
    }
    // mount_types - computed: false, optional: true, required: false
    _mountTypes;
    get mountTypes() {
        return cdktf.Fn.tolist(this.getListAttribute('mount_types'));
    }
    set mountTypes(value) {
        this._mountTypes = value;
    }
    resetMountTypes() {
        this._mountTypes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountTypesInput() {
        return this._mountTypes;
    }
    // nesting - computed: false, optional: true, required: false
    _nesting;
    get nesting() {
        return this.getBooleanAttribute('nesting');
    }
    set nesting(value) {
        this._nesting = value;
    }
    resetNesting() {
        this._nesting = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nestingInput() {
        return this._nesting;
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
    // password - computed: false, optional: true, required: false
    _password;
    get password() {
        return this.getStringAttribute('password');
    }
    set password(value) {
        this._password = value;
    }
    resetPassword() {
        this._password = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get passwordInput() {
        return this._password;
    }
    // reboot_after_update - computed: true, optional: true, required: false
    _rebootAfterUpdate;
    get rebootAfterUpdate() {
        return this.getBooleanAttribute('reboot_after_update');
    }
    set rebootAfterUpdate(value) {
        this._rebootAfterUpdate = value;
    }
    resetRebootAfterUpdate() {
        this._rebootAfterUpdate = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rebootAfterUpdateInput() {
        return this._rebootAfterUpdate;
    }
    // search_domain - computed: false, optional: true, required: false
    _searchDomain;
    get searchDomain() {
        return this.getStringAttribute('search_domain');
    }
    set searchDomain(value) {
        this._searchDomain = value;
    }
    resetSearchDomain() {
        this._searchDomain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get searchDomainInput() {
        return this._searchDomain;
    }
    // shutdown_timeout - computed: true, optional: true, required: false
    _shutdownTimeout;
    get shutdownTimeout() {
        return this.getNumberAttribute('shutdown_timeout');
    }
    set shutdownTimeout(value) {
        this._shutdownTimeout = value;
    }
    resetShutdownTimeout() {
        this._shutdownTimeout = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shutdownTimeoutInput() {
        return this._shutdownTimeout;
    }
    // ssh_public_keys - computed: false, optional: true, required: false
    _sshPublicKeys;
    get sshPublicKeys() {
        return this.getListAttribute('ssh_public_keys');
    }
    set sshPublicKeys(value) {
        this._sshPublicKeys = value;
    }
    resetSshPublicKeys() {
        this._sshPublicKeys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sshPublicKeysInput() {
        return this._sshPublicKeys;
    }
    // start_on_boot - computed: false, optional: true, required: false
    _startOnBoot;
    get startOnBoot() {
        return this.getBooleanAttribute('start_on_boot');
    }
    set startOnBoot(value) {
        this._startOnBoot = value;
    }
    resetStartOnBoot() {
        this._startOnBoot = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startOnBootInput() {
        return this._startOnBoot;
    }
    // started - computed: true, optional: true, required: false
    _started;
    get started() {
        return this.getBooleanAttribute('started');
    }
    set started(value) {
        this._started = value;
    }
    resetStarted() {
        this._started = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get startedInput() {
        return this._started;
    }
    // swap - computed: true, optional: true, required: false
    _swap;
    get swap() {
        return this.getNumberAttribute('swap');
    }
    set swap(value) {
        this._swap = value;
    }
    resetSwap() {
        this._swap = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get swapInput() {
        return this._swap;
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
    // template - computed: false, optional: false, required: true
    _template;
    get template() {
        return this.getStringAttribute('template');
    }
    set template(value) {
        this._template = value;
    }
    // Temporarily expose input value. Use with caution.
    get templateInput() {
        return this._template;
    }
    // unprivileged - computed: true, optional: true, required: false
    _unprivileged;
    get unprivileged() {
        return this.getBooleanAttribute('unprivileged');
    }
    set unprivileged(value) {
        this._unprivileged = value;
    }
    resetUnprivileged() {
        this._unprivileged = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get unprivilegedInput() {
        return this._unprivileged;
    }
    // vmid - computed: true, optional: true, required: false
    _vmid;
    get vmid() {
        return this.getNumberAttribute('vmid');
    }
    set vmid(value) {
        this._vmid = value;
    }
    resetVmid() {
        this._vmid = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vmidInput() {
        return this._vmid;
    }
    // mount_point - computed: false, optional: true, required: false
    _mountPoint = new LxcMountPointList(this, "mount_point", false);
    get mountPoint() {
        return this._mountPoint;
    }
    putMountPoint(value) {
        this._mountPoint.internalValue = value;
    }
    resetMountPoint() {
        this._mountPoint.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get mountPointInput() {
        return this._mountPoint.internalValue;
    }
    // network - computed: false, optional: true, required: false
    _network = new LxcNetworkList(this, "network", false);
    get network() {
        return this._network;
    }
    putNetwork(value) {
        this._network.internalValue = value;
    }
    resetNetwork() {
        this._network.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get networkInput() {
        return this._network.internalValue;
    }
    // rootfs - computed: false, optional: true, required: false
    _rootfs = new LxcRootfsOutputReference(this, "rootfs");
    get rootfs() {
        return this._rootfs;
    }
    putRootfs(value) {
        this._rootfs.internalValue = value;
    }
    resetRootfs() {
        this._rootfs.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get rootfsInput() {
        return this._rootfs.internalValue;
    }
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new LxcTimeoutsOutputReference(this, "timeouts");
    get timeouts() {
        return this._timeouts;
    }
    putTimeouts(value) {
        this._timeouts.internalValue = value;
    }
    resetTimeouts() {
        this._timeouts.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get timeoutsInput() {
        return this._timeouts.internalValue;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            cores: cdktf.numberToTerraform(this._cores),
            description: cdktf.stringToTerraform(this._description),
            dns_servers: cdktf.listMapper(cdktf.stringToTerraform, false)(this._dnsServers),
            fuse: cdktf.booleanToTerraform(this._fuse),
            hostname: cdktf.stringToTerraform(this._hostname),
            keyctl: cdktf.booleanToTerraform(this._keyctl),
            memory: cdktf.numberToTerraform(this._memory),
            mknod: cdktf.booleanToTerraform(this._mknod),
            mount_types: cdktf.listMapper(cdktf.stringToTerraform, false)(this._mountTypes),
            nesting: cdktf.booleanToTerraform(this._nesting),
            node: cdktf.stringToTerraform(this._node),
            password: cdktf.stringToTerraform(this._password),
            reboot_after_update: cdktf.booleanToTerraform(this._rebootAfterUpdate),
            search_domain: cdktf.stringToTerraform(this._searchDomain),
            shutdown_timeout: cdktf.numberToTerraform(this._shutdownTimeout),
            ssh_public_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(this._sshPublicKeys),
            start_on_boot: cdktf.booleanToTerraform(this._startOnBoot),
            started: cdktf.booleanToTerraform(this._started),
            swap: cdktf.numberToTerraform(this._swap),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template: cdktf.stringToTerraform(this._template),
            unprivileged: cdktf.booleanToTerraform(this._unprivileged),
            vmid: cdktf.numberToTerraform(this._vmid),
            mount_point: cdktf.listMapper(lxcMountPointToTerraform, true)(this._mountPoint.internalValue),
            network: cdktf.listMapper(lxcNetworkToTerraform, true)(this._network.internalValue),
            rootfs: lxcRootfsToTerraform(this._rootfs.internalValue),
            timeouts: lxcTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            cores: {
                value: cdktf.numberToHclTerraform(this._cores),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            dns_servers: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._dnsServers),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            fuse: {
                value: cdktf.booleanToHclTerraform(this._fuse),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            hostname: {
                value: cdktf.stringToHclTerraform(this._hostname),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            keyctl: {
                value: cdktf.booleanToHclTerraform(this._keyctl),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            memory: {
                value: cdktf.numberToHclTerraform(this._memory),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            mknod: {
                value: cdktf.booleanToHclTerraform(this._mknod),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            mount_types: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._mountTypes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            nesting: {
                value: cdktf.booleanToHclTerraform(this._nesting),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            node: {
                value: cdktf.stringToHclTerraform(this._node),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            password: {
                value: cdktf.stringToHclTerraform(this._password),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            reboot_after_update: {
                value: cdktf.booleanToHclTerraform(this._rebootAfterUpdate),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            search_domain: {
                value: cdktf.stringToHclTerraform(this._searchDomain),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            shutdown_timeout: {
                value: cdktf.numberToHclTerraform(this._shutdownTimeout),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            ssh_public_keys: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._sshPublicKeys),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            start_on_boot: {
                value: cdktf.booleanToHclTerraform(this._startOnBoot),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            started: {
                value: cdktf.booleanToHclTerraform(this._started),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            swap: {
                value: cdktf.numberToHclTerraform(this._swap),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            template: {
                value: cdktf.stringToHclTerraform(this._template),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            unprivileged: {
                value: cdktf.booleanToHclTerraform(this._unprivileged),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            vmid: {
                value: cdktf.numberToHclTerraform(this._vmid),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            mount_point: {
                value: cdktf.listMapperHcl(lxcMountPointToHclTerraform, true)(this._mountPoint.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LxcMountPointList",
            },
            network: {
                value: cdktf.listMapperHcl(lxcNetworkToHclTerraform, true)(this._network.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "LxcNetworkList",
            },
            rootfs: {
                value: lxcRootfsToHclTerraform(this._rootfs.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LxcRootfs",
            },
            timeouts: {
                value: lxcTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "LxcTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Lxc = Lxc;
