// Mapping between `proxmox_lxc`'s model and a container config as the API sends and takes it.
import type { GuestConfig } from '../../../clients/proxmox/index.js';
import { buildDisk, buildPropertyString, parseDisk, parsePropertyString, storageOfVolume } from '../../../clients/proxmox/property-string.js';
import { sizeBytes } from '../shared/sizes.js';
import { descriptionText } from '../shared/text.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_S } from '../shared/restart-schema.js';
import type { ConfigValues } from '../shared/config-diff.js';
import { orderKeys, setValues } from './vm-config.js';
import type { LxcModel, LxcNetworkModel, MountPointModel } from './lxc-schema.js';
import { lxcExtraValues, lxcExtrasFromConfig, lxcNetworkExtraFields, mountPointExtraFields } from './lxc-options.js';
import { idmapFromRaw } from './lxc-idmap.js';
import { consoleFromConfig, consoleValues, deviceFromConfig, deviceValue, type ContainerAddresses } from './lxc-devices.js';
import { templateFlag } from '../shared/template-flag.js';

const GIB = 1024 ** 3;

/** `local-lvm:8` allocates 8 GiB. */
export function allocation(storage: string, size: string): string {
  return `${storage}:${Number(((sizeBytes(size) ?? 0) / GIB).toFixed(3))}`;
}

export function mountPointValue(mp: MountPointModel, volume: string | null): string {
  return buildDisk({
    // A bind mount names the host directory where a volume would be.
    volume: mp.host_path ?? volume ?? allocation(mp.storage ?? '', mp.size ?? '0'),
    options: { mp: mp.path, ...(mp.backup !== null ? { backup: mp.backup ? '1' : '0' } : {}), ...mountPointExtraFields.props(mp) },
  });
}

export function lxcNetworkValue(network: LxcNetworkModel): string {
  return buildPropertyString({
    name: network.name ?? 'eth0',
    bridge: network.bridge ?? undefined,
    ip: network.ip ?? undefined,
    gw: network.gateway ?? undefined,
    tag: network.vlan_id ?? undefined,
    firewall: network.firewall ?? undefined,
    hwaddr: network.mac_address?.toUpperCase(),
    ...lxcNetworkExtraFields.props(network),
  });
}

function features(plan: LxcModel): string | null {
  const mount = plan.mount_types === null || plan.mount_types.length === 0 ? undefined : [...plan.mount_types].sort().join(';');
  const value = buildPropertyString({
    nesting: plan.nesting ?? undefined,
    keyctl: plan.keyctl ?? undefined,
    fuse: plan.fuse ?? undefined,
    mknod: plan.mknod ?? undefined,
    mount,
  });
  return value === '' ? null : value;
}

/** Every config value the model sets, except disks and network devices. */
export function lxcScalarValues(plan: LxcModel): ConfigValues {
  const devices: ConfigValues = {};
  plan.device.forEach((device, i) => (devices[`dev${i}`] = deviceValue(device)));
  return {
    ...lxcExtraValues(plan),
    ...consoleValues(plan),
    ...devices,
    ...setValues({
      hostname: plan.hostname,
      description: plan.description,
      tags: plan.tags === null ? null : [...plan.tags].sort().join(';'),
      cores: plan.cores,
      memory: plan.memory,
      swap: plan.swap,
      features: features(plan),
      nameserver: plan.dns_servers === null ? null : plan.dns_servers.join(' '),
      searchdomain: plan.search_domain,
      onboot: plan.start_on_boot,
    }),
  };
}

function text(value: string | number | undefined): string | null {
  return value === undefined ? null : String(value);
}

function optionalFlag(value: string | number | undefined): boolean | null {
  return value === undefined ? null : String(value) === '1';
}

function mountPointFromConfig(value: string): MountPointModel {
  const disk = parseDisk(value);
  const bind = disk.volume.startsWith('/');
  return {
    storage: bind ? null : (storageOfVolume(disk.volume) ?? ''),
    size: bind ? null : (disk.size ?? '0'),
    host_path: bind ? disk.volume : null,
    path: disk.options.mp ?? '',
    backup: optionalFlag(disk.options.backup),
    volume: bind ? null : disk.volume,
    ...mountPointExtraFields.parse(value),
  };
}

