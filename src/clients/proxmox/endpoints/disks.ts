// What a node's free disks are made into (`/nodes/{node}/disks/{zfs,lvm,lvmthin,directory}`,
// pve-storage PVE/API2/Disks/*.pm): ZFS pools, LVM volume groups, LVM thin pools and mounted
// directories. Each create and delete is a task; each create can also add the matching storage
// entry (`add_storage`), each delete can drop it (`cleanup-config`) and wipe the disks
// (`cleanup-disks`). Reading needs Sys.Audit on /, writing Sys.Modify on / (and
// Datastore.Allocate on /storage for the storage entry).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalNumbers, optionalStrings } from '../optional-fields.js';
import { apiPath } from '../http.js';
import { upidData } from '../schemas.js';
import type { TaskOptions } from '../tasks.js';
import { awaitTask, type EndpointContext } from './context.js';

export const zfsPoolEntry = lazySchema(() =>
  z.looseObject({
    name: z.string(),
    ...optionalNumbers('size', 'alloc', 'free'),
    health: z.string().optional(),
  }),
);
export type ZfsPoolEntry = z.infer<typeof zfsPoolEntry>;

/** A node of `zpool status -P`'s configuration tree: the pool, its vdevs (mirror-0, raidz1-0), their members. */
export interface ZfsVdev {
  name: string;
  state?: string | undefined;
  children?: ZfsVdev[] | undefined;
}
const zfsVdev: z.ZodType<ZfsVdev> = z.lazy(() => z.looseObject({ name: z.string(), state: z.string().optional(), children: z.array(zfsVdev).optional() }));
export const zfsPoolDetail = lazySchema(() => z.looseObject({ name: z.string(), state: z.string().optional(), children: z.array(zfsVdev).optional() }));
export type ZfsPoolDetail = z.infer<typeof zfsPoolDetail>;

export const volumeGroupEntry = lazySchema(() =>
  z.looseObject({
    name: z.string(),
    size: z.number().optional(),
    free: z.number().optional(),
    children: z.array(z.looseObject({ name: z.string(), size: z.number().optional() })).optional(),
  }),
);
export type VolumeGroupEntry = z.infer<typeof volumeGroupEntry>;

export const thinPoolEntry = lazySchema(() => z.looseObject({ lv: z.string(), vg: z.string(), lv_size: z.number().optional() }));
export type ThinPoolEntry = z.infer<typeof thinPoolEntry>;

export const directoryEntry = lazySchema(() =>
  z.looseObject({
    path: z.string(),
    ...optionalStrings('device', 'type', 'unitfile', 'options'),
  }),
);
export type DirectoryEntry = z.infer<typeof directoryEntry>;

export interface ZfsPoolParams {
  name: string;
  raidlevel: string;
  devices: readonly string[];
  ashift?: number | undefined;
  compression?: string | undefined;
  draidData?: number | undefined;
  draidSpares?: number | undefined;
  addStorage?: boolean | undefined;
}

export interface DiskDeviceParams {
  name: string;
  device: string;
  addStorage?: boolean | undefined;
}

export interface DirectoryParams extends DiskDeviceParams {
  filesystem?: 'ext4' | 'xfs' | undefined;
}

/** What a delete also does: drop the storage entries for this node, wipe the disks. */
export interface DiskCleanup {
  config: boolean;
  disks: boolean;
}

function draidConfig(params: ZfsPoolParams): string | undefined {
  const parts = [
    ...(params.draidData !== undefined ? [`data=${params.draidData}`] : []),
    ...(params.draidSpares !== undefined ? [`spares=${params.draidSpares}`] : []),
  ];
  return parts.length > 0 ? parts.join(',') : undefined;
}

export class NodeDisksApi {
  constructor(private readonly ctx: EndpointContext) {}

