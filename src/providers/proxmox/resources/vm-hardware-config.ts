// Mapping `proxmox_vm`'s hardware settings (vm-hardware-schema.ts) to QEMU config keys and
// back. Pure functions, table-tested in test/providers/proxmox/vm-hardware.test.ts.
import type { GuestConfig } from '../../../clients/proxmox/index.js';
import { buildPropertyString, parseDisk, parsePropertyString, storageOfVolume } from '../../../clients/proxmox/property-string.js';
import type { ConfigValues } from '../shared/config-diff.js';
import { field, fieldMapper } from './vm-property-fields.js';
import type {
  AudioModel,
  EfiDiskModel,
  HostPciModel,
  RngModel,
  SmbiosModel,
  StartupModel,
  TpmStateModel,
  UsbModel,
  VgaModel,
  WatchdogModel,
} from './vm-hardware-schema.js';
import type { VmModel } from './vm-schema.js';
import { numaNodeFields } from './vm-numa.js';

export const startupFields = fieldMapper<StartupModel>([field('order', 'order', 'number'), field('up', 'up', 'number'), field('down', 'down', 'number')]);
export const vgaFields = fieldMapper<VgaModel>([field('type', 'type'), field('memory', 'memory', 'number'), field('clipboard', 'clipboard')]);
export const usbFields = fieldMapper<UsbModel>([field('host', 'host'), field('mapping', 'mapping'), field('usb3', 'usb3', 'flag')]);
export const hostPciFields = fieldMapper<HostPciModel>([
  field('device', 'host'),
  field('mapping', 'mapping'),
  field('pcie', 'pcie', 'flag'),
  field('rombar', 'rombar', 'flag'),
  field('mdev', 'mdev'),
  field('x_vga', 'x-vga', 'flag'),
]);
export const rngFields = fieldMapper<RngModel>([field('source', 'source'), field('max_bytes', 'max_bytes', 'number'), field('period', 'period', 'number')]);
export const watchdogFields = fieldMapper<WatchdogModel>([field('model', 'model'), field('action', 'action')]);
export const audioFields = fieldMapper<AudioModel>([field('device', 'device'), field('driver', 'driver')]);
export const smbiosFields = fieldMapper<SmbiosModel>([
  field('uuid', 'uuid'),
  field('manufacturer', 'manufacturer'),
  field('product', 'product'),
  field('version', 'version'),
  field('serial', 'serial'),
  field('sku', 'sku'),
  field('family', 'family'),
]);

/** The firmware disks: created as `STORAGE:1` (Proxmox picks their size), then kept by volume. */
export const FIRMWARE_DISKS = ['efidisk0', 'tpmstate0'] as const;
export type FirmwareDisk = (typeof FIRMWARE_DISKS)[number];

function efiOptions(efi: EfiDiskModel): Record<string, string> {
  return {
    efitype: efi.type ?? '4m',
    'pre-enrolled-keys': efi.pre_enrolled_keys === true ? '1' : '0',
    ...(efi.format !== null ? { format: efi.format } : {}),
  };
}

function tpmOptions(tpm: TpmStateModel): Record<string, string> {
  return { version: tpm.version ?? 'v2.0' };
}

/** The wanted storage and options of a firmware disk, or null when the plan has none. */
export function firmwareDiskWanted(plan: VmModel, key: FirmwareDisk): { storage: string; options: Record<string, string>; volume: string | null } | null {
  if (key === 'efidisk0')
    return plan.efi_disk === null ? null : { storage: plan.efi_disk.storage, options: efiOptions(plan.efi_disk), volume: plan.efi_disk.volume };
  return plan.tpm_state === null ? null : { storage: plan.tpm_state.storage, options: tpmOptions(plan.tpm_state), volume: plan.tpm_state.volume };
}

/** A firmware disk's value: a new one (`local-lvm:1,efitype=4m,...`) or the existing volume. */
export function firmwareDiskValue(wanted: { storage: string; options: Record<string, string> }, volume?: string): string {
  const { format, ...kept } = wanted.options;
  const options = volume === undefined && format !== undefined ? { ...kept, format } : kept;
  return buildPropertyString(options, volume ?? `${wanted.storage}:1`);
}

/**
 * `cpu`: the model and its flags (`host,flags=+aes;-pcid`). Flags without a model leave the model
 * out (`flags=+aes`): `cputype` is the optional default key, kvm64 when absent (qemu-server
 * src/PVE/QemuServer/CPUConfig.pm:295-303 @e6352be), and naming kvm64 here would read back as a
 * model the configuration did not set.
 */
