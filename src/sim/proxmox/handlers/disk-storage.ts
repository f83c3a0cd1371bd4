// `/nodes/{node}/disks/{zfs,lvm,lvmthin,directory}`: ZFS pools, volume groups, thin pools and
// mounted file systems made on a node's free disks, as pve-storage PVE/API2/Disks/ZFS.pm, LVM.pm,
// LVMThin.pm and Directory.pm do it: the device checks and the dry run of the storage entry
// before the task, the work (and the checks again, under the disk lock) in the task, and
// destruction with the optional `cleanup-config` and `cleanup-disks`.
import { createHash } from 'node:crypto';
import { die } from '../pve-error.js';
import { flagParam, listParam, type RequestContext, type Routes } from '../engine.js';
import type { SimDisk } from '../node-disks.js';
import type { SimZfsPool, ZfsRaidLevel } from '../disk-storage-state.js';
import {
  assertDiskUnused,
  cleanupStoragesForNode,
  createOrUpdateStorage,
  diskAt,
  nodeDiskStorage,
  requireStorageAllocate,
  verifyBlockdevPath,
  wipeDisk,
  type StorageEntry,
} from '../disk-work.js';

const MIN_DISKS: Readonly<Record<ZfsRaidLevel, number>> = { single: 1, mirror: 2, raid10: 4, raidz: 3, raidz2: 4, raidz3: 5, draid: 3, draid2: 4, draid3: 5 };
/** Disks' worth of space that parity (and dRAID spares) take. */
const PARITY: Readonly<Record<ZfsRaidLevel, number>> = { single: 0, mirror: 0, raid10: 0, raidz: 1, raidz2: 2, raidz3: 3, draid: 1, draid2: 2, draid3: 3 };

/** Checks every device and that each is unused (before the task, and again inside it). */
function freeDevices(disks: readonly SimDisk[], given: readonly string[]): string[] {
  const devices = given.map((device) => verifyBlockdevPath(disks, device));
  for (const device of devices) assertDiskUnused(disks, device);
  return devices;
}

function markUsed(disks: readonly SimDisk[], devices: readonly string[], used: string, gpt: boolean): void {
  for (const device of devices) Object.assign(diskAt(disks, device), { used, gpt });
}

/** The add_storage preparation every create shares: Datastore.Allocate on /storage and the dry run. */
function prepareStorage(ctx: RequestContext, node: string, entry: StorageEntry): boolean {
  const add = flagParam(ctx.params, 'add_storage') === true;
  if (add) {
    requireStorageAllocate(ctx);
    createOrUpdateStorage(ctx.engine.state, ctx.params.name ?? '', node, entry, true);
  }
  return add;
}

/** Delete's `cleanup-config` needs Datastore.Allocate on /storage too. */
function cleanupFlags(ctx: RequestContext): { config: boolean; disks: boolean } {
  const config = flagParam(ctx.params, 'cleanup-config') === true;
  if (config) requireStorageAllocate(ctx);
  return { config, disks: flagParam(ctx.params, 'cleanup-disks') === true };
}

type DeletionWork = (on: ReturnType<typeof nodeDiskStorage> & { cleanup: ReturnType<typeof cleanupFlags> }) => void;

/** What every delete shares: the node's disks, the cleanup flags checked before the task, and the work in a `taskType` task. */
function deletionTask(ctx: RequestContext, taskType: string, taskId: string, work: DeletionWork): string {
  const on = nodeDiskStorage(ctx);
  const cleanup = cleanupFlags(ctx);
  return ctx.engine.tasks.start(on.node, taskType, taskId, ctx.who, () => work({ ...on, cleanup }));
}

function sizeOf(disks: readonly SimDisk[], devices: readonly string[]): number {
  return Math.min(...devices.map((d) => diskAt(disks, d).size));
}

// ZFS

