// Cluster hardware and directory mappings (`/cluster/mapping/{pci,usb,dir}`): a logical id
// that guests use, and per node the device or directory it stands for.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { apiPath } from '../http.js';
import { nullData } from '../schemas.js';
import { deleteList, unlessNotFound, type EndpointContext } from './context.js';

export type MappingKind = 'pci' | 'usb' | 'dir';

const pveBoolean = lazySchema(() => z.union([z.boolean(), z.number()]).transform((value) => value === true || value === 1));

const check = lazySchema(() => z.object({ severity: z.string(), message: z.string() }));

const mapping = lazySchema(() =>
  z.object({
    id: z.string().optional(),
    description: z.string().optional(),
    /** One property string per node entry (`node=pve,path=0000:01:00.0,id=10de:1b80`). */
    map: z.array(z.string()).default([]),
    mdev: pveBoolean.optional(),
    'live-migration-capable': pveBoolean.optional(),
    digest: z.string().optional(),
    /** With `check-node`: what the node found (USB.pm calls the list `errors`). */
    checks: z.array(check).optional(),
    errors: z.array(check).optional(),
  }),
);
export type HardwareMapping = z.infer<typeof mapping>;

export interface MappingOptions {
  readonly description?: string;
  readonly map?: readonly string[];
  /** PCI only. */
  readonly mdev?: boolean;
  /** PCI only. */
  readonly liveMigrationCapable?: boolean;
}

export class MappingApi {
  constructor(private readonly ctx: EndpointContext) {}

  list(kind: MappingKind, checkNode?: string): Promise<HardwareMapping[]> {
    return this.ctx.http.call('GET', apiPath`/cluster/mapping/${kind}`, { 'check-node': checkNode }, z.array(mapping));
  }

  get(kind: MappingKind, id: string): Promise<HardwareMapping> {
    return this.ctx.http.call('GET', apiPath`/cluster/mapping/${kind}/${id}`, {}, mapping);
  }

  /** The mapping, undefined when it does not exist. */
  find(kind: MappingKind, id: string): Promise<HardwareMapping | undefined> {
    return unlessNotFound(() => this.get(kind, id));
  }

  async create(kind: MappingKind, id: string, options: MappingOptions): Promise<void> {
    await this.ctx.http.call('POST', apiPath`/cluster/mapping/${kind}`, { id, ...params(options) }, nullData);
  }

  async update(kind: MappingKind, id: string, options: MappingOptions, change: { delete?: readonly string[]; digest?: string } = {}): Promise<void> {
    const body = { ...params(options), delete: deleteList(change.delete), digest: change.digest };
    await this.ctx.http.call('PUT', apiPath`/cluster/mapping/${kind}/${id}`, body, nullData);
  }

  async delete(kind: MappingKind, id: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/cluster/mapping/${kind}/${id}`, {}, nullData);
  }
}

function params(options: MappingOptions) {
  return {
    description: options.description,
    map: options.map,
    mdev: options.mdev,
    'live-migration-capable': options.liveMigrationCapable,
  };
}
