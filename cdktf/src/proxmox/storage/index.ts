// https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface StorageConfig extends cdktf.TerraformMetaArguments {
  /**
  * TrueNAS host the TrueNAS storage plugin (type truenasplugin) talks to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#api_host Storage#api_host}
  */
  readonly apiHost?: string;
  /**
  * TrueNAS API key for the TrueNAS storage plugin (truenasplugin). Note that the plugin keeps it readable in storage.cfg.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#api_key Storage#api_key}
  */
  readonly apiKey?: string;
  /**
  * TrueNAS API key for the TrueNAS storage plugin, write-only: sent to Proxmox but never stored in the plan or state (Terraform 1.11+); the plugin itself still keeps it in storage.cfg.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#api_key_wo Storage#api_key_wo}
  */
  readonly apiKeyWo?: string;
  /**
  * Required with api_key_wo. Like api_key, a new key replaces the storage entry, so changing the version replaces it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#api_key_wo_version Storage#api_key_wo_version}
  */
  readonly apiKeyWoVersion?: number;
  /**
  * ZFS block size, such as "4k" (zfs over iSCSI: fixed, a change replaces the storage; zfspool: changeable).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#blocksize Storage#blocksize}
  */
  readonly blocksize?: string;
  /**
  * Content types: images, rootdir, iso, vztmpl, backup, snippets, import; Proxmox picks a default per type when unset.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#content Storage#content}
  */
  readonly content?: string[];
  /**
  * Parent dataset for the zvols the TrueNAS storage plugin creates, such as "tank/proxmox".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#dataset Storage#dataset}
  */
  readonly dataset?: string;
  /**
  * Proxmox Backup Server datastore.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#datastore Storage#datastore}
  */
  readonly datastore?: string;
  /**
  * Disable the storage.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#disable Storage#disable}
  */
  readonly disable?: boolean | cdktf.IResolvable;
  /**
  * iSCSI portal IP[:port] for the TrueNAS storage plugin.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#discovery_portal Storage#discovery_portal}
  */
  readonly discoveryPortal?: string;
  /**
  * CIFS domain.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#domain Storage#domain}
  */
  readonly domain?: string;
  /**
  * Proxmox Backup Server encryption key; never returned.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#encryption_key Storage#encryption_key}
  */
  readonly encryptionKey?: string;
  /**
  * NFS export path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#export Storage#export}
  */
  readonly export?: string;
  /**
  * Proxmox Backup Server certificate fingerprint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#fingerprint Storage#fingerprint}
  */
  readonly fingerprint?: string;
  /**
  * ZFS over iSCSI provider: comstar, istgt, iet or LIO.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#iscsiprovider Storage#iscsiprovider}
  */
  readonly iscsiprovider?: string;
  /**
  * Proxmox Backup Server namespace.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#namespace Storage#namespace}
  */
  readonly namespace?: string;
  /**
  * Nodes that may use the storage; all when unset (not an empty list).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#nodes Storage#nodes}
  */
  readonly nodes?: string[];
  /**
  * Any other storage options by their Proxmox names, such as { "prune-backups" = "keep-last=3" }. Changing "snapshot-as-volume-chain" (dir, nfs, cifs) or "base" (lvm) replaces the storage: Proxmox fixes them at creation.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#options Storage#options}
  */
  readonly options?: { [key: string]: string };
  /**
  * Password (cifs, pbs); Proxmox never returns it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#password Storage#password}
  */
  readonly password?: string;
  /**
  * Directory (dir) or mount point (nfs, cifs: /mnt/pve/STORAGE by default).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#path Storage#path}
  */
  readonly path?: string;
  /**
  * ZFS pool (zfspool, zfs over iSCSI).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#pool Storage#pool}
  */
  readonly pool?: string;
  /**
  * iSCSI portal, "host" or "host:port" (iscsi, zfs over iSCSI).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#portal Storage#portal}
  */
  readonly portal?: string;
  /**
  * Server address (nfs, cifs, pbs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#server Storage#server}
  */
  readonly server?: string;
  /**
  * CIFS share name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#share Storage#share}
  */
  readonly share?: string;
  /**
  * The same storage is reachable from every node: settable on dir and lvm (and truenasplugin) only; Proxmox reads it as true for network types.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#shared Storage#shared}
  */
  readonly shared?: boolean | cdktf.IResolvable;
  /**
  * Storage id, such as "truenas-iscsi".
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#storage Storage#storage}
  */
  readonly storage: string;
  /**
  * Subdirectory of the CIFS share.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#subdir Storage#subdir}
  */
  readonly subdir?: string;
  /**
  * iSCSI target IQN (iscsi, zfs over iSCSI).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#target Storage#target}
  */
  readonly target?: string;
  /**
  * iSCSI target (full IQN or short name) for the TrueNAS storage plugin.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#target_iqn Storage#target_iqn}
  */
  readonly targetIqn?: string;
  /**
  * LVM thin pool (lvmthin).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#thinpool Storage#thinpool}
  */
  readonly thinpool?: string;
  /**
  * Storage type: dir, nfs, cifs, lvm, lvmthin, zfspool, iscsi, iscsidirect, zfs, pbs, truenasplugin.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#type Storage#type}
  */
  readonly type: string;
  /**
  * User name (cifs, pbs).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#username Storage#username}
  */
  readonly username?: string;
  /**
  * LVM volume group (lvm, lvmthin).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#vgname Storage#vgname}
  */
  readonly vgname?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage proxmox_storage}
