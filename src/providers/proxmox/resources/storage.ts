// `proxmox_storage`: a datacenter storage definition, of any type Proxmox VE ships.
import type { StorageConfig, StorageOptions, StorageType } from '../../../clients/proxmox/index.js';
import { canonicalPath } from '../../../clients/proxmox/canonical-path.js';
import { createByName } from '../shared/lost-create.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { isUnknown, type Value } from '../../../values/types.js';
import {
  CONTENT_TYPES,
  FIXED_MAP_OPTIONS,
  OPTION_ATTRIBUTES,
  REQUIRED_OPTIONS,
  SHARED_TYPES,
  sharedReadBack,
  storageSchema,
  type StorageModel,
} from './storage-schema.js';
import { proxmoxResource } from '../provider-data.js';

/** Options fixed at creation: never sent on update. */
const FIXED = new Set([
  'path',
  'server',
  'export',
  'share',
  'vgname',
  'thinpool',
  'pool',
  'portal',
  'target',
  'iscsiprovider',
  'datastore',
  'api_host',
  'api_key',
  'dataset',
  'target_iqn',
  'discovery_portal',
]);
/** Mount-point types whose path Proxmox (and so we) default to /mnt/pve/STORAGE. */
const MOUNTED = new Set(['nfs', 'cifs']);

type OptionValues = Record<string, string | boolean>;

function list(values: readonly string[] | null): string | undefined {
  return values === null ? undefined : [...values].sort().join(',');
}

/** Every option the model sets, by Proxmox name. */
export function storageOptions(plan: StorageModel): OptionValues {
  const out: OptionValues = {};
  const put = (key: string, value: string | boolean | null | undefined): void => {
    if (value !== null && value !== undefined) out[key] = value;
  };
  put('content', plan.content === null ? undefined : plan.content.length === 0 ? 'none' : list(plan.content));
  put('nodes', list(plan.nodes));
  // Only the types that take it; for the others it is what the server reads back (validateConfig).
  if (SHARED_TYPES.has(plan.type)) put('shared', plan.shared);
  put('disable', plan.disable);
  put('path', plan.path ?? (MOUNTED.has(plan.type) ? `/mnt/pve/${plan.storage}` : undefined));
  for (const [name, key] of Object.entries(OPTION_ATTRIBUTES)) put(key, plan[name as keyof typeof OPTION_ATTRIBUTES]);
  put('password', plan.password);
  put('api_key', plan.api_key ?? plan.api_key_wo);
  put('encryption-key', plan.encryption_key);
  for (const [key, value] of Object.entries(plan.options ?? {})) put(key, value);
  return out;
}

function text(value: unknown): string | null {
  return value === undefined || value === null ? null : String(value);
}

function flag(value: unknown): boolean | null {
  return value === undefined ? null : String(value) === '1';
}

function splitList(value: unknown): string[] | null {
  const raw = text(value);
  return raw === null ? null : raw.split(',').filter((item) => item !== '' && item !== 'none');
}

/** Content types as listed; an empty list reads as ["none"] when that is how the configuration says it. */
function contentFrom(value: unknown, prior: readonly string[] | null): string[] {
  const content = splitList(value) ?? [];
  return content.length === 0 && prior !== null && prior.length === 1 && prior[0] === 'none' ? ['none'] : content;
}

/** Keys of a storage's config that have attributes of their own (or are bookkeeping), never `options`. */
const NOT_IN_OPTIONS = new Set<string>([
  'storage',
  'type',
  'digest',
  'content',
  'nodes',
  'shared',
  'disable',
  'path',
  'password',
  'api_key',
  'encryption-key',
  ...Object.values(OPTION_ATTRIBUTES),
]);

/**
 * The `options` map read back: the keys terraform manages (those of `prior`), or on import (a
 * state holding only the id, so no type yet) every other option the server has, such as
 * `prune-backups` or NFS mount `options` ("vers=4.2"), so the imported storage plans no change.
 */