function parseDraidConfig(text: string): { data?: number; spares?: number } {
  const out: { data?: number; spares?: number } = {};
  for (const part of listParam(text)) {
    const [key, value] = part.split('=');
    if ((key === 'data' || key === 'spares') && value !== undefined) out[key] = Number(value);
  }
  return out;
}

function zfsUsableBytes(pool: SimZfsPool, disks: readonly SimDisk[]): number {
  const each = sizeOf(disks, pool.devices);
  const n = pool.devices.length;
  if (pool.raidlevel === 'mirror' || pool.raidlevel === 'single') return each;
  if (pool.raidlevel === 'raid10') return (n / 2) * each;
  return (n - PARITY[pool.raidlevel] - (pool.draid?.spares ?? 0)) * each;
}

function createZfs(ctx: RequestContext): string {
  const { node, disks, storage } = nodeDiskStorage(ctx);
  const name = ctx.params.name ?? '';
  const raidlevel = (ctx.params.raidlevel ?? 'single') as ZfsRaidLevel;
  const draidText = ctx.params['draid-config'];
  if (draidText !== undefined && !raidlevel.startsWith('draid')) throw die('draid-config set without using dRAID level');
  const draid = draidText === undefined ? undefined : parseDraidConfig(draidText);
  const devices = freeDevices(disks, listParam(ctx.params.devices));
  const add = prepareStorage(ctx, node, { type: 'zfspool', options: { pool: name, content: 'rootdir,images' }, verify: ['pool'], capacity: 0 });
  if (storage.zfsPools.has(name)) throw die(`pool '${name}' already exists on node '${node}'`);
  const count = devices.length;
  if (raidlevel === 'raid10' && count % 2 !== 0) throw die('raid10 needs an even number of disks');
  if (raidlevel === 'single' && count > 1) throw die('please give only one disk for single disk mode');
  if (count < MIN_DISKS[raidlevel]) throw die(`${raidlevel} needs at least ${MIN_DISKS[raidlevel]} disks`);
  if (raidlevel.startsWith('draid')) {
    const needed = MIN_DISKS[raidlevel] - 2 + (draid?.data ?? 0) + (draid?.spares ?? 0);
    if (count < needed) throw die(`At least ${needed} disks needed for current dRAID config`);
  }
  const ashift = Number(ctx.params.ashift ?? 12);
  const compression = ctx.params.compression ?? 'on';
  return ctx.engine.tasks.start(node, 'zfscreate', name, ctx.who, (log) => {
    freeDevices(disks, devices);
    log(`# zpool create -o ashift=${ashift} ${name} ${raidlevel === 'single' ? '' : `${raidlevel} `}${devices.join(' ')}`);
    log(`# zfs set compression=${compression} ${name}`);
    const pool: SimZfsPool = { name, raidlevel, devices, ashift, compression, ...(draid ? { draid } : {}) };
    storage.zfsPools.set(name, pool);
    markUsed(disks, devices, 'ZFS', true);
    if (add) {
      const entry = { type: 'zfspool', options: { pool: name, content: 'rootdir,images' }, verify: ['pool'], capacity: zfsUsableBytes(pool, disks) };
      createOrUpdateStorage(ctx.engine.state, name, node, entry, false);
    }
  });
}

