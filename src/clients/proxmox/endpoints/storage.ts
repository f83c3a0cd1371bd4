// Datacenter storage configuration (`/storage`) and a node's storages and their content.
import { z } from 'zod';
import { apiPath, type ParamValue } from '../http.js';
import { nodeStorage, nullData, storageConfig, storageCreated, storageVolume, upidOrNull, volumeAttributes } from '../schemas.js';
import type { TaskOptions, TaskStatus } from '../tasks.js';
import { awaitTask, deleteList, type EndpointContext } from './context.js';
import { listedLookup } from './listed-lookup.js';

export type StorageConfig = z.infer<typeof storageConfig>;
export type StorageCreated = z.infer<typeof storageCreated>;
export type NodeStorage = z.infer<typeof nodeStorage>;
export type StorageVolume = z.infer<typeof storageVolume>;
export type VolumeAttributes = z.infer<typeof volumeAttributes>;

export type StorageType = 'dir' | 'nfs' | 'cifs' | 'lvm' | 'lvmthin' | 'zfspool' | 'iscsi' | 'iscsidirect' | 'zfs' | 'pbs' | 'rbd' | 'cephfs' | 'btrfs';

/** Type options (`path`, `server`, `export`, `vgname`, `content`, `nodes`, ...), per B6 of the facts. */
export interface StorageOptions {
  [option: string]: ParamValue | undefined;
  content?: string;
  nodes?: string;
  disable?: boolean;
  shared?: boolean;
}

export class StorageApi {
  /** A storage's configuration, undefined when absent; from the cached storage list (which holds the same). */
  readonly find: (storage: string) => Promise<StorageConfig | undefined>;

  constructor(private readonly ctx: EndpointContext) {
    this.find = listedLookup(ctx, { list: () => this.list(), keyOf: (config) => config.storage, read: (storage) => this.get(storage) });
  }

  list(type?: StorageType): Promise<StorageConfig[]> {
    return this.ctx.http.call('GET', '/storage', { type }, z.array(storageConfig));
  }

  get(storage: string): Promise<StorageConfig> {
    return this.ctx.http.call('GET', apiPath`/storage/${storage}`, {}, storageConfig);
  }

  create(storage: string, type: StorageType, options: StorageOptions): Promise<StorageCreated> {
    return this.ctx.http.call('POST', '/storage', { ...options, storage, type }, storageCreated);
  }

  update(storage: string, options: StorageOptions, change: { delete?: readonly string[]; digest?: string } = {}): Promise<StorageCreated> {
    const params = { ...options, delete: deleteList(change.delete), digest: change.digest };
    return this.ctx.http.call('PUT', apiPath`/storage/${storage}`, params, storageCreated);
  }

  async delete(storage: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/storage/${storage}`, {}, nullData);
  }

  /** The storages a node can use, with usage (`total`/`used`/`avail` in bytes). */
  nodeStorages(node: string, filter: { content?: string; storage?: string; enabled?: boolean } = {}): Promise<NodeStorage[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/storage`, filter, z.array(nodeStorage));
  }

  content(node: string, storage: string, filter: { content?: string; vmid?: number } = {}): Promise<StorageVolume[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/storage/${storage}/content`, filter, z.array(storageVolume));
  }

  volume(node: string, storage: string, volume: string): Promise<VolumeAttributes> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/storage/${storage}/content/${volume}`, {}, volumeAttributes);
  }

  deleteVolume(node: string, storage: string, volume: string, task?: TaskOptions): Promise<TaskStatus | undefined> {
    return awaitTask(this.ctx, this.ctx.http.call('DELETE', apiPath`/nodes/${node}/storage/${storage}/content/${volume}`, {}, upidOrNull), task);
  }
}
