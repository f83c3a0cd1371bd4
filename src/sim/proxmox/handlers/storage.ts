// `/storage` (datacenter storage.cfg) and `/nodes/{node}/storage/...` (status and content).
import { canonicalPath } from '../../../clients/proxmox/canonical-path.js';
import { createHash } from 'node:crypto';
import { die, paramError } from '../pve-error.js';
import { removeFromPools, storageMember } from './pool-members.js';
import { volumeAccessible } from '../guest-privileges.js';
import { flagParam, listParam, requireNode, type RequestContext, type Routes } from '../engine.js';
import { hasPrivileges, requirePrivileges } from '../permissions.js';
import { volid, type SimState, type SimStorage } from '../state.js';
import { findVolume, freeVolume, requireStorage, storageContent, storageVolumes, usedBytes } from '../volumes.js';
import { SENSITIVE_OPTIONS, STORAGE_TYPES, type StorageTypeRules } from './storage-types.js';

const DEFAULT_CAPACITY = 1024 ** 4;
const CONTROL = new Set(['storage', 'type', 'delete', 'digest']);

function storageCfgDigest(state: SimState): string {
  const text = [...state.storages.values()].map((s) => `${s.type}: ${s.storage}\n${JSON.stringify(s.options)}\n`).join('');
  return createHash('sha1').update(`${state.storageCfgVersion}\n${text}`).digest('hex');
}

/** Comma lists come back in hash order, not sorted: emulate with a stable shuffle. */
function hashOrder(items: string[]): string {
  const key = (item: string): string => createHash('md5').update(item).digest('hex');
  return [...items].sort((a, b) => key(a).localeCompare(key(b))).join(',');
}

function rulesFor(type: string): StorageTypeRules {
  const rules = STORAGE_TYPES[type];
  if (!rules) throw die(`storage type '${type}' is not supported by this simulator`);
  return rules;
}

function view(state: SimState, storage: SimStorage): Record<string, string | number> {
  const rules = rulesFor(storage.type);
  const content = listParam(storage.options.content);
  const out: Record<string, string | number> = { storage: storage.storage, type: storage.type, digest: storageCfgDigest(state) };
  for (const [key, value] of Object.entries(storage.options)) out[key] = /^\d+$/.test(value) && key !== 'path' ? Number(value) : value;
  out.content = content.length === 0 ? 'none' : hashOrder(content);
  if (storage.options.nodes !== undefined) out.nodes = hashOrder(listParam(storage.options.nodes));
  if (rules.forcedShared) out.shared = 1;
  return out;
}

/** `check_value` of SectionConfig (pve-common): an option the type does not take is a 500. */
function checkOptions(rules: StorageTypeRules, options: Record<string, string>): void {
  const allowed = new Set([...rules.fixed, ...(rules.optionalFixed ?? []), ...rules.options]);
  for (const key of Object.keys(options)) if (!allowed.has(key)) throw die(`unexpected property '${key}'`);
}

/**
 * `decode_value` of the storage Plugin.pm: content types the type cannot hold are dropped (the
 * server only logs a warning); nothing valid left is an error unless the type can hold `none`.
 */
function validContent(rules: StorageTypeRules, text: string): string {
  const kept = listParam(text).filter((c) => rules.content.includes(c));
  if (kept.includes('none') && kept.length > 1) throw die("unable to combine 'none' with other content types");
  if (kept.length === 0 && !rules.content.includes('none')) throw die("storage does not support content type 'none'");
  return kept.length === 0 ? 'none' : kept.join(',');
}

function optionsOf(params: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([key]) => !CONTROL.has(key)));
}

/**
 * Puts sensitive options aside (never returned) and the rest into storage.cfg options. An empty
 * value is not written (pve-common SectionConfig.pm `format_config_line`; create also deletes an
 * empty `nodes`, pve-storage API2/Storage/Config.pm): it is listed in `cleared` instead.
 */
function splitSecrets(options: Record<string, string>): { options: Record<string, string>; secrets: Record<string, string>; cleared: string[] } {
  const plain: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  const cleared: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === '' && !SENSITIVE_OPTIONS.has(key)) cleared.push(key);
    else (SENSITIVE_OPTIONS.has(key) ? secrets : plain)[key] = value;
  }
  return { options: plain, secrets, cleared };
}

async function create(ctx: RequestContext): Promise<Record<string, unknown>> {
  const { state } = ctx.engine;
  const id = ctx.params.storage ?? '';
  const type = ctx.params.type ?? '';
  const rules = rulesFor(type);
  const given = optionsOf(ctx.params);
  checkOptions(rules, given);
  if ((type === 'nfs' || type === 'cifs') && given.path === undefined) given.path = `/mnt/pve/${id}`;
  // A directory storage's path is stored canonical (pve-storage src/PVE/Storage/DirPlugin.pm:263-264 @0c56bad).
  if (type === 'dir' && given.path !== undefined) given.path = canonicalPath(given.path);
  if (given.content !== undefined) given.content = validContent(rules, given.content);
  const missing = rules.fixed.find((key) => given[key] === undefined);
  if (missing !== undefined) throw die(`missing value for required option '${missing}'`);
  if (state.storages.has(id)) throw die(`create storage failed: storage ID '${id}' already defined`);
  await activate(ctx, type, given);
  if (state.storages.has(id)) throw die(`create storage failed: storage ID '${id}' already defined`);
  const { options, secrets } = splitSecrets(given);
  options.content ??= rules.defaultContent.join(',');
  state.storages.set(id, { storage: id, type, options, secrets, capacity: DEFAULT_CAPACITY });
  state.storageCfgVersion++;
  return { storage: id, type };
}

