// Mapping between `proxmox_vm`'s model and a QEMU config as the API sends and takes it.
// Pure functions: unit-tested in test/providers/proxmox without a server.
import type { GuestConfig } from '../../../clients/proxmox/index.js';
import {
  buildDisk,
  buildNetDevice,
  parseBooleanWord,
  parseDisk,
  parseNetDevice,
  parsePropertyString,
  storageOfVolume,
} from '../../../clients/proxmox/property-string.js';
import type { ConfigValues } from '../shared/config-diff.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_S } from '../shared/restart-schema.js';
import { sizeBytes } from '../shared/sizes.js';
import { descriptionText } from '../shared/text.js';
import type { CloudInitModel, DiskModel, NetworkModel, VmModel } from './vm-schema.js';
import { diskExtraFields, diskExtraFromOptions, networkExtraFields, networkExtraFromOptions } from './vm-disk-options.js';
import { HARDWARE_KEY, hardwareFromConfig, hardwareValues } from './vm-hardware-config.js';
import { ipConfigText, ipFromConfigText } from './vm-cloud-init-ip.js';
import { templateFlag } from '../shared/template-flag.js';
import { numaNodeFields } from './vm-numa.js';

/** The config keys of a VM this resource manages (plus diskN / netN / ipconfigN and the drive slots). */
const SCALAR_KEYS = [
  'name',
  'description',
  'tags',
  'cores',
  'sockets',
  'memory',
  'balloon',
  'bios',
  'machine',
  'ostype',
  'scsihw',
  'boot',
  'agent',
  'onboot',
  'ciuser',
  'cipassword',
  'sshkeys',
  'nameserver',
  'searchdomain',
] as const;

const DISK_KEY = /^(scsi|virtio|sata|ide)\d+$/;
/** Where the cloud-init drive and the CD-ROM go unless cloud_init.interface / cdrom_interface say otherwise. */
export const DEFAULT_CLOUD_INIT_SLOT = 'ide0';
export const DEFAULT_CDROM_SLOT = 'ide2';
const GIB = 1024 ** 3;

