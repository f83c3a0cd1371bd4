// Resource pools (`/pools`, with nested ids `parent/child`).
import { z } from 'zod';
import { nullData, poolDetail, poolSummary } from '../schemas.js';
import type { CachedCollection } from '../collection-cache.js';
import { unlessNotFound, type EndpointContext } from './context.js';

export type PoolSummary = z.infer<typeof poolSummary>;
export type PoolDetail = z.infer<typeof poolDetail>;

export interface PoolMembershipChange {
  comment?: string;
  /** VMIDs to add (or remove with `remove`). */
  vms?: readonly number[];
  storage?: readonly string[];
  /** Remove the listed members instead of adding them. */
  remove?: boolean;
  /** Move VMs that belong to another pool. */
  allowMove?: boolean;
}

export class PoolsApi {
  private readonly byId: CachedCollection<PoolSummary>;

  constructor(private readonly ctx: EndpointContext) {
    this.byId = ctx.cache.collection(
      () => this.list(),
      (pool) => pool.poolid,
    );
  }

  list(): Promise<PoolSummary[]> {
    return this.ctx.http.call('GET', '/pools', {}, z.array(poolSummary));
  }

  /** A pool's id and comment (not its members), undefined when absent; from the cached pool list. */
  find(poolid: string): Promise<PoolSummary | undefined> {
    return this.byId.find(
      poolid,
      (pool) => pool,
      () => unlessNotFound(() => this.get(poolid)),
    );
  }

  /** One pool with its members; not found is an error (`isNotFound`). */
  async get(poolid: string, type?: 'qemu' | 'lxc' | 'storage'): Promise<PoolDetail> {
    const [pool] = await this.ctx.http.call('GET', '/pools', { poolid, type }, z.array(poolDetail).length(1));
    return pool as PoolDetail;
  }

  async create(poolid: string, comment?: string): Promise<void> {
    await this.ctx.http.call('POST', '/pools', { poolid, comment }, nullData);
  }

  async update(poolid: string, change: PoolMembershipChange): Promise<void> {
    const params = {
      poolid,
      comment: change.comment,
      vms: change.vms?.join(','),
      storage: change.storage?.join(','),
      delete: change.remove,
      'allow-move': change.allowMove,
    };
    await this.ctx.http.call('PUT', '/pools', params, nullData);
  }

  async delete(poolid: string): Promise<void> {
    await this.ctx.http.call('DELETE', '/pools', { poolid }, nullData);
  }
}