  zfsPools(node: string): Promise<ZfsPoolEntry[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/zfs`, {}, z.array(zfsPoolEntry));
  }

  /** `zpool status -P` of one pool (fails with 500 when there is no such pool: use zfsPools to ask). */
  zfsPool(node: string, name: string): Promise<ZfsPoolDetail> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/zfs/${name}`, {}, zfsPoolDetail);
  }

  async createZfsPool(node: string, params: ZfsPoolParams, task?: TaskOptions): Promise<void> {
    const body = {
      name: params.name,
      raidlevel: params.raidlevel,
      devices: params.devices.join(','),
      ashift: params.ashift,
      compression: params.compression,
      'draid-config': draidConfig(params),
      add_storage: params.addStorage,
    };
    await awaitTask(this.ctx, this.ctx.http.call('POST', apiPath`/nodes/${node}/disks/zfs`, body, upidData), task);
  }

  async deleteZfsPool(node: string, name: string, cleanup: DiskCleanup, task?: TaskOptions): Promise<void> {
    const params = { 'cleanup-config': cleanup.config, 'cleanup-disks': cleanup.disks };
    await awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/disks/zfs/${name}`, params, upidData), task);
  }

  /** Volume groups with their physical volumes (`children`). */
  async volumeGroups(node: string): Promise<VolumeGroupEntry[]> {
    const tree = await this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/lvm`, {}, z.looseObject({ children: z.array(volumeGroupEntry).optional() }));
    return tree.children ?? [];
  }

  async createVolumeGroup(node: string, params: DiskDeviceParams, task?: TaskOptions): Promise<void> {
    const body = { name: params.name, device: params.device, add_storage: params.addStorage };
    await awaitTask(this.ctx, this.ctx.http.call('POST', apiPath`/nodes/${node}/disks/lvm`, body, upidData), task);
  }

  async deleteVolumeGroup(node: string, name: string, cleanup: DiskCleanup, task?: TaskOptions): Promise<void> {
    const params = { 'cleanup-config': cleanup.config, 'cleanup-disks': cleanup.disks };
    await awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/disks/lvm/${name}`, params, upidData), task);
  }

  thinPools(node: string): Promise<ThinPoolEntry[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/lvmthin`, {}, z.array(thinPoolEntry));
  }

  /** A volume group named `name` on the device holding a thin pool of the same name that fills it. */
  async createThinPool(node: string, params: DiskDeviceParams, task?: TaskOptions): Promise<void> {
    const body = { name: params.name, device: params.device, add_storage: params.addStorage };
    await awaitTask(this.ctx, this.ctx.http.call('POST', apiPath`/nodes/${node}/disks/lvmthin`, body, upidData), task);
  }

  async deleteThinPool(node: string, volumeGroup: string, name: string, cleanup: DiskCleanup, task?: TaskOptions): Promise<void> {
    const params = { 'volume-group': volumeGroup, 'cleanup-config': cleanup.config, 'cleanup-disks': cleanup.disks };
    await awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/disks/lvmthin/${name}`, params, upidData), task);
  }

  /** The directories mounted under /mnt/pve by systemd mount units. */
  directories(node: string): Promise<DirectoryEntry[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/directory`, {}, z.array(directoryEntry));
  }

  /** A partition with a file system on the device, mounted at /mnt/pve/<name>. */
  async createDirectory(node: string, params: DirectoryParams, task?: TaskOptions): Promise<void> {
    const body = { name: params.name, device: params.device, filesystem: params.filesystem, add_storage: params.addStorage };
    await awaitTask(this.ctx, this.ctx.http.call('POST', apiPath`/nodes/${node}/disks/directory`, body, upidData), task);
  }

  async deleteDirectory(node: string, name: string, cleanup: DiskCleanup, task?: TaskOptions): Promise<void> {
    const params = { 'cleanup-config': cleanup.config, 'cleanup-disks': cleanup.disks };
    await awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/disks/directory/${name}`, params, upidData), task);
  }
}
