// A container's config file, /etc/pve/lxc/VMID.conf (pmxcfs: /etc/pve/nodes/NODE/lxc/VMID.conf),
// as the simulated sshd serves it: rendered from the simulator's state as pve-container's
// write_pct_config prints it, and a written file parsed back as parse_pct_config reads it, so a
// raw `lxc.idmap` line written over SSH shows in the API's GET config `lxc` array.
import { posix } from 'node:path';
import type { SimGuest, SimState } from './state.js';

/** PVE::Tools::encode_text: control, non-ASCII and ':' characters %-escaped (uri_escape). */
function encodeText(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (byte >= 0x20 && byte <= 0x7e && byte !== 0x3a ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

function decodeText(text: string): string {
  try {
    return decodeURIComponent(text.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
  } catch {
    return text;
  }
}

/** One section of write_pct_config: the description as comments, the keys sorted, then the raw lxc lines. */
function renderSection(config: Readonly<Record<string, string>>, raw: ReadonlyArray<readonly [string, string]>): string {
  const { description, ...rest } = config;
  const comments = (description ?? '')
    .split('\n')
    .filter((line, i, all) => line !== '' || i < all.length - 1)
    .map((line) => `#${encodeText(line)}\n`);
  const keys = Object.keys(rest)
    .sort()
    .map((key) => `${key}: ${rest[key]}\n`);
  return [...(description === undefined || description === '' ? [] : comments), ...keys, ...raw.map(([key, value]) => `${key}: ${value}\n`)].join('');
}

/** The file's text: the current section, `[pve:pending]`, then each snapshot. */
export function renderContainerConfig(guest: SimGuest): string {
  let text = renderSection(guest.config, guest.lxc ?? []);
  if (Object.keys(guest.pending).length > 0 || guest.pendingDelete.size > 0) {
    const pending = { ...guest.pending, ...(guest.pendingDelete.size > 0 ? { delete: [...guest.pendingDelete].join(',') } : {}) };
    text += `\n[pve:pending]\n${renderSection(pending, [])}`;
  }
  for (const snap of [...guest.snapshots.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const values = {
      ...snap.config,
      description: snap.description,
      snaptime: String(snap.snaptime),
      ...(snap.parent !== undefined ? { parent: snap.parent } : {}),
    };
    text += `\n[${snap.name}]\n${renderSection(values, snap.lxc ?? [])}`;
  }
  return text;
}

/** Raw keys parse_pct_config refuses with a message (pve-container LXC/Config.pm $valid_lxc_conf_keys). */
const REFUSED_RAW: Readonly<Record<string, string>> = {
  'lxc.rootfs.path': 'lxc.rootfs.path is auto generated from rootfs',
  'lxc.rootfs.options': 'lxc.rootfs.options is not supported, please use mount point options in the "rootfs" key',
};

export interface ParsedSection {
  config: Record<string, string>;
  raw: Array<[string, string]>;
}

/** The sections of a config file by name ('' for the current one), or the first line parse_pct_config refuses. */
export function parseContainerConfig(vmid: number, text: string): { sections: Map<string, ParsedSection> } | { error: string } {
  const sections = new Map<string, ParsedSection>();
  let section: ParsedSection = { config: {}, raw: [] };
  sections.set('', section);
  let description = '';
  const close = (): void => {
    if (description !== '') section.config.description = description.replace(/\n$/, '');
    description = '';
  };
  for (const line of text.split('\n')) {
    if (/^\s*$/.test(line)) continue;
    const header = /^\[(pve:pending|[a-z][a-z0-9_-]+)\]\s*$/i.exec(line);
    if (header) {
      close();
      section = { config: {}, raw: [] };
      sections.set(header[1] ?? '', section);
      continue;
    }
    const comment = /^#(.*)$/.exec(line);
    if (comment) {
      description += `${decodeText(comment[1] ?? '')}\n`;
      continue;
    }
    const raw = /^(lxc\.[a-z0-9_\-.]+)(:|\s*=)\s*(.*?)\s*$/.exec(line);
    if (raw) {
      const key = raw[1] ?? '';
      const refused = REFUSED_RAW[key];
      if (refused !== undefined) return { error: `vm ${vmid} - ${key}: ${refused}` };
      section.raw.push([key, raw[3] ?? '']);
      continue;
    }
    const pair = /^([a-z][a-z_]*\d*):\s*(.+?)\s*$/.exec(line);
    if (!pair) return { error: `vm ${vmid} - unable to parse config: ${line}` };
    section.config[pair[1] ?? ''] = pair[2] ?? '';
  }
  close();
  return { sections };
}

/**
 * Applies a written file to the container: its current section (values and raw lxc lines) and
 * its pending section. Snapshot sections are kept as the simulator holds them.
 */
export function applyContainerConfig(guest: SimGuest, text: string): string | undefined {
  const parsed = parseContainerConfig(guest.vmid, text);
  if ('error' in parsed) return parsed.error;
  const current = parsed.sections.get('') ?? { config: {}, raw: [] };
  const pending = parsed.sections.get('pve:pending')?.config ?? {};
  const { delete: deleted, ...pendingValues } = pending;
  guest.config = current.config;
  guest.lxc = current.raw;
  guest.pending = pendingValues;
  guest.pendingDelete = new Set((deleted ?? '').split(/[,;\s]+/).filter((key) => key !== ''));
  return undefined;
}

/**
 * The container a node path names: /etc/pve/nodes/NODE/lxc/VMID.conf, or /etc/pve/lxc/VMID.conf
 * on the node the sshd runs on (pmxcfs links /etc/pve/lxc to the local node's directory). A
 * container on another node is not in that node's directory.
 */
export function containerAtPath(state: SimState, localNode: string, path: string): SimGuest | undefined {
  const normal = posix.normalize(path);
  const match = /^\/etc\/pve\/(?:nodes\/([^/]+)\/)?lxc\/(\d+)\.conf$/.exec(normal);
  if (!match) return undefined;
  const node = match[1] ?? localNode;
  const guest = state.guests.get(Number(match[2]));
  return guest !== undefined && guest.kind === 'lxc' && guest.node === node ? guest : undefined;
}

/** Whether a path lies in pmxcfs, whose files take only mode 0640 (0600 under priv/): pmxcfs cfs_fuse_chmod. */
export function allowedPveMode(path: string, mode: number): boolean {
  const normal = posix.normalize(path);
  if (!normal.startsWith('/etc/pve/')) return true;
  const allowed = normal.startsWith('/etc/pve/priv/') ? 0o600 : 0o640;
  return (mode & 0o7777) === allowed;
}
