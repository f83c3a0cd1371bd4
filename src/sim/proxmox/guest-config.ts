// Turning config values as sent into config values as stored, as the real server does
// (api-facts B5, D21): disks allocated and printed `storage:vm-100-disk-0,...,size=32G`,
// NICs with a generated MAC in `model=MAC` form, tags sorted, description trimmed.
import { createHash, randomBytes } from 'node:crypto';
import { formatSize, parseBooleanWord, parseSize, parsePropertyString } from '../../clients/proxmox/property-string.js';
import { die } from './pve-error.js';
import { GIB, volid, type GuestKind, type SimState } from './state.js';
import { allocateVolume, findVolume } from './volumes.js';
import { specialAllocation } from './special-drives.js';

const QEMU_DISK = /^(scsi\d+|virtio\d+|sata\d+|ide\d+|efidisk0|tpmstate0)$/;
const LXC_DISK = /^(rootfs|mp\d+)$/;
const NIC_MODELS = /^(e1000|e1000-82540em|e1000-82544gc|e1000-82545em|e1000e|i82551|i82557b|i82559er|ne2k_isa|ne2k_pci|pcnet|rtl8139|virtio|vmxnet3)$/;

export function isDiskKey(kind: GuestKind, key: string): boolean {
  return (kind === 'qemu' ? QEMU_DISK : LXC_DISK).test(key);
}

export interface ConfigTarget {
  kind: GuestKind;
  vmid: number;
}

/** `k=v` pairs with the leading key first, then the rest sorted, as PVE prints them. */
function printProps(head: string | undefined, props: Record<string, string>): string {
  const rest = Object.keys(props)
    .sort()
    .map((key) => `${key}=${props[key]}`);
  return [...(head === undefined ? [] : [head]), ...rest].join(',');
}

/**
 * The boolean keys of the drive, NIC and mount-point formats (qemu-server `QemuServer/Drive.pm`,
 * `QemuServer/Network.pm`; pve-container `LXC/Config.pm`). The server parses a value with
 * `parse_property_string`, which turns on/yes/true (off/no/false) into 1 (0), and writes it back
 * printed: the web UI's `iothread=on,ssd=on` is stored `iothread=1,ssd=1`.
 */
const BOOLEAN_KEYS: Readonly<Record<GuestKind, ReadonlySet<string>>> = {
  qemu: new Set([
    'snapshot',
    'backup',
    'replicate',
    'detect_zeroes',
    'shared',
    'iothread',
    'ro',
    'scsiblock',
    'ssd',
    'pre-enrolled-keys',
    'firewall',
    'link_down',
  ]),
  lxc: new Set(['acl', 'backup', 'ro', 'quota', 'replicate', 'shared', 'firewall', 'link_down', 'host-managed']),
};

/** The stored 1 or 0 for a boolean word, the value itself when it is none. */
function printedBoolean(value: string): string {
  const parsed = parseBooleanWord(value);
  return parsed === undefined ? value : parsed ? '1' : '0';
}

/** `options` with its boolean keys' values as the server stores them. */
function withPrintedBooleans(kind: GuestKind, options: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(options).map(([key, value]) => [key, BOOLEAN_KEYS[kind].has(key) ? printedBoolean(value) : value]));
}

function generateMac(prefix: string): string {
  const tail = [...randomBytes(3)].map((b) => b.toString(16).toUpperCase().padStart(2, '0'));
  return [prefix, ...tail].join(':');
}

/** A disk value as stored: new volumes allocated, size recorded, options sorted. */
function normalizeDisk(state: SimState, target: ConfigTarget, key: string, value: string): string {
  const { bare, props } = parsePropertyString(value);
  // `format` only picks the new volume's format; create_disks drops it from the config.
  const { file, volume: volumeKey, size: _ignored, format, ...given } = props;
  const options = withPrintedBooleans(target.kind, given);
  const spec = bare ?? file ?? volumeKey ?? '';
  // A container bind mount or device mount names a host path (root@pam only, checked before).
  if (target.kind === 'lxc' && spec.startsWith('/')) return printProps(spec, options);
  if (spec === 'none' || options.media === 'cdrom') return printProps(spec, { ...options, ...(format !== undefined ? { format } : {}) });
  const alloc = /^([a-z][a-z0-9\-_.]*[a-z0-9]):(\d+(?:\.\d+)?)$/i.exec(spec);
  if (alloc) {
    const content = target.kind === 'qemu' ? 'images' : 'rootdir';
    const special = target.kind === 'qemu' ? specialAllocation(state, key, options) : undefined;
    const size = special?.size ?? Math.round(Number(alloc[2]) * GIB);
    const volume = allocateVolume(state, alloc[1] ?? '', target.vmid, size, content, 'disk', format);
    const kept = Object.fromEntries(Object.entries(options).filter(([name]) => !(special?.dropped ?? []).includes(name)));
    return printProps(volid(volume), { ...kept, ...special?.options, size: formatSize(volume.size) });
  }
  const cloudinit = /^([a-z][a-z0-9\-_.]*[a-z0-9]):cloudinit$/i.exec(spec);
  if (cloudinit && target.kind === 'qemu') return printProps(`${cloudinit[1]}:vm-${target.vmid}-cloudinit`, { ...options, media: 'cdrom' });
  const existing = findVolume(state, spec);
  if (!existing) throw die(`unable to parse volume ID '${spec}' or volume does not exist (${key})`);
  return printProps(spec, { ...options, ...(format !== undefined ? { format } : {}), size: formatSize(existing.size) });
}

