// iscsi.*: portals, initiators, auth groups, targets, extents and target-extent mappings
// with the middleware's validation, generated fields and LUN assignment.
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import { crud, datastoreRoundTrip, deleteFrom, dict, lowestFree, mustExist, type CallContext, type MethodTable } from '../registry.js';
import type { SimExtent, SimState, SimTarget, SimTargetGroup } from '../state.js';
import { versionAtLeast } from '../version.js';
import { fitReturns } from './fit-returns.js';
import { pathExists } from './accounts.js';
import { changeService, reloadingAfter } from './services.js';

/** Pydantic's "extra keys" check: only the named fields may appear. */
function onlyKeys(data: Record<string, unknown>, allowed: readonly string[], prefix: string, verrors: Verrors): void {
  for (const key of Object.keys(data)) if (!allowed.includes(key)) verrors.add(`${prefix}.${key}`, 'Extra inputs are not permitted');
}

function typed(data: Record<string, unknown>, field: string, type: 'string' | 'number' | 'boolean', prefix: string, verrors: Verrors): void {
  const value = data[field];
  if (value !== undefined && value !== null && typeof value !== type)
    verrors.add(`${prefix}.${field}`, `Input should be a valid ${type === 'number' ? 'integer' : type}`);
}

/** `ip`, `ip:port` or `[ipv6]:port`, as iSNS servers are given. */
export function isIpPort(server: string): boolean {
  const match = /^(?:\[([^\]]+)\]|([^:]+)|([0-9a-fA-F:]+))(?::(\d+))?$/.exec(server);
  if (!match) return false;
  const ip = match[1] ?? match[2] ?? match[3] ?? '';
  const port = match[4] === undefined ? 3205 : Number(match[4]);
  return isIP(ip) !== 0 && port >= 1 && port <= 65535;
}

// ---- portals -------------------------------------------------------------------------------

function portalRows(state: SimState): Record<string, unknown>[] {
  return state.portals.list().map((p) => ({ id: p.id, listen: p.listen, tag: p.tag, comment: p.comment }));
}

function portalInput(
  state: SimState,
  data: Record<string, unknown>,
  prefix: string,
  selfId?: number,
): { listen: { ip: string; port: number }[]; comment: string } {
  const verrors = new Verrors();
  onlyKeys(data, ['listen', 'comment'], prefix, verrors);
  const listen = Array.isArray(data['listen']) ? (data['listen'] as { ip?: unknown }[]) : [];
  if (listen.length === 0) verrors.add(`${prefix}.listen`, 'At least one listen entry is required.');
  for (const entry of listen) {
    const ip = String(entry.ip);
    if (state.portals.list().some((p) => p.id !== selfId && p.listen.some((l) => l.ip === ip))) {
      verrors.add(`${prefix}.listen`, `'${ip}' IP is already in use.`);
    } else if (versionAtLeast(state.version, '25.10') && ip !== '0.0.0.0' && ip !== '::' && !state.hasInterfaceAddress(ip)) {
      // Only the wildcards or an address some interface has (plugins/iscsi_/portal.py@TS-25.10.6:116-121).
      verrors.add(`${prefix}.listen`, `IP ${ip} not configured on this system.`);
    }
  }
  verrors.check();
  return { listen: listen.map((entry) => ({ ip: String(entry.ip), port: state.iscsiGlobal.listen_port })), comment: String(data['comment'] ?? '') };
}

// ---- targets -------------------------------------------------------------------------------

const targetFields = ['name', 'alias', 'mode', 'groups', 'auth_networks', 'iscsi_parameters'];