*/
export class Storage extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "proxmox_storage";

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
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
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
  public constructor(scope: Construct, id: string, config: StorageConfig) {
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
    this._apiKeyWo = config.apiKeyWo;
    this._apiKeyWoVersion = config.apiKeyWoVersion;
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
  private _apiHost?: string; 
  public get apiHost() {
    return this.getStringAttribute('api_host');
  }
  public set apiHost(value: string) {
    this._apiHost = value;
  }
  public resetApiHost() {
    this._apiHost = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiHostInput() {
    return this._apiHost;
  }

  // api_key - computed: false, optional: true, required: false
  private _apiKey?: string; 
  public get apiKey() {
    return this.getStringAttribute('api_key');
  }
  public set apiKey(value: string) {
    this._apiKey = value;
  }
  public resetApiKey() {
    this._apiKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyInput() {
    return this._apiKey;
  }

  // api_key_wo - computed: false, optional: true, required: false
  private _apiKeyWo?: string; 
  public get apiKeyWo() {
    return this.getStringAttribute('api_key_wo');
  }
  public set apiKeyWo(value: string) {
    this._apiKeyWo = value;
  }
  public resetApiKeyWo() {
    this._apiKeyWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoInput() {
    return this._apiKeyWo;
  }

  // api_key_wo_version - computed: false, optional: true, required: false
  private _apiKeyWoVersion?: number; 
  public get apiKeyWoVersion() {
    return this.getNumberAttribute('api_key_wo_version');
  }
  public set apiKeyWoVersion(value: number) {
    this._apiKeyWoVersion = value;
  }
  public resetApiKeyWoVersion() {
    this._apiKeyWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get apiKeyWoVersionInput() {
    return this._apiKeyWoVersion;
  }

  // blocksize - computed: false, optional: true, required: false
  private _blocksize?: string; 
  public get blocksize() {
    return this.getStringAttribute('blocksize');
  }
  public set blocksize(value: string) {
    this._blocksize = value;
  }
  public resetBlocksize() {
    this._blocksize = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get blocksizeInput() {
    return this._blocksize;
  }

  // content - computed: true, optional: true, required: false
  private _content?: string[]; 
  public get content() {
    return cdktf.Fn.tolist(this.getListAttribute('content'));
  }
  public set content(value: string[]) {
    this._content = value;
  }
  public resetContent() {
    this._content = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get contentInput() {
    return this._content;
  }

  // dataset - computed: false, optional: true, required: false
  private _dataset?: string; 
  public get dataset() {
    return this.getStringAttribute('dataset');
  }
  public set dataset(value: string) {
    this._dataset = value;
  }
  public resetDataset() {
    this._dataset = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get datasetInput() {
    return this._dataset;
  }

  // datastore - computed: false, optional: true, required: false
  private _datastore?: string; 
  public get datastore() {
    return this.getStringAttribute('datastore');
  }
  public set datastore(value: string) {
    this._datastore = value;
  }
  public resetDatastore() {
    this._datastore = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get datastoreInput() {
    return this._datastore;
  }

  // disable - computed: false, optional: true, required: false
  private _disable?: boolean | cdktf.IResolvable; 
  public get disable() {
    return this.getBooleanAttribute('disable');
  }
  public set disable(value: boolean | cdktf.IResolvable) {
    this._disable = value;
  }
  public resetDisable() {
    this._disable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disableInput() {
    return this._disable;
  }

  // discovery_portal - computed: false, optional: true, required: false
  private _discoveryPortal?: string; 
  public get discoveryPortal() {
    return this.getStringAttribute('discovery_portal');
  }
  public set discoveryPortal(value: string) {
    this._discoveryPortal = value;
  }
  public resetDiscoveryPortal() {
    this._discoveryPortal = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get discoveryPortalInput() {
    return this._discoveryPortal;
  }

  // domain - computed: false, optional: true, required: false
  private _domain?: string; 
  public get domain() {
    return this.getStringAttribute('domain');
  }
  public set domain(value: string) {
    this._domain = value;
  }
  public resetDomain() {
    this._domain = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainInput() {
    return this._domain;
  }

  // encryption_key - computed: false, optional: true, required: false
  private _encryptionKey?: string; 
  public get encryptionKey() {
    return this.getStringAttribute('encryption_key');
  }
  public set encryptionKey(value: string) {
    this._encryptionKey = value;
  }
  public resetEncryptionKey() {
    this._encryptionKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptionKeyInput() {
    return this._encryptionKey;
  }

  // export - computed: false, optional: true, required: false
  private _export?: string; 
  public get export() {
    return this.getStringAttribute('export');
  }
  public set export(value: string) {
    this._export = value;
  }
  public resetExport() {
    this._export = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get exportInput() {
    return this._export;
  }

  // fingerprint - computed: false, optional: true, required: false
  private _fingerprint?: string; 
  public get fingerprint() {
    return this.getStringAttribute('fingerprint');
  }
  public set fingerprint(value: string) {
    this._fingerprint = value;
  }
  public resetFingerprint() {
    this._fingerprint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fingerprintInput() {
    return this._fingerprint;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // iscsiprovider - computed: false, optional: true, required: false
  private _iscsiprovider?: string; 
  public get iscsiprovider() {
    return this.getStringAttribute('iscsiprovider');
  }
  public set iscsiprovider(value: string) {
    this._iscsiprovider = value;
  }
  public resetIscsiprovider() {
    this._iscsiprovider = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get iscsiproviderInput() {
    return this._iscsiprovider;
  }

  // namespace - computed: false, optional: true, required: false
  private _namespace?: string; 
  public get namespace() {
    return this.getStringAttribute('namespace');
  }
  public set namespace(value: string) {
    this._namespace = value;
  }
  public resetNamespace() {
    this._namespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get namespaceInput() {
    return this._namespace;
  }

  // nodes - computed: false, optional: true, required: false
  private _nodes?: string[]; 
  public get nodes() {
    return cdktf.Fn.tolist(this.getListAttribute('nodes'));
  }
  public set nodes(value: string[]) {
    this._nodes = value;
  }
  public resetNodes() {
    this._nodes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodesInput() {
    return this._nodes;
  }

  // options - computed: false, optional: true, required: false
  private _options?: { [key: string]: string }; 
  public get options() {
    return this.getStringMapAttribute('options');
  }
  public set options(value: { [key: string]: string }) {
    this._options = value;
  }
  public resetOptions() {
    this._options = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get optionsInput() {
    return this._options;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // path - computed: true, optional: true, required: false
  private _path?: string; 
  public get path() {
    return this.getStringAttribute('path');
  }
  public set path(value: string) {
    this._path = value;
  }
  public resetPath() {
    this._path = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pathInput() {
    return this._path;
  }

  // pool - computed: false, optional: true, required: false
  private _pool?: string; 
  public get pool() {
    return this.getStringAttribute('pool');
  }
  public set pool(value: string) {
    this._pool = value;
  }
  public resetPool() {
    this._pool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get poolInput() {
    return this._pool;
  }

  // portal - computed: false, optional: true, required: false
  private _portal?: string; 
  public get portal() {
    return this.getStringAttribute('portal');
  }
  public set portal(value: string) {
    this._portal = value;
  }
  public resetPortal() {
    this._portal = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get portalInput() {
    return this._portal;
  }

  // server - computed: false, optional: true, required: false
  private _server?: string; 
  public get server() {
    return this.getStringAttribute('server');
  }
  public set server(value: string) {
    this._server = value;
  }
  public resetServer() {
    this._server = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get serverInput() {
    return this._server;
  }

  // share - computed: false, optional: true, required: false
  private _share?: string; 
  public get share() {
    return this.getStringAttribute('share');
  }
  public set share(value: string) {
    this._share = value;
  }
  public resetShare() {
    this._share = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get shareInput() {
    return this._share;
  }

  // shared - computed: true, optional: true, required: false
  private _shared?: boolean | cdktf.IResolvable; 
  public get shared() {
    return this.getBooleanAttribute('shared');
  }
  public set shared(value: boolean | cdktf.IResolvable) {
    this._shared = value;
  }
  public resetShared() {
    this._shared = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedInput() {
    return this._shared;
  }

  // storage - computed: false, optional: false, required: true
  private _storage?: string; 
  public get storage() {
    return this.getStringAttribute('storage');
  }
  public set storage(value: string) {
    this._storage = value;
  }
  // Temporarily expose input value. Use with caution.
  public get storageInput() {
    return this._storage;
  }

  // subdir - computed: false, optional: true, required: false
  private _subdir?: string; 
  public get subdir() {
    return this.getStringAttribute('subdir');
  }
  public set subdir(value: string) {
    this._subdir = value;
  }
  public resetSubdir() {
    this._subdir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subdirInput() {
    return this._subdir;
  }

  // target - computed: false, optional: true, required: false
  private _target?: string; 
  public get target() {
    return this.getStringAttribute('target');
  }
  public set target(value: string) {
    this._target = value;
  }
  public resetTarget() {
    this._target = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetInput() {
    return this._target;
  }

  // target_iqn - computed: false, optional: true, required: false
  private _targetIqn?: string; 
  public get targetIqn() {
    return this.getStringAttribute('target_iqn');
  }
  public set targetIqn(value: string) {
    this._targetIqn = value;
  }
  public resetTargetIqn() {
    this._targetIqn = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get targetIqnInput() {
    return this._targetIqn;
  }

  // thinpool - computed: false, optional: true, required: false
  private _thinpool?: string; 
  public get thinpool() {
    return this.getStringAttribute('thinpool');
  }
  public set thinpool(value: string) {
    this._thinpool = value;
  }
  public resetThinpool() {
    this._thinpool = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thinpoolInput() {
    return this._thinpool;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // username - computed: false, optional: true, required: false
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  public resetUsername() {
    this._username = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // vgname - computed: false, optional: true, required: false
  private _vgname?: string; 
  public get vgname() {
    return this.getStringAttribute('vgname');
  }
  public set vgname(value: string) {
    this._vgname = value;
  }
  public resetVgname() {
    this._vgname = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vgnameInput() {
    return this._vgname;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      api_host: cdktf.stringToTerraform(this._apiHost),
      api_key: cdktf.stringToTerraform(this._apiKey),
      api_key_wo: cdktf.stringToTerraform(this._apiKeyWo),
      api_key_wo_version: cdktf.numberToTerraform(this._apiKeyWoVersion),
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

  protected synthesizeHclAttributes(): { [name: string]: any } {
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
      api_key_wo: {
        value: cdktf.stringToHclTerraform(this._apiKeyWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      api_key_wo_version: {
        value: cdktf.numberToHclTerraform(this._apiKeyWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
