import { Construct } from 'constructs';
import * as cdktf from 'cdktn';
export interface VmConfig extends cdktf.TerraformMetaArguments {
    /**
    * Enable the QEMU guest agent device.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#agent Vm#agent}
    */
    readonly agent?: boolean | cdktf.IResolvable;
    /**
    * Minimum memory in MiB for the balloon device; 0 disables ballooning.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#balloon Vm#balloon}
    */
    readonly balloon?: number;
    /**
    * Firmware: "seabios" or "ovmf".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#bios Vm#bios}
    */
    readonly bios?: string;
    /**
    * Devices to boot from, in order, such as ["scsi0", "net0"].
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#boot_order Vm#boot_order}
    */
    readonly bootOrder?: string[];
    /**
    * ISO volume in the CD-ROM drive (ide2), such as "local:iso/debian.iso".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#cdrom Vm#cdrom}
    */
    readonly cdrom?: string;
    /**
    * CPU cores per socket (default 1).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#cores Vm#cores}
    */
    readonly cores?: number;
    /**
    * CPU model, such as "host" or "x86-64-v2-AES".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#cpu_type Vm#cpu_type}
    */
    readonly cpuType?: string;
    /**
    * Notes shown in the web UI.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#description Vm#description}
    */
    readonly description?: string;
    /**
    * Machine type, such as "q35".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#machine Vm#machine}
    */
    readonly machine?: string;
    /**
    * Memory in MiB (default 512).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#memory Vm#memory}
    */
    readonly memory?: number;
    /**
    * Name (a DNS name).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#name Vm#name}
    */
    readonly name?: string;
    /**
    * Node the VM runs on.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#node Vm#node}
    */
    readonly nodeAttribute: string;
    /**
    * Guest OS type, such as "l26" or "win11".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#os_type Vm#os_type}
    */
    readonly osType?: string;
    /**
    * SCSI controller, such as "virtio-scsi-single".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#scsi_hardware Vm#scsi_hardware}
    */
    readonly scsiHardware?: string;
    /**
    * CPU sockets (default 1).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#sockets Vm#sockets}
    */
    readonly sockets?: number;
    /**
    * Start the VM when the node boots.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#start_on_boot Vm#start_on_boot}
    */
    readonly startOnBoot?: boolean | cdktf.IResolvable;
    /**
    * Whether the VM should be running (default true; false for templates).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#started Vm#started}
    */
    readonly started?: boolean | cdktf.IResolvable;
    /**
    * Tags (lower case).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#tags Vm#tags}
    */
    readonly tags?: string[];
    /**
    * Turn the VM into a template (it cannot be started then).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#template Vm#template}
    */
    readonly template?: boolean | cdktf.IResolvable;
    /**
    * VM id; the next free id when unset.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#vmid Vm#vmid}
    */
    readonly vmid?: number;
    /**
    * clone block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#clone Vm#clone}
    */
    readonly clone?: VmClone;
    /**
    * cloud_init block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#cloud_init Vm#cloud_init}
    */
    readonly cloudInit?: VmCloudInit;
    /**
    * disk block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#disk Vm#disk}
    */
    readonly disk?: VmDisk[] | cdktf.IResolvable;
    /**
    * network block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#network Vm#network}
    */
    readonly network?: VmNetwork[] | cdktf.IResolvable;
    /**
    * timeouts block
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#timeouts Vm#timeouts}
    */
    readonly timeouts?: VmTimeouts;
}
export interface VmClone {
    /**
    * Full copy (default) rather than a linked clone.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#full Vm#full}
    */
    readonly full?: boolean | cdktf.IResolvable;
    /**
    * VMID of the template to clone.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#source_vmid Vm#source_vmid}
    */
    readonly sourceVmid: number;
}
export declare function vmCloneToTerraform(struct?: VmClone | cdktf.IResolvable): any;
export declare function vmCloneToHclTerraform(struct?: VmClone | cdktf.IResolvable): any;
export declare class VmCloneOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VmClone | cdktf.IResolvable | undefined;
    set internalValue(value: VmClone | cdktf.IResolvable | undefined);
    private _full?;
    get full(): boolean | cdktf.IResolvable;
    set full(value: boolean | cdktf.IResolvable);
    resetFull(): void;
    get fullInput(): boolean | cdktf.IResolvable | undefined;
    private _sourceVmid?;
    get sourceVmid(): number;
    set sourceVmid(value: number);
    get sourceVmidInput(): number | undefined;
}
export interface VmCloudInit {
    /**
    * DNS servers.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#dns_servers Vm#dns_servers}
    */
    readonly dnsServers?: string[];
    /**
    * Per network device, in order: "ip=dhcp" or "ip=10.0.0.5/24,gw=10.0.0.1" (parts ip=, gw=, ip6=, gw6=).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#ip_config Vm#ip_config}
    */
    readonly ipConfig?: string[];
    /**
    * Password of that user (Proxmox never returns it).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#password Vm#password}
    */
    readonly password?: string;
    /**
    * DNS search domain.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#search_domain Vm#search_domain}
    */
    readonly searchDomain?: string;
    /**
    * Public SSH keys for that user.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#ssh_keys Vm#ssh_keys}
    */
    readonly sshKeys?: string[];
    /**
    * Storage for the cloud-init drive, such as "local-lvm".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#storage Vm#storage}
    */
    readonly storage: string;
    /**
    * User to create in the guest.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#user Vm#user}
    */
    readonly user?: string;
}
export declare function vmCloudInitToTerraform(struct?: VmCloudInit | cdktf.IResolvable): any;
export declare function vmCloudInitToHclTerraform(struct?: VmCloudInit | cdktf.IResolvable): any;
export declare class VmCloudInitOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VmCloudInit | cdktf.IResolvable | undefined;
    set internalValue(value: VmCloudInit | cdktf.IResolvable | undefined);
    private _dnsServers?;
    get dnsServers(): string[];
    set dnsServers(value: string[]);
    resetDnsServers(): void;
    get dnsServersInput(): string[] | undefined;
    private _ipConfig?;
    get ipConfig(): string[];
    set ipConfig(value: string[]);
    resetIpConfig(): void;
    get ipConfigInput(): string[] | undefined;
    private _password?;
    get password(): string;
    set password(value: string);
    resetPassword(): void;
    get passwordInput(): string | undefined;
    private _searchDomain?;
    get searchDomain(): string;
    set searchDomain(value: string);
    resetSearchDomain(): void;
    get searchDomainInput(): string | undefined;
    private _sshKeys?;
    get sshKeys(): string[];
    set sshKeys(value: string[]);
    resetSshKeys(): void;
    get sshKeysInput(): string[] | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    get storageInput(): string | undefined;
    private _user?;
    get user(): string;
    set user(value: string);
    resetUser(): void;
    get userInput(): string | undefined;
}
export interface VmDisk {
    /**
    * Cache mode: "none", "writethrough", "writeback", "unsafe" or "directsync".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#cache Vm#cache}
    */
    readonly cache?: string;
    /**
    * Pass discard/TRIM requests to the storage.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#discard Vm#discard}
    */
    readonly discard?: boolean | cdktf.IResolvable;
    /**
    * Image format on file storages: "raw", "qcow2" or "vmdk".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#format Vm#format}
    */
    readonly format?: string;
    /**
    * Bus and slot, such as "scsi0", "virtio0" or "sata1".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#interface Vm#interface}
    */
    readonly interface: string;
    /**
    * Give the disk its own I/O thread (with scsi_hardware "virtio-scsi-single" or virtio disks).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#iothread Vm#iothread}
    */
    readonly iothread?: boolean | cdktf.IResolvable;
    /**
    * Size with a unit, such as "32G" or "512M", needed to allocate a disk; with `volume`, the volume's size. Disks can grow but not shrink.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#size Vm#size}
    */
    readonly size?: string;
    /**
    * Present the disk to the guest as an SSD.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#ssd Vm#ssd}
    */
    readonly ssd?: boolean | cdktf.IResolvable;
    /**
    * Storage the disk is allocated on, such as "local-lvm"; with `volume`, the volume's storage. Changing it replaces the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#storage Vm#storage}
    */
    readonly storage?: string;
    /**
    * An existing volume to attach instead of allocating one, such as an iSCSI LUN "san:0.0.0.scsi-36589cfc000000..." (see the proxmox_storage_content data source); otherwise the volume id Proxmox allocated, such as "local-lvm:vm-100-disk-0". Changing it replaces the VM.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#volume Vm#volume}
    */
    readonly volume?: string;
}
export declare function vmDiskToTerraform(struct?: VmDisk | cdktf.IResolvable): any;
export declare function vmDiskToHclTerraform(struct?: VmDisk | cdktf.IResolvable): any;
export declare class VmDiskOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VmDisk | cdktf.IResolvable | undefined;
    set internalValue(value: VmDisk | cdktf.IResolvable | undefined);
    private _cache?;
    get cache(): string;
    set cache(value: string);
    resetCache(): void;
    get cacheInput(): string | undefined;
    private _discard?;
    get discard(): boolean | cdktf.IResolvable;
    set discard(value: boolean | cdktf.IResolvable);
    resetDiscard(): void;
    get discardInput(): boolean | cdktf.IResolvable | undefined;
    private _format?;
    get format(): string;
    set format(value: string);
    resetFormat(): void;
    get formatInput(): string | undefined;
    private _interface?;
    get interface(): string;
    set interface(value: string);
    get interfaceInput(): string | undefined;
    private _iothread?;
    get iothread(): boolean | cdktf.IResolvable;
    set iothread(value: boolean | cdktf.IResolvable);
    resetIothread(): void;
    get iothreadInput(): boolean | cdktf.IResolvable | undefined;
    private _size?;
    get size(): string;
    set size(value: string);
    resetSize(): void;
    get sizeInput(): string | undefined;
    private _ssd?;
    get ssd(): boolean | cdktf.IResolvable;
    set ssd(value: boolean | cdktf.IResolvable);
    resetSsd(): void;
    get ssdInput(): boolean | cdktf.IResolvable | undefined;
    private _storage?;
    get storage(): string;
    set storage(value: string);
    resetStorage(): void;
    get storageInput(): string | undefined;
    private _volume?;
    get volume(): string;
    set volume(value: string);
    resetVolume(): void;
    get volumeInput(): string | undefined;
}
export declare class VmDiskList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VmDisk[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VmDiskOutputReference;
}
export interface VmNetwork {
    /**
    * Bridge the device is attached to (default "vmbr0").
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#bridge Vm#bridge}
    */
    readonly bridge?: string;
    /**
    * Filter the device with the Proxmox firewall.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#firewall Vm#firewall}
    */
    readonly firewall?: boolean | cdktf.IResolvable;
    /**
    * MAC address; generated by Proxmox when unset, then kept.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#mac_address Vm#mac_address}
    */
    readonly macAddress?: string;
    /**
    * NIC model: "virtio" (default), "e1000", "e1000e", "rtl8139" or "vmxnet3".
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#model Vm#model}
    */
    readonly model?: string;
    /**
    * VLAN tag, 1 to 4094.
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#vlan_id Vm#vlan_id}
    */
    readonly vlanId?: number;
}
export declare function vmNetworkToTerraform(struct?: VmNetwork | cdktf.IResolvable): any;
export declare function vmNetworkToHclTerraform(struct?: VmNetwork | cdktf.IResolvable): any;
export declare class VmNetworkOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param complexObjectIndex the index of this item in the list
    * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean);
    get internalValue(): VmNetwork | cdktf.IResolvable | undefined;
    set internalValue(value: VmNetwork | cdktf.IResolvable | undefined);
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
    private _macAddress?;
    get macAddress(): string;
    set macAddress(value: string);
    resetMacAddress(): void;
    get macAddressInput(): string | undefined;
    private _model?;
    get model(): string;
    set model(value: string);
    resetModel(): void;
    get modelInput(): string | undefined;
    private _vlanId?;
    get vlanId(): number;
    set vlanId(value: number);
    resetVlanId(): void;
    get vlanIdInput(): number | undefined;
}
export declare class VmNetworkList extends cdktf.ComplexList {
    protected terraformResource: cdktf.IInterpolatingParent;
    protected terraformAttribute: string;
    protected wrapsSet: boolean;
    internalValue?: VmNetwork[] | cdktf.IResolvable;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, wrapsSet: boolean);
    /**
    * @param index the index of the item to return
    */
    get(index: number): VmNetworkOutputReference;
}
export interface VmTimeouts {
    /**
    * How long to wait for create before giving up (default 30m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#create Vm#create}
    */
    readonly create?: string;
    /**
    * How long to wait for delete before giving up (default 10m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#delete Vm#delete}
    */
    readonly delete?: string;
    /**
    * How long to wait for update before giving up (default 30m).
    *
    * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#update Vm#update}
    */
    readonly update?: string;
}
export declare function vmTimeoutsToTerraform(struct?: VmTimeouts | cdktf.IResolvable): any;
export declare function vmTimeoutsToHclTerraform(struct?: VmTimeouts | cdktf.IResolvable): any;
export declare class VmTimeoutsOutputReference extends cdktf.ComplexObject {
    private isEmptyObject;
    private resolvableValue?;
    /**
    * @param terraformResource The parent resource
    * @param terraformAttribute The attribute on the parent resource this class is referencing
    */
    constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string);
    get internalValue(): VmTimeouts | cdktf.IResolvable | undefined;
    set internalValue(value: VmTimeouts | cdktf.IResolvable | undefined);
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
* Represents a {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm proxmox_vm}
*/
export declare class Vm extends cdktf.TerraformResource {
    static readonly tfResourceType = "proxmox_vm";
    /**
    * Generates CDKTF code for importing a Vm resource upon running "cdktf plan <stack-name>"
    * @param scope The scope in which to define this construct
    * @param importToId The construct id used in the generated config for the Vm to import
    * @param importFromId The id of the existing Vm that should be imported. Refer to the {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm#import import section} in the documentation of this resource for the id to use
    * @param provider? Optional instance of the provider where the Vm to import is found
    */
    static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource;
    /**
    * Create a new {@link https://registry.terraform.io/providers/truemox/proxmox/latest/docs/resources/vm proxmox_vm} Resource
    *
    * @param scope The scope in which to define this construct
    * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
    * @param options VmConfig
    */
    constructor(scope: Construct, id: string, config: VmConfig);
    private _agent?;
    get agent(): boolean | cdktf.IResolvable;
    set agent(value: boolean | cdktf.IResolvable);
    resetAgent(): void;
    get agentInput(): boolean | cdktf.IResolvable | undefined;
    private _balloon?;
    get balloon(): number;
    set balloon(value: number);
    resetBalloon(): void;
    get balloonInput(): number | undefined;
    private _bios?;
    get bios(): string;
    set bios(value: string);
    resetBios(): void;
    get biosInput(): string | undefined;
    private _bootOrder?;
    get bootOrder(): string[];
    set bootOrder(value: string[]);
    resetBootOrder(): void;
    get bootOrderInput(): string[] | undefined;
    private _cdrom?;
    get cdrom(): string;
    set cdrom(value: string);
    resetCdrom(): void;
    get cdromInput(): string | undefined;
    private _cores?;
    get cores(): number;
    set cores(value: number);
    resetCores(): void;
    get coresInput(): number | undefined;
    private _cpuType?;
    get cpuType(): string;
    set cpuType(value: string);
    resetCpuType(): void;
    get cpuTypeInput(): string | undefined;
    private _description?;
    get description(): string;
    set description(value: string);
    resetDescription(): void;
    get descriptionInput(): string | undefined;
    get id(): string;
    private _machine?;
    get machine(): string;
    set machine(value: string);
    resetMachine(): void;
    get machineInput(): string | undefined;
    private _memory?;
    get memory(): number;
    set memory(value: number);
    resetMemory(): void;
    get memoryInput(): number | undefined;
    private _name?;
    get name(): string;
    set name(value: string);
    resetName(): void;
    get nameInput(): string | undefined;
    private _node?;
    get nodeAttribute(): string;
    set nodeAttribute(value: string);
    get nodeAttributeInput(): string | undefined;
    private _osType?;
    get osType(): string;
    set osType(value: string);
    resetOsType(): void;
    get osTypeInput(): string | undefined;
    private _scsiHardware?;
    get scsiHardware(): string;
    set scsiHardware(value: string);
    resetScsiHardware(): void;
    get scsiHardwareInput(): string | undefined;
    private _sockets?;
    get sockets(): number;
    set sockets(value: number);
    resetSockets(): void;
    get socketsInput(): number | undefined;
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
    private _tags?;
    get tags(): string[];
    set tags(value: string[]);
    resetTags(): void;
    get tagsInput(): string[] | undefined;
    private _template?;
    get template(): boolean | cdktf.IResolvable;
    set template(value: boolean | cdktf.IResolvable);
    resetTemplate(): void;
    get templateInput(): boolean | cdktf.IResolvable | undefined;
    private _vmid?;
    get vmid(): number;
    set vmid(value: number);
    resetVmid(): void;
    get vmidInput(): number | undefined;
    private _clone;
    get clone(): VmCloneOutputReference;
    putClone(value: VmClone): void;
    resetClone(): void;
    get cloneInput(): cdktf.IResolvable | VmClone | undefined;
    private _cloudInit;
    get cloudInit(): VmCloudInitOutputReference;
    putCloudInit(value: VmCloudInit): void;
    resetCloudInit(): void;
    get cloudInitInput(): cdktf.IResolvable | VmCloudInit | undefined;
    private _disk;
    get disk(): VmDiskList;
    putDisk(value: VmDisk[] | cdktf.IResolvable): void;
    resetDisk(): void;
    get diskInput(): cdktf.IResolvable | VmDisk[] | undefined;
    private _network;
    get network(): VmNetworkList;
    putNetwork(value: VmNetwork[] | cdktf.IResolvable): void;
    resetNetwork(): void;
    get networkInput(): cdktf.IResolvable | VmNetwork[] | undefined;
    private _timeouts;
    get timeouts(): VmTimeoutsOutputReference;
    putTimeouts(value: VmTimeouts): void;
    resetTimeouts(): void;
    get timeoutsInput(): cdktf.IResolvable | VmTimeouts | undefined;
    protected synthesizeAttributes(): {
        [name: string]: any;
    };
    protected synthesizeHclAttributes(): {
        [name: string]: any;
    };
}
