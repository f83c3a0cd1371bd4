// What the disk-creating calls (/nodes/{node}/disks/{zfs,lvm,lvmthin,directory}) share: the
// device checks of pve-storage PVE/Diskmanage.pm (`verify_blockdev_path`, `assert_disk_unused`),
// the storage entry of `add_storage` and the clean-up of `cleanup-config`
// (PVE/API2/Storage/Config.pm `create_or_update`, `cleanup_storages_for_node`), and wiping.
import { posix } from 'node:path';
import { die } from './pve-error.js';
import { requireNode, unknownNode, type RequestContext } from './engine.js';
import { requirePrivileges } from './permissions.js';
import type { SimDisk } from './node-disks.js';
import type { SimDiskStorage } from './disk-storage-state.js';
import type { SimState, SimStorage } from './state.js';

/** The node's disks and what they hold. */
export function nodeDiskStorage(ctx: RequestContext): { node: string; disks: SimDisk[]; storage: SimDiskStorage } {
  const node = requireNode(ctx);
  const disks = ctx.engine.state.nodeDisks.get(node);
  const storage = ctx.engine.state.diskStorage.get(node);
  if (!disks || !storage) throw unknownNode(node);
  return { node, disks, storage };
}

/**
 * `verify_blockdev_path`: the absolute path (relative ones are taken from pvedaemon's `/`, a
 * by-id link resolves to its disk), which must be a block device under /dev. Partitions of a
 * disk exist too (the system disk's); the simulator offers only whole free disks.
 */
export function verifyBlockdevPath(disks: readonly SimDisk[], given: string): string {
  const path = posix.resolve('/', given);
  if (!/^\/dev\/./.test(path)) throw die(`got unusual device path '${path}'`);
  const disk = disks.find((d) => d.devpath === path || d.by_id_link === path);
  if (disk) return disk.devpath;
  if (disks.some((d) => d.used !== undefined && new RegExp(`^${d.devpath}p?\\d+$`).test(path))) return path;
  throw die('not a valid block device');
}

/** `assert_disk_unused`: a disk something holds (or a partition of one) is refused. */
export function assertDiskUnused(disks: readonly SimDisk[], devpath: string): void {
  const disk = disks.find((d) => d.devpath === devpath);
  if (!disk || disk.used !== undefined) throw die(`device '${devpath}' is already in use`);
}

/** The disk at `devpath` (checked to exist by verifyBlockdevPath). */
export function diskAt(disks: readonly SimDisk[], devpath: string): SimDisk {
  const disk = disks.find((d) => d.devpath === devpath);
  if (!disk) throw die(`'${devpath}' is not a valid local disk`);
  return disk;
}

/** `wipe_blockdev`: the disk holds nothing afterwards. */
export function wipeDisk(disks: readonly SimDisk[], devpath: string): void {
  const disk = disks.find((d) => d.devpath === devpath);
  if (!disk) return;
  delete disk.used;
  disk.gpt = false;
  disk.mounted = false;
}

/** The storage.cfg entry `add_storage` writes (the type's own options besides these). */
export interface StorageEntry {
  type: string;
  options: Record<string, string>;
  /** Options that must match an entry of the same id already there (`verify_params`). */
  verify: readonly string[];
  /** Bytes the new storage offers. */
  capacity: number;
}

/** `add_storage` needs Datastore.Allocate on /storage besides the method's Sys.Modify on /. */
export function requireStorageAllocate(ctx: RequestContext): void {
  requirePrivileges(ctx.engine.state, ctx.who, '/storage', ['Datastore.Allocate']);
}

/**
 * `create_or_update`: an entry of the id that already covers the node (or all nodes) is refused,
 * one of another type or for other values is refused, one for other nodes gets this node added;
 * with `dryRun` only the checks run (before the task, as the real call does).
 */
export function createOrUpdateStorage(state: SimState, id: string, node: string, entry: StorageEntry, dryRun: boolean): void {
  const existing = state.storages.get(id);
  if (existing) {
    const nodes = existing.options.nodes?.split(',');
    if (nodes === undefined || nodes.includes(node)) throw die(`Storage ID '${id}' already exists on node ${node}`);
    for (const key of ['type', ...entry.verify]) {
      const have = key === 'type' ? existing.type : existing.options[key];
      const want = key === 'type' ? entry.type : (entry.options[key] ?? '');
      if (have === undefined) throw die(`Option '${key}' is not configured for storage '${id}', expected it to be '${want}'`);
      if (have !== want) throw die(`Option '${key}' (${want}) does not match existing storage configuration '${have}'`);
    }
  }
  if (dryRun) return;
  if (existing) {
    existing.options.nodes = [...new Set([...(existing.options.nodes ?? '').split(','), node])]
      .filter((n) => n !== '')
      .sort()
      .join(',');
  } else {
    const storage: SimStorage = { storage: id, type: entry.type, options: { ...entry.options, nodes: node }, secrets: {}, capacity: entry.capacity };
    state.storages.set(id, storage);
  }
  state.storageCfgVersion++;
}

/**
 * `cleanup_storages_for_node`: every entry `match` picks that covers the node loses the node, and
 * is removed when no node is left.
 */
export function cleanupStoragesForNode(state: SimState, node: string, match: (storage: SimStorage) => boolean): void {
  for (const storage of [...state.storages.values()]) {
    if (!match(storage)) continue;
    const nodes = new Set(storage.options.nodes !== undefined ? storage.options.nodes.split(',') : state.nodes);
    if (!nodes.delete(node)) continue;
    if (nodes.size > 0) storage.options.nodes = [...nodes].sort().join(',');
    else state.storages.delete(storage.storage);
    state.storageCfgVersion++;
  }
}
