// One collection of objects the server keeps in a section config file (realms in domains.cfg,
// realm-sync jobs in jobs.cfg, ACME plugins in priv/acme/plugins.cfg): list, read one, create,
// update (with `delete` for options dropped) and remove, all at `base` and `base/{id}`.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import type { Params } from '../http.js';
import { nullData } from '../schemas.js';
import { deleteList, unlessNotFound, type EndpointContext } from './context.js';

/** An object as the server returns it: its options, with `digest` and its type. */
export const sectionObject = lazySchema(() => z.record(z.string(), z.unknown()));
export type SectionObject = z.infer<typeof sectionObject>;

export class ConfigSections {
  constructor(
    private readonly ctx: EndpointContext,
    /** `/access/domains`, `/cluster/jobs/realm-sync`, … */
    private readonly base: string,
  ) {}

  protected path(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }

  list(): Promise<SectionObject[]> {
    return this.ctx.http.call('GET', this.base, {}, z.array(sectionObject));
  }

  /** The object, undefined when the server does not hold it. */
  find(id: string): Promise<SectionObject | undefined> {
    return unlessNotFound(() => this.ctx.http.call('GET', this.path(id), {}, sectionObject));
  }

  /** Creates at `base` (the id travels in `params`) or, with `id`, at `base/{id}` (jobs). */
  async create(params: Params, id?: string): Promise<void> {
    await this.ctx.http.call('POST', id === undefined ? this.base : this.path(id), params, nullData);
  }

  async update(id: string, params: Params, remove: readonly string[] = []): Promise<void> {
    await this.ctx.http.call('PUT', this.path(id), { ...params, delete: deleteList(remove) }, nullData);
  }

  async remove(id: string): Promise<void> {
    await this.ctx.http.call('DELETE', this.path(id), {}, nullData);
  }
}