function validateTarget(state: SimState, data: Record<string, unknown>, selfId?: number): void {
  // Business errors name the operation's schema: iscsi_target_update on update (plugins/iscsi_/targets.py@TS-25.10.6:336).
  const prefix = selfId === undefined ? 'iscsi_target_create' : 'iscsi_target_update';
  const verrors = new Verrors();
  onlyKeys(data, targetFields, prefix, verrors);
  typed(data, 'name', 'string', prefix, verrors);
  const name = data['name'];
  if (typeof name === 'string') {
    if (!/^[-a-z0-9.:]+$/.test(name))
      verrors.add(`${prefix}.name`, 'Only lowercase alphanumeric characters plus dot (.), dash (-), and colon (:) are allowed.');
    else if (name.length > 120) verrors.add(`${prefix}.name`, 'Target name must be 120 characters or fewer');
    else if (state.targets.list().some((t) => t.id !== selfId && t.name === name)) verrors.add(`${prefix}.name`, 'Target with this name already exists');
  }
  const alias = data['alias'];
  if (typeof alias === 'string' && alias !== '') {
    if (alias.includes('"')) verrors.add(`${prefix}.alias`, 'Double quotes are not allowed');
    else if (alias === 'target') verrors.add(`${prefix}.alias`, 'target is a reserved word');
    else if (state.targets.list().some((t) => t.id !== selfId && t.alias === alias)) verrors.add(`${prefix}.alias`, 'Alias already exists');
  }
  if (data['mode'] !== undefined && data['mode'] !== 'ISCSI') verrors.add(`${prefix}.mode`, 'Fibre Channel not enabled');
  const groups = (data['groups'] as Partial<SimTargetGroup>[] | undefined) ?? [];
  const seen = new Set<number>();
  groups.forEach((group, i) => {
    if (!state.portals.get(Number(group.portal))) verrors.add(`${prefix}.groups.${i}.portal`, `${String(group.portal)} Portal not found in database`);
    if (seen.has(Number(group.portal))) verrors.add(`${prefix}.groups.${i}.portal`, `Portal ${String(group.portal)} cannot be duplicated on a target`);
    seen.add(Number(group.portal));
    if (group.initiator != null && !state.initiators.get(group.initiator))
      verrors.add(`${prefix}.groups.${i}.initiator`, `${group.initiator} Initiator not found in database`);
    const method = group.authmethod ?? 'NONE';
    if (method !== 'NONE' && group.auth == null) verrors.add(`${prefix}.groups.${i}.auth`, 'Authentication group is required for CHAP and CHAP Mutual');
    if (method === 'CHAP_MUTUAL' && group.auth != null && !state.auths.list().some((a) => a.tag === group.auth && a.peeruser)) {
      verrors.add(`${prefix}.groups.${i}.auth`, 'CHAP Mutual requires an authentication group with a peer user');
    }
  });
  verrors.check();
}

function targetGroups(data: Record<string, unknown>): SimTargetGroup[] {
  return ((data['groups'] as Partial<SimTargetGroup>[] | undefined) ?? []).map((g) => ({
    portal: Number(g.portal),
    initiator: g.initiator ?? null,
    authmethod: g.authmethod ?? 'NONE',
    auth: g.auth ?? null,
  }));
}

function createTarget(state: SimState, data: Record<string, unknown>): SimTarget {
  validateTarget(state, data);
  return state.targets.insert({
    name: String(data['name']),
    alias: (data['alias'] as string | undefined) ?? null,
    mode: 'ISCSI',
    groups: targetGroups(data),
    auth_networks: (data['auth_networks'] as string[] | undefined) ?? [],
    rel_tgt_id: lowestFree(
      state.targets.list().map((t) => t.rel_tgt_id),
      1,
    ),
    iscsi_parameters: (data['iscsi_parameters'] as SimTarget['iscsi_parameters'] | undefined) ?? null,
  });
}

function updateTarget(state: SimState, id: number, data: Record<string, unknown>): SimTarget {
  const target = mustExist(state.targets.get(id), 'iSCSITarget', id);
  const merged = { name: target.name, alias: target.alias, mode: target.mode, groups: target.groups, auth_networks: target.auth_networks, ...data };
  validateTarget(state, merged, id);
  Object.assign(target, { ...merged, groups: targetGroups(merged) });
  return target;
}

// Every iSCSI write but an extent create ends with `_service_change('iscsitarget', 'reload')`
// (service.ts `changeService`), targets and target-extent creates and deletes with
// `ha_propagate: False` (their HA peer is reloaded apart); the lines are cited where each is
// modelled, @TS-25.10.6 (25.04 and 26.0 do the same at their lines).
const reloadIscsi = (ctx: CallContext, options: Record<string, unknown> = {}) => changeService(ctx, 'iscsitarget', 'RELOAD', options);
const NO_HA_PROPAGATE = { ha_propagate: false };

/**
 * The mappings `match` picks, each removed by its own `iscsi.targetextent.delete` with the reload
 * that ends it (target_to_extent.py:157-178, called from targets.py:409-412 and extents.py:
 * 314-315 @TS-25.10.6); returns their extents.
 */