function cpuValue(plan: VmModel): string | null {
  if (plan.cpu_type === null && plan.cpu_flags === null) return null;
  const flags = plan.cpu_flags === null || plan.cpu_flags.length === 0 ? [] : [`flags=${plan.cpu_flags.join(';')}`];
  return [...(plan.cpu_type === null ? [] : [plan.cpu_type]), ...flags].join(',');
}

/** `agent`: enabled, fstrim after moves and clones, channel type. */
function agentValue(plan: VmModel): string | null {
  if (plan.agent === null) return null;
  const parts = [plan.agent ? '1' : '0'];
  if (plan.agent_trim !== null) parts.push(`fstrim_cloned_disks=${plan.agent_trim ? 1 : 0}`);
  if (plan.agent_type !== null) parts.push(`type=${plan.agent_type}`);
  return parts.join(',');
}

function numbered<M>(prefix: string, items: readonly M[] | null, print: (item: M) => string): ConfigValues {
  const values: ConfigValues = {};
  (items ?? []).forEach((item, i) => (values[`${prefix}${i}`] = print(item)));
  return values;
}

/** Every hardware config value the plan sets (firmware disks aside: see vm-disk-move.ts). */
export function hardwareValues(plan: VmModel): ConfigValues {
  const single = <M>(model: M | null, print: (m: M) => string): string | null => (model === null ? null : print(model));
  const entries: Record<string, string | number | boolean | null> = {
    cpu: cpuValue(plan),
    agent: agentValue(plan),
    vcpus: plan.vcpus,
    cpulimit: plan.cpu_limit,
    cpuunits: plan.cpu_units,
    affinity: plan.cpu_affinity,
    numa: plan.numa === null ? null : plan.numa ? 1 : 0,
    shares: plan.memory_shares,
    hugepages: plan.hugepages,
    protection: plan.protection === null ? null : plan.protection ? 1 : 0,
    hookscript: plan.hookscript,
    hotplug: plan.hotplug === null ? null : plan.hotplug.length === 0 ? '0' : [...plan.hotplug].sort().join(','),
    startup: single(plan.startup, (m) => startupFields.print(m)),
    vga: single(plan.vga, (m) => vgaFields.print(m)),
    rng0: single(plan.rng, (m) => rngFields.print(m)),
    watchdog: single(plan.watchdog, (m) => watchdogFields.print(m)),
    audio0: single(plan.audio, (m) => audioFields.print(m)),
    smbios1: single(plan.smbios, (m) => smbiosFields.print(m)),
    args: plan.kvm_arguments,
  };
  const values: ConfigValues = {};
  for (const [key, value] of Object.entries(entries)) if (value !== null && value !== '') values[key] = value;
  return {
    ...values,
    ...numbered('serial', plan.serial, (port) => port),
    ...numbered('usb', plan.usb, (device) => usbFields.print(device)),
    ...numbered('hostpci', plan.hostpci, (device) => hostPciFields.print(device)),
    ...numbered('numa', plan.numa_node, (node) => numaNodeFields.print(node)),
  };
}