function optionsFrom(raw: Record<string, unknown>, prior: StorageModel | null): Record<string, string> | null {
  const importing = prior === null || prior.type === null || prior.type === undefined;
  const keys = importing
    ? Object.keys(raw).filter((key) => !NOT_IN_OPTIONS.has(key))
    : Object.keys(prior.options ?? {}).filter((key) => raw[key] !== undefined);
  if (importing) return keys.length === 0 ? null : Object.fromEntries(keys.map((key) => [key, String(raw[key])]));
  return prior.options === null || prior.options === undefined ? null : Object.fromEntries(keys.map((key) => [key, String(raw[key])]));
}

/**
 * The path as read back, or as configured when Proxmox stored it canonical: a directory storage's
 * path is written as File::Spec->canonpath gives it (DirPlugin.pm:263-264), so "/mnt/data/" reads
 * back "/mnt/data", which planned the storage's replacement on every refresh.
 */
function pathFrom(type: string, stored: string | null, configured: string | null): string | null {
  return type === 'dir' && stored !== null && configured !== null && canonicalPath(configured) === stored ? configured : stored;
}

/** The model of a storage as the API shows it; secrets and `options` keys come from `prior` (all options on import). */
export function storageFromConfig(config: StorageConfig, prior: StorageModel | null): StorageModel {
  const raw = config as Record<string, unknown>;
  const attributes = Object.fromEntries(Object.entries(OPTION_ATTRIBUTES).map(([name, key]) => [name, text(raw[key])])) as Record<
    keyof typeof OPTION_ATTRIBUTES,
    string | null
  >;
  return {
    id: config.storage,
    storage: config.storage,
    type: config.type,
    content: contentFrom(raw.content, prior?.content ?? null),
    nodes: splitList(raw.nodes),
    shared: flag(raw.shared) ?? false,
    disable: flag(raw.disable),
    path: pathFrom(config.type, text(raw.path), prior?.path ?? null),
    ...attributes,
    password: prior?.password ?? null,
    // The TrueNAS plugin returns its key; other servers' secrets stay as terraform knows them.
    // A key given write-only stays out of state, though the plugin shows it.
    api_key: prior?.api_key_wo_version !== null && prior?.api_key_wo_version !== undefined ? null : (text(raw.api_key) ?? prior?.api_key ?? null),
    api_key_wo: null,
    api_key_wo_version: prior?.api_key_wo_version ?? null,
    encryption_key: prior?.encryption_key ?? null,
    options: optionsFrom(raw, prior),
  };
}

/** Options of `type` fixed at creation: never sent on update (ZFS over iSCSI fixes blocksize, zfspool does not). */
function fixedOptionsOf(type: string): Set<string> {
  return new Set([...FIXED, ...(type === 'zfs' ? ['blocksize'] : []), ...(FIXED_MAP_OPTIONS[type] ?? [])]);
}

/** What an update sends: the changeable options, and the ones to remove. */
export function storageUpdate(plan: StorageModel, prior: StorageModel): { set: StorageOptions; remove: string[] } {
  const want = storageOptions(plan);
  const had = storageOptions(prior);
  const fixed = fixedOptionsOf(plan.type);
  const set: StorageOptions = {};
  for (const [key, value] of Object.entries(want)) if (!fixed.has(key) && String(had[key]) !== String(value)) set[key] = value;
  const remove = Object.keys(had).filter((key) => !fixed.has(key) && want[key] === undefined && key !== 'content' && key !== 'shared');
  return { set, remove };
}