async function deleteMappings(ctx: CallContext, match: (m: { id: number; target: number; extent: number }) => boolean): Promise<number[]> {
  const removed = ctx.state.targetExtents.list().filter(match);
  for (const mapping of removed) {
    ctx.state.targetExtents.delete(mapping.id);
    await reloadIscsi(ctx, NO_HA_PROPAGATE);
  }
  return removed.map((m) => m.extent);
}

/**
 * `iscsi.extent.delete`: its mappings' deletes, the row, then a reload even when the row's delete
 * failed (extents.py:287-331 @TS-25.10.6, `finally`). `remove` unlinks a FILE extent's file and
 * nothing else: a DISK extent's zvol stays (`remove_extent_file`, extents.py:32-41,307-312).
 */
async function deleteExtent(ctx: CallContext, id: number, remove: unknown): Promise<boolean> {
  const extent = mustExist(ctx.state.extents.get(id), 'iSCSITargetExtent', id);
  if (remove === true && extent.type === 'FILE') ctx.state.files.delete(extent.path);
  await deleteMappings(ctx, (m) => m.extent === id);
  try {
    return ctx.state.extents.delete(id);
  } finally {
    await reloadIscsi(ctx);
  }
}

// ---- extents -------------------------------------------------------------------------------

const extentFields = [
  'name',
  'type',
  'disk',
  'path',
  'filesize',
  'serial',
  'blocksize',
  'pblocksize',
  'avail_threshold',
  'comment',
  'insecure_tpc',
  'xen',
  'rpm',
  'ro',
  'enabled',
  'product_id',
];

/** What `extend` answers for an extent without a product id (plugins/iscsi_/extents.py:29,365-366 @TS-25.10.6). */
const DEFAULT_PRODUCT_ID = 'iSCSI Disk';

/** An extent as the API answers it; `product_id` only where the release has it (25.10+). */
function extentRow(ctx: CallContext, extent: SimExtent): Record<string, unknown> {
  const row = { ...extent, disk: extent.type === 'DISK' ? extent.path : null, locked: false, product_id: extent.product_id || DEFAULT_PRODUCT_ID };
  return fitReturns(ctx, 'iscsi.extent.query', row);
}

function validateExtent(state: SimState, data: Record<string, unknown>, selfId?: number): void {
  const prefix = selfId === undefined ? 'iscsi_extent_create' : 'iscsi_extent_update';
  const verrors = new Verrors();
  onlyKeys(data, extentFields, prefix, verrors);
  for (const field of ['name', 'disk', 'path', 'serial', 'comment', 'rpm']) typed(data, field, 'string', prefix, verrors);
  for (const field of ['blocksize', 'avail_threshold']) typed(data, field, 'number', prefix, verrors);
  for (const field of ['pblocksize', 'insecure_tpc', 'xen', 'ro', 'enabled']) typed(data, field, 'boolean', prefix, verrors);
  const name = data['name'];
  if (typeof name !== 'string' || name === '') verrors.add(`${prefix}.name`, 'Field required');
  // `clean_name` / `clean_serial` (plugins/iscsi_/extents.py@TS-25.10.6:378-441; the 64-character limit is the schema's).
  else if (name.includes('"')) verrors.add(`${prefix}.name`, 'Double quotes are not allowed');
  else if (state.extents.list().some((e) => e.id !== selfId && e.name === name)) verrors.add(`${prefix}.name`, 'Extent name must be unique');
  const serial = data['serial'];
  if (typeof serial === 'string') {
    if (serial.includes('"')) verrors.add(`${prefix}.serial`, 'Double quotes are not allowed');
    if (serial.length > 20) verrors.add(`${prefix}.serial`, 'Extent serial can not exceed 20 characters');
    else if (state.extents.list().some((e) => e.id !== selfId && e.serial === serial)) verrors.add(`${prefix}.serial`, 'Serial number must be unique');
  }
  if (data['blocksize'] !== undefined && ![512, 1024, 2048, 4096].includes(data['blocksize'] as number))
    verrors.add(`${prefix}.blocksize`, 'Input should be 512, 1024, 2048 or 4096');
  if ((data['type'] ?? 'DISK') === 'DISK') {
    const disk = data['disk'];
    if (typeof disk !== 'string' || disk === '') verrors.add(`${prefix}.disk`, 'This field is required');
    else if (!disk.startsWith('zvol/')) verrors.add(`${prefix}.disk`, 'Disk name must start with "zvol/"');
    else {
      if (versionAtLeast(state.version, '25.10')) refuseNamespaceDevice(state, disk, `${prefix}.disk`, 'Disk', verrors);
      const volume = disk.slice('zvol/'.length);
      const [dataset, snapshot] = volume.split('@') as [string, string | undefined];
      const exists = snapshot ? state.snapshots.has(volume) : state.datasets.get(dataset)?.type === 'VOLUME';
      if (!exists) verrors.add(`${prefix}.disk`, `Device '/dev/zvol/${volume}' for volume '${volume}' does not exist`);
      else if (snapshot && data['ro'] !== true) verrors.add(`${prefix}.ro`, 'Must be set when disk is a ZFS Snapshot');
      // 25.10.0+ (NAS-137857): one extent per zvol (plugins/iscsi_/extents.py@TS-25.10.6:494).
      const user = versionAtLeast(state.version, '25.10')
        ? state.extents.list().find((e) => e.id !== selfId && e.type === 'DISK' && e.path === disk)
        : undefined;
      if (user) verrors.add(`${prefix}.disk`, `Disk currently in use by extent ${user.name}`);
    }
  } else if (data['type'] === 'FILE') {
    validateExtentFile(state, data, prefix, selfId, verrors);
  } else verrors.add(`${prefix}.type`, "Input should be 'DISK' or 'FILE'");
  verrors.check();
}