function listZfs(ctx: RequestContext): Array<Record<string, unknown>> {
  const { disks, storage } = nodeDiskStorage(ctx);
  return [...storage.zfsPools.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((pool) => {
      const size = zfsUsableBytes(pool, disks);
      return { name: pool.name, size, alloc: 0, free: size, frag: 0, dedup: 1, health: 'ONLINE' };
    });
}

/** `zpool status -P` as a tree: the pool's line, its vdevs, their member partitions by by-id link. */
function zfsDetail(ctx: RequestContext): Record<string, unknown> {
  const { disks, storage } = nodeDiskStorage(ctx);
  const name = ctx.params.name ?? '';
  const pool = storage.zfsPools.get(name);
  if (!pool) throw die(`command '/sbin/zpool status -P ${name}' failed: exit code 1`);
  const vdev = (vdevName: string, children?: Array<Record<string, unknown>>): Record<string, unknown> => ({
    name: vdevName,
    state: 'ONLINE',
    read: 0,
    write: 0,
    cksum: 0,
    msg: '',
    ...(children ? { children, leaf: 0 } : { leaf: 1 }),
  });
  const member = (device: string): Record<string, unknown> => vdev(`${diskAt(disks, device).by_id_link}-part1`);
  const members = pool.devices.map(member);
  const parity = PARITY[pool.raidlevel];
  const spares = pool.draid?.spares ?? 0;
  const groups: Array<Record<string, unknown>> =
    pool.raidlevel === 'single'
      ? members
      : pool.raidlevel === 'raid10'
        ? members.flatMap((_, i) => (i % 2 === 0 ? [vdev(`mirror-${i / 2}`, members.slice(i, i + 2))] : []))
        : pool.raidlevel === 'mirror'
          ? [vdev('mirror-0', members)]
          : pool.raidlevel.startsWith('draid')
            ? [vdev(`draid${parity}:${pool.draid?.data ?? members.length - parity - spares}d:${members.length}c:${spares}s-0`, members)]
            : [vdev(`raidz${parity}-0`, members)];
  return { name, state: 'ONLINE', errors: 'No known data errors', leaf: 0, children: [vdev(name, groups)] };
}

function deleteZfs(ctx: RequestContext): string {
  const name = ctx.params.name ?? '';
  return deletionTask(ctx, 'zfsremove', name, ({ node, disks, storage, cleanup }) => {
    const pool = storage.zfsPools.get(name);
    if (!pool) throw die(`command '${cleanup.disks ? `zpool list -vHPL ${name}` : `zpool destroy ${name}`}' failed: exit code 1`);
    storage.zfsPools.delete(name);
    if (cleanup.config) cleanupStoragesForNode(ctx.engine.state, node, (s) => s.type === 'zfspool' && s.options.pool === name);
    // Without wiping, the members keep their partitions and ZFS labels.
    if (cleanup.disks) for (const device of pool.devices) wipeDisk(disks, device);
    else markUsed(disks, pool.devices, 'zfs_member', true);
  });
}

// LVM and LVM-thin

/** A volume group's size: its physical volumes' (a partition of the system disk counts as the disk less 1 GiB). */
function pvSize(disks: readonly SimDisk[], pv: string): number {
  const disk = disks.find((d) => d.devpath === pv) ?? disks.find((d) => pv.startsWith(d.devpath));
  return disk === undefined ? 0 : disk.devpath === pv ? disk.size : disk.size - 1024 ** 3;
}

function lvmEntry(name: string, thin: boolean, capacity: number): StorageEntry {
  return thin
    ? { type: 'lvmthin', options: { vgname: name, thinpool: name, content: 'rootdir,images' }, verify: ['vgname', 'thinpool'], capacity }
    : { type: 'lvm', options: { vgname: name, content: 'rootdir,images', shared: '0' }, verify: ['vgname'], capacity };
}

/** `lvmcreate` and `lvmthincreate`: a volume group on the device, and for thin a pool of the same name filling it. */
function createVolumeGroup(ctx: RequestContext, thin: boolean): string {
  const { node, disks, storage } = nodeDiskStorage(ctx);
  const name = ctx.params.name ?? '';
  const [device] = freeDevices(disks, [ctx.params.device ?? '']);
  const add = prepareStorage(ctx, node, lvmEntry(name, thin, 0));
  return ctx.engine.tasks.start(node, thin ? 'lvmthincreate' : 'lvmcreate', name, ctx.who, (log) => {
    freeDevices(disks, [device!]);
    if (storage.volumeGroups.has(name)) throw die(`volume group with name '${name}' already exists on node '${node}'`);
    log(`# vgcreate ${name} ${device}`);
    storage.volumeGroups.set(name, { name, pvs: [device!] });
    if (thin) storage.thinPools.set(`${name}/${name}`, { vg: name, lv: name });
    markUsed(disks, [device!], 'LVM', false);
    if (add) createOrUpdateStorage(ctx.engine.state, name, node, lvmEntry(name, thin, pvSize(disks, device!)), false);
  });
}

function listVolumeGroups(ctx: RequestContext): Record<string, unknown> {
  const { disks, storage } = nodeDiskStorage(ctx);
  const thinVgs = new Set([...storage.thinPools.values()].map((t) => t.vg));
  const children = [...storage.volumeGroups.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((vg) => {
      const pvs = vg.pvs.map((pv) => ({ name: pv, size: pvSize(disks, pv), free: thinVgs.has(vg.name) ? 0 : pvSize(disks, pv), leaf: 1 }));
      const size = pvs.reduce((sum, pv) => sum + pv.size, 0);
      const free = pvs.reduce((sum, pv) => sum + pv.free, 0);
      return { name: vg.name, size, free, leaf: 0, children: pvs };
    });
  return { leaf: 0, children };
}

function listThinPools(ctx: RequestContext): Array<Record<string, unknown>> {
  const { disks, storage } = nodeDiskStorage(ctx);
  return [...storage.thinPools.values()].map((pool) => {
    const vgSize = (storage.volumeGroups.get(pool.vg)?.pvs ?? []).reduce((sum, pv) => sum + pvSize(disks, pv), 0);
    const metadata = Math.floor(Math.min(Math.max(vgSize / 100, 1024 ** 3), 16 * 1024 ** 3));
    return { lv: pool.lv, vg: pool.vg, lv_size: vgSize - 2 * metadata, used: 0, metadata_size: metadata, metadata_used: 0 };
  });
}

function deleteVolumeGroup(ctx: RequestContext): string {
  const name = ctx.params.name ?? '';
  return deletionTask(ctx, 'lvmremove', name, ({ node, disks, storage, cleanup }) => {
    const vg = storage.volumeGroups.get(name);
    if (!vg) throw die(`no such volume group '${name}'`);
    storage.volumeGroups.delete(name);
    for (const [key, pool] of storage.thinPools) if (pool.vg === name) storage.thinPools.delete(key);
    if (cleanup.config) cleanupStoragesForNode(ctx.engine.state, node, (s) => s.type === 'lvm' && s.options.vgname === name);
    // Without wiping, the device stays a physical volume (pvs still lists it).
    if (cleanup.disks) for (const pv of vg.pvs) wipeDisk(disks, pv);
  });
}

function deleteThinPool(ctx: RequestContext): string {
  const lv = ctx.params.name ?? '';
  const vgName = ctx.params['volume-group'] ?? '';
  return deletionTask(ctx, 'lvmthinremove', `${vgName}-${lv}`, ({ node, disks, storage, cleanup }) => {
    if (!storage.thinPools.delete(`${vgName}/${lv}`)) throw die(`no such thin pool ${vgName}/${lv}`);
    if (cleanup.config) {
      cleanupStoragesForNode(ctx.engine.state, node, (s) => s.type === 'lvmthin' && s.options.vgname === vgName && s.options.thinpool === lv);
    }
    if (!cleanup.disks) return;
    const vg = storage.volumeGroups.get(vgName);
    if (!vg) throw die(`no such volume group '${vgName}'`);
    if ([...storage.thinPools.values()].some((pool) => pool.vg === vgName)) throw die(`volume group '${vgName}' still in use`);
    // Wiping the physical volumes ends the volume group too.
    storage.volumeGroups.delete(vgName);
    for (const pv of vg.pvs) wipeDisk(disks, pv);
  });
}

// Directories

/** `PVE::Systemd::escape_unit($path, 1)` of /mnt/pve/<name>, and its mount unit's path. */
function mountUnit(name: string): { unit: string; path: string } {
  const unit = `mnt-pve-${name.replace(/[^a-zA-Z0-9_.]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`)}.mount`;
  return { unit, path: `/etc/systemd/system/${unit}` };
}

function createDirectory(ctx: RequestContext): string {
  const { node, disks, storage } = nodeDiskStorage(ctx);
  const name = ctx.params.name ?? '';
  const filesystem = (ctx.params.filesystem ?? 'ext4') as 'ext4' | 'xfs';
  const path = `/mnt/pve/${name}`;
  const [device] = freeDevices(disks, [ctx.params.device ?? '']);
  const entry = (capacity: number): StorageEntry => ({
    type: 'dir',
    options: { content: 'rootdir,images,iso,backup,vztmpl,snippets', is_mountpoint: '1', path },
    verify: ['path'],
    capacity,
  });
  const add = prepareStorage(ctx, node, entry(0));
  const existing = storage.directories.get(name);
  if (existing) throw die(`the path for '${name}' is already mounted: ${path} (${existing.disk}1)`);
  return ctx.engine.tasks.start(node, 'dircreate', name, ctx.who, (log) => {
    freeDevices(disks, [device!]);
    log(`# /sbin/sgdisk -n1 -t1:8300 ${device}`);
    log(`# /sbin/mkfs -t ${filesystem} ${device}1`);
    const uuid = createHash('md5')
      .update(`${node}/${name}`)
      .digest('hex')
      .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    storage.directories.set(name, { name, disk: device!, filesystem, uuid });
    markUsed(disks, [device!], filesystem, true);
    if (add) createOrUpdateStorage(ctx.engine.state, name, node, entry(diskAt(disks, device!).size), false);
  });
}

