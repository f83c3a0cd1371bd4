// The schema of `proxmox_vm`: a QEMU virtual machine with disks, network devices, cloud-init,
// an optional template to clone from, and its desired power state.
import { guestLockNote } from '../shared/guest-lock-note.js';
import { attr, block, schema } from '../../../framework/attributes.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { ty } from '../../../framework/type-spec.js';
import type { Value } from '../../../values/types.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import { restartAttributes } from '../shared/restart-schema.js';
import { ipConfigValidator } from '../shared/ip-config.js';
import { tagsValidator } from '../shared/validation.js';
import { keepEquivalent, sameSize, sizeValidator } from '../shared/sizes.js';
import { diskExtraAttributes, networkExtraAttributes } from './vm-disk-options.js';
import { vmHardwareAttributes, vmHardwareBlocks } from './vm-hardware-schema.js';
import { cloudInitIpBlock } from './vm-cloud-init-ip.js';
import { numaNodeBlock } from './vm-numa.js';
import { guestMoveAttributes } from '../shared/guest-move.js';
import { guestNicAttributes } from '../shared/guest-nic-schema.js';
import { cloneBlock } from '../shared/guest-clone.js';
import { idAttribute } from '../shared/key-attributes.js';
import { guestVmidAttr } from '../shared/guest-id.js';

const keep = planModifiers.useStateForUnknown();

/** The family of a pinned machine version (`pc-q35-10.1+pve0` → q35, `pc-i440fx-9.2` → pc), with the options after it. */
function pinnedMachineFamily(machine: string): string | undefined {
  const match = /^pc-(q35|i440fx)-\d+\.\d+(\+pve\d+)?(,.*)?$/.exec(machine);
  return match === null ? undefined : `${match[1] === 'q35' ? 'q35' : 'pc'}${match[3] ?? ''}`;
}

/**
 * Whether the configured `unversioned` machine ("q35", "pc") is satisfied by the `pinned` one the
 * server holds: Proxmox pins Windows guests' "q35" or "pc" at create (qemu-server
 * `check_and_pin_machine_string`). One way only: a configured pinned version is a wish of its own.
 */
function pinnedFrom(unversioned: Value, pinned: Value): boolean {
  return typeof unversioned === 'string' && typeof pinned === 'string' && pinnedMachineFamily(pinned) === unversioned;
}

const replace = planModifiers.requiresReplace();

const disk = block.list({
  description:
    'A virtual disk: a new volume of `size` on `storage`, or an existing `volume`. Disks are matched by interface; a larger size grows the disk in place, a smaller one is refused.',
  attributes: {
    interface: attr.string({
      required: true,
      description: 'Bus and slot, such as "scsi0", "virtio0" or "sata1".',
      validators: [
        validators.textMatching(
          /^(scsi([0-9]|[12][0-9]|30)|virtio([0-9]|1[0-5])|sata[0-5]|ide[0-3])$/,
          'scsiN (0-30), virtioN (0-15), sataN (0-5) or ideN (0-3)',
        ),
      ],
    }),
    storage: attr.string({
      optional: true,
      computed: true,
      description:
        'Storage the disk is allocated on, such as "local-lvm"; with `volume`, the volume\'s storage. Changing it moves the disk to the new storage (move_disk, the old volume deleted); the VM stays.',
    }),
    size: attr.string({
      optional: true,
      computed: true,
      description:
        'Size with a unit, such as "32G" or "512M", needed to allocate a disk; with `volume`, the volume\'s size (leave it unset: it is read from the volume). Disks can grow but not shrink.',
      validators: [sizeValidator],
      semanticEquals: sameSize,
      planModifiers: [keepEquivalent(sameSize)],
    }),
    format: attr.string({
      optional: true,
      description: 'Image format on file storages: "raw", "qcow2" or "vmdk".',
      validators: [validators.oneOf('raw', 'qcow2', 'vmdk')],
    }),
    cache: attr.string({
      optional: true,
      description: 'Cache mode: "none", "writethrough", "writeback", "unsafe" or "directsync".',
      validators: [validators.oneOf('none', 'writethrough', 'writeback', 'unsafe', 'directsync')],
    }),
    discard: attr.bool({ optional: true, description: 'Pass discard/TRIM requests to the storage.' }),
    ssd: attr.bool({ optional: true, description: 'Present the disk to the guest as an SSD.' }),
    iothread: attr.bool({ optional: true, description: 'Give the disk its own I/O thread (with scsi_hardware "virtio-scsi-single" or virtio disks).' }),
    volume: attr.string({
      optional: true,
      computed: true,
      description:
        'An existing volume to attach instead of allocating one, such as an iSCSI LUN "san:0.0.0.scsi-36589cfc000000..." (see the proxmox_storage_content data source); otherwise the volume id Proxmox allocated, such as "local-lvm:vm-100-disk-0". Changing it replaces the VM.',
    }),
    ...diskExtraAttributes,
  },
});