/**
 * 25.10+: a zvol or file an NVMe-oF namespace exports is refused at once, before the other checks
 * of the device (`Disk currently in use by NVMe-oF subsystem <name> NSID <n>`, `File currently
 * in use by …`: plugins/iscsi_/extents.py@TS-25.10.6:472-476,519-523, the same at
 * @TS-26.0.0-BETA.3:495-499,542-546; 25.04 has no NVMe-oF).
 */
function refuseNamespaceDevice(state: SimState, device: string, attribute: string, what: 'Disk' | 'File', verrors: Verrors): void {
  const ns = state.nvmet.namespaces.list().find((n) => n.device_path === device);
  if (!ns) return;
  verrors.add(attribute, `${what} currently in use by NVMe-oF subsystem ${state.nvmet.subsystems.get(ns.subsys_id)?.name ?? ''} NSID ${ns.nsid}`);
  verrors.check();
}

/** A FILE extent's path and size (`clean_type_and_path`, `clean_size`: plugins/iscsi_/extents.py@TS-25.10.6:497-560). */
function validateExtentFile(state: SimState, data: Record<string, unknown>, prefix: string, selfId: number | undefined, verrors: Verrors): void {
  const path = data['path'];
  if (typeof path !== 'string' || path === '') {
    verrors.add(`${prefix}.path`, 'This field is required');
    verrors.check();
    return;
  }
  const recent = versionAtLeast(state.version, '25.10');
  if (pathExists(state, path)) verrors.add(`${prefix}.path`, 'You need to specify a filepath not a directory');
  if (!state.pools.some((pool) => path.startsWith(`/mnt/${pool.name}/`))) verrors.add(`${prefix}.path`, 'The path must reside within a pool mount point');
  if (recent) {
    if (path.includes(' ')) verrors.add(`${prefix}.path`, 'Filepath may not contain space characters');
    refuseNamespaceDevice(state, path, `${prefix}.path`, 'File', verrors);
    const user = state.extents.list().find((e) => e.id !== selfId && e.type === 'FILE' && e.path === path);
    if (user) verrors.add(`${prefix}.path`, `File currently in use by extent ${user.name}`);
  }
  const size = Number(data['filesize'] ?? 0);
  const blocksize = Number(data['blocksize'] ?? 512);
  if (size === 0) {
    if (!state.files.has(path)) verrors.add(`${prefix}.path`, 'The file must exist if the extent size is set to auto (0)');
  } else if (size % blocksize !== 0) verrors.add(`${prefix}.filesize`, `File size (${size}) must be a multiple of block size (${blocksize})`);
}

/**
 * `save`: a FILE extent's file is made (`truncate -s filesize`) when missing; on update an existing
 * one may only grow. The shrink refusal names `iscsi_extent_create` on update too
 * (plugins/iscsi_/extents.py@TS-25.10.6:614-646,173).
 */