function normalizeQemuNet(value: string, macPrefix: string): string {
  const { bare, props: given } = parsePropertyString(value);
  const props = withPrintedBooleans('qemu', given);
  let model = props.model ?? bare;
  let mac = props.macaddr;
  const rest: Record<string, string> = {};
  for (const [key, inner] of Object.entries(props)) {
    if (NIC_MODELS.test(key)) {
      model = key;
      if (inner !== '') mac = inner;
    } else if (key !== 'model' && key !== 'macaddr') rest[key] = inner;
  }
  if (model === undefined) throw die('missing NIC model');
  return printProps(`${model}=${(mac ?? generateMac(macPrefix)).toUpperCase()}`, rest);
}

function normalizeLxcNet(value: string, macPrefix: string): string {
  const { props: given } = parsePropertyString(value);
  const props = withPrintedBooleans('lxc', given);
  const { name, ...others } = props;
  const rest: Record<string, string> = { ...others };
  rest.hwaddr = (rest.hwaddr ?? generateMac(macPrefix)).toUpperCase();
  rest.type ??= 'veth';
  return printProps(name === undefined ? undefined : `name=${name}`, rest);
}

export function normalizeTags(value: string): string {
  return [
    ...new Set(
      value
        .split(/[;,\s]+/)
        .filter((t) => t !== '')
        .map((t) => t.toLowerCase()),
    ),
  ]
    .sort()
    .join(';');
}

/** The largest cgroup v2 CPU weight (`cpu.weight`). */
const CGROUP_V2_MAX_WEIGHT = 10_000;

/** The value the config file ends up holding for `key` (allocating volumes as a side effect). */
export function normalizeConfigValue(state: SimState, target: ConfigTarget, key: string, value: string, macPrefix: string): string {
  if (isDiskKey(target.kind, key)) return normalizeDisk(state, target, key, value);
  if (/^net\d+$/.test(key)) return target.kind === 'qemu' ? normalizeQemuNet(value, macPrefix) : normalizeLxcNet(value, macPrefix);
  if (key === 'tags') return normalizeTags(value);
  if (key === 'description') return value.replace(/\s+$/, '');
  // cgroup v2 (the only one Proxmox VE 9 runs): clamped to 10000 (pve-common src/PVE/CGroup.pm:493-505
  // `clamp_cpu_shares` @f665029; qemu-server API2/Qemu.pm:1286-1287,2107-2108; pve-container API2/LXC.pm:263-264, API2/LXC/Config.pm:168-169).
  if (key === 'cpuunits' && Number(value) > CGROUP_V2_MAX_WEIGHT) return String(CGROUP_V2_MAX_WEIGHT);
  return value;
}

/** The size of a stored disk value (`...,size=32G`), in bytes. */
export function diskSize(value: string): number | undefined {
  const size = parsePropertyString(value).props.size;
  return size === undefined ? undefined : parseSize(size);
}

/** The volume id of a stored disk value, if it names one (not `none`, not a cdrom). */
export function diskVolume(value: string): string | undefined {
  const { bare, props } = parsePropertyString(value);
  if (props.media === 'cdrom' || bare === undefined || bare === 'none') return undefined;
  return bare;
}

/** Replaces the `size=` of a stored disk value. */
export function withDiskSize(value: string, bytes: number): string {
  const { bare, props } = parsePropertyString(value);
  return printProps(bare, { ...props, size: formatSize(bytes) });
}

/** SHA1 of the config file's text, the `digest` PVE returns and checks; a container's raw lxc lines are part of the file. */
export function configDigest(config: Readonly<Record<string, string>>, raw: ReadonlyArray<readonly [string, string]> = []): string {
  const text = Object.keys(config)
    .sort()
    .map((key) => `${key}: ${config[key]}\n`)
    .concat(raw.map(([key, value]) => `${key}: ${value}\n`))
    .join('');
  return createHash('sha1').update(text).digest('hex');
}

/** The digest of a guest's config file. */
export function guestDigest(guest: { readonly config: Readonly<Record<string, string>>; readonly lxc?: ReadonlyArray<readonly [string, string]> }): string {
  return configDigest(guest.config, guest.lxc);
}
