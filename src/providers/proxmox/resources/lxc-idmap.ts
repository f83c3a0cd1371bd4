// `proxmox_lxc`'s `idmap`: the container's own UID/GID mappings, `lxc.idmap: u 0 100000 65536`
// lines of its config file. The API neither takes raw `lxc.*` keys (PUT .../config has no such
// parameter) nor lets them be set otherwise, but GET .../config returns them as the `lxc` array
// (pve-container parse_pct_config): they are written over SSH in the node's config file and read
// back through the API.
import { attr, block } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { attributePath, type AttributePath } from '../../../framework/diagnostics.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { isCtyNumber, isObjectValue } from '../../../framework/values-util.js';
import type { Value } from '../../../values/types.js';
import { toJsNumber } from '../../../values/numbers.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import type { SshSettings } from '../ssh/settings.js';
import type { GuestRef } from '../shared/guest-id.js';

/** The highest id a map may reach: ids are 32-bit and (u32)-1 is "no id" (user_namespaces(7)). */
const MAX_ID_END = 4_294_967_295;
/** Extents per map the kernel takes since Linux 4.15 (user_namespaces(7)). */
const MAX_EXTENTS = 340;

export const idmapBlock = block.list({
  description:
    "The container's own UID/GID mappings (`lxc.idmap` lines of /etc/pve/lxc/VMID.conf), in place of Proxmox's default `u 0 100000 65536` and `g 0 100000 65536`; unprivileged containers only. The API cannot write raw lxc keys, so they are written over SSH: configure the provider's `ssh` block (as root, which may write /etc/pve). Give both a `u` and a `g` map of container id 0 (LXC needs the container's root mapped); ranges of one type must not overlap, in the container or on the host. A change applies at the container's next start (a running container restarts, see reboot_after_update); files already in the container keep their host owners.",
  attributes: {
    type: attr.string({ required: true, description: '"u" (user ids) or "g" (group ids).', validators: [validators.oneOf('u', 'g')] }),
    container_id: attr.number({
      required: true,
      description: 'First id inside the container.',
      validators: [validators.between(0, MAX_ID_END - 1), validators.integer()],
    }),
    host_id: attr.number({
      required: true,
      description: 'First id on the host it maps to.',
      validators: [validators.between(0, MAX_ID_END - 1), validators.integer()],
    }),
    size: attr.number({
      required: true,
      description: 'How many consecutive ids the map covers.',
      validators: [validators.between(1, MAX_ID_END), validators.integer()],
    }),
  },
});

export interface IdmapEntry {
  type: string;
  container_id: number;
  host_id: number;
  size: number;
}

/** `u 0 100000 65536`, as pve-container and LXC read an `lxc.idmap` value. */
export function idmapLine(entry: IdmapEntry): string {
  return `${entry.type} ${entry.container_id} ${entry.host_id} ${entry.size}`;
}

const IDMAP_VALUE = /^([ug])\s+(\d+)\s+(\d+)\s+(\d+)\s*$/;

/** The container's `lxc.idmap` entries from the config's raw entries (pve-container parse_id_maps' pattern). */
export function idmapFromRaw(raw: ReadonlyArray<readonly [string, string]>): IdmapEntry[] {
  return raw.flatMap(([key, value]) => {
    const match = key === 'lxc.idmap' ? IDMAP_VALUE.exec(value) : null;
    if (!match) return [];
    return [{ type: match[1] ?? '', container_id: Number(match[2]), host_id: Number(match[3]), size: Number(match[4]) }];
  });
}

export interface IdmapProblem {
  readonly index: number | undefined;
  readonly message: string;
}

/**
 * What LXC and the kernel refuse in a set of maps: a map past the 32-bit id space, overlapping
 * ranges of one type on either side (pve-container validate_id_maps; the kernel's
 * mappings_overlap), more than 340 extents of a type, and no map of container root
 * (LXC get_mapped_rootid: "No uid mapping for container root").
 */
export function idmapProblems(entries: readonly IdmapEntry[]): IdmapProblem[] {
  const problems: IdmapProblem[] = [];
  entries.forEach((entry, index) => {
    for (const side of ['container_id', 'host_id'] as const) {
      if (entry[side] + entry.size > MAX_ID_END)
        problems.push({ index, message: `${side} ${entry[side]} + size ${entry.size} passes the last id ${MAX_ID_END - 1}` });
    }
  });
  if (entries.length === 0) return problems;
  for (const type of ['u', 'g'] as const) {
    const ofType = entries.map((entry, index) => ({ entry, index })).filter(({ entry }) => entry.type === type);
    const kind = type === 'u' ? 'uid' : 'gid';
    if (!ofType.some(({ entry }) => entry.container_id === 0))
      problems.push({
        index: undefined,
        message: `no "${type}" map of container ${kind} 0: LXC needs the container's root mapped (add type = "${type}", container_id = 0)`,
      });
    if (ofType.length > MAX_EXTENTS) problems.push({ index: undefined, message: `${ofType.length} "${type}" maps: the kernel takes at most ${MAX_EXTENTS}` });
    for (const side of ['container_id', 'host_id'] as const) {
      const sorted = [...ofType].sort((a, b) => a.entry[side] - b.entry[side]);
      for (let i = 1; i < sorted.length; i++) {
        const previous = sorted[i - 1]!;
        const current = sorted[i]!;
        if (previous.entry[side] + previous.entry.size > current.entry[side]) {
          const where = side === 'container_id' ? 'container' : 'host';
          problems.push({
            index: current.index,
            message: `${where} ${kind} ${current.entry[side]} of "${idmapLine(current.entry)}" is also mapped by "${idmapLine(previous.entry)}"`,
          });
        }
      }
    }
  }
  return problems;
}