/** One key of a map value, as text (undefined when absent, null or unknown). */
function mapEntry(map: Value, key: string): string | undefined {
  if (map === null || isUnknown(map) || typeof map !== 'object' || Array.isArray(map)) return undefined;
  const value = (map as Readonly<Record<string, Value>>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a map value and all its entries are known. */
function mapKnown(map: Value): boolean {
  if (isUnknown(map)) return false;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return true;
  return Object.values(map as Readonly<Record<string, Value>>).every((v) => !isUnknown(v));
}

export const storageResource = proxmoxResource({
  name: 'proxmox_storage',
  schema: storageSchema,
  importId: { description: 'the storage id', example: 'truenas-iscsi' },
  async create(ctx, plan) {
    const { storage } = ctx.provider.client;
    const record = (): void => ctx.savePartialState({ ...plan, id: plan.storage });
    await createByName({
      what: `storage "${plan.storage}"`,
      exists: async () => (await storage.find(plan.storage)) !== undefined,
      create: () => storage.create(plan.storage, plan.type as StorageType, storageOptions(plan)),
      record,
    });
    record();
    return storageFromConfig(await storage.get(plan.storage), plan);
  },
  async read(ctx, state) {
    const config = await ctx.provider.client.storage.find(state.storage);
    return config === undefined ? null : storageFromConfig(config, state);
  },
  async update(ctx, plan, prior) {
    const { storage } = ctx.provider.client;
    const { set, remove } = storageUpdate(plan, prior);
    if (Object.keys(set).length > 0 || remove.length > 0) await storage.update(plan.storage, set, { delete: remove });
    return storageFromConfig(await storage.get(plan.storage), plan);
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.storage.delete(state.storage));
  },
  importState: (id) => ({ storage: id }),
  modifyPlan(ctx) {
    const type = ctx.planned.string('type');
    if (ctx.creating || type === undefined || type !== ctx.prior.string('type')) return;
    // ZFS over iSCSI fixes blocksize (ZFSPlugin.pm `options`: `blocksize => { fixed => 1 }`).
    if (type === 'zfs' && ctx.planned.isKnown('blocksize') && ctx.planned.string('blocksize') !== ctx.prior.string('blocksize'))
      ctx.requireReplace('blocksize');
    const planned = ctx.planned.get('options');
    const prior = ctx.prior.get('options');
    if (!mapKnown(planned)) return;
    if ((FIXED_MAP_OPTIONS[type] ?? []).some((key) => mapEntry(planned, key) !== mapEntry(prior, key))) ctx.requireReplace('options');
  },
  validateConfig(ctx) {
    const type = ctx.config.string('type');
    if (type === undefined) return;
    const shared = ctx.config.bool('shared');
    if (shared !== undefined && !SHARED_TYPES.has(type) && shared !== sharedReadBack(type)) {
      // The option itself is refused (pve-common SectionConfig.pm `check_value`: "unexpected property
      // 'shared'"), so it is never sent for these types; the value the server reads back is accepted,
      // as a generated or imported configuration holds it.
      ctx.error(
        'shared',
        'Option not taken by this storage type',
        `Only dir and lvm storages take shared; a storage of type "${type}" always reads back as shared = ${String(sharedReadBack(type))}. Leave it unset.`,
      );
    }
    // Proxmox drops the node restrictions of storage "local" whenever it reads storage.cfg
    // (pve-storage src/PVE/Storage/Plugin.pm:591-592 `parse_config` @0c56bad): they would be
    // accepted and never read back.
    if (ctx.config.string('storage') === 'local' && !ctx.config.isNull('nodes'))
      ctx.error(
        'nodes',
        'Storage "local" is on every node',
        'Proxmox VE keeps storage "local" (/var/lib/vz) available on every node and drops nodes for it: leave nodes unset.',
      );
    for (const option of REQUIRED_OPTIONS[type] ?? []) {
      const writeOnly = option === 'api_key' && !ctx.config.isNull('api_key_wo');
      if (ctx.config.isNull(option) && !writeOnly) ctx.error(option, 'Missing storage option', `A storage of type "${type}" needs ${option}.`);
    }
    const content = ctx.config.get('content');
    const allowed = CONTENT_TYPES[type];
    if (allowed === undefined || !Array.isArray(content)) return;
    const unsupported = content.filter((item) => typeof item === 'string' && !allowed.includes(item));
    if (unsupported.length > 0) {
      ctx.error(
        'content',
        'Content type not supported',
        `A storage of type "${type}" holds ${allowed.join(', ')}; Proxmox would drop ${unsupported.map((c) => `"${String(c)}"`).join(', ')} with a warning.`,
      );
    } else if (content.length === 0 && !allowed.includes('none')) {
      // Sent as "none", which Plugin.pm `decode_value` refuses for this type.
      ctx.error('content', 'Content type not supported', `A storage of type "${type}" needs at least one content type (${allowed.join(', ')}).`);
    } else if (content.includes('none') && content.length > 1) {
      ctx.error('content', 'Content type not supported', '"none" means no content and cannot be combined with other content types.');
    }
  },
});