function listDirectories(ctx: RequestContext): Array<Record<string, unknown>> {
  const { storage } = nodeDiskStorage(ctx);
  return [...storage.directories.values()].map((dir) => ({
    unitfile: mountUnit(dir.name).path,
    path: `/mnt/pve/${dir.name}`,
    device: `/dev/disk/by-uuid/${dir.uuid}`,
    type: dir.filesystem,
    options: 'defaults',
  }));
}

function deleteDirectory(ctx: RequestContext): string {
  const name = ctx.params.name ?? '';
  const unit = mountUnit(name);
  return deletionTask(ctx, 'dirremove', name, ({ node, disks, storage, cleanup }) => {
    const dir = storage.directories.get(name);
    if (!dir) {
      throw die(cleanup.disks ? `error opening '${unit.path}' - No such file or directory` : `command 'systemctl stop ${unit.unit}' failed: exit code 5`);
    }
    storage.directories.delete(name);
    if (cleanup.config) cleanupStoragesForNode(ctx.engine.state, node, (s) => s.type === 'dir' && s.options.path === `/mnt/pve/${name}`);
    // Without wiping, the partition keeps its file system (and the data on it).
    if (cleanup.disks) wipeDisk(disks, dir.disk);
  });
}

export const diskStorageRoutes: Routes = {
  'GET /nodes/{node}/disks/zfs': listZfs,
  'POST /nodes/{node}/disks/zfs': createZfs,
  'GET /nodes/{node}/disks/zfs/{name}': zfsDetail,
  'DELETE /nodes/{node}/disks/zfs/{name}': deleteZfs,
  'GET /nodes/{node}/disks/lvm': listVolumeGroups,
  'POST /nodes/{node}/disks/lvm': (ctx) => createVolumeGroup(ctx, false),
  'DELETE /nodes/{node}/disks/lvm/{name}': deleteVolumeGroup,
  'GET /nodes/{node}/disks/lvmthin': listThinPools,
  'POST /nodes/{node}/disks/lvmthin': (ctx) => createVolumeGroup(ctx, true),
  'DELETE /nodes/{node}/disks/lvmthin/{name}': deleteThinPool,
  'GET /nodes/{node}/disks/directory': listDirectories,
  'POST /nodes/{node}/disks/directory': createDirectory,
  'DELETE /nodes/{node}/disks/directory/{name}': deleteDirectory,
};