function networkFromConfig(value: string): LxcNetworkModel {
  const { props } = parsePropertyString(value);
  return {
    name: props.name ?? 'eth0',
    bridge: props.bridge ?? null,
    ip: props.ip ?? null,
    gateway: props.gw ?? null,
    vlan_id: props.tag === undefined ? null : Number(props.tag),
    firewall: optionalFlag(props.firewall),
    mac_address: props.hwaddr ?? null,
    ...lxcNetworkExtraFields.parse(value),
  };
}

/**
 * The model of a container as its config shows it (with its raw `lxc.*` entries); what the API
 * never returns comes from `prior`.
 */
export function lxcFromConfig(
  base: { id: string; node: string; vmid: number; started: boolean; pool: string | null; addresses?: ContainerAddresses },
  config: GuestConfig,
  prior: LxcModel | null,
  raw: ReadonlyArray<readonly [string, string]> = [],
): LxcModel {
  const root = parseDisk(String(config.rootfs ?? ''));
  const feature = parsePropertyString(String(config.features ?? '')).props;
  const tags = text(config.tags);
  const nameserver = text(config.nameserver);
  const indexed = (pattern: RegExp) =>
    orderKeys(
      Object.keys(config).filter((key) => pattern.test(key)),
      [],
    );
  const { addresses, ...ids } = base;
  return {
    ...ids,
    ipv4_addresses: addresses?.ipv4_addresses ?? [],
    ipv6_addresses: addresses?.ipv6_addresses ?? [],
    ...consoleFromConfig(config),
    device: indexed(/^dev\d+$/).map((key) => deviceFromConfig(String(config[key]))),
    is_template: templateFlag(config.template, prior?.is_template),
    // Proxmox keeps neither the OS template nor the clone source: both come from the prior state.
    template: prior?.template ?? null,
    clone: prior?.clone ?? null,
    hostname: text(config.hostname),
    description: descriptionText(text(config.description) ?? undefined, prior?.description),
    tags: tags === null ? null : tags.split(/[;,\s]+/).filter((t) => t !== ''),
    unprivileged: String(config.unprivileged ?? '0') === '1',
    password: prior?.password ?? null,
    password_wo: null,
    password_wo_version: prior?.password_wo_version ?? null,
    ssh_public_keys: prior?.ssh_public_keys ?? null,
    cores: config.cores === undefined ? null : Number(config.cores),
    memory: Number(config.memory ?? 512),
    swap: Number(config.swap ?? 512),
    nesting: feature.nesting === undefined ? null : feature.nesting === '1',
    keyctl: feature.keyctl === undefined ? null : feature.keyctl === '1',
    fuse: feature.fuse === undefined ? null : feature.fuse === '1',
    mknod: feature.mknod === undefined ? null : feature.mknod === '1',
    mount_types: feature.mount === undefined ? null : feature.mount.split(';').filter((t) => t !== ''),
    dns_servers: nameserver === null ? null : nameserver.split(/[\s,;]+/).filter((s) => s !== ''),
    search_domain: text(config.searchdomain),
    start_on_boot: optionalFlag(config.onboot),
    ...lxcExtrasFromConfig(config),
    rootfs: { storage: storageOfVolume(root.volume) ?? '', size: root.size ?? '0', volume: root.volume },
    mount_point: indexed(/^mp\d+$/).map((key) => mountPointFromConfig(String(config[key]))),
    network: indexed(/^net\d+$/).map((key) => networkFromConfig(String(config[key]))),
    idmap: idmapFromRaw(raw),
    // How updates restart the container: provider settings, not config values.
    reboot_after_update: prior?.reboot_after_update ?? true,
    migrate: prior?.migrate ?? false,
    migrate_target_storage: prior?.migrate_target_storage ?? null,
    stop_on_destroy: prior?.stop_on_destroy ?? false,
    purge_on_destroy: prior?.purge_on_destroy ?? true,
    shutdown_timeout: prior?.shutdown_timeout ?? DEFAULT_SHUTDOWN_TIMEOUT_S,
  };
}
