// Datacenter-wide configuration: backup and replication jobs, HA resources, rules and groups,
// metric servers (each a section-config file in /etc/pve keyed by an id) and datacenter.cfg
// (`/cluster/options`). The cluster and HA status reads are StatusApi's.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import type { Params } from '../http.js';
import { nullData } from '../schemas.js';
import { deleteList, unlessNotFound, type EndpointContext } from './context.js';

/** One section as the server sends it: option values keyed by API name. */
export const datacenterSection = lazySchema(() => z.record(z.string(), z.unknown()));
export type DatacenterSection = z.infer<typeof datacenterSection>;

/** The section-config collections under `/cluster`. */
export type DatacenterKind = 'backup' | 'replication' | 'ha/resources' | 'ha/rules' | 'ha/groups' | 'metrics/server';

/** The create parameter naming the new section (metric servers take it in the path instead). */
const ID_PARAM: Readonly<Record<DatacenterKind, string | undefined>> = {
  backup: 'id',
  replication: 'id',
  'ha/resources': 'sid',
  'ha/rules': 'rule',
  'ha/groups': 'group',
  'metrics/server': undefined,
};

export class DatacenterApi {
  constructor(private readonly ctx: EndpointContext) {}

  list(kind: DatacenterKind): Promise<DatacenterSection[]> {
    return this.ctx.http.call('GET', `/cluster/${kind}`, {}, z.array(datacenterSection));
  }

  get(kind: DatacenterKind, id: string): Promise<DatacenterSection> {
    return this.ctx.http.call('GET', `/cluster/${kind}/${encodeURIComponent(id)}`, {}, datacenterSection);
  }

  /** The section, undefined when the server does not hold it. */
  find(kind: DatacenterKind, id: string): Promise<DatacenterSection | undefined> {
    return unlessNotFound(() => this.get(kind, id));
  }

  async create(kind: DatacenterKind, id: string, params: Params): Promise<void> {
    const idParam = ID_PARAM[kind];
    if (idParam === undefined) await this.ctx.http.call('POST', `/cluster/${kind}/${encodeURIComponent(id)}`, params, nullData);
    else await this.ctx.http.call('POST', `/cluster/${kind}`, { ...params, [idParam]: id }, nullData);
  }

  async update(kind: DatacenterKind, id: string, params: Params, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', `/cluster/${kind}/${encodeURIComponent(id)}`, { ...params, delete: deleteList(remove) }, nullData);
  }

  async delete(kind: DatacenterKind, id: string): Promise<void> {
    await this.ctx.http.call('DELETE', `/cluster/${kind}/${encodeURIComponent(id)}`, {}, nullData);
  }

  /** datacenter.cfg as `/cluster/options` shows it (property strings as objects). */
  options(): Promise<DatacenterSection> {
    return this.ctx.http.call('GET', '/cluster/options', {}, datacenterSection);
  }

  async setOptions(params: Params, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', '/cluster/options', { ...params, delete: deleteList(remove) }, nullData);
  }
}
