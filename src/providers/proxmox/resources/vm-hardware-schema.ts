// `proxmox_vm`'s settings beyond disks, NICs and cloud-init: firmware state (EFI disk, TPM), CPU
// and memory tuning, start order, protection, hookscript, pool, and the virtual hardware
// (serial ports, VGA, USB, PCI passthrough, RNG, watchdog, audio, SMBIOS, hotplug), plus the
// guest agent's options and its IP address outputs. Option names and values follow the PVE 9.1.3
// API schema of `PUT /nodes/{node}/qemu/{vmid}/config` (qemu-server PVE/QemuServer.pm).
import { attr, block } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { VmModel } from './vm-schema.js';

const keep = planModifiers.useStateForUnknown();

const efiDisk = block.single({
  description:
    'The EFI vars disk of an OVMF (UEFI) VM (efidisk0), which keeps boot entries and Secure Boot keys. Proxmox sizes it itself (528K or 4M). A storage change moves it with move_disk.',
  attributes: {
    storage: attr.string({ required: true, description: 'Storage the EFI disk is allocated on, such as "local-lvm".' }),
    type: attr.string({
      default: '4m',
      description: 'OVMF vars size: "4m" (default, needed for Secure Boot) or "2m" (older OVMF). Changing it replaces the VM (the vars cannot be converted).',
      validators: [validators.oneOf('2m', '4m')],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    pre_enrolled_keys: attr.bool({
      optional: true,
      computed: true,
      description:
        'Start with the distribution and Microsoft Secure Boot keys enrolled (Secure Boot on). Unset: false on a new VM, what the VM has otherwise (the web UI enrolls them by default), kept. Changing it replaces the VM (the keys are written when the vars are created).',
      planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    format: attr.string({ optional: true, description: 'Image format on file storages: "raw" or "qcow2".', validators: [validators.oneOf('raw', 'qcow2')] }),
    volume: attr.string({ computed: true, description: 'The volume Proxmox allocated, such as "local-lvm:vm-100-disk-1".', planModifiers: [keep] }),
  },
});

const tpmState = block.single({
  description: 'A virtual TPM (tpmstate0), needed by Windows 11. Proxmox sizes it itself (4M). A storage change moves it with move_disk.',
  attributes: {
    storage: attr.string({ required: true, description: 'Storage the TPM state is allocated on.' }),
    version: attr.string({
      default: 'v2.0',
      description: 'TPM interface version: "v2.0" (default) or "v1.2". It cannot change once created: changing it replaces the VM.',
      validators: [validators.oneOf('v1.2', 'v2.0')],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    volume: attr.string({ computed: true, description: 'The volume Proxmox allocated.', planModifiers: [keep] }),
  },
});

export const startup = block.single({
  description: 'Start and shutdown order among the guests of the node (`startup`). Changing it needs Sys.Modify on "/".',
  attributes: {
    order: attr.number({
      optional: true,
      description: 'Position in the start order (lower starts first, stops last).',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    up: attr.number({
      optional: true,
      description: 'Seconds to wait after starting this guest before the next.',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    down: attr.number({
      optional: true,
      description: 'Seconds to wait for this guest to shut down.',
      validators: [validators.atLeast(0), validators.integer()],
    }),
  },
});

const vga = block.single({
  description: 'The display adapter (`vga`).',
  attributes: {
    type: attr.string({
      optional: true,
      description: 'Adapter: "std", "virtio", "qxl", "vmware", "cirrus", "none", "serial0".. and others the API lists.',
      validators: [
        validators.oneOf('cirrus', 'qxl', 'qxl2', 'qxl3', 'qxl4', 'none', 'serial0', 'serial1', 'serial2', 'serial3', 'std', 'virtio', 'virtio-gl', 'vmware'),
      ],
    }),
    memory: attr.number({ optional: true, description: 'Video memory in MiB (4 to 512).', validators: [validators.between(4, 512), validators.integer()] }),
    clipboard: attr.string({ optional: true, description: 'Clipboard sharing: "vnc".', validators: [validators.oneOf('vnc')] }),
  },
});

const usb = block.list(
  {
    description:
      'A USB device passed to the VM (usb0, usb1, ... in order): a host device (root@pam only, as Proxmox checks it; "spice" needs VM.Config.HWType) or a hardware mapping (Mapping.Use on /mapping/usb/NAME).',
    attributes: {
      host: attr.string({ optional: true, description: 'Host device: "VENDOR:PRODUCT" (such as "0781:5567"), "BUS-PORT" (such as "1-2") or "spice".' }),
      mapping: attr.string({ optional: true, description: 'A USB hardware mapping (proxmox_hardware_mapping_usb) by name.' }),
      usb3: attr.bool({ optional: true, description: 'Attach to a USB3 controller.' }),
    },
    rules: [rules.exactlyOneOf('host', 'mapping')],
  },
  { maxItems: 14 },
);

const hostpci = block.list(
  {
    description:
      'A PCI(e) device passed through (hostpci0, hostpci1, ... in order): a raw host address (root@pam only, as Proxmox checks it) or a hardware mapping (Mapping.Use on /mapping/pci/NAME plus VM.Config.HWType).',
    attributes: {
      device: attr.string({
        optional: true,
        description: 'Host PCI address, such as "0000:01:00.0", or "01:00" for all functions.',
        validators: [
          validators.textMatching(
            /^([0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}(\.[0-7])?(;([0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}(\.[0-7])?)*$/,
            'a PCI address such as 0000:01:00.0',
          ),
        ],
      }),
      mapping: attr.string({ optional: true, description: 'A PCI hardware mapping (proxmox_hardware_mapping_pci) by name.' }),
      pcie: attr.bool({ optional: true, description: 'Attach as PCIe (q35 machines only).' }),
      rombar: attr.bool({ optional: true, description: "Map the device's ROM into the guest memory (Proxmox's default is on)." }),
      mdev: attr.string({ optional: true, description: 'Mediated device type (vGPU), such as "nvidia-63".' }),
      x_vga: attr.bool({ optional: true, description: 'Use the device as the primary GPU.' }),
    },
    rules: [rules.exactlyOneOf('device', 'mapping')],
  },
  { maxItems: 16 },
);

const rng = block.single({
  description: 'A VirtIO random number generator (`rng0`); "/dev/hwrng" needs Mapping.Use on /mapping/hwrng.',
  attributes: {
    source: attr.string({
      required: true,
      description: 'Entropy source on the host: "/dev/urandom", "/dev/random" or "/dev/hwrng".',
      validators: [validators.oneOf('/dev/urandom', '/dev/random', '/dev/hwrng')],
    }),
    max_bytes: attr.number({
      optional: true,
      description: 'Bytes of entropy the guest may take per period (0 for no limit).',
      validators: [validators.atLeast(0), validators.integer()],
    }),
    period: attr.number({ optional: true, description: 'The period in milliseconds.', validators: [validators.atLeast(1), validators.integer()] }),
  },
});

const watchdog = block.single({
  description: 'A virtual hardware watchdog (`watchdog`).',
  attributes: {
    model: attr.string({
      default: 'i6300esb',
      description: 'Watchdog device: "i6300esb" (default) or "ib700".',
      validators: [validators.oneOf('i6300esb', 'ib700')],
    }),
    action: attr.string({
      optional: true,
      description: 'What happens when it fires: "reset", "shutdown", "poweroff", "pause", "debug" or "none".',
      validators: [validators.oneOf('reset', 'shutdown', 'poweroff', 'pause', 'debug', 'none')],
    }),
  },
});

const audio = block.single({
  description: 'An audio device (`audio0`).',
  attributes: {
    device: attr.string({
      required: true,
      description: '"ich9-intel-hda", "intel-hda" or "AC97".',
      validators: [validators.oneOf('ich9-intel-hda', 'intel-hda', 'AC97')],
    }),
    driver: attr.string({ default: 'spice', description: 'Backend: "spice" (default) or "none".', validators: [validators.oneOf('spice', 'none')] }),
  },
});

const smbiosText = (what: string) =>
  attr.string({
    optional: true,
    description: `SMBIOS ${what} (letters, digits, spaces and . _ - : / only).`,
    validators: [validators.textMatching(/^[A-Za-z0-9 ._:/-]+$/, 'letters, digits, spaces and . _ - : /')],
  });

const smbios = block.single({
  description: 'SMBIOS type 1 fields the guest sees (`smbios1`). Proxmox gives every VM a UUID; it is kept unless you set one.',
  attributes: {
    uuid: attr.string({
      optional: true,
      computed: true,
      description: 'System UUID; unset: the one Proxmox generated.',
      validators: [validators.textMatching(/^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/, 'a UUID')],
      planModifiers: [keep],
    }),
    manufacturer: smbiosText('manufacturer'),
    product: smbiosText('product name'),
    version: smbiosText('version'),
    serial: smbiosText('serial number'),
    sku: smbiosText('SKU'),
    family: smbiosText('family'),
  },
});

export const vmHardwareAttributes = {
  cpu_flags: attr.list(ty.string, {
    optional: true,
    description: 'CPU flags to add ("+aes") or remove ("-pcid"), in the `cpu` option beside cpu_type.',
    validators: [validators.each(validators.textMatching(/^[+-][a-zA-Z0-9_-]+$/, '+FLAG or -FLAG'))],
  }),
  vcpus: attr.number({
    optional: true,
    description: 'vCPUs plugged in at start (at most cores × sockets); more can be hot-plugged with hotplug "cpu".',
    validators: [validators.atLeast(1), validators.integer()],
  }),
  cpu_limit: attr.number({
    optional: true,
    description: 'CPU time limit in host CPUs (0 to 128; 0 means none), such as 1.5.',
    validators: [validators.between(0, 128)],
  }),
  cpu_units: attr.number({
    optional: true,
    // Proxmox VE 9 runs cgroup v2 only, where the API clamps larger values to 10000 (pve-common
    // src/PVE/CGroup.pm:493-505 `clamp_cpu_shares` @f665029, called by qemu-server API2/Qemu.pm
    // :1286-1287 and :2107-2108 @e6352be): a larger one would be stored as 10000.
    description: 'CPU weight against other guests (1 to 10000; default 100).',
    validators: [validators.between(1, 10_000), validators.integer()],
  }),
  cpu_affinity: attr.string({
    optional: true,
    description: 'Host CPUs the VM may run on, such as "0-3,8".',
    validators: [validators.textMatching(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'a CPU list such as 0-3,8')],
  }),
  numa: attr.bool({ optional: true, description: 'Enable NUMA emulation.' }),
  memory_shares: attr.number({
    optional: true,
    description: 'Memory weight for auto-ballooning (0 to 50000).',
    validators: [validators.between(0, 50_000), validators.integer()],
  }),
  hugepages: attr.string({
    optional: true,
    description: 'Back memory with huge pages: "2" (MiB), "1024" (MiB) or "any".',
    validators: [validators.oneOf('any', '2', '1024')],
  }),
  protection: attr.bool({
    optional: true,
    description:
      'Refuse removing the VM and its disks (Proxmox protection flag); destroy and removing a disk fail while it is set. Turned off in the apply that removes a disk, it is turned off first; left on, such a plan warns and its apply is refused before any change.',
  }),
  hookscript: attr.string({
    optional: true,
    description:
      'A snippet volume run at guest lifecycle events, such as "local:snippets/hook.pl". Only root@pam may set it (a ticket, not an API token), as Proxmox checks it.',
  }),
  pool: attr.string({ optional: true, description: 'Resource pool the VM belongs to; changing it moves the VM between pools (needs VM.Allocate on both).' }),
  serial: attr.list(ty.string, {
    optional: true,
    description: 'Serial ports serial0.. in order: "socket" (needs VM.Config.HWType) or a host device path such as "/dev/ttyS0" (root@pam only).',
    validators: [validators.each(validators.textMatching(/^(socket|\/dev\/.+)$/, '"socket" or a /dev path'))],
  }),
  hotplug: attr.set(ty.string, {
    optional: true,
    description: 'Device kinds that hot-plug into a running VM: "network", "disk", "cpu", "memory", "usb", "cloudinit" (Proxmox default: network, disk, usb).',
    validators: [validators.each(validators.textMatching(/^(network|disk|cpu|memory|usb|cloudinit)$/, 'network, disk, cpu, memory, usb or cloudinit'))],
  }),
  agent_trim: attr.bool({ optional: true, description: 'Run fstrim through the guest agent after a disk move or clone.' }),
  agent_type: attr.string({ optional: true, description: 'Guest agent channel: "virtio" or "isa".', validators: [validators.oneOf('virtio', 'isa')] }),
  agent_wait_for_ip: attr.number({
    optional: true,
    description:
      'Seconds to wait (bounded, opt-in) after create or update for the guest agent to report an IP address other than loopback and link-local; 0 or unset does not wait. Needs agent = true and a running VM. The addresses are read at every refresh either way.',
    validators: [validators.between(0, 3600), validators.integer()],
  }),
  ipv4_addresses: attr.list(ty.string, {
    computed: true,
    description: 'IPv4 addresses the guest agent reports (loopback left out); empty without a running agent.',
  }),
  ipv6_addresses: attr.list(ty.string, { computed: true, description: 'IPv6 addresses the guest agent reports (loopback and link-local left out).' }),
  network_interface_names: attr.list(ty.string, {
    computed: true,
    description: 'Names of the guest interfaces the agent reports (loopback left out), such as "eth0".',
  }),
};

export const vmHardwareBlocks = { efi_disk: efiDisk, tpm_state: tpmState, startup, vga, usb, hostpci, rng, watchdog, audio, smbios };

type HardwareModel = VmModel;
export type EfiDiskModel = NonNullable<HardwareModel['efi_disk']>;
export type TpmStateModel = NonNullable<HardwareModel['tpm_state']>;
export type StartupModel = NonNullable<HardwareModel['startup']>;
export type VgaModel = NonNullable<HardwareModel['vga']>;
export type UsbModel = HardwareModel['usb'][number];
export type HostPciModel = HardwareModel['hostpci'][number];
export type RngModel = NonNullable<HardwareModel['rng']>;
export type WatchdogModel = NonNullable<HardwareModel['watchdog']>;
export type AudioModel = NonNullable<HardwareModel['audio']>;
export type SmbiosModel = NonNullable<HardwareModel['smbios']>;