/**
 * Create activates the new storage "to detect errors/problems sooner" and fails with its error
 * (pve-storage src/PVE/API2/Storage/Config.pm, create). NFS activation mounts server:export
 * (src/PVE/Storage/NFSPlugin.pm, nfs_mount): with the NAS in reach, a missing export fails.
 */
async function activate(ctx: RequestContext, type: string, options: Record<string, string>): Promise<void> {
  const nas = ctx.engine.nas;
  if (type !== 'nfs' || options.disable === '1' || !nas || !nas.serves(options.server ?? '')) return;
  if (await nas.nfsExportExists(options.export ?? '')) return;
  throw die(`create storage failed: mount error: mount.nfs: access denied by server while mounting ${options.server}:${options.export}`);
}

function update(ctx: RequestContext): Record<string, unknown> {
  const { state } = ctx.engine;
  const prefix = 'update storage failed';
  const storage = state.storages.get(ctx.params.storage ?? '');
  if (!storage) throw die(`${prefix}: storage '${ctx.params.storage}' does not exist`);
  const rules = rulesFor(storage.type);
  if (ctx.params.digest !== undefined && ctx.params.digest !== storageCfgDigest(state)) {
    throw die(`${prefix}: detected modified configuration - file changed by other user? Try again.`);
  }
  const given = optionsOf(ctx.params);
  checkOptions(rules, given);
  if (given.content !== undefined) given.content = validContent(rules, given.content);
  const fixed = new Set([...rules.fixed, ...(rules.optionalFixed ?? [])]);
  // Any fixed option in an update is refused, set before or not, same value or not
  // (pve-common SectionConfig.pm `check_config` with `$create` false).
  for (const key of Object.keys(given)) {
    if (fixed.has(key)) throw die(`${prefix}: can't change value of fixed parameter '${key}'`);
  }
  const deletions = listParam(ctx.params.delete);
  for (const key of deletions) {
    if (given[key] !== undefined) throw die(`${prefix}: cannot set and delete property '${key}' at the same time!`);
    if (fixed.has(key)) throw die(`${prefix}: unable to delete fixed option '${key}'`);
  }
  for (const key of deletions) {
    delete storage.options[key];
    delete storage.secrets[key];
  }
  const { options, secrets, cleared } = splitSecrets(given);
  for (const key of cleared) delete storage.options[key];
  Object.assign(storage.options, options);
  Object.assign(storage.secrets, secrets);
  // storage.cfg keeps them, but every read of it drops the node restrictions of "local"
  // (pve-storage src/PVE/Storage/Plugin.pm:591-592 `parse_config` @0c56bad).
  if (storage.storage === 'local') delete storage.options.nodes;
  state.storageCfgVersion++;
  return { storage: storage.storage, type: storage.type };
}

function remove(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const id = ctx.params.storage ?? '';
  if (!state.storages.delete(id)) throw die(`delete storage failed: storage '${id}' does not exist`);
  state.storageCfgVersion++;
  removeFromPools(state, storageMember(id));
  return null;
}

function get(ctx: RequestContext): Record<string, string | number> {
  const { state } = ctx.engine;
  const storage = state.storages.get(ctx.params.storage ?? '');
  if (!storage) throw die(`storage '${ctx.params.storage}' does not exist`);
  return view(state, storage);
}

/** pve-storage src/PVE/Storage.pm `storage_check_enabled`: not disabled, and on this node when `nodes` lists any. */
function enabledOn(storage: SimStorage, node: string): boolean {
  return storage.options.disable !== '1' && (storage.options.nodes === undefined || listParam(storage.options.nodes).includes(node));
}

/**
 * `GET /nodes/{node}/storage` (pve-storage src/PVE/API2/Storage/Status.pm `index` on
 * Storage.pm `storage_info`): every storage of storage.cfg the caller may audit or allocate on,
 * `enabled` 0 and no usage for one disabled or not on this node; with `content`, only storages
 * holding any of the types and enabled here. A `storage` not among them is a parameter error;
 * `enabled` leaves out only storages with `disable` set.
 */
