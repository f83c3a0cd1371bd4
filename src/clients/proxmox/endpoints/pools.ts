// Resource pools (`/pools`, with nested ids `parent/child`).
import { z } from 'zod';
import { nullData, poolDetail, poolSummary } from '../schemas.js';
import type { EndpointContext } from './context.js';
import { listedLookup } from './listed-lookup.js';

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
  /** A pool's id and comment (not its members), undefined when absent; from the cached pool list. */
  readonly find: (poolid: string) => Promise<PoolSummary | undefined>;

  constructor(private readonly ctx: EndpointContext) {
    this.find = listedLookup(ctx, { list: () => this.list(), keyOf: (pool) => pool.poolid, read: (poolid) => this.get(poolid) });
  }

  list(): Promise<PoolSummary[]> {
    return this.ctx.http.call('GET', '/pools', {}, z.array(poolSummary));
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
