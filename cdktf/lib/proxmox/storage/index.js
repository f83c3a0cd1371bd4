"use strict";
// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage
// generated from terraform resource schema
Object.defineProperty(exports, "__esModule", { value: true });
exports.Storage = void 0;
const cdktf = require("cdktf");
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage proxmox_storage}
*/
class Storage extends cdktf.TerraformResource {
    // =================
    // STATIC PROPERTIES
    // =================
    static tfResourceType = "proxmox_storage";
    // ==============
    // STATIC Methods
    // ==============
    /**
    * Generates CDKTF code for importing a Storage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Storage to import
    * @param importFromId The id of the existing Storage that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Storage to import is found
    */
    static generateConfigForImport(scope, importToId, importFromId, provider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "proxmox_storage", importId: importFromId, provider });
    }
    // ===========
    // INITIALIZER
    // ===========
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage proxmox_storage} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageConfig
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
        this._apiHost = config.apiHost;
        this._apiKey = config.apiKey;
        this._blocksize = config.blocksize;
        this._content = config.content;
        this._dataset = config.dataset;
        this._datastore = config.datastore;
        this._disable = config.disable;
        this._discoveryPortal = config.discoveryPortal;
        this._domain = config.domain;
        this._encryptionKey = config.encryptionKey;
        this._export = config.export;
        this._fingerprint = config.fingerprint;
        this._iscsiprovider = config.iscsiprovider;
        this._namespace = config.namespace;
        this._nodes = config.nodes;
        this._options = config.options;
        this._password = config.password;
        this._path = config.path;
        this._pool = config.pool;
        this._portal = config.portal;
        this._server = config.server;
        this._share = config.share;
        this._shared = config.shared;
        this._storage = config.storage;
        this._subdir = config.subdir;
        this._target = config.target;
        this._targetIqn = config.targetIqn;
        this._thinpool = config.thinpool;
        this._type = config.type;
        this._username = config.username;
        this._vgname = config.vgname;
    }
    // ==========
    // ATTRIBUTES
    // ==========
    // api_host - computed: false, optional: true, required: false
    _apiHost;
    get apiHost() {
        return this.getStringAttribute('api_host');
    }
    set apiHost(value) {
        this._apiHost = value;
    }
    resetApiHost() {
        this._apiHost = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiHostInput() {
        return this._apiHost;
    }
    // api_key - computed: false, optional: true, required: false
    _apiKey;
    get apiKey() {
        return this.getStringAttribute('api_key');
    }
    set apiKey(value) {
        this._apiKey = value;
    }
    resetApiKey() {
        this._apiKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get apiKeyInput() {
        return this._apiKey;
    }
    // blocksize - computed: false, optional: true, required: false
    _blocksize;
    get blocksize() {
        return this.getStringAttribute('blocksize');
    }
    set blocksize(value) {
        this._blocksize = value;
    }
    resetBlocksize() {
        this._blocksize = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get blocksizeInput() {
        return this._blocksize;
    }
    // content - computed: true, optional: true, required: false
    _content;
    get content() {
        return cdktf.Fn.tolist(this.getListAttribute('content'));
    }
    set content(value) {
        this._content = value;
    }
    resetContent() {
        this._content = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get contentInput() {
        return this._content;
    }
    // dataset - computed: false, optional: true, required: false
    _dataset;
    get dataset() {
        return this.getStringAttribute('dataset');
    }
    set dataset(value) {
        this._dataset = value;
    }
    resetDataset() {
        this._dataset = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datasetInput() {
        return this._dataset;
    }
    // datastore - computed: false, optional: true, required: false
    _datastore;
    get datastore() {
        return this.getStringAttribute('datastore');
    }
    set datastore(value) {
        this._datastore = value;
    }
    resetDatastore() {
        this._datastore = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get datastoreInput() {
        return this._datastore;
    }
    // disable - computed: false, optional: true, required: false
    _disable;
    get disable() {
        return this.getBooleanAttribute('disable');
    }
    set disable(value) {
        this._disable = value;
    }
    resetDisable() {
        this._disable = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get disableInput() {
        return this._disable;
    }
    // discovery_portal - computed: false, optional: true, required: false
    _discoveryPortal;
    get discoveryPortal() {
        return this.getStringAttribute('discovery_portal');
    }
    set discoveryPortal(value) {
        this._discoveryPortal = value;
    }
    resetDiscoveryPortal() {
        this._discoveryPortal = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get discoveryPortalInput() {
        return this._discoveryPortal;
    }
    // domain - computed: false, optional: true, required: false
    _domain;
    get domain() {
        return this.getStringAttribute('domain');
    }
    set domain(value) {
        this._domain = value;
    }
    resetDomain() {
        this._domain = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get domainInput() {
        return this._domain;
    }
    // encryption_key - computed: false, optional: true, required: false
    _encryptionKey;
    get encryptionKey() {
        return this.getStringAttribute('encryption_key');
    }
    set encryptionKey(value) {
        this._encryptionKey = value;
    }
    resetEncryptionKey() {
        this._encryptionKey = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get encryptionKeyInput() {
        return this._encryptionKey;
    }
    // export - computed: false, optional: true, required: false
    _export;
    get export() {
        return this.getStringAttribute('export');
    }
    set export(value) {
        this._export = value;
    }
    resetExport() {
        this._export = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get exportInput() {
        return this._export;
    }
    // fingerprint - computed: false, optional: true, required: false
    _fingerprint;
    get fingerprint() {
        return this.getStringAttribute('fingerprint');
    }
    set fingerprint(value) {
        this._fingerprint = value;
    }
    resetFingerprint() {
        this._fingerprint = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get fingerprintInput() {
        return this._fingerprint;
    }
    // id - computed: true, optional: false, required: false
    get id() {
        return this.getStringAttribute('id');
    }
    // iscsiprovider - computed: false, optional: true, required: false
    _iscsiprovider;
    get iscsiprovider() {
        return this.getStringAttribute('iscsiprovider');
    }
    set iscsiprovider(value) {
        this._iscsiprovider = value;
    }
    resetIscsiprovider() {
        this._iscsiprovider = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get iscsiproviderInput() {
        return this._iscsiprovider;
    }
    // namespace - computed: false, optional: true, required: false
    _namespace;
    get namespace() {
        return this.getStringAttribute('namespace');
    }
    set namespace(value) {
        this._namespace = value;
    }
    resetNamespace() {
        this._namespace = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get namespaceInput() {
        return this._namespace;
    }
    // nodes - computed: false, optional: true, required: false
    _nodes;
    get nodes() {
        return cdktf.Fn.tolist(this.getListAttribute('nodes'));
    }
    set nodes(value) {
        this._nodes = value;
    }
    resetNodes() {
        this._nodes = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get nodesInput() {
        return this._nodes;
    }
    // options - computed: false, optional: true, required: false
    _options;
    get options() {
        return this.getStringMapAttribute('options');
    }
    set options(value) {
        this._options = value;
    }
    resetOptions() {
        this._options = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get optionsInput() {
        return this._options;
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
    // path - computed: true, optional: true, required: false
    _path;
    get path() {
        return this.getStringAttribute('path');
    }
    set path(value) {
        this._path = value;
    }
    resetPath() {
        this._path = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get pathInput() {
        return this._path;
    }
    // pool - computed: false, optional: true, required: false
    _pool;
    get pool() {
        return this.getStringAttribute('pool');
    }
    set pool(value) {
        this._pool = value;
    }
    resetPool() {
        this._pool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get poolInput() {
        return this._pool;
    }
    // portal - computed: false, optional: true, required: false
    _portal;
    get portal() {
        return this.getStringAttribute('portal');
    }
    set portal(value) {
        this._portal = value;
    }
    resetPortal() {
        this._portal = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get portalInput() {
        return this._portal;
    }
    // server - computed: false, optional: true, required: false
    _server;
    get server() {
        return this.getStringAttribute('server');
    }
    set server(value) {
        this._server = value;
    }
    resetServer() {
        this._server = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get serverInput() {
        return this._server;
    }
    // share - computed: false, optional: true, required: false
    _share;
    get share() {
        return this.getStringAttribute('share');
    }
    set share(value) {
        this._share = value;
    }
    resetShare() {
        this._share = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get shareInput() {
        return this._share;
    }
    // shared - computed: true, optional: true, required: false
    _shared;
    get shared() {
        return this.getBooleanAttribute('shared');
    }
    set shared(value) {
        this._shared = value;
    }
    resetShared() {
        this._shared = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get sharedInput() {
        return this._shared;
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
    // subdir - computed: false, optional: true, required: false
    _subdir;
    get subdir() {
        return this.getStringAttribute('subdir');
    }
    set subdir(value) {
        this._subdir = value;
    }
    resetSubdir() {
        this._subdir = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get subdirInput() {
        return this._subdir;
    }
    // target - computed: false, optional: true, required: false
    _target;
    get target() {
        return this.getStringAttribute('target');
    }
    set target(value) {
        this._target = value;
    }
    resetTarget() {
        this._target = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetInput() {
        return this._target;
    }
    // target_iqn - computed: false, optional: true, required: false
    _targetIqn;
    get targetIqn() {
        return this.getStringAttribute('target_iqn');
    }
    set targetIqn(value) {
        this._targetIqn = value;
    }
    resetTargetIqn() {
        this._targetIqn = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get targetIqnInput() {
        return this._targetIqn;
    }
    // thinpool - computed: false, optional: true, required: false
    _thinpool;
    get thinpool() {
        return this.getStringAttribute('thinpool');
    }
    set thinpool(value) {
        this._thinpool = value;
    }
    resetThinpool() {
        this._thinpool = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get thinpoolInput() {
        return this._thinpool;
    }
    // type - computed: false, optional: false, required: true
    _type;
    get type() {
        return this.getStringAttribute('type');
    }
    set type(value) {
        this._type = value;
    }
    // Temporarily expose input value. Use with caution.
    get typeInput() {
        return this._type;
    }
    // username - computed: false, optional: true, required: false
    _username;
    get username() {
        return this.getStringAttribute('username');
    }
    set username(value) {
        this._username = value;
    }
    resetUsername() {
        this._username = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get usernameInput() {
        return this._username;
    }
    // vgname - computed: false, optional: true, required: false
    _vgname;
    get vgname() {
        return this.getStringAttribute('vgname');
    }
    set vgname(value) {
        this._vgname = value;
    }
    resetVgname() {
        this._vgname = undefined;
    }
    // Temporarily expose input value. Use with caution.
    get vgnameInput() {
        return this._vgname;
    }
    // =========
    // SYNTHESIS
    // =========
    synthesizeAttributes() {
        return {
            api_host: cdktf.stringToTerraform(this._apiHost),
            api_key: cdktf.stringToTerraform(this._apiKey),
            blocksize: cdktf.stringToTerraform(this._blocksize),
            content: cdktf.listMapper(cdktf.stringToTerraform, false)(this._content),
            dataset: cdktf.stringToTerraform(this._dataset),
            datastore: cdktf.stringToTerraform(this._datastore),
            disable: cdktf.booleanToTerraform(this._disable),
            discovery_portal: cdktf.stringToTerraform(this._discoveryPortal),
            domain: cdktf.stringToTerraform(this._domain),
            encryption_key: cdktf.stringToTerraform(this._encryptionKey),
            export: cdktf.stringToTerraform(this._export),
            fingerprint: cdktf.stringToTerraform(this._fingerprint),
            iscsiprovider: cdktf.stringToTerraform(this._iscsiprovider),
            namespace: cdktf.stringToTerraform(this._namespace),
            nodes: cdktf.listMapper(cdktf.stringToTerraform, false)(this._nodes),
            options: cdktf.hashMapper(cdktf.stringToTerraform)(this._options),
            password: cdktf.stringToTerraform(this._password),
            path: cdktf.stringToTerraform(this._path),
            pool: cdktf.stringToTerraform(this._pool),
            portal: cdktf.stringToTerraform(this._portal),
            server: cdktf.stringToTerraform(this._server),
            share: cdktf.stringToTerraform(this._share),
            shared: cdktf.booleanToTerraform(this._shared),
            storage: cdktf.stringToTerraform(this._storage),
            subdir: cdktf.stringToTerraform(this._subdir),
            target: cdktf.stringToTerraform(this._target),
            target_iqn: cdktf.stringToTerraform(this._targetIqn),
            thinpool: cdktf.stringToTerraform(this._thinpool),
            type: cdktf.stringToTerraform(this._type),
            username: cdktf.stringToTerraform(this._username),
            vgname: cdktf.stringToTerraform(this._vgname),
        };
    }
    synthesizeHclAttributes() {
        const attrs = {
            api_host: {
                value: cdktf.stringToHclTerraform(this._apiHost),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            api_key: {
                value: cdktf.stringToHclTerraform(this._apiKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            blocksize: {
                value: cdktf.stringToHclTerraform(this._blocksize),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            content: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._content),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            dataset: {
                value: cdktf.stringToHclTerraform(this._dataset),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            datastore: {
                value: cdktf.stringToHclTerraform(this._datastore),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            disable: {
                value: cdktf.booleanToHclTerraform(this._disable),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            discovery_portal: {
                value: cdktf.stringToHclTerraform(this._discoveryPortal),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            domain: {
                value: cdktf.stringToHclTerraform(this._domain),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            encryption_key: {
                value: cdktf.stringToHclTerraform(this._encryptionKey),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            export: {
                value: cdktf.stringToHclTerraform(this._export),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            fingerprint: {
                value: cdktf.stringToHclTerraform(this._fingerprint),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            iscsiprovider: {
                value: cdktf.stringToHclTerraform(this._iscsiprovider),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            namespace: {
                value: cdktf.stringToHclTerraform(this._namespace),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            nodes: {
                value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._nodes),
                isBlock: false,
                type: "set",
                storageClassType: "stringList",
            },
            options: {
                value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._options),
                isBlock: false,
                type: "map",
                storageClassType: "stringMap",
            },
            password: {
                value: cdktf.stringToHclTerraform(this._password),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            path: {
                value: cdktf.stringToHclTerraform(this._path),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            pool: {
                value: cdktf.stringToHclTerraform(this._pool),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            portal: {
                value: cdktf.stringToHclTerraform(this._portal),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            server: {
                value: cdktf.stringToHclTerraform(this._server),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            share: {
                value: cdktf.stringToHclTerraform(this._share),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            shared: {
                value: cdktf.booleanToHclTerraform(this._shared),
                isBlock: false,
                type: "simple",
                storageClassType: "boolean",
            },
            storage: {
                value: cdktf.stringToHclTerraform(this._storage),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            subdir: {
                value: cdktf.stringToHclTerraform(this._subdir),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            target: {
                value: cdktf.stringToHclTerraform(this._target),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            target_iqn: {
                value: cdktf.stringToHclTerraform(this._targetIqn),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            thinpool: {
                value: cdktf.stringToHclTerraform(this._thinpool),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            type: {
                value: cdktf.stringToHclTerraform(this._type),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            username: {
                value: cdktf.stringToHclTerraform(this._username),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
            vgname: {
                value: cdktf.stringToHclTerraform(this._vgname),
                isBlock: false,
                type: "simple",
                storageClassType: "string",
            },
        };
        // remove undefined attributes
        return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
    }
}
exports.Storage = Storage;
