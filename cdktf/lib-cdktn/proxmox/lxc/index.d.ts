import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface LxcConfig extends cdktf.TerraformMetaArguments {
    /**
    * CPU cores; all of the node's when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#cores Lxc#cores}
    */
    readonly cores?: number;
    /**
    * Notes shown in the web UI.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#description Lxc#description}
    */
    readonly description?: string;
    /**
    * DNS servers; the node's when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#dns_servers Lxc#dns_servers}
    */
    readonly dnsServers?: string[];
    /**
    * Allow FUSE mounts (feature fuse). Proxmox lets only root@pam change it (an API token never is root@pam): it needs a ticket login as root@pam (PROXMOX_VE_USERNAME/PASSWORD).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#fuse Lxc#fuse}
    */
    readonly fuse?: boolean | cdktf.IResolvable;
    /**
    * Host name (Proxmox picks CT<vmid> when unset).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#hostname Lxc#hostname}
    */
    readonly hostname?: string;
    /**
    * Allow the keyctl() system call (feature keyctl, for Docker in unprivileged containers). Proxmox lets only root@pam change it (an API token never is root@pam): it needs a ticket login as root@pam (PROXMOX_VE_USERNAME/PASSWORD).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#keyctl Lxc#keyctl}
    */
    readonly keyctl?: boolean | cdktf.IResolvable;
    /**
    * Memory in MiB (default 512).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#memory Lxc#memory}
    */
    readonly memory?: number;
    /**
    * Allow mknod() of a few device nodes (feature mknod, experimental). Proxmox lets only root@pam change it (an API token never is root@pam): it needs a ticket login as root@pam (PROXMOX_VE_USERNAME/PASSWORD).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#mknod Lxc#mknod}
    */
    readonly mknod?: boolean | cdktf.IResolvable;
    /**
    * File system types the container may mount, such as ["nfs", "cifs"] (feature mount). Proxmox lets only root@pam change it (an API token never is root@pam): it needs a ticket login as root@pam (PROXMOX_VE_USERNAME/PASSWORD).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#mount_types Lxc#mount_types}
    */
    readonly mountTypes?: string[];
    /**
    * Allow nested containers (feature nesting, needed by systemd in recent distributions).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#nesting Lxc#nesting}
    */
    readonly nesting?: boolean | cdktf.IResolvable;
    /**
    * Node.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#node Lxc#node}
    */
    readonly nodeAttribute: string;
    /**
    * Root password, set at creation.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#password Lxc#password}
    */
    readonly password?: string;
    /**
    * Restart a running container after an update whose changes wait for a restart: on a running container Proxmox applies only a few settings at once (hostname, description, cores, memory, network, ...) and keeps the rest, such as features, DNS settings and mount-point changes, pending (default true). The restart is a graceful shutdown (see shutdown_timeout), then a start. With false, such changes stay pending until you restart the container, and apply warns which they are.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#reboot_after_update Lxc#reboot_after_update}
    */
    readonly rebootAfterUpdate?: boolean | cdktf.IResolvable;
    /**
    * DNS search domain.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#search_domain Lxc#search_domain}
    */
    readonly searchDomain?: string;
    /**
    * Seconds a container gets to shut down for that restart (default 180). A guest that ignores the shutdown request fails the update with an error naming the changes that wait; it is not forced off.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#shutdown_timeout Lxc#shutdown_timeout}
    */
    readonly shutdownTimeout?: number;
    /**
    * Root's SSH public keys, set at creation.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#ssh_public_keys Lxc#ssh_public_keys}
    */
    readonly sshPublicKeys?: string[];
    /**
    * Start the container when the node boots.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#start_on_boot Lxc#start_on_boot}
    */
    readonly startOnBoot?: boolean | cdktf.IResolvable;
    /**
    * Whether the container should be running (default true).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#started Lxc#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Swap in MiB (default 512).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#swap Lxc#swap}
    */
    readonly swap?: number;
    /**
    * Tags (lower case).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#tags Lxc#tags}
    */
    readonly tags?: string[];
    /**
    * OS template volume, such as "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#template Lxc#template}
    */
    readonly template: string;
    /**
    * Run as an unprivileged container (default true).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#unprivileged Lxc#unprivileged}
    */
    readonly unprivileged?: boolean | cdktf.IResolvable;
    /**
    * Container id; the next free id when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#vmid Lxc#vmid}
    */
    readonly vmid?: number;
    /**
    * mount_point block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#mount_point Lxc#mount_point}
    */
    readonly mountPoint?: LxcMountPoint[] | cdktf.IResolvable;
    /**
    * network block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#network Lxc#network}
    */
    readonly network?: LxcNetwork[] | cdktf.IResolvable;
    /**
    * rootfs block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#rootfs Lxc#rootfs}
    */
    readonly rootfs?: LxcRootfs;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#timeouts Lxc#timeouts}
    */
    readonly timeouts?: LxcTimeouts;
}
export interface LxcMountPoint {
    /**
    * Include the volume in backups.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#backup Lxc#backup}
    */
    readonly backup?: boolean | cdktf.IResolvable;
    /**
    * Mount path in the container, such as "/srv/data".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#path Lxc#path}
    */
    readonly path: string;
    /**
    * Size with a unit, such as "16G"; grows in place, never shrinks.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#size Lxc#size}
    */
    readonly size: string;
    /**
    * Storage, such as "local-lvm".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#storage Lxc#storage}
    */
    readonly storage: string;
}
export declare function lxcMountPointToTerraform(struct?: LxcMountPoint | cdktf.IResolvable): any;
export declare function lxcMountPointToHclTerraform(struct?: LxcMountPoint | cdktf.IResolvable): any;
export declare class LxcMountPointOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): LxcMountPoint | cdktf.IResolvable | undefined;
    set internalValue(value: LxcMountPoint | cdktf.IResolvable | undefined);
    private _backup?;
    get backup(): boolean | cdktf.IResolvable;
    set backup(value: boolean | cdktf.IResolvable);
    resetBackup(): void;
    get backupInput(): boolean | cdktf.IResolvable | undefined;
    private _path?;
    get path(): string;
    set path(value: string);
    get pathInput(): string | undefined;
    private _size?;
    get size(): string;
    set size(value: string);
    get sizeInput(): string | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    get volume(): string;
}
export declare class LxcMountPointList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: LxcMountPoint[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): LxcMountPointOutputReference;
}
export interface LxcNetwork {
    /**
    * Bridge (default "vmbr0").
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#bridge Lxc#bridge}
    */
    readonly bridge?: string;
    /**
    * Filter the device with the Proxmox firewall.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#firewall Lxc#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * IPv4 gateway.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#gateway Lxc#gateway}
    */
    readonly gateway?: string;
    /**
    * IPv4: "dhcp", "manual" or an address with prefix, such as "10.0.0.5/24".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#ip Lxc#ip}
    */
    readonly ip?: string;
    /**
    * MAC address; generated by Proxmox when unset, then kept.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#mac_address Lxc#mac_address}
    */
    readonly macAddress?: string;
    /**
    * Interface name in the container (default "eth0").
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#name Lxc#name}
    */
    readonly name?: string;
    /**
    * VLAN tag, 1 to 4094.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#vlan_id Lxc#vlan_id}
    */
    readonly vlanId?: number;
}
export declare function lxcNetworkToTerraform(struct?: LxcNetwork | cdktf.IResolvable): any;
export declare function lxcNetworkToHclTerraform(struct?: LxcNetwork | cdktf.IResolvable): any;
export declare class LxcNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): LxcNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: LxcNetwork | cdktf.IResolvable | undefined);
    private _bridge?;
    get bridge(): string;
    set bridge(value: string);
    resetBridge(): void;
    get bridgeInput(): string | undefined;
    private _firewall?;
    get firewall(): boolean | cdktf.IResolvable;
    set firewall(value: boolean | cdktf.IResolvable);
    resetFirewall(): void;
    get firewallInput(): boolean | cdktf.IResolvable | undefined;
    private _gateway?;
    get gateway(): string;
    set gateway(value: string);
    resetGateway(): void;
    get gatewayInput(): string | undefined;
    private _ip?;
    get ip(): string;
    set ip(value: string);
    resetIp(): void;
    get ipInput(): string | undefined;
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _vlanId?;
    get vlanId(): number;
    set vlanId(value: number);
    resetVlanId(): void;
    get vlanIdInput(): number | undefined;
}
export declare class LxcNetworkList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: LxcNetwork[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): LxcNetworkOutputReference;
}
export interface LxcRootfs {
    /**
    * Size with a unit, such as "8G"; grows in place, never shrinks.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#size Lxc#size}
    */
    readonly size: string;
    /**
    * Storage, such as "local-lvm".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#storage Lxc#storage}
    */
    readonly storage: string;
}
export declare function lxcRootfsToTerraform(struct?: LxcRootfs | cdktf.IResolvable): any;
export declare function lxcRootfsToHclTerraform(struct?: LxcRootfs | cdktf.IResolvable): any;
export declare class LxcRootfsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): LxcRootfs | cdktf.IResolvable | undefined;
    set internalValue(value: LxcRootfs | cdktf.IResolvable | undefined);
    private _size?;
    get size(): string;
    set size(value: string);
    get sizeInput(): string | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    get volume(): string;
}
export interface LxcTimeouts {
    /**
    * How long to wait for create before giving up (default 20m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#create Lxc#create}
    */
    readonly create?: string;
    /**
    * How long to wait for delete before giving up (default 10m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#delete Lxc#delete}
    */
    readonly delete?: string;
    /**
    * How long to wait for update before giving up (default 20m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#update Lxc#update}
    */
    readonly update?: string;
}
export declare function lxcTimeoutsToTerraform(struct?: LxcTimeouts | cdktf.IResolvable): any;
export declare function lxcTimeoutsToHclTerraform(struct?: LxcTimeouts | cdktf.IResolvable): any;
export declare class LxcTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): LxcTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: LxcTimeouts | cdktf.IResolvable | undefined);
    private _create?;
    get create(): string;
    set create(value: string);
    resetCreate(): void;
    get createInput(): string | undefined;
    private _delete?;
    get delete(): string;
    set delete(value: string);
    resetDelete(): void;
    get deleteInput(): string | undefined;
    private _update?;
    get update(): string;
    set update(value: string);
    resetUpdate(): void;
    get updateInput(): string | undefined;
}
/**
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc proxmox_lxc}
*/
export declare class Lxc extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_lxc";
    /**
    * Generates CDKTF code for importing a Lxc resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Lxc to import
    * @param importFromId The id of the existing Lxc that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Lxc to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/lxc proxmox_lxc} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options LxcConfig
    */
    constructor(scope: Construct, id: string, config: LxcConfig);
    private _cores?;
    get cores(): number;
    set cores(value: number);
    resetCores(): void;
    get coresInput(): number | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    private _dnsServers?;
    get dnsServers(): string[];
    set dnsServers(value: string[]);
    resetDnsServers(): void;
    get dnsServersInput(): string[] | undefined;
    private _fuse?;
    get fuse(): boolean | cdktf.IResolvable;
    set fuse(value: boolean | cdktf.IResolvable);
    resetFuse(): void;
    get fuseInput(): boolean | cdktf.IResolvable | undefined;
    private _hostname?;
    get hostname(): string;
    set hostname(value: string);
    resetHostname(): void;
    get hostnameInput(): string | undefined;
    get id(): string;
    private _keyctl?;
    get keyctl(): boolean | cdktf.IResolvable;
    set keyctl(value: boolean | cdktf.IResolvable);
    resetKeyctl(): void;
    get keyctlInput(): boolean | cdktf.IResolvable | undefined;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    resetMemory(): void;
    get memoryInput(): number | undefined;
    private _mknod?;
    get mknod(): boolean | cdktf.IResolvable;
    set mknod(value: boolean | cdktf.IResolvable);
    resetMknod(): void;
    get mknodInput(): boolean | cdktf.IResolvable | undefined;
    private _mountTypes?;
    get mountTypes(): string[];
    set mountTypes(value: string[]);
    resetMountTypes(): void;
    get mountTypesInput(): string[] | undefined;
    private _nesting?;
    get nesting(): boolean | cdktf.IResolvable;
    set nesting(value: boolean | cdktf.IResolvable);
    resetNesting(): void;
    get nestingInput(): boolean | cdktf.IResolvable | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string | undefined;
    private _rebootAfterUpdate?;
    get rebootAfterUpdate(): boolean | cdktf.IResolvable;
    set rebootAfterUpdate(value: boolean | cdktf.IResolvable);
    resetRebootAfterUpdate(): void;
    get rebootAfterUpdateInput(): boolean | cdktf.IResolvable | undefined;
    private _searchDomain?;
    get searchDomain(): string;
    set searchDomain(value: string);
    resetSearchDomain(): void;
    get searchDomainInput(): string | undefined;
    private _shutdownTimeout?;
    get shutdownTimeout(): number;
    set shutdownTimeout(value: number);
    resetShutdownTimeout(): void;
    get shutdownTimeoutInput(): number | undefined;
    private _sshPublicKeys?;
    get sshPublicKeys(): string[];
    set sshPublicKeys(value: string[]);
    resetSshPublicKeys(): void;
    get sshPublicKeysInput(): string[] | undefined;
    private _startOnBoot?;
    get startOnBoot(): boolean | cdktf.IResolvable;
    set startOnBoot(value: boolean | cdktf.IResolvable);
    resetStartOnBoot(): void;
    get startOnBootInput(): boolean | cdktf.IResolvable | undefined;
    private _started?;
    get started(): boolean | cdktf.IResolvable;
    set started(value: boolean | cdktf.IResolvable);
    resetStarted(): void;
    get startedInput(): boolean | cdktf.IResolvable | undefined;
    private _swap?;
    get swap(): number;
    set swap(value: number);
    resetSwap(): void;
    get swapInput(): number | undefined;
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _template?;
    get template(): string;
    set template(value: string);
    get templateInput(): string | undefined;
    private _unprivileged?;
    get unprivileged(): boolean | cdktf.IResolvable;
    set unprivileged(value: boolean | cdktf.IResolvable);
    resetUnprivileged(): void;
    get unprivilegedInput(): boolean | cdktf.IResolvable | undefined;
    private _vmid?;
    get vmid(): number;
    set vmid(value: number);
    resetVmid(): void;
    get vmidInput(): number | undefined;
    private _mountPoint;
    get mountPoint(): LxcMountPointList;
    putMountPoint(value: LxcMountPoint[] | cdktf.IResolvable): void;
    resetMountPoint(): void;
    get mountPointInput(): cdktf.IResolvable | LxcMountPoint[] | undefined;
    private _network;
    get network(): LxcNetworkList;
    putNetwork(value: LxcNetwork[] | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | LxcNetwork[] | undefined;
    private _rootfs;
    get rootfs(): LxcRootfsOutputReference;
    putRootfs(value: LxcRootfs): void;
    resetRootfs(): void;
    get rootfsInput(): cdktf.IResolvable | LxcRootfs | undefined;
    private _timeouts;
    get timeouts(): LxcTimeoutsOutputReference;
    putTimeouts(value: LxcTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | LxcTimeouts | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