function knownNumber(value: Value): number | undefined {
  return isCtyNumber(value) ? toJsNumber(value) : undefined;
}

/** The configured maps when every value is known; undefined while any is unknown. */
function knownEntries(value: Value): IdmapEntry[] | undefined {
  if (value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const entries: IdmapEntry[] = [];
  for (const item of value as readonly Value[]) {
    if (!isObjectValue(item)) return undefined;
    const type = item.type;
    const numbers = [item.container_id, item.host_id, item.size].map((v) => knownNumber(v ?? null));
    if (typeof type !== 'string' || numbers.some((n) => n === undefined)) return undefined;
    const [container_id, host_id, size] = numbers as [number, number, number];
    entries.push({ type, container_id, host_id, size });
  }
  return entries;
}

function pathOf(problem: IdmapProblem): AttributePath {
  return problem.index === undefined ? attributePath('idmap') : attributePath('idmap', problem.index);
}

/** Plan-time checks of `idmap`: the maps themselves, and only on an unprivileged container. */
export function validateIdmap(ctx: ValidateContext): void {
  const entries = knownEntries(ctx.config.get('idmap'));
  if (entries === undefined || entries.length === 0) return;
  if (ctx.config.bool('unprivileged') === false)
    ctx.error(
      'idmap',
      'idmap needs an unprivileged container',
      'UID/GID maps apply to unprivileged containers only: set unprivileged = true or remove the idmap blocks.',
    );
  for (const problem of idmapProblems(entries)) ctx.error(pathOf(problem), 'Invalid idmap', problem.message);
}

function sameEntries(a: readonly IdmapEntry[], b: readonly IdmapEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => idmapLine(entry) === idmapLine(b[i]!));
}

/** A change of `idmap` is written over SSH: without the provider's `ssh` block it is refused at plan time. */
export function planIdmap(ctx: PlanContext<ProxmoxProviderData>): void {
  if (ctx.provider === undefined || ctx.provider.ssh !== undefined) return;
  const wanted = knownEntries(ctx.config.get('idmap'));
  if (wanted === undefined) return;
  const current = ctx.creating ? [] : (knownEntries(ctx.prior.get('idmap')) ?? []);
  if (sameEntries(wanted, current)) return;
  ctx.error(
    'idmap',
    'No SSH access configured',
    "The Proxmox API cannot write a container's lxc.idmap lines: configure the provider's `ssh` block (private_key or agent, as root) so they are written in the node's /etc/pve/nodes/NODE/lxc/VMID.conf.",
  );
}

export function idmapChanged(plan: readonly IdmapEntry[], current: readonly IdmapEntry[]): boolean {
  return !sameEntries(plan, current);
}

/**
 * The config file's text with its `lxc.idmap` lines replaced by `entries`: the other lines stay
 * as they are; the maps go where pve-container writes raw keys, at the end of the current
 * section (before `[pve:pending]` and the snapshot sections, which keep theirs).
 */
export function withIdmap(text: string, entries: readonly IdmapEntry[]): string {
  const lines = text.split('\n');
  const sectionStart = lines.findIndex((line) => /^\[[^\]]+\]\s*$/.test(line));
  const head = sectionStart === -1 ? lines : lines.slice(0, sectionStart);
  const rest = sectionStart === -1 ? [] : lines.slice(sectionStart);
  const kept = head.filter((line) => !/^lxc\.idmap(:|\s*=)/.test(line));
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
  const maps = entries.map((entry) => `lxc.idmap: ${idmapLine(entry)}`);
  const body = [...kept, ...maps].join('\n') + '\n';
  return rest.length === 0 ? body : `${body}\n${rest.join('\n')}`;
}

/** The config file of a container, wherever the SSH connection lands in the cluster (pmxcfs shares /etc/pve). */
export function containerConfigPath(ref: GuestRef): string {
  return `/etc/pve/nodes/${ref.node}/lxc/${ref.vmid}.conf`;
}

/** Rewrites the container's `lxc.idmap` lines over SFTP. */
export async function writeIdmap(ssh: SshSettings | undefined, ref: GuestRef, entries: readonly IdmapEntry[], signal: AbortSignal): Promise<void> {
  if (ssh === undefined)
    throw new Error("idmap: the Proxmox API cannot write a container's lxc.idmap lines; configure the provider's `ssh` block so they are written over SSH");
  const { readNodeFile, writeNodeFile } = await import('../ssh/sftp-upload.js');
  const file = { node: ref.node, path: containerConfigPath(ref) };
  const text = (await readNodeFile(ssh, file, signal)).toString('utf8');
  if (/^lock:/m.test(text.split(/^\[/m)[0] ?? ''))
    throw new Error(`idmap: container ${ref.vmid} is locked (${/^lock:\s*(\S+)/m.exec(text)?.[1] ?? ''}); its config file is left alone`);
  // pmxcfs takes only mode 0640 for files outside /etc/pve/priv (pmxcfs cfs_fuse_chmod).
  await writeNodeFile(ssh, file, Buffer.from(withIdmap(text, entries), 'utf8'), signal, 0o640);
}
