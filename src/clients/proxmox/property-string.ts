// Proxmox property strings: `virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1` and disk strings
// `local-lvm:vm-100-disk-0,size=32G`. Values never contain commas in the keys we manage.

export interface PropertyString {
  /** The value given without a key (`local-lvm:32` in a disk string), if any. */
  readonly bare?: string;
  /** key → value, in the order they appeared. */
  readonly props: Readonly<Record<string, string>>;
}

/** Parses `a=1,b=2` or `bare,a=1`; a later duplicate key wins. */
export function parsePropertyString(text: string): PropertyString {
  const props: Record<string, string> = {};
  let bare: string | undefined;
  for (const part of text.split(',')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) bare = part;
    else props[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return bare === undefined ? { props } : { bare, props };
}

/**
 * pve-common's `parse_boolean`: 1/on/yes/true is true, 0/off/no/false false (any case), anything
 * else undefined. The server stores what it parsed as 1 or 0, but a hand-edited config file
 * keeps the word it was given.
 */
export function parseBooleanWord(value: string): boolean | undefined {
  if (/^(1|on|yes|true)$/i.test(value)) return true;
  if (/^(0|off|no|false)$/i.test(value)) return false;
  return undefined;
}

/** Builds `bare,k=v,...`; keys with undefined values are left out, booleans become 1/0. */
export function buildPropertyString(props: Readonly<Record<string, string | number | boolean | undefined>>, bare?: string): string {
  const parts = bare === undefined ? [] : [bare];
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined) continue;
    parts.push(`${key}=${typeof value === 'boolean' ? (value ? 1 : 0) : value}`);
  }
  return parts.join(',');
}

const NIC_MODELS = new Set([
  'e1000',
  'e1000-82540em',
  'e1000-82544gc',
  'e1000-82545em',
  'e1000e',
  'i82551',
  'i82557b',
  'i82559er',
  'ne2k_isa',
  'ne2k_pci',
  'pcnet',
  'rtl8139',
  'virtio',
  'vmxnet3',
]);

export interface NetDevice {
  model: string;
  macaddr?: string;
  bridge?: string;
  firewall?: boolean;
  tag?: number;
  /** Every other option, as text (`rate`, `mtu`, `queues`, `link_down`, ...). */
  options: Record<string, string>;
}

/** Parses a QEMU `netN` value (`virtio=AA:..,bridge=vmbr0,firewall=1` or `model=virtio,...`). */
export function parseNetDevice(text: string): NetDevice {
  const { props } = parsePropertyString(text);
  const options: Record<string, string> = {};
  const device: NetDevice = { model: props.model ?? '', options };
  for (const [key, value] of Object.entries(props)) {
    if (NIC_MODELS.has(key)) {
      device.model = key;
      if (value !== '') device.macaddr = value;
    } else if (key === 'macaddr') device.macaddr = value;
    else if (key === 'bridge') device.bridge = value;
    else if (key === 'firewall') device.firewall = parseBooleanWord(value) ?? false;
    else if (key === 'tag') device.tag = Number(value);
    else if (key !== 'model') options[key] = value;
  }
  return device;
}

/** Builds the canonical `model=MAC,bridge=..,firewall=..` form (MAC omitted → server picks). */
export function buildNetDevice(device: NetDevice): string {
  const head = device.macaddr === undefined ? `model=${device.model}` : `${device.model}=${device.macaddr}`;
  const tail = buildPropertyString({ bridge: device.bridge, firewall: device.firewall, tag: device.tag, ...device.options });
  return tail === '' ? head : `${head},${tail}`;
}

export interface DiskSpec {
  /** `local-lvm:vm-100-disk-0` for an existing volume, `local-lvm:32` to allocate 32 GiB, `none`. */
  volume: string;
  /** `size=32G` as the server reports it, if present. */
  size?: string;
  /** Every other option (`ssd`, `discard`, `iothread`, `media`, `cache`, ...). */
  options: Record<string, string>;
}

/** Parses a disk value (`local-lvm:vm-100-disk-0,discard=on,size=32G`). */
export function parseDisk(text: string): DiskSpec {
  const { bare, props } = parsePropertyString(text);
  const { file, volume, size, ...options } = props;
  const disk: DiskSpec = { volume: bare ?? file ?? volume ?? '', options };
  if (size !== undefined) disk.size = size;
  return disk;
}

/** Builds a disk value; `size` is left out because the server computes it. */
export function buildDisk(disk: Pick<DiskSpec, 'volume' | 'options'>): string {
  return buildPropertyString(disk.options, disk.volume);
}

/** The storage id of a volume id (`local-lvm:vm-100-disk-0` → `local-lvm`). */
export function storageOfVolume(volume: string): string | undefined {
  const colon = volume.indexOf(':');
  return colon > 0 ? volume.slice(0, colon) : undefined;
}

const SIZE_UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** `32G` → bytes; undefined for text that is not a size. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)([KMGT]?)$/.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (SIZE_UNITS[match[2] ?? ''] ?? 1));
}

/** Bytes → the largest exact unit, as the server prints sizes (`32G`, `1536M`, raw bytes). */
export function formatSize(bytes: number): string {
  for (const unit of ['T', 'G', 'M', 'K'] as const) {
    const factor = SIZE_UNITS[unit] ?? 1;
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  }
  return String(bytes);
}