function saveExtentFile(state: SimState, data: Record<string, unknown>, old?: SimExtent): void {
  if (data['type'] !== 'FILE') return;
  const path = String(data['path']);
  const size = Number(data['filesize'] ?? 0);
  if (!state.files.has(path)) {
    state.files.set(path, size);
    return;
  }
  if (!old) return;
  const oldSize = Number(old.filesize);
  if (size > oldSize) state.files.set(path, size);
  else if (size < oldSize) {
    const verrors = new Verrors();
    verrors.add('iscsi_extent_create.filesize', 'Shrinking an extent is not allowed. This can lead to data loss.');
    verrors.check();
  }
}

function extentStorage(data: Record<string, unknown>): Pick<SimExtent, 'type' | 'path' | 'filesize'> {
  return data['type'] === 'FILE'
    ? { type: 'FILE', path: String(data['path']), filesize: Number(data['filesize']) }
    : { type: 'DISK', path: String(data['disk']), filesize: '0' };
}

function createExtent(ctx: CallContext, data: Record<string, unknown>): Record<string, unknown> {
  const { state } = ctx;
  validateExtent(state, data);
  saveExtentFile(state, data);
  const extent = state.extents.insert({
    name: String(data['name']),
    ...extentStorage(data),
    serial: (data['serial'] as string | undefined) ?? randomBytes(8).toString('hex').slice(0, 15),
    blocksize: (data['blocksize'] as number | undefined) ?? 512,
    pblocksize: data['pblocksize'] === true,
    avail_threshold: (data['avail_threshold'] as number | undefined) ?? null,
    comment: String(data['comment'] ?? ''),
    naa: `0x6589cfc000000${randomBytes(10).toString('hex').slice(0, 19)}`,
    insecure_tpc: data['insecure_tpc'] !== false,
    xen: data['xen'] === true,
    rpm: (data['rpm'] as string | undefined) ?? 'SSD',
    ro: data['ro'] === true,
    enabled: data['enabled'] !== false,
    vendor: 'TrueNAS',
    product_id: (data['product_id'] as string | null | undefined) ?? null,
  });
  markZvolForExtent(state, extent);
  return extentRow(ctx, extent);
}

/** The middleware sets volthreading=off and readonly from `ro` on the zvol behind an extent. */
function markZvolForExtent(state: SimState, extent: SimExtent): void {
  const zvol = extent.type === 'DISK' ? state.datasets.get(extent.path.slice('zvol/'.length)) : undefined;
  if (zvol) {
    zvol.props['volthreading'] = 'off';
    zvol.props['readonly'] = extent.ro ? 'on' : 'off';
  }
}

function updateExtent(ctx: CallContext, id: number, data: Record<string, unknown>): Record<string, unknown> {
  const { state } = ctx;
  const extent = mustExist(state.extents.get(id), 'iSCSITargetExtent', id);
  const current = extentRow(ctx, extent);
  delete current['id'];
  for (const generated of ['naa', 'vendor', 'locked']) delete current[generated];
  if (extent.type === 'FILE') delete current['disk'];
  const merged = { ...current, ...data };
  if (merged['type'] === 'DISK') delete merged['path'];
  validateExtent(state, merged, id);
  saveExtentFile(state, merged, extent);
  Object.assign(extent, { ...merged, ...extentStorage(merged) });
  delete (extent as unknown as Record<string, unknown>)['disk'];
  markZvolForExtent(state, extent);
  return extentRow(ctx, extent);
}

// ---- target-extent mappings ----------------------------------------------------------------

/** Checks a mapping against the others stored; returns it with the LUN assigned. */
function checkedTargetExtent(
  state: SimState,
  data: Record<string, unknown>,
  operation: 'create' | 'update' = 'create',
): { target: number; extent: number; lunid: number } {
  const prefix = `iscsi_targetextent_${operation}`;
  const verrors = new Verrors();
  onlyKeys(data, ['target', 'extent', 'lunid'], prefix, verrors);
  for (const field of ['target', 'extent', 'lunid']) typed(data, field, 'number', prefix, verrors);
  verrors.check();
  const target = Number(data['target']);
  const onTarget = state.targetExtents
    .list()
    .filter((m) => m.target === target)
    .map((m) => m.lunid);
  const lunid = data['lunid'] == null ? lowestFree(onTarget, 0) : Number(data['lunid']);
  if (lunid < 0 || lunid > 16382) verrors.add(`${prefix}.lunid`, 'LUN ID must be a positive integer and lower than 16382');
  else if (onTarget.includes(lunid)) verrors.add(`${prefix}.lunid`, 'LUN ID is already being used for this target.');
  if (state.targetExtents.list().some((m) => m.extent === Number(data['extent']))) verrors.add(`${prefix}.extent`, 'Extent is already in use.');
  verrors.check();
  if (!state.targets.get(target) || !state.extents.get(Number(data['extent']))) {
    throw new SimCallError(Errno.EFAULT, 'FOREIGN KEY constraint failed');
  }
  return { target, extent: Number(data['extent']), lunid };
}

