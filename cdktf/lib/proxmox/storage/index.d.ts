import { Construct } from 'constructs';
import * as cdktf from 'cdktf';
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
    * ZFS over iSCSI block size, such as "4k".
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
    * Nodes that may use the storage; all when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#nodes Storage#nodes}
    */
    readonly nodes?: string[];
    /**
    * Any other storage options by their Proxmox names, such as { "prune-backups" = "keep-last=3" }.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#options Storage#options}
    */
    readonly options?: {
        [key: string]: string;
    };
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
    * The same storage is reachable from every node (always true for network types).
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
export declare class Storage extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_storage";
    /**
    * Generates CDKTF code for importing a Storage resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Storage to import
    * @param importFromId The id of the existing Storage that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Storage to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/storage proxmox_storage} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options StorageConfig
    */
    constructor(scope: Construct, id: string, config: StorageConfig);
    private _apiHost?;
    get apiHost(): string;
    set apiHost(value: string);
    resetApiHost(): void;
    get apiHostInput(): string | undefined;
    private _apiKey?;
    get apiKey(): string;
    set apiKey(value: string);
    resetApiKey(): void;
    get apiKeyInput(): string | undefined;
    private _blocksize?;
    get blocksize(): string;
    set blocksize(value: string);
    resetBlocksize(): void;
    get blocksizeInput(): string | undefined;
    private _content?;
    get content(): string[];
    set content(value: string[]);
    resetContent(): void;
    get contentInput(): string[] | undefined;
    private _dataset?;
    get dataset(): string;
    set dataset(value: string);
    resetDataset(): void;
    get datasetInput(): string | undefined;
    private _datastore?;
    get datastore(): string;
    set datastore(value: string);
    resetDatastore(): void;
    get datastoreInput(): string | undefined;
    private _disable?;
    get disable(): boolean | cdktf.IResolvable;
    set disable(value: boolean | cdktf.IResolvable);
    resetDisable(): void;
    get disableInput(): boolean | cdktf.IResolvable | undefined;
    private _discoveryPortal?;
    get discoveryPortal(): string;
    set discoveryPortal(value: string);
    resetDiscoveryPortal(): void;
    get discoveryPortalInput(): string | undefined;
    private _domain?;
    get domain(): string;
    set domain(value: string);
    resetDomain(): void;
    get domainInput(): string | undefined;
    private _encryptionKey?;
    get encryptionKey(): string;
    set encryptionKey(value: string);
    resetEncryptionKey(): void;
    get encryptionKeyInput(): string | undefined;
    private _export?;
    get export(): string;
    set export(value: string);
    resetExport(): void;
    get exportInput(): string | undefined;
    private _fingerprint?;
    get fingerprint(): string;
    set fingerprint(value: string);
    resetFingerprint(): void;
    get fingerprintInput(): string | undefined;
    get id(): string;
    private _iscsiprovider?;
    get iscsiprovider(): string;
    set iscsiprovider(value: string);
    resetIscsiprovider(): void;
    get iscsiproviderInput(): string | undefined;
    private _namespace?;
    get namespace(): string;
    set namespace(value: string);
    resetNamespace(): void;
    get namespaceInput(): string | undefined;
    private _nodes?;
    get nodes(): string[];
    set nodes(value: string[]);
    resetNodes(): void;
    get nodesInput(): string[] | undefined;
    private _options?;
    get options(): {
        [key: string]: string;
    };
    set options(value: {
        [key: string]: string;
    });
    resetOptions(): void;
    get optionsInput(): {
        [key: string]: string;
    } | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    resetPath(): void;
    get pathInput(): string | undefined;
    private _pool?;
    get pool(): string;
    set pool(value: string);
    resetPool(): void;
    get poolInput(): string | undefined;
    private _portal?;
    get portal(): string;
    set portal(value: string);
    resetPortal(): void;
    get portalInput(): string | undefined;
    private _server?;
    get server(): string;
    set server(value: string);
    resetServer(): void;
    get serverInput(): string | undefined;
    private _share?;
    get share(): string;
    set share(value: string);
    resetShare(): void;
    get shareInput(): string | undefined;
    private _shared?;
    get shared(): boolean | cdktf.IResolvable;
    set shared(value: boolean | cdktf.IResolvable);
    resetShared(): void;
    get sharedInput(): boolean | cdktf.IResolvable | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    private _subdir?;
    get subdir(): string;
    set subdir(value: string);
    resetSubdir(): void;
    get subdirInput(): string | undefined;
    private _target?;
    get target(): string;
    set target(value: string);
    resetTarget(): void;
    get targetInput(): string | undefined;
    private _targetIqn?;
    get targetIqn(): string;
    set targetIqn(value: string);
    resetTargetIqn(): void;
    get targetIqnInput(): string | undefined;
    private _thinpool?;
    get thinpool(): string;
    set thinpool(value: string);
    resetThinpool(): void;
    get thinpoolInput(): string | undefined;
    private _type?;
    get type(): string;
    set type(value: string);
    get typeInput(): string | undefined;
    private _username?;
    get username(): string;
    set username(value: string);
    resetUsername(): void;
    get usernameInput(): string | undefined;
    private _vgname?;
    get vgname(): string;
    set vgname(value: string);
    resetVgname(): void;
    get vgnameInput(): string | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