function nodeStorages(ctx: RequestContext): Array<Record<string, string | number>> {
  const node = requireNode(ctx);
  const { state } = ctx.engine;
  const wanted = ctx.params.content === undefined ? undefined : listParam(ctx.params.content);
  const listed = [...state.storages.values()].filter((s) => wanted === undefined || (enabledOn(s, node) && wanted.some((c) => storageContent(s).has(c))));
  if (ctx.params.storage !== undefined && !listed.some((s) => s.storage === ctx.params.storage)) throw paramError({ storage: 'No such storage.' });
  return listed
    .filter((s) => hasPrivileges(state, ctx.who, `/storage/${s.storage}`, ['Datastore.Audit', 'Datastore.AllocateSpace'], true))
    .filter((s) => ctx.params.storage === undefined || s.storage === ctx.params.storage)
    .filter((s) => !flagParam(ctx.params, 'enabled') || s.options.disable !== '1')
    .map((s) => {
      const base = {
        storage: s.storage,
        type: s.type,
        content: [...storageContent(s)].join(','),
        shared: rulesFor(s.type).forcedShared || s.options.shared === '1' ? 1 : 0,
      };
      if (!enabledOn(s, node)) return { ...base, enabled: 0, active: 0, total: 0, used: 0, avail: 0 };
      const used = usedBytes(state, s.storage);
      return { ...base, enabled: 1, active: 1, total: s.capacity, used, avail: s.capacity - used, used_fraction: used / s.capacity };
    });
}

/**
 * `GET /nodes/{node}/storage/{storage}/content` (pve-storage src/PVE/API2/Storage/Content.pm
 * `index`): `volume_list` activates the storage first (`storage_check_enabled` dies for a
 * disabled one or one not on this node), and each volume is listed only when
 * `check_volume_access` lets the caller at it (Storage.pm): ISOs, templates and import images
 * with the schema's Datastore.Audit|AllocateSpace, guest volumes with Datastore.Audit and
 * VM.Config.Disk on the guest, backups with Datastore.AllocateSpace and VM.Backup, anything else
 * (snippets, iSCSI LUNs) only with Datastore.Allocate.
 */
function content(ctx: RequestContext): Array<Record<string, string | number>> {
  const node = requireNode(ctx);
  const { state } = ctx.engine;
  const storage = requireStorage(state, ctx.params.storage ?? '');
  requirePrivileges(state, ctx.who, `/storage/${storage.storage}`, ['Datastore.Audit', 'Datastore.AllocateSpace'], true);
  if (storage.options.disable === '1') throw die(`storage '${storage.storage}' is disabled`);
  if (!enabledOn(storage, node)) throw die(`storage '${storage.storage}' is not available on node '${node}'`);
  return storageVolumes(state, storage)
    .filter((v) => ctx.params.content === undefined || v.content === ctx.params.content)
    .filter((v) => ctx.params.vmid === undefined || v.vmid === Number(ctx.params.vmid))
    .filter((v) => volumeAccessible({ state, who: ctx.who }, volid(v)))
    .map((v) => ({
      volid: volid(v),
      format: v.format,
      size: v.size,
      content: v.content,
      ctime: 1_700_000_000,
      ...(v.vmid !== undefined ? { vmid: v.vmid } : {}),
    }));
}

/** The volume named in the path: a full volume id, or a name on the path's storage. */
function volumeId(ctx: RequestContext): string {
  const volume = ctx.params.volume ?? '';
  return volume.includes(':') ? volume : `${ctx.params.storage}:${volume}`;
}

function volumeInfo(ctx: RequestContext): Record<string, string | number> {
  requireNode(ctx);
  const volume = findVolume(ctx.engine.state, volumeId(ctx));
  if (!volume) throw die(`volume '${volumeId(ctx)}' does not exist`);
  return { path: `/dev/${volume.storage}/${volume.name}`, size: volume.size, used: volume.size, format: volume.format };
}

function deleteVolume(ctx: RequestContext): string {
  const node = requireNode(ctx);
  const id = volumeId(ctx);
  const { state } = ctx.engine;
  const volume = findVolume(state, id);
  if (!volume) throw die(`volume '${id}' does not exist`);
  if (!state.volumes.has(id)) throw die("can't free space in iscsi storage");
  return ctx.engine.tasks.start(node, 'imgdel', '', ctx.who, () => freeVolume(ctx.engine.state, id));
}

export const storageRoutes: Routes = {
  // Only storages the caller may audit or allocate on (`Datastore.Audit|AllocateSpace`).
  'GET /storage': (ctx) =>
    [...ctx.engine.state.storages.values()]
      .filter((s) => ctx.params.type === undefined || s.type === ctx.params.type)
      .filter((s) => hasPrivileges(ctx.engine.state, ctx.who, `/storage/${s.storage}`, ['Datastore.Audit', 'Datastore.AllocateSpace'], true))
      .map((s) => view(ctx.engine.state, s)),
  'POST /storage': create,
  'GET /storage/{storage}': get,
  'PUT /storage/{storage}': update,
  'DELETE /storage/{storage}': remove,
  'GET /nodes/{node}/storage': nodeStorages,
  'GET /nodes/{node}/storage/{storage}/content': content,
  'GET /nodes/{node}/storage/{storage}/content/{volume}': volumeInfo,
  'DELETE /nodes/{node}/storage/{storage}/content/{volume}': deleteVolume,
};