function text(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

function numberOf(value: string | number | undefined): number | null {
  return value === undefined ? null : Number(value);
}

function flagOf(value: string | number | undefined): boolean | null {
  return value === undefined ? null : String(value) === '1';
}

function numberedValues(config: GuestConfig, prefix: string): string[] {
  return Object.keys(config)
    .filter((key) => new RegExp(`^${prefix}\\d+$`).test(key))
    .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
    .map((key) => String(config[key]));
}

function firmwareDiskFromConfig(config: GuestConfig, key: FirmwareDisk): { storage: string; volume: string; props: Record<string, string> } | null {
  const value = text(config[key]);
  if (value === null) return null;
  const disk = parseDisk(value);
  return { storage: storageOfVolume(disk.volume) ?? '', volume: disk.volume, props: disk.options };
}

/** The part of the VM model these settings make up, as the config shows it. */
export type HardwareModel = Pick<
  VmModel,
  | 'cpu_type'
  | 'cpu_flags'
  | 'agent'
  | 'agent_trim'
  | 'agent_type'
  | 'vcpus'
  | 'cpu_limit'
  | 'cpu_units'
  | 'cpu_affinity'
  | 'numa'
  | 'memory_shares'
  | 'hugepages'
  | 'protection'
  | 'hookscript'
  | 'hotplug'
  | 'serial'
  | 'efi_disk'
  | 'tpm_state'
  | 'startup'
  | 'vga'
  | 'usb'
  | 'hostpci'
  | 'rng'
  | 'watchdog'
  | 'audio'
  | 'smbios'
>;

function cpuFromConfig(config: GuestConfig): Pick<VmModel, 'cpu_type' | 'cpu_flags'> {
  const value = text(config.cpu);
  if (value === null) return { cpu_type: null, cpu_flags: null };
  const { bare, props } = parsePropertyString(value);
  const flags = props.flags === undefined ? null : props.flags.split(';').filter((f) => f !== '');
  return { cpu_type: bare ?? props.cputype ?? null, cpu_flags: flags };
}

function agentFromConfig(config: GuestConfig): Pick<VmModel, 'agent' | 'agent_trim' | 'agent_type'> {
  const value = text(config.agent);
  if (value === null) return { agent: null, agent_trim: null, agent_type: null };
  const { bare, props } = parsePropertyString(value);
  return {
    agent: (props.enabled ?? bare) === '1',
    agent_trim: props.fstrim_cloned_disks === undefined ? null : props.fstrim_cloned_disks === '1',
    agent_type: props.type ?? null,
  };
}

/** `smbios1` as the model shows it: only when it holds more than the UUID Proxmox generates, or the prior state manages it. */
function smbiosFromConfig(config: GuestConfig, prior: VmModel | null): SmbiosModel | null {
  const value = text(config.smbios1);
  if (value === null) return null;
  const parsed = smbiosFields.parse(value);
  const onlyUuid = Object.entries(parsed).every(([name, v]) => name === 'uuid' || v === null);
  return onlyUuid && (prior?.smbios ?? null) === null ? null : parsed;
}

export function hardwareFromConfig(config: GuestConfig, prior: VmModel | null): HardwareModel {
  const single = <M>(key: string, parse: (value: string) => M): M | null => {
    const value = text(config[key]);
    return value === null ? null : parse(value);
  };
  const efi = firmwareDiskFromConfig(config, 'efidisk0');
  const tpm = firmwareDiskFromConfig(config, 'tpmstate0');
  const hotplug = text(config.hotplug);
  const serial = numberedValues(config, 'serial');
  return {
    ...cpuFromConfig(config),
    ...agentFromConfig(config),
    vcpus: numberOf(config.vcpus),
    cpu_limit: numberOf(config.cpulimit),
    cpu_units: numberOf(config.cpuunits),
    cpu_affinity: text(config.affinity),
    // The web UI's wizard sends numa=0 (its unchecked box), the default: unset until managed.
    numa: flagOf(config.numa) === false && (prior?.numa ?? null) === null ? null : flagOf(config.numa),
    memory_shares: numberOf(config.shares),
    hugepages: text(config.hugepages),
    protection: flagOf(config.protection),
    hookscript: text(config.hookscript),
    hotplug: hotplug === null ? null : hotplug === '0' ? [] : hotplug.split(/[,;\s]+/).filter((f) => f !== '' && f !== '1'),
    serial: serial.length === 0 ? null : serial,
    efi_disk:
      efi === null
        ? null
        : {
            storage: efi.storage,
            type: efi.props.efitype ?? '2m',
            pre_enrolled_keys: efi.props['pre-enrolled-keys'] === '1',
            format: prior?.efi_disk?.format ?? null,
            volume: efi.volume,
          },
    tpm_state: tpm === null ? null : { storage: tpm.storage, version: tpm.props.version ?? 'v1.2', volume: tpm.volume },
    startup: single('startup', (v) => startupFields.parse(v)),
    vga: single('vga', (v) => vgaFields.parse(v.includes('=') ? v : `type=${v}`)),
    usb: numberedValues(config, 'usb').map((v) => usbFields.parse(v.includes('=') ? v : `host=${v}`)),
    hostpci: numberedValues(config, 'hostpci').map((v) => hostPciFields.parse(/^[^=,]+(,|$)/.test(v) ? `host=${v}` : v)),
    rng: single('rng0', (v) => rngFields.parse(v.includes('source=') ? v : `source=${v}`)),
    watchdog: single('watchdog', (v) => {
      const parsed = watchdogFields.parse(/^[^=,]+(,|$)/.test(v) ? `model=${v}` : v);
      return { ...parsed, model: parsed.model ?? 'i6300esb' };
    }),
    audio: single('audio0', (v) => {
      const parsed = audioFields.parse(v.includes('device=') ? v : `device=${v}`);
      return { device: parsed.device ?? '', driver: parsed.driver ?? 'spice' };
    }),
    smbios: smbiosFromConfig(config, prior),
  };
}

/** The config keys these settings own (for removal when the plan drops them). */
export const HARDWARE_KEY =
  /^(cpu|agent|vcpus|cpulimit|cpuunits|affinity|numa|shares|hugepages|protection|hookscript|hotplug|startup|vga|rng0|watchdog|audio0|smbios1|args|serial\d+|usb\d+|hostpci\d+|numa\d+)$/;