const network = block.list({
  description: 'A network device, net0, net1, ... in the order given.',
  attributes: {
    model: attr.string({
      default: 'virtio',
      description: 'NIC model: "virtio" (default), "e1000", "e1000e", "rtl8139" or "vmxnet3".',
      validators: [validators.oneOf('virtio', 'e1000', 'e1000e', 'rtl8139', 'vmxnet3')],
    }),
    bridge: attr.string({ default: 'vmbr0', description: 'Bridge the device is attached to (default "vmbr0").' }),
    ...guestNicAttributes,
    ...networkExtraAttributes,
  },
});

/** Slots a CD-ROM-type drive (CD-ROM, cloud-init) can use: IDE, SATA and SCSI (VirtIO block has no CD-ROM). */
const mediaSlot = validators.textMatching(/^(ide[0-3]|sata[0-5]|scsi([0-9]|[12][0-9]|30))$/, 'ideN (0-3), sataN (0-5) or scsiN (0-30)');

const cloudInit = block.single({
  description: 'Cloud-init settings; adds a cloud-init drive (ide0 unless interface says otherwise).',
  attributes: {
    storage: attr.string({ required: true, description: 'Storage for the cloud-init drive, such as "local-lvm".' }),
    interface: attr.string({
      optional: true,
      description: 'Slot of the cloud-init drive: ideN, sataN or scsiN (unset: ide0). q35 machines and OVMF guests often want "scsi1" or "sata1".',
      validators: [mediaSlot],
    }),
    user: attr.string({ optional: true, description: 'User to create in the guest.' }),
    password: attr.string({ optional: true, sensitive: true, description: 'Password of that user (Proxmox never returns it).' }),
    password_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'Password of that user, write-only: sent to Proxmox but never stored in the plan or state (Terraform 1.11+).',
    }),
    password_wo_version: attr.number({
      optional: true,
      description:
        'Required with password_wo; change it to send password_wo again (the cloud-init drive is regenerated). Removing password_wo and its version (or `password`) deletes the password on the VM.',
      validators: [validators.integer()],
    }),
    ssh_keys: attr.list(ty.string, { optional: true, description: 'Public SSH keys for that user.' }),
    ip_config: attr.list(ty.string, {
      optional: true,
      description:
        'Per network device, in order: "ip=dhcp" or "ip=10.0.0.5/24,gw=10.0.0.1" (parts ip=, gw=, ip6=, gw6=). The raw form of the `ip` blocks; use one or the other.',
      validators: [validators.each(ipConfigValidator)],
    }),
    dns_servers: attr.list(ty.string, { optional: true, description: 'DNS servers.', validators: [validators.each(validators.ipAddress())] }),
    search_domain: attr.string({ optional: true, description: 'DNS search domain.' }),
    user_data: attr.string({ optional: true, description: 'A snippet volume with custom user data (cicustom user=), such as "local:snippets/user.yaml".' }),
    vendor_data: attr.string({ optional: true, description: 'A snippet volume with custom vendor data (cicustom vendor=).' }),
    network_data: attr.string({ optional: true, description: 'A snippet volume with custom network config (cicustom network=).' }),
    meta_data: attr.string({ optional: true, description: 'A snippet volume with custom meta data (cicustom meta=).' }),
    upgrade: attr.bool({ optional: true, description: 'Upgrade packages on the first boot (ciupgrade).' }),
  },
  blocks: { ip: cloudInitIpBlock },
  rules: [rules.conflictsWith('password', 'password_wo'), rules.requiredWith('password_wo', 'password_wo_version')],
});

const clone = cloneBlock(
  'VM',
  'Create the VM as a clone of a template (or VM) on the same node. Changing it replaces the VM. A clone keeps what it inherits: settings, disks (by interface) and network devices (beyond those listed) that the configuration does not name are left as the template made them, and removing a setting from the configuration stops managing it rather than deleting it.',
);