// ---- the method table ----------------------------------------------------------------------

/** Rows as the query returns them: copies, so callers cannot change stored state. */
function copies<T extends object>(rows: T[]): Record<string, unknown>[] {
  return rows.map((row) => ({ ...row }) as Record<string, unknown>);
}

/** How many credentials hold CHAP_MUTUAL discovery auth with a peer user (`da_mutual_chap_peerusers`). */
function mutualChapPeerUsers(state: SimState): number {
  return state.auths.list().filter((a) => a.discovery_auth === 'CHAP_MUTUAL' && a.peeruser !== '').length;
}

function checkSecret(secret: string, field: string, title: string, schema: string, verrors: Verrors): void {
  if (secret.length < 12 || secret.length > 16) verrors.add(`${schema}.${field}`, `${title} must be between 12 and 16 characters.`);
  if (secret !== secret.trim()) verrors.add(`${schema}.${field}`, `${title} contains leading or trailing space.`);
  if (secret.includes('#')) verrors.add(`${schema}.${field}`, `${title} contains invalid characters: #`);
}

/** iscsi.auth `validate` (plugins/iscsi_/auth.py@TS-25.10.6:154-206; the same on 25.04 and 26.0). */
function validateAuth(data: Record<string, unknown>, schema: string, mutualCount: number, verrors: Verrors): void {
  const secret = String(data['secret'] ?? '');
  const peerSecret = String(data['peersecret'] ?? '');
  const peerUser = String(data['peeruser'] ?? '');
  if (!peerUser && peerSecret) verrors.add(`${schema}.peersecret`, 'The peer user is required if you set a peer secret.');
  checkSecret(secret, 'secret', 'Secret', schema, verrors);
  if (peerUser) {
    if (!peerSecret) verrors.add(`${schema}.peersecret`, 'The peer secret is required if you set a peer user.');
    else if (peerSecret === secret) verrors.add(`${schema}.peersecret`, 'The peer secret cannot be the same as user secret.');
    else checkSecret(peerSecret, 'peersecret', 'Peer Secret', schema, verrors);
    if (data['discovery_auth'] === 'CHAP_MUTUAL' && mutualCount > 0)
      verrors.add(`${schema}.discovery_auth`, 'Cannot specify CHAP_MUTUAL as only one such entry is permitted.');
  } else if (data['discovery_auth'] === 'CHAP_MUTUAL') {
    verrors.add(`${schema}.discovery_auth`, 'Cannot specify CHAP_MUTUAL if peer_user has not been defined.');
  }
}

