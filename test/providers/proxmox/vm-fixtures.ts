// The parts of proxmox_vm's model that most mapping tests leave unset, in one place.
import type { GuestNetworkOutputs } from '../../../src/providers/proxmox/resources/vm-config.js';
import type { DiskModel, NetworkModel, VmModel } from '../../../src/providers/proxmox/resources/vm-schema.js';

type DiskExtras = Omit<DiskModel, 'interface' | 'storage' | 'size' | 'format' | 'cache' | 'discard' | 'ssd' | 'iothread' | 'volume'>;
type NetworkExtras = Omit<NetworkModel, 'model' | 'bridge' | 'vlan_id' | 'firewall' | 'mac_address'>;

export const NO_DISK_EXTRAS: DiskExtras = {
  aio: null,
  backup: null,
  replicate: null,
  serial: null,
  mbps_rd: null,
  mbps_wr: null,
  iops_rd: null,
  iops_wr: null,
  import_from: null,
};

export const NO_NETWORK_EXTRAS: NetworkExtras = { mtu: null, rate: null, queues: null, trunks: null, link_down: null };

export const NO_CLOUD_INIT_EXTRAS = {
  user_data: null,
  vendor_data: null,
  network_data: null,
  meta_data: null,
  upgrade: null,
  password_wo: null,
  password_wo_version: null,
  interface: null,
  ip: [],
};

export const NO_GUEST_OUTPUTS: GuestNetworkOutputs = { ipv4_addresses: [], ipv6_addresses: [], network_interface_names: [] };

/** Every hardware setting unset, as a VM without them reads. */
export const NO_HARDWARE = {
  cpu_flags: null,
  vcpus: null,
  cpu_limit: null,
  cpu_units: null,
  cpu_affinity: null,
  numa: null,
  memory_shares: null,
  hugepages: null,
  protection: null,
  hookscript: null,
  pool: null,
  serial: null,
  hotplug: null,
  agent_trim: null,
  agent_type: null,
  agent_wait_for_ip: null,
  ...NO_GUEST_OUTPUTS,
  efi_disk: null,
  tpm_state: null,
  startup: null,
  vga: null,
  usb: [],
  hostpci: [],
  rng: null,
  watchdog: null,
  audio: null,
  smbios: null,
  cdrom_interface: null,
  kvm_arguments: null,
  numa_node: [],
  migrate: false,
  migrate_target_storage: null,
  stop_on_destroy: false,
  purge_on_destroy: true,
} satisfies Partial<VmModel>;

/** What vmFromConfig's `base` needs beyond the id: no pool, no agent report. */
export const BASE_EXTRAS = { pool: null, guest: NO_GUEST_OUTPUTS };

/** A VM created empty with nothing but Proxmox's defaults, and `fields`. */
export const plainVm = (fields: Partial<VmModel> = {}): VmModel => ({
  id: 'pve/100',
  node: 'pve',
  vmid: 100,
  name: null,
  description: null,
  tags: null,
  cores: 1,
  sockets: 1,
  cpu_type: null,
  memory: 512,
  balloon: null,
  bios: null,
  machine: null,
  os_type: null,
  scsi_hardware: null,
  boot_order: null,
  agent: null,
  start_on_boot: null,
  template: null,
  cdrom: null,
  started: true,
  reboot_after_update: true,
  shutdown_timeout: 180,
  disk: [],
  network: [],
  cloud_init: null,
  clone: null,
  ...NO_HARDWARE,
  ...fields,
});
