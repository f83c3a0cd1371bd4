// What a cloned `proxmox_vm` manages: only what its configuration names. A clone inherits its
// template's disks, network devices, firmware and the rest; the settings the configuration does
// not state are the template's business, so they are neither deleted nor shown in state.
import type { CloudInitModel, DiskModel, NetworkModel, VmModel } from './vm-schema.js';

/** A clone manages only what its configuration states; a VM created empty manages everything. */
export function inheritsFromTemplate(model: Pick<VmModel, 'clone'>): boolean {
  return model.clone !== null;
}

/** Optional settings that are null in state unless the configuration sets them. */
const OPTIONAL_SETTINGS = [
  'name',
  'description',
  'tags',
  'cpu_type',
  'balloon',
  'bios',
  'os_type',
  'scsi_hardware',
  'agent',
  'start_on_boot',
  'template',
  'cdrom',
  'cpu_flags',
  'vcpus',
  'cpu_limit',
  'cpu_units',
  'cpu_affinity',
  'numa',
  'memory_shares',
  'hugepages',
  'protection',
  'hookscript',
  'pool',
  'serial',
  'hotplug',
  'agent_trim',
  'agent_type',
  'efi_disk',
  'tpm_state',
  'startup',
  'vga',
  'rng',
  'watchdog',
  'audio',
  'smbios',
] as const satisfies readonly (keyof VmModel)[];

const DISK_OPTIONS = [
  'format',
  'cache',
  'discard',
  'ssd',
  'iothread',
  'aio',
  'backup',
  'replicate',
  'serial',
  'mbps_rd',
  'mbps_wr',
  'iops_rd',
  'iops_wr',
] as const satisfies readonly (keyof DiskModel)[];
const NETWORK_OPTIONS = ['vlan_id', 'firewall', 'mtu', 'rate', 'queues', 'trunks', 'link_down'] as const satisfies readonly (keyof NetworkModel)[];
const CLOUD_INIT_OPTIONS = [
  'user',
  'password',
  'ssh_keys',
  'ip_config',
  'dns_servers',
  'search_domain',
  'user_data',
  'vendor_data',
  'network_data',
  'meta_data',
  'upgrade',
] as const satisfies readonly (keyof CloudInitModel)[];

/** `read` with every field `managed` leaves unset (null) also null. */
function keepManaged<T extends object, K extends keyof T>(read: T, managed: T, keys: readonly K[]): T {
  const out = { ...read };
  for (const key of keys) if (managed[key] === null) out[key] = managed[key];
  return out;
}

/**
 * The part of a clone's config (read from the server) that the clone's configuration manages,
 * as `managed` (the plan or prior state) describes it: unset optional settings stay null, only
 * the disks on interfaces it names and only its first N network devices are shown.
 */
export function managedPart(read: VmModel, managed: VmModel): VmModel {
  if (!inheritsFromTemplate(managed)) return read;
  const disk = managed.disk.flatMap((wanted) => {
    const found = read.disk.find((d) => d.interface === wanted.interface);
    return found === undefined ? [] : [keepManaged(found, wanted, DISK_OPTIONS)];
  });
  const network = read.network.slice(0, managed.network.length).map((nic, i) => {
    const wanted = managed.network[i];
    return wanted === undefined ? nic : keepManaged(nic, wanted, NETWORK_OPTIONS);
  });
  const cloudInit = managed.cloud_init === null || read.cloud_init === null ? null : keepManaged(read.cloud_init, managed.cloud_init, CLOUD_INIT_OPTIONS);
  // Passthrough devices a clone inherits are shown only when its configuration lists some.
  const usb = managed.usb.length === 0 ? [] : read.usb;
  const hostpci = managed.hostpci.length === 0 ? [] : read.hostpci;
  return { ...keepManaged(read, managed, OPTIONAL_SETTINGS), disk, network, cloud_init: cloudInit, usb, hostpci };
}

/** A declared setting wins; an unset one keeps what the VM has. */
function overlay<T extends object>(declared: T, existing: T, keys: readonly (keyof T)[]): T {
  const out = { ...declared };
  for (const key of keys) if (declared[key] === null) out[key] = existing[key];
  return out;
}

/** A clone's declared disk over the disk it inherited: options it leaves unset stay as they are. */
export function inheritedDisk(declared: DiskModel, existing: DiskModel): DiskModel {
  return overlay(declared, existing, DISK_OPTIONS);
}

/** A clone's declared network device over the one it inherited. */
export function inheritedNetwork(declared: NetworkModel, existing: NetworkModel): NetworkModel {
  return overlay(declared, existing, [...NETWORK_OPTIONS, 'mac_address']);
}