export const vmSchema = schema({
  description: `A QEMU virtual machine on a Proxmox VE node. ${guestLockNote('VM', 'qm')}`,
  attributes: {
    id: idAttribute('NODE/VMID, such as "pve/100".'),
    node: attr.string({
      required: true,
      description: 'Node the VM runs on. Changing it replaces the VM, or with migrate = true migrates it there.',
    }),
    vmid: guestVmidAttr('VM'),
    name: attr.string({
      optional: true,
      description: 'Name (a DNS name).',
      validators: [validators.textMatching(/^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/, 'a DNS name')],
    }),
    description: attr.string({ optional: true, description: 'Notes shown in the web UI.' }),
    tags: attr.set(ty.string, { optional: true, description: 'Tags (lower case).', validators: [tagsValidator] }),
    cores: attr.number({
      optional: true,
      computed: true,
      description: 'CPU cores per socket. Unset: 1 on a new VM; what the template has on a clone.',
      validators: [validators.between(1, 1024), validators.integer()],
      planModifiers: [keep],
    }),
    sockets: attr.number({
      optional: true,
      computed: true,
      description: 'CPU sockets. Unset: 1 on a new VM; what the template has on a clone.',
      validators: [validators.between(1, 16), validators.integer()],
      planModifiers: [keep],
    }),
    cpu_type: attr.string({ optional: true, description: 'CPU model, such as "host" or "x86-64-v2-AES".' }),
    memory: attr.number({
      optional: true,
      computed: true,
      description: 'Memory in MiB. Unset: 512 on a new VM; what the template has on a clone.',
      validators: [validators.atLeast(16), validators.integer()],
      planModifiers: [keep],
    }),
    balloon: attr.number({
      optional: true,
      description: 'Minimum memory in MiB for the balloon device; 0 disables ballooning.',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    bios: attr.string({ optional: true, description: 'Firmware: "seabios" or "ovmf".', validators: [validators.oneOf('seabios', 'ovmf')] }),
    machine: attr.string({
      optional: true,
      computed: true,
      description:
        'Machine type, such as "q35". Unset: what Proxmox chose (it pins a version for Windows guests, also when os_type changes to a Windows type), kept. Set, it is sent along with an os_type change, so Proxmox pins nothing. An unversioned "q35" or "pc" is satisfied by a version of that type pinned, such as "pc-q35-10.1+pve0" (Proxmox pins Windows guests at create, and the web UI\'s "q35" is stored so): that is no change.',
      // Read back: the known (configured) value first; planned: the state's (server's) value first.
      semanticEquals: (known, fresh) => pinnedFrom(known, fresh),
      planModifiers: [keep, keepEquivalent((current, configured) => pinnedFrom(configured, current))],
    }),
    os_type: attr.string({ optional: true, description: 'Guest OS type, such as "l26" or "win11".' }),
    scsi_hardware: attr.string({
      optional: true,
      description: 'SCSI controller, such as "virtio-scsi-single".',
      validators: [validators.oneOf('lsi', 'lsi53c810', 'virtio-scsi-pci', 'virtio-scsi-single', 'megasas', 'pvscsi')],
    }),
    boot_order: attr.list(ty.string, {
      optional: true,
      computed: true,
      description:
        'Devices to boot from, in order, such as ["scsi0", "net0"]: disk interfaces, the CD-ROM and cloud-init slots, netN, usbN or hostpciN the configuration defines (a clone may also name inherited devices). Unset: the order Proxmox writes at create (or the template\'s), kept, except that Proxmox drops a device removed from the VM and appends a CD-ROM drive added.',
      planModifiers: [keep],
    }),
    agent: attr.bool({ optional: true, description: 'Enable the QEMU guest agent device.' }),
    start_on_boot: attr.bool({ optional: true, description: 'Start the VM when the node boots.' }),
    template: attr.bool({
      optional: true,
      description:
        "Convert the VM into a template (Proxmox's template conversion: its disks become read-only base volumes that linked clones share; it cannot be started then). Undoing it replaces the VM.",
      planModifiers: [replace],
    }),
    cdrom: attr.string({
      optional: true,
      description:
        'ISO volume in the CD-ROM drive (ide2 unless cdrom_interface says otherwise), such as "local:iso/debian.iso"; "none" for an empty drive, "cdrom" for the host\'s drive.',
    }),
    cdrom_interface: attr.string({
      optional: true,
      description: 'Slot of the CD-ROM drive: ideN, sataN or scsiN (unset: ide2). Changing it moves the drive.',
      validators: [mediaSlot],
    }),
    kvm_arguments: attr.string({
      optional: true,
      description:
        'Extra arguments for the KVM command line (`args`), such as "-device intel-iommu". Only root@pam may set or change it, with a ticket login (PROXMOX_VE_USERNAME/PASSWORD), not an API token: Proxmox refuses everyone else ("only root can set \'args\' config"), and the plan says so.',
    }),
    ...vmHardwareAttributes,
    started: attr.bool({
      default: true,
      description:
        'Whether the VM should be running (default true; false for templates). For a guest Proxmox HA manages, Proxmox asks the HA stack to start or stop it (which also sets the state of its proxmox_ha_resource to started or stopped), and the apply waits until it has.',
    }),
    ...guestMoveAttributes('VM', 'live (online) while it runs, its disks on node-local storages copied along'),
    ...restartAttributes(
      'VM',
      'those Proxmox reports as pending (CPU, memory, disk options, ...) and cloud-init changes, which the guest reads at boot; the guest may ignore the shutdown when it has no OS yet or runs an installer',
    ),
  },
  blocks: { disk, network, cloud_init: cloudInit, clone, numa_node: numaNodeBlock, ...vmHardwareBlocks },
});

export type VmModel = ModelOf<typeof vmSchema>;
/** The planned VM create and update receive: defaulted attributes are set. */
export type VmPlan = PlanModelOf<typeof vmSchema>;
export type DiskModel = VmModel['disk'][number];
export type NetworkModel = VmModel['network'][number];
export type CloudInitModel = NonNullable<VmModel['cloud_init']>;
