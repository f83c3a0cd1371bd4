"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Vm = exports.VmTimeoutsOutputReference = exports.VmNetworkList = exports.VmNetworkOutputReference = exports.VmDiskList = exports.VmDiskOutputReference = exports.VmCloudInitOutputReference = exports.VmCloneOutputReference = void 0;
exports.vmCloneToTerraform = vmCloneToTerraform;
exports.vmCloneToHclTerraform = vmCloneToHclTerraform;
exports.vmCloudInitToTerraform = vmCloudInitToTerraform;
exports.vmCloudInitToHclTerraform = vmCloudInitToHclTerraform;
exports.vmDiskToTerraform = vmDiskToTerraform;
exports.vmDiskToHclTerraform = vmDiskToHclTerraform;
exports.vmNetworkToTerraform = vmNetworkToTerraform;
exports.vmNetworkToHclTerraform = vmNetworkToHclTerraform;
exports.vmTimeoutsToTerraform = vmTimeoutsToTerraform;
exports.vmTimeoutsToHclTerraform = vmTimeoutsToHclTerraform;
const cdktf = require("cdktf");
function vmCloneToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        full: cdktf.booleanToTerraform(struct.full),
        source_vmid: cdktf.numberToTerraform(struct.sourceVmid),
    };
}
function vmCloneToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        full: {
            value: cdktf.booleanToHclTerraform(struct.full),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        source_vmid: {
            value: cdktf.numberToHclTerraform(struct.sourceVmid),
            isBlock: false,
            type: "simple",
            storageClassType: "number",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VmCloneOutputReference extends cdktf.ComplexObject {
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
        if (this._full !== undefined) {
            hasAnyValues = true;
            internalValueResult.full = this._full;
        }
        if (this._sourceVmid !== undefined) {
            hasAnyValues = true;
            internalValueResult.sourceVmid = this._sourceVmid;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._full = undefined;
            this._sourceVmid = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._full = value.full;
            this._sourceVmid = value.sourceVmid;
        }
    }
    // full - computed: true, optional: true, required: false
    _full;
    get full() {
        return this.getBooleanAttribute('full');
    }
    set full(value) {
        this._full = value;
    }
    resetFull() {
        this._full = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fullInput() {
        return this._full;
    }
    // source_vmid - computed: false, optional: false, required: true
    _sourceVmid;
    get sourceVmid() {
        return this.getNumberAttribute('source_vmid');
    }
    set sourceVmid(value) {
        this._sourceVmid = value;
    }
    // Temporarily expose input value. Use with caution.
    get sourceVmidInput() {
        return this._sourceVmid;
    }
}
exports.VmCloneOutputReference = VmCloneOutputReference;
function vmCloudInitToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        dns_servers: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.dnsServers),
        ip_config: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.ipConfig),
        password: cdktf.stringToTerraform(struct.password),
        search_domain: cdktf.stringToTerraform(struct.searchDomain),
        ssh_keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct.sshKeys),
        storage: cdktf.stringToTerraform(struct.storage),
        user: cdktf.stringToTerraform(struct.user),
    };
}
function vmCloudInitToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        dns_servers: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.dnsServers),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        ip_config: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.ipConfig),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        password: {
            value: cdktf.stringToHclTerraform(struct.password),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        search_domain: {
            value: cdktf.stringToHclTerraform(struct.searchDomain),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssh_keys: {
            value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct.sshKeys),
            isBlock: false,
            type: "list",
            storageClassType: "stringList",
        },
        storage: {
            value: cdktf.stringToHclTerraform(struct.storage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        user: {
            value: cdktf.stringToHclTerraform(struct.user),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VmCloudInitOutputReference extends cdktf.ComplexObject {
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
        if (this._dnsServers !== undefined) {
            hasAnyValues = true;
            internalValueResult.dnsServers = this._dnsServers;
        }
        if (this._ipConfig !== undefined) {
            hasAnyValues = true;
            internalValueResult.ipConfig = this._ipConfig;
        }
        if (this._password !== undefined) {
            hasAnyValues = true;
            internalValueResult.password = this._password;
        }
        if (this._searchDomain !== undefined) {
            hasAnyValues = true;
            internalValueResult.searchDomain = this._searchDomain;
        }
        if (this._sshKeys !== undefined) {
            hasAnyValues = true;
            internalValueResult.sshKeys = this._sshKeys;
        }
        if (this._storage !== undefined) {
            hasAnyValues = true;
            internalValueResult.storage = this._storage;
        }
        if (this._user !== undefined) {
            hasAnyValues = true;
            internalValueResult.user = this._user;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._dnsServers = undefined;
            this._ipConfig = undefined;
            this._password = undefined;
            this._searchDomain = undefined;
            this._sshKeys = undefined;
            this._storage = undefined;
            this._user = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._dnsServers = value.dnsServers;
            this._ipConfig = value.ipConfig;
            this._password = value.password;
            this._searchDomain = value.searchDomain;
            this._sshKeys = value.sshKeys;
            this._storage = value.storage;
            this._user = value.user;
        }
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
    // ip_config - computed: false, optional: true, required: false
    _ipConfig;
    get ipConfig() {
        return this.getListAttribute('ip_config');
    }
    set ipConfig(value) {
        this._ipConfig = value;
    }
    resetIpConfig() {
        this._ipConfig = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ipConfigInput() {
        return this._ipConfig;
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
    // ssh_keys - computed: false, optional: true, required: false
    _sshKeys;
    get sshKeys() {
        return this.getListAttribute('ssh_keys');
    }
    set sshKeys(value) {
        this._sshKeys = value;
    }
    resetSshKeys() {
        this._sshKeys = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sshKeysInput() {
        return this._sshKeys;
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
    // user - computed: false, optional: true, required: false
    _user;
    get user() {
        return this.getStringAttribute('user');
    }
    set user(value) {
        this._user = value;
    }
    resetUser() {
        this._user = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get userInput() {
        return this._user;
    }
}
exports.VmCloudInitOutputReference = VmCloudInitOutputReference;
function vmDiskToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        cache: cdktf.stringToTerraform(struct.cache),
        discard: cdktf.booleanToTerraform(struct.discard),
        format: cdktf.stringToTerraform(struct.format),
        interface: cdktf.stringToTerraform(struct.interface),
        iothread: cdktf.booleanToTerraform(struct.iothread),
        size: cdktf.stringToTerraform(struct.size),
        ssd: cdktf.booleanToTerraform(struct.ssd),
        storage: cdktf.stringToTerraform(struct.storage),
        volume: cdktf.stringToTerraform(struct.volume),
    };
}
function vmDiskToHclTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    const attrs = {
        cache: {
            value: cdktf.stringToHclTerraform(struct.cache),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        discard: {
            value: cdktf.booleanToHclTerraform(struct.discard),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        format: {
            value: cdktf.stringToHclTerraform(struct.format),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        interface: {
            value: cdktf.stringToHclTerraform(struct.interface),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        iothread: {
            value: cdktf.booleanToHclTerraform(struct.iothread),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        size: {
            value: cdktf.stringToHclTerraform(struct.size),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        ssd: {
            value: cdktf.booleanToHclTerraform(struct.ssd),
            isBlock: false,
            type: "simple",
            storageClassType: "boolean",
        },
        storage: {
            value: cdktf.stringToHclTerraform(struct.storage),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        volume: {
            value: cdktf.stringToHclTerraform(struct.volume),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
    };
    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}
class VmDiskOutputReference extends cdktf.ComplexObject {
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
        if (this._cache !== undefined) {
            hasAnyValues = true;
            internalValueResult.cache = this._cache;
        }
        if (this._discard !== undefined) {
            hasAnyValues = true;
            internalValueResult.discard = this._discard;
        }
        if (this._format !== undefined) {
            hasAnyValues = true;
            internalValueResult.format = this._format;
        }
        if (this._interface !== undefined) {
            hasAnyValues = true;
            internalValueResult.interface = this._interface;
        }
        if (this._iothread !== undefined) {
            hasAnyValues = true;
            internalValueResult.iothread = this._iothread;
        }
        if (this._size !== undefined) {
            hasAnyValues = true;
            internalValueResult.size = this._size;
        }
        if (this._ssd !== undefined) {
            hasAnyValues = true;
            internalValueResult.ssd = this._ssd;
        }
        if (this._storage !== undefined) {
            hasAnyValues = true;
            internalValueResult.storage = this._storage;
        }
        if (this._volume !== undefined) {
            hasAnyValues = true;
            internalValueResult.volume = this._volume;
        }
        return hasAnyValues ? internalValueResult : undefined;
    }
    set internalValue(value) {
        if (value === undefined) {
            this.isEmptyObject = false;
            this.resolvableValue = undefined;
            this._cache = undefined;
            this._discard = undefined;
            this._format = undefined;
            this._interface = undefined;
            this._iothread = undefined;
            this._size = undefined;
            this._ssd = undefined;
            this._storage = undefined;
            this._volume = undefined;
        }
        else if (cdktf.Tokenization.isResolvable(value)) {
            this.isEmptyObject = false;
            this.resolvableValue = value;
        }
        else {
            this.isEmptyObject = Object.keys(value).length === 0;
            this.resolvableValue = undefined;
            this._cache = value.cache;
            this._discard = value.discard;
            this._format = value.format;
            this._interface = value.interface;
            this._iothread = value.iothread;
            this._size = value.size;
            this._ssd = value.ssd;
            this._storage = value.storage;
            this._volume = value.volume;
        }
    }
    // cache - computed: false, optional: true, required: false
    _cache;
    get cache() {
        return this.getStringAttribute('cache');
    }
    set cache(value) {
        this._cache = value;
    }
    resetCache() {
        this._cache = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cacheInput() {
        return this._cache;
    }
    // discard - computed: false, optional: true, required: false
    _discard;
    get discard() {
        return this.getBooleanAttribute('discard');
    }
    set discard(value) {
        this._discard = value;
    }
    resetDiscard() {
        this._discard = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discardInput() {
        return this._discard;
    }
    // format - computed: false, optional: true, required: false
    _format;
    get format() {
        return this.getStringAttribute('format');
    }
    set format(value) {
        this._format = value;
    }
    resetFormat() {
        this._format = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get formatInput() {
        return this._format;
    }
    // interface - computed: false, optional: false, required: true
    _interface;
    get interface() {
        return this.getStringAttribute('interface');
    }
    set interface(value) {
        this._interface = value;
    }
    // Temporarily expose input value. Use with caution.
    get interfaceInput() {
        return this._interface;
    }
    // iothread - computed: false, optional: true, required: false
    _iothread;
    get iothread() {
        return this.getBooleanAttribute('iothread');
    }
    set iothread(value) {
        this._iothread = value;
    }
    resetIothread() {
        this._iothread = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iothreadInput() {
        return this._iothread;
    }
    // size - computed: true, optional: true, required: false
    _size;
    get size() {
        return this.getStringAttribute('size');
    }
    set size(value) {
        this._size = value;
    }
    resetSize() {
        this._size = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sizeInput() {
        return this._size;
    }
    // ssd - computed: false, optional: true, required: false
    _ssd;
    get ssd() {
        return this.getBooleanAttribute('ssd');
    }
    set ssd(value) {
        this._ssd = value;
    }
    resetSsd() {
        this._ssd = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get ssdInput() {
        return this._ssd;
    }
    // storage - computed: true, optional: true, required: false
    _storage;
    get storage() {
        return this.getStringAttribute('storage');
    }
    set storage(value) {
        this._storage = value;
    }
    resetStorage() {
        this._storage = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get storageInput() {
        return this._storage;
    }
    // volume - computed: true, optional: true, required: false
    _volume;
    get volume() {
        return this.getStringAttribute('volume');
    }
    set volume(value) {
        this._volume = value;
    }
    resetVolume() {
        this._volume = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get volumeInput() {
        return this._volume;
    }
}
exports.VmDiskOutputReference = VmDiskOutputReference;
class VmDiskList extends cdktf.ComplexList {
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
        return new VmDiskOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VmDiskList = VmDiskList;
function vmNetworkToTerraform(struct) {
    if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) {
        return struct;
    }
    if (cdktf.isComplexElement(struct)) {
        throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
    }
    return {
        bridge: cdktf.stringToTerraform(struct.bridge),
        firewall: cdktf.booleanToTerraform(struct.firewall),
        mac_address: cdktf.stringToTerraform(struct.macAddress),
        model: cdktf.stringToTerraform(struct.model),
        vlan_id: cdktf.numberToTerraform(struct.vlanId),
    };
}
function vmNetworkToHclTerraform(struct) {
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
        mac_address: {
            value: cdktf.stringToHclTerraform(struct.macAddress),
            isBlock: false,
            type: "simple",
            storageClassType: "string",
        },
        model: {
            value: cdktf.stringToHclTerraform(struct.model),
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
class VmNetworkOutputReference extends cdktf.ComplexObject {
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
        if (this._macAddress !== undefined) {
            hasAnyValues = true;
            internalValueResult.macAddress = this._macAddress;
        }
        if (this._model !== undefined) {
            hasAnyValues = true;
            internalValueResult.model = this._model;
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
            this._macAddress = undefined;
            this._model = undefined;
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
            this._macAddress = value.macAddress;
            this._model = value.model;
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
    // model - computed: true, optional: true, required: false
    _model;
    get model() {
        return this.getStringAttribute('model');
    }
    set model(value) {
        this._model = value;
    }
    resetModel() {
        this._model = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get modelInput() {
        return this._model;
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
exports.VmNetworkOutputReference = VmNetworkOutputReference;
class VmNetworkList extends cdktf.ComplexList {
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
        return new VmNetworkOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
    }
}
exports.VmNetworkList = VmNetworkList;
function vmTimeoutsToTerraform(struct) {
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
function vmTimeoutsToHclTerraform(struct) {
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
class VmTimeoutsOutputReference extends cdktf.ComplexObject {
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
exports.VmTimeoutsOutputReference = VmTimeoutsOutputReference;
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm proxmox_vm}
*/
class Vm extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_vm";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Vm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Vm to import
    * @param importFromId The id of the existing Vm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Vm to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_vm", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm proxmox_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VmConfig
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
        this._agent = config.agent;
        this._balloon = config.balloon;
        this._bios = config.bios;
        this._bootOrder = config.bootOrder;
        this._cdrom = config.cdrom;
        this._cores = config.cores;
        this._cpuType = config.cpuType;
        this._description = config.description;
        this._machine = config.machine;
        this._memory = config.memory;
        this._name = config.name;
        this._node = config.nodeAttribute;
        this._osType = config.osType;
        this._rebootAfterUpdate = config.rebootAfterUpdate;
        this._scsiHardware = config.scsiHardware;
        this._shutdownTimeout = config.shutdownTimeout;
        this._sockets = config.sockets;
        this._startOnBoot = config.startOnBoot;
        this._started = config.started;
        this._tags = config.tags;
        this._template = config.template;
        this._vmid = config.vmid;
        this._clone.internalValue = config.clone;
        this._cloudInit.internalValue = config.cloudInit;
        this._disk.internalValue = config.disk;
        this._network.internalValue = config.network;
        this._timeouts.internalValue = config.timeouts;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // agent - computed: false, optional: true, required: false
    _agent;
    get agent() {
        return this.getBooleanAttribute('agent');
    }
    set agent(value) {
        this._agent = value;
    }
    resetAgent() {
        this._agent = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get agentInput() {
        return this._agent;
    }
    // balloon - computed: false, optional: true, required: false
    _balloon;
    get balloon() {
        return this.getNumberAttribute('balloon');
    }
    set balloon(value) {
        this._balloon = value;
    }
    resetBalloon() {
        this._balloon = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get balloonInput() {
        return this._balloon;
    }
    // bios - computed: false, optional: true, required: false
    _bios;
    get bios() {
        return this.getStringAttribute('bios');
    }
    set bios(value) {
        this._bios = value;
    }
    resetBios() {
        this._bios = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get biosInput() {
        return this._bios;
    }
    // boot_order - computed: true, optional: true, required: false
    _bootOrder;
    get bootOrder() {
        return this.getListAttribute('boot_order');
    }
    set bootOrder(value) {
        this._bootOrder = value;
    }
    resetBootOrder() {
        this._bootOrder = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get bootOrderInput() {
        return this._bootOrder;
    }
    // cdrom - computed: false, optional: true, required: false
    _cdrom;
    get cdrom() {
        return this.getStringAttribute('cdrom');
    }
    set cdrom(value) {
        this._cdrom = value;
    }
    resetCdrom() {
        this._cdrom = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cdromInput() {
        return this._cdrom;
    }
    // cores - computed: true, optional: true, required: false
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
    // cpu_type - computed: false, optional: true, required: false
    _cpuType;
    get cpuType() {
        return this.getStringAttribute('cpu_type');
    }
    set cpuType(value) {
        this._cpuType = value;
    }
    resetCpuType() {
        this._cpuType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cpuTypeInput() {
        return this._cpuType;
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
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // machine - computed: true, optional: true, required: false
    _machine;
    get machine() {
        return this.getStringAttribute('machine');
    }
    set machine(value) {
        this._machine = value;
    }
    resetMachine() {
        this._machine = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get machineInput() {
        return this._machine;
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
    // name - computed: false, optional: true, required: false
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
    // os_type - computed: false, optional: true, required: false
    _osType;
    get osType() {
        return this.getStringAttribute('os_type');
    }
    set osType(value) {
        this._osType = value;
    }
    resetOsType() {
        this._osType = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get osTypeInput() {
        return this._osType;
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
    // scsi_hardware - computed: false, optional: true, required: false
    _scsiHardware;
    get scsiHardware() {
        return this.getStringAttribute('scsi_hardware');
    }
    set scsiHardware(value) {
        this._scsiHardware = value;
    }
    resetScsiHardware() {
        this._scsiHardware = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get scsiHardwareInput() {
        return this._scsiHardware;
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
    // sockets - computed: true, optional: true, required: false
    _sockets;
    get sockets() {
        return this.getNumberAttribute('sockets');
    }
    set sockets(value) {
        this._sockets = value;
    }
    resetSockets() {
        this._sockets = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get socketsInput() {
        return this._sockets;
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
    // template - computed: false, optional: true, required: false
    _template;
    get template() {
        return this.getBooleanAttribute('template');
    }
    set template(value) {
        this._template = value;
    }
    resetTemplate() {
        this._template = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get templateInput() {
        return this._template;
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
    // clone - computed: false, optional: true, required: false
    _clone = new VmCloneOutputReference(this, "clone");
    get clone() {
        return this._clone;
    }
    putClone(value) {
        this._clone.internalValue = value;
    }
    resetClone() {
        this._clone.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloneInput() {
        return this._clone.internalValue;
    }
    // cloud_init - computed: false, optional: true, required: false
    _cloudInit = new VmCloudInitOutputReference(this, "cloud_init");
    get cloudInit() {
        return this._cloudInit;
    }
    putCloudInit(value) {
        this._cloudInit.internalValue = value;
    }
    resetCloudInit() {
        this._cloudInit.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get cloudInitInput() {
        return this._cloudInit.internalValue;
    }
    // disk - computed: false, optional: true, required: false
    _disk = new VmDiskList(this, "disk", false);
    get disk() {
        return this._disk;
    }
    putDisk(value) {
        this._disk.internalValue = value;
    }
    resetDisk() {
        this._disk.internalValue = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get diskInput() {
        return this._disk.internalValue;
    }
    // network - computed: false, optional: true, required: false
    _network = new VmNetworkList(this, "network", false);
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
    // timeouts - computed: false, optional: true, required: false
    _timeouts = new VmTimeoutsOutputReference(this, "timeouts");
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
            agent: cdktf.booleanToTerraform(this._agent),
            balloon: cdktf.numberToTerraform(this._balloon),
            bios: cdktf.stringToTerraform(this._bios),
            boot_order: cdktf.listMapper(cdktf.stringToTerraform, false)(this._bootOrder),
            cdrom: cdktf.stringToTerraform(this._cdrom),
            cores: cdktf.numberToTerraform(this._cores),
            cpu_type: cdktf.stringToTerraform(this._cpuType),
            description: cdktf.stringToTerraform(this._description),
            machine: cdktf.stringToTerraform(this._machine),
            memory: cdktf.numberToTerraform(this._memory),
            name: cdktf.stringToTerraform(this._name),
            node: cdktf.stringToTerraform(this._node),
            os_type: cdktf.stringToTerraform(this._osType),
            reboot_after_update: cdktf.booleanToTerraform(this._rebootAfterUpdate),
            scsi_hardware: cdktf.stringToTerraform(this._scsiHardware),
            shutdown_timeout: cdktf.numberToTerraform(this._shutdownTimeout),
            sockets: cdktf.numberToTerraform(this._sockets),
            start_on_boot: cdktf.booleanToTerraform(this._startOnBoot),
            started: cdktf.booleanToTerraform(this._started),
            tags: cdktf.listMapper(cdktf.stringToTerraform, false)(this._tags),
            template: cdktf.booleanToTerraform(this._template),
            vmid: cdktf.numberToTerraform(this._vmid),
            clone: vmCloneToTerraform(this._clone.internalValue),
            cloud_init: vmCloudInitToTerraform(this._cloudInit.internalValue),
            disk: cdktf.listMapper(vmDiskToTerraform, true)(this._disk.internalValue),
            network: cdktf.listMapper(vmNetworkToTerraform, true)(this._network.internalValue),
            timeouts: vmTimeoutsToTerraform(this._timeouts.internalValue),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            agent: {
                value: cdktf.booleanToHclTerraform(this._agent),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            balloon: {
                value: cdktf.numberToHclTerraform(this._balloon),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            bios: {
                value: cdktf.stringToHclTerraform(this._bios),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            boot_order: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._bootOrder),
                isBlock: false,
                type: "list",
                storageClassType: "stringList",
            },
            cdrom: {
                value: cdktf.stringToHclTerraform(this._cdrom),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            cores: {
                value: cdktf.numberToHclTerraform(this._cores),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            cpu_type: {
                value: cdktf.stringToHclTerraform(this._cpuType),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            description: {
                value: cdktf.stringToHclTerraform(this._description),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            machine: {
                value: cdktf.stringToHclTerraform(this._machine),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            memory: {
                value: cdktf.numberToHclTerraform(this._memory),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
            },
            name: {
                value: cdktf.stringToHclTerraform(this._name),
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
            os_type: {
                value: cdktf.stringToHclTerraform(this._osType),
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
            scsi_hardware: {
                value: cdktf.stringToHclTerraform(this._scsiHardware),
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
            sockets: {
                value: cdktf.numberToHclTerraform(this._sockets),
                isBlock: false,
                type: "simple",
                storageClassType: "number",
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
            tags: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._tags),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            template: {
                value: cdktf.booleanToHclTerraform(this._template),
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
            clone: {
                value: vmCloneToHclTerraform(this._clone.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmClone",
            },
            cloud_init: {
                value: vmCloudInitToHclTerraform(this._cloudInit.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmCloudInit",
            },
            disk: {
                value: cdktf.listMapperHcl(vmDiskToHclTerraform, true)(this._disk.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VmDiskList",
            },
            network: {
                value: cdktf.listMapperHcl(vmNetworkToHclTerraform, true)(this._network.internalValue),
                isBlock: true,
                type: "list",
                storageClassType: "VmNetworkList",
            },
            timeouts: {
                value: vmTimeoutsToHclTerraform(this._timeouts.internalValue),
                isBlock: true,
                type: "struct",
                storageClassType: "VmTimeouts",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Vm = Vm;