function text(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function flagValue(value: string | number | undefined): boolean | null {
  return value === undefined ? null : String(value) === '1';
}

function numberValue(value: string | number | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(
    String(value)
      .replace(/^current=/, '')
      .split(',')[0],
  );
  return Number.isFinite(n) ? n : null;
}

/** Proxmox keeps SSH keys URL-encoded (`%20` for spaces, `%0A` between keys). */
export function encodeSshKeys(keys: readonly string[]): string {
  return encodeURIComponent(keys.join('\n'));
}

export function decodeSshKeys(value: string): string[] {
  return decodeURIComponent(value)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The disk options as the config holds them (`discard=on`, `ssd=1`, ...). */
export function diskOptions(disk: DiskModel): Record<string, string> {
  const options: Record<string, string> = {};
  if (disk.format !== null) options.format = disk.format;
  if (disk.cache !== null) options.cache = disk.cache;
  if (disk.discard !== null) options.discard = disk.discard ? 'on' : 'ignore';
  if (disk.ssd !== null) options.ssd = disk.ssd ? '1' : '0';
  if (disk.iothread !== null) options.iothread = disk.iothread ? '1' : '0';
  return { ...options, ...diskExtraFields.props(disk) };
}

/**
 * A new disk's value: the existing volume it attaches, or a new volume of its size
 * (`local-lvm:32,discard=on`).
 */
export function newDiskValue(disk: DiskModel): string {
  if (disk.volume !== null) return existingDiskValue(disk, disk.volume);
  // `import-from` takes the special size 0 (qemu-server API2/Qemu.pm `$check_drive_param`).
  if (disk.import_from !== null) return buildDisk({ volume: `${disk.storage}:0`, options: { ...diskOptions(disk), 'import-from': disk.import_from } });
  const gib = (sizeBytes(disk.size) ?? 0) / GIB;
  return buildDisk({ volume: `${disk.storage}:${Number(gib.toFixed(3))}`, options: diskOptions(disk) });
}

/** A disk value keeping the existing volume with the disk's options. */
export function existingDiskValue(disk: DiskModel, volume: string): string {
  return buildDisk({ volume, options: diskOptions(disk) });
}

export function networkValue(network: NetworkModel): string {
  return buildNetDevice({
    model: network.model ?? 'virtio',
    ...(network.mac_address !== null ? { macaddr: network.mac_address.toUpperCase() } : {}),
    ...(network.bridge !== null ? { bridge: network.bridge } : {}),
    ...(network.firewall !== null ? { firewall: network.firewall } : {}),
    ...(network.vlan_id !== null ? { tag: network.vlan_id } : {}),
    options: networkExtraFields.props(network),
  });
}

const CICUSTOM_PARTS = [
  ['user', 'user_data'],
  ['vendor', 'vendor_data'],
  ['network', 'network_data'],
  ['meta', 'meta_data'],
] as const;

/** `cicustom`: `user=local:snippets/u.yaml,network=...`. */
function cicustomValue(cloudInit: CloudInitModel): string {
  return CICUSTOM_PARTS.flatMap(([key, name]) => (cloudInit[name] === null ? [] : [`${key}=${cloudInit[name]}`])).join(',');
}

function cloudInitValues(cloudInit: CloudInitModel | null): ConfigValues {
  if (cloudInit === null) return {};
  const values: ConfigValues = { [cloudInit.interface ?? DEFAULT_CLOUD_INIT_SLOT]: `${cloudInit.storage}:cloudinit` };
  if (cloudInit.user !== null) values.ciuser = cloudInit.user;
  if (cloudInit.password !== null) values.cipassword = cloudInit.password;
  if (cloudInit.ssh_keys !== null) values.sshkeys = encodeSshKeys(cloudInit.ssh_keys);
  if (cloudInit.dns_servers !== null) values.nameserver = cloudInit.dns_servers.join(' ');
  if (cloudInit.search_domain !== null) values.searchdomain = cloudInit.search_domain;
  (cloudInit.ip_config ?? []).forEach((ip, i) => (values[`ipconfig${i}`] = ip));
  cloudInit.ip.forEach((ip, i) => {
    const text = ipConfigText(ip);
    if (text !== '') values[`ipconfig${i}`] = text;
  });
  const custom = cicustomValue(cloudInit);
  if (custom !== '') values.cicustom = custom;
  if (cloudInit.upgrade !== null) values.ciupgrade = cloudInit.upgrade ? 1 : 0;
  return values;
}

/** The entries that are set (null means the model leaves the key unset). */
export function setValues(entries: Readonly<Record<string, string | number | boolean | null>>): ConfigValues {
  const values: ConfigValues = {};
  for (const [key, value] of Object.entries(entries)) if (value !== null) values[key] = value;
  return values;
}

/** Every config value the model sets, except disks and network devices. */
export function scalarValues(plan: VmModel): ConfigValues {
  const values = setValues({
    name: plan.name,
    description: plan.description,
    tags: plan.tags === null ? null : [...plan.tags].sort().join(';'),
    cores: plan.cores,
    sockets: plan.sockets,
    memory: plan.memory,
    balloon: plan.balloon,
    bios: plan.bios,
    machine: plan.machine,
    ostype: plan.os_type,
    scsihw: plan.scsi_hardware,
    boot: plan.boot_order === null ? null : `order=${plan.boot_order.join(';')}`,
    onboot: plan.start_on_boot,
    [plan.cdrom_interface ?? DEFAULT_CDROM_SLOT]: plan.cdrom === null ? null : `${plan.cdrom},media=cdrom`,
  });
  return { ...values, ...hardwareValues(plan), ...cloudInitValues(plan.cloud_init) };
}

/** Keys of ipconfigN values, which the scalar list does not name. */
export function isManagedKey(key: string): boolean {
  return (SCALAR_KEYS as readonly string[]).includes(key) || /^ipconfig\d+$/.test(key) || HARDWARE_KEY.test(key);
}

/** CD-ROM and cloud-init drives (both `media=cdrom`) are not data disks, whatever slot they use. */
export function isDataDiskKey(key: string, value: string | number): boolean {
  if (!DISK_KEY.test(key)) return false;
  const { props } = parsePropertyString(String(value));
  return props.media !== 'cdrom';
}

function isCloudInitDrive(value: string): boolean {
  return /(^|:)(vm-\d+-)?cloudinit(\.\w+)?$/.test(parseDisk(value).volume);
}

/** The slot holding a drive `media=cdrom` of the wanted kind: the one the prior state names first. */
function mediaSlot(config: GuestConfig, cloudInit: boolean, preferred: string): string | undefined {
  const slots = Object.keys(config).filter((key) => {
    const value = text(config[key]);
    return DISK_KEY.test(key) && value !== undefined && !isDataDiskKey(key, value) && isCloudInitDrive(value) === cloudInit;
  });
  return slots.includes(preferred) ? preferred : orderKeys(slots, [])[0];
}

/** A slot as the model shows it: null for the default slot unless the prior state names it. */
function slotAttribute(found: string | undefined, fallback: string, prior: string | null): string | null {
  if (found === undefined) return prior;
  return found === fallback && prior === null ? null : found;
}

/** The CD-ROM and cloud-init slots of a model, to tell them from data disks when removing keys. */
export function mediaSlots(model: Pick<VmModel, 'cdrom_interface' | 'cloud_init'>): string[] {
  return [model.cdrom_interface ?? DEFAULT_CDROM_SLOT, model.cloud_init?.interface ?? DEFAULT_CLOUD_INIT_SLOT];
}

function diskFromConfig(key: string, value: string, prior: DiskModel | undefined): DiskModel {
  const parsed = parseDisk(value);
  const options = parsed.options;
  const optionalFlag = (name: string, on: string): boolean | null => {
    const value = options[name];
    return value === undefined ? null : value === on || parseBooleanWord(value) === true;
  };
  return {
    interface: key,
    storage: storageOfVolume(parsed.volume) ?? '',
    size: parsed.size ?? '0',
    format: options.format ?? null,
    cache: options.cache ?? null,
    discard: optionalFlag('discard', 'on'),
    ssd: optionalFlag('ssd', '1'),
    iothread: optionalFlag('iothread', '1'),
    volume: parsed.volume,
    ...diskExtraFromOptions(options),
    // Proxmox does not record what a disk was imported from.
    import_from: prior?.import_from ?? null,
  };
}

function networkFromConfig(value: string): NetworkModel {
  const device = parseNetDevice(value);
  return {
    model: device.model,
    bridge: device.bridge ?? null,
    vlan_id: device.tag ?? null,
    firewall: device.firewall ?? null,
    mac_address: device.macaddr ?? null,
    ...networkExtraFromOptions(device.options),
  };
}

function numberedKeys(config: GuestConfig, prefix: string): string[] {
  const pattern = new RegExp(`^${prefix}\\d+$`);
  return orderKeys(
    Object.keys(config).filter((key) => pattern.test(key)),
    [],
  );
}

/** Keys in the order the known list names them, then any others in natural order. */
export function orderKeys(keys: readonly string[], known: readonly string[]): string[] {
  const natural = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
  const first = known.filter((key) => keys.includes(key));
  return [...first, ...keys.filter((key) => !known.includes(key)).sort(natural)];
}

function cloudInitFromConfig(config: GuestConfig, prior: CloudInitModel | null): CloudInitModel | null {
  const slot = mediaSlot(config, true, prior?.interface ?? DEFAULT_CLOUD_INIT_SLOT);
  const drive = slot === undefined ? undefined : text(config[slot]);
  if (drive === undefined) return null;
  const ipKeys = orderKeys(
    Object.keys(config).filter((key) => /^ipconfig\d+$/.test(key)),
    [],
  );
  const sshkeys = text(config.sshkeys);
  const nameserver = text(config.nameserver);
  const ipTexts = ipKeys.map((key) => String(config[key]));
  // The form the prior state uses: typed ip blocks, or raw ip_config strings (also on import).
  const typed = prior !== null && prior.ip.length > 0;
  return {
    storage: storageOfVolume(parseDisk(drive).volume) ?? '',
    interface: slotAttribute(slot, DEFAULT_CLOUD_INIT_SLOT, prior?.interface ?? null),
    user: text(config.ciuser) ?? null,
    // Proxmox masks the password: keep what terraform knows when one is set.
    password: config.cipassword === undefined ? null : (prior?.password ?? null),
    password_wo: null,
    password_wo_version: prior?.password_wo_version ?? null,
    ssh_keys: sshkeys === undefined ? null : sshKeysFrom(sshkeys, prior?.ssh_keys ?? null),
    ip_config: typed || ipKeys.length === 0 ? null : ipTexts,
    ip: typed ? ipTexts.map(ipFromConfigText) : [],
    dns_servers: nameserver === undefined ? null : nameserver.split(/[\s,;]+/).filter((s) => s !== ''),
    search_domain: text(config.searchdomain) ?? null,
    ...cicustomFromConfig(text(config.cicustom)),
    upgrade: config.ciupgrade === undefined ? null : String(config.ciupgrade) === '1',
  };
}

/**
 * The SSH keys as read back, or as configured when they are the same keys: Proxmox keeps the text
 * sent (qemu-server API2/Qemu.pm:2102-2105 @e6352be only checks it), and reading it back into keys,
 * one a line, loses the line feed a key read from a file ends with (`file("id.pub")`) and the
 * split of one element holding two keys, which would plan a change on every refresh.
 */
function sshKeysFrom(stored: string, configured: readonly string[] | null): string[] {
  const keys = decodeSshKeys(stored);
  const same = configured !== null && JSON.stringify(decodeSshKeys(encodeSshKeys(configured))) === JSON.stringify(keys);
  return same ? [...configured] : keys;
}

function cicustomFromConfig(value: string | undefined): Pick<CloudInitModel, 'user_data' | 'vendor_data' | 'network_data' | 'meta_data'> {
  const props = value === undefined ? {} : parsePropertyString(value).props;
  return { user_data: props.user ?? null, vendor_data: props.vendor ?? null, network_data: props.network ?? null, meta_data: props.meta ?? null };
}

function cdromFromConfig(config: GuestConfig, prior: VmModel | null): Pick<VmModel, 'cdrom' | 'cdrom_interface'> {
  const slot = mediaSlot(config, false, prior?.cdrom_interface ?? DEFAULT_CDROM_SLOT);
  const value = slot === undefined ? undefined : text(config[slot]);
  const volume = value === undefined ? '' : parseDisk(value).volume;
  // "none" (an empty drive) and "cdrom" (the host's drive) are values of their own (qemu-server
  // src/PVE/QemuServer/Drive.pm:97-108 `get_iso_path` @e6352be): read as configured; a drive
  // the configuration does not name (an import, a VM made in the web UI) reads as no CD-ROM.
  const special = volume === 'none' || volume === 'cdrom';
  return {
    cdrom: volume === '' || (special && prior?.cdrom !== volume) ? null : volume,
    cdrom_interface: slotAttribute(slot, DEFAULT_CDROM_SLOT, prior?.cdrom_interface ?? null),
  };
}

/** What the guest agent reports of the guest's network. */
export interface GuestNetworkOutputs {
  ipv4_addresses: string[];
  ipv6_addresses: string[];
  network_interface_names: string[];
}

export const NO_GUEST_NETWORK: GuestNetworkOutputs = { ipv4_addresses: [], ipv6_addresses: [], network_interface_names: [] };

/** The model of a VM as its config shows it; `prior` orders disks/NICs and supplies secrets. */
export function vmFromConfig(
  base: { id: string; node: string; vmid: number; started: boolean; clone: VmModel['clone']; pool: string | null; guest: GuestNetworkOutputs },
  config: GuestConfig,
  prior: VmModel | null,
): VmModel {
  const diskKeys = Object.keys(config).filter((key) => isDataDiskKey(key, config[key] ?? ''));
  const netKeys = Object.keys(config).filter((key) => /^net\d+$/.test(key));
  const tags = text(config.tags);
  const boot = text(config.boot);
  const order = boot === undefined ? undefined : parsePropertyString(boot).props.order;
  return {
    id: base.id,
    node: base.node,
    vmid: base.vmid,
    name: text(config.name) ?? null,
    description: descriptionText(text(config.description), prior?.description),
    tags: tags === undefined ? null : tags.split(/[;,\s]+/).filter((t) => t !== ''),
    cores: numberValue(config.cores) ?? 1,
    sockets: numberValue(config.sockets) ?? 1,
    memory: numberValue(config.memory) ?? 512,
    balloon: numberValue(config.balloon),
    bios: text(config.bios) ?? null,
    machine: text(config.machine) ?? null,
    os_type: text(config.ostype) ?? null,
    scsi_hardware: text(config.scsihw) ?? null,
    boot_order: order === undefined ? null : order.split(';').filter((d) => d !== ''),
    ...hardwareFromConfig(config, prior),
    pool: base.pool,
    agent_wait_for_ip: prior?.agent_wait_for_ip ?? null,
    ...base.guest,
    start_on_boot: flagValue(config.onboot),
    template: templateFlag(config.template, prior?.template ?? null),
    ...cdromFromConfig(config, prior),
    kvm_arguments: text(config.args) ?? null,
    numa_node: numberedKeys(config, 'numa').map((key) => {
      const parsed = numaNodeFields.parse(String(config[key]));
      return { ...parsed, cpus: parsed.cpus ?? '' };
    }),
    migrate: prior?.migrate ?? false,
    migrate_target_storage: prior?.migrate_target_storage ?? null,
    stop_on_destroy: prior?.stop_on_destroy ?? false,
    purge_on_destroy: prior?.purge_on_destroy ?? true,
    started: base.started,
    // How updates restart the VM: provider settings, not config values.
    reboot_after_update: prior?.reboot_after_update ?? true,
    shutdown_timeout: prior?.shutdown_timeout ?? DEFAULT_SHUTDOWN_TIMEOUT_S,
    disk: orderKeys(diskKeys, prior?.disk?.map((d) => d.interface) ?? []).map((key) =>
      diskFromConfig(
        key,
        String(config[key]),
        prior?.disk?.find((d) => d.interface === key),
      ),
    ),
    network: orderKeys(netKeys, []).map((key) => networkFromConfig(String(config[key]))),
    cloud_init: cloudInitFromConfig(config, prior?.cloud_init ?? null),
    clone: base.clone,
  };
}