const iscsiTables: MethodTable = {
  ...crud<number>('iscsi.portal', {
    noun: 'ISCSIPortal',
    rows: (ctx) => portalRows(ctx.state),
    // The tag is the number of portals + 1, counted before the insert without a lock
    // (plugins/iscsi_/portal.py:137-145 @TS-25.10.6): overlapping creates store the same tag.
    create: async (data, ctx) => {
      const input = portalInput(ctx.state, data, 'iscsiportal_create');
      const tag = ctx.state.portals.list().length + 1;
      await datastoreRoundTrip(ctx);
      const portal = ctx.state.portals.insert({ ...input, tag });
      return portalRows(ctx.state).find((row) => row['id'] === portal.id);
    },
    update: (id, data, ctx) => {
      const portal = mustExist(ctx.state.portals.get(id), 'ISCSIPortal', id);
      Object.assign(portal, portalInput(ctx.state, { listen: portal.listen, comment: portal.comment, ...data }, 'iscsiportal_update', id));
      return portalRows(ctx.state).find((row) => row['id'] === id);
    },
    // The row goes after the awaits of get_instance and of the deletes of its target groups and
    // listen addresses; then the others are numbered 1, 2, … again in the order of their tags,
    // one datastore.update each, from a list read once (portal.py:228-246 @TS-25.10.6): a create
    // meanwhile counts a row about to go or a tag about to be given again, and a row another
    // delete removed meanwhile fails its update (NoRowsWereUpdatedException, plugins/datastore/
    // write.py:39,134-136), failing this delete after its portal is gone.
    delete: async (id, _options, ctx) => {
      mustExist(ctx.state.portals.get(id), 'ISCSIPortal', id);
      await datastoreRoundTrip(ctx);
      for (const target of ctx.state.targets.list()) target.groups = target.groups.filter((g) => g.portal !== id);
      ctx.state.portals.delete(id);
      await datastoreRoundTrip(ctx);
      const left = [...ctx.state.portals.list()].sort((a, b) => a.tag - b.tag).map((portal) => portal.id);
      for (const [i, other] of left.entries()) {
        await datastoreRoundTrip(ctx);
        const portal = ctx.state.portals.get(other);
        if (!portal) throw new SimCallError(Errno.EINVAL, 'NoRowsWereUpdatedException()');
        portal.tag = i + 1;
      }
      return true;
    },
  }),
  ...crud<number>('iscsi.initiator', {
    noun: 'iSCSIInitiator',
    rows: (ctx) => copies(ctx.state.initiators.list()),
    create: (data, ctx) =>
      ctx.state.initiators.insert({ initiators: (data['initiators'] as string[] | undefined) ?? [], comment: String(data['comment'] ?? '') }),
    update: (id, data, ctx) => Object.assign(mustExist(ctx.state.initiators.get(id), 'iSCSIInitiator', id), data),
    delete: deleteFrom((state) => state.initiators, 'iSCSIInitiator'),
  }),
  ...crud<number>('iscsi.auth', {
    noun: 'iSCSITargetAuthCredential',
    rows: (ctx) => copies(ctx.state.auths.list()),
    create: (data, ctx) => {
      const verrors = new Verrors();
      const secret = String(data['secret'] ?? '');
      validateAuth(data, 'iscsi_auth_create', mutualChapPeerUsers(ctx.state), verrors);
      verrors.check();
      return ctx.state.auths.insert({
        tag: Number(data['tag'] ?? 1),
        user: String(data['user'] ?? ''),
        secret,
        peeruser: String(data['peeruser'] ?? ''),
        peersecret: String(data['peersecret'] ?? ''),
        discovery_auth: String(data['discovery_auth'] ?? 'NONE'),
      });
    },
    update: (id, data, ctx) => {
      const old = mustExist(ctx.state.auths.get(id), 'iSCSITargetAuthCredential', id);
      const merged = { ...old, ...data };
      // 25.04 and 25.10 count the credential being updated among the CHAP_MUTUAL ones; 26.0 does not.
      const others =
        mutualChapPeerUsers(ctx.state) - (versionAtLeast(ctx.state.version, '26.0') && old.discovery_auth === 'CHAP_MUTUAL' && old.peeruser !== '' ? 1 : 0);
      const verrors = new Verrors();
      validateAuth(merged, 'iscsi_auth_update', others, verrors);
      verrors.check();
      return Object.assign(old, data);
    },
    delete: deleteFrom((state) => state.auths, 'iSCSITargetAuthCredential'),
  }),
  ...crud<number>('iscsi.target', {
    noun: 'iSCSITarget',
    rows: (ctx) => copies(ctx.state.targets.list()),
    // Create and update end with a reload (targets.py:143,357 @TS-25.10.6).
    create: async (data, ctx) => {
      const target = createTarget(ctx.state, data);
      await reloadIscsi(ctx, NO_HA_PROPAGATE);
      return target;
    },
    update: async (id, data, ctx) => {
      const target = updateTarget(ctx.state, id, data);
      await reloadIscsi(ctx, NO_HA_PROPAGATE);
      return target;
    },
    // Each mapping's delete (then its extent's, with `delete_extents`), the row, then a reload
    // (targets.py:395-434 @TS-25.10.6).
    delete: async (id, [, deleteExtents], ctx) => {
      mustExist(ctx.state.targets.get(id), 'iSCSITarget', id);
      for (const mapping of ctx.state.targetExtents.list().filter((m) => m.target === id)) {
        await deleteMappings(ctx, (m) => m.id === mapping.id);
        if (deleteExtents === true && ctx.state.extents.get(mapping.extent)) await deleteExtent(ctx, mapping.extent, false);
      }
      const deleted = ctx.state.targets.delete(id);
      await reloadIscsi(ctx, NO_HA_PROPAGATE);
      return deleted;
    },
    deleteParams: ['force', 'delete_extents'],
  }),
  ...crud<number>('iscsi.extent', {
    noun: 'iSCSITargetExtent',
    rows: (ctx) => ctx.state.extents.list().map((extent) => extentRow(ctx, extent)),
    create: (data, ctx) => createExtent(ctx, data),
    // Without ALUA an update reloads twice ("scstadmin can have issues when modifying an existing
    // extent, re-run", extents.py:273-277 @TS-25.10.6); a create does not reload at all.
    update: async (id, data, ctx) => {
      const extent = updateExtent(ctx, id, data);
      await reloadIscsi(ctx);
      await reloadIscsi(ctx);
      return extent;
    },
    delete: (id, [remove], ctx) => deleteExtent(ctx, id, remove),
    deleteParams: ['remove', 'force'],
  }),
  ...crud<number>('iscsi.targetextent', {
    noun: 'iSCSITargetToExtent',
    rows: (ctx) => copies(ctx.state.targetExtents.list()),
    // No lock and no unique index on (target, lunid) (plugins/iscsi_/target_to_extent.py:15-27,
    // 47-67,222-254 @TS-25.10.6): two creates checked before either is inserted both take the
    // lowest free LUN id, and the target ends with the same LUN twice.
    create: async (data, ctx) => {
      const checked = checkedTargetExtent(ctx.state, data);
      await datastoreRoundTrip(ctx);
      const mapping = ctx.state.targetExtents.insert(checked);
      await reloadIscsi(ctx, NO_HA_PROPAGATE); // target_to_extent.py:69
      return mapping;
    },
    update: async (id, data, ctx) => {
      const mapping = mustExist(ctx.state.targetExtents.get(id), 'iSCSITargetToExtent', id);
      ctx.state.targetExtents.delete(id);
      try {
        Object.assign(mapping, checkedTargetExtent(ctx.state, { target: mapping.target, extent: mapping.extent, lunid: mapping.lunid, ...data }, 'update'));
      } finally {
        ctx.state.targetExtents.rows.set(id, mapping);
      }
      await reloadIscsi(ctx); // target_to_extent.py:147
      return { ...mapping };
    },
    delete: async (id, _options, ctx) => {
      mustExist(ctx.state.targetExtents.get(id), 'iSCSITargetToExtent', id);
      await deleteMappings(ctx, (m) => m.id === id);
      return true;
    },
    deleteParams: ['force'],
  }),
  'iscsi.global.config': { params: [], handler: (_args, ctx) => fitReturns(ctx, 'iscsi.global.config', { ...ctx.state.iscsiGlobal }) },
  'iscsi.global.update': {
    params: ['data'],
    handler: ([data], ctx) => {
      const input = dict(data, 'data');
      const verrors = new Verrors();
      // 26.0 added `mode` and `direct_config` (api/v26_0_0/iscsi_global.py).
      const fields = ['basename', 'isns_servers', 'listen_port', 'pool_avail_threshold', 'alua', 'iser'];
      onlyKeys(input, versionAtLeast(ctx.version, '26.0') ? [...fields, 'mode', 'direct_config'] : fields, 'iscsiglobal_update', verrors);
      // iSNS servers are IP[:PORT] (plugins/iscsi_/iscsi_global.py `validate_isns_server`).
      for (const server of Array.isArray(input['isns_servers']) ? (input['isns_servers'] as unknown[]) : []) {
        if (!isIpPort(String(server))) verrors.add('iscsiglobal_update.isns_servers', `Server "${String(server)}" is not a valid IP(:PORT)? tuple.`);
      }
      const port = input['listen_port'];
      if (port !== undefined && (typeof port !== 'number' || port < 1025 || port > 65535))
        verrors.add('iscsiglobal_update.listen_port', 'Input should be between 1025 and 65535');
      verrors.check();
      Object.assign(ctx.state.iscsiGlobal, input);
      return fitReturns(ctx, 'iscsi.global.update', { ...ctx.state.iscsiGlobal });
    },
  },
};

// Portal, initiator and auth writes each end with a plain reload (portal.py:154,218,248;
// initiator.py:61,86,106; auth.py:68,104,133 @TS-25.10.6).
export const iscsiMethods: MethodTable = reloadingAfter(
  iscsiTables,
  ['portal', 'initiator', 'auth'].flatMap((noun) => ['create', 'update', 'delete'].map((verb) => `iscsi.${noun}.${verb}`)),
  'iscsitarget',
);
