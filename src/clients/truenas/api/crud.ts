// A typed CRUD method group (`<namespace>.query/create/update/delete`): parsed answers,
// cached and coalesced reads, creates that check for a lost attempt before sending again.
import { z } from 'zod';
import { Coalescer } from '../coalescer.js';
import { TrueNASCallError, TrueNASNotFoundError } from '../errors.js';
import type { Filter, QueryOptions } from '../query.js';
import type { ApiContext } from './context.js';

export type Id = string | number;

export interface CrudSpec<T, C> {
  /** The method namespace, e.g. `iscsi.target`; a function when it depends on the server version. */
  readonly namespace: string | (() => Promise<string>);
  readonly schema: z.ZodType<T>;
  readonly idOf: (item: T) => Id;
  /** Filters that find what a create with this input made (for creates whose answer was lost). */
  readonly findCreated?: (input: C) => Filter[];
  /**
   * For kinds without a filterable unique key: whether a row is what a create with this input
   * made (the newest matching row is taken).
   */
  readonly matchCreated?: (input: C, row: T) => boolean;
  /** `options.extra` sent with a query, which may depend on its filters (datasets do). */
  readonly queryExtra?: (filters: readonly Filter[]) => Readonly<Record<string, unknown>>;
}

export class CrudGroup<T, C, U, D extends unknown[] = []> {
  private readonly coalescer: Coalescer<Id, T>;

  constructor(
    protected readonly ctx: ApiContext,
    protected readonly spec: CrudSpec<T, C>,
  ) {
    this.coalescer = new Coalescer((ids) => this.fetchMany(ids));
  }

  protected async method(verb: string): Promise<string> {
    const ns = typeof this.spec.namespace === 'string' ? this.spec.namespace : await this.spec.namespace();
    return `${ns}.${verb}`;
  }

  private withExtra(filters: readonly Filter[], options: QueryOptions): QueryOptions {
    return this.spec.queryExtra ? { ...options, extra: { ...this.spec.queryExtra(filters), ...options.extra } } : options;
  }

  /** `query(filters, options)`: always asks the server. */
  async query(filters: readonly Filter[] = [], options: QueryOptions = {}): Promise<T[]> {
    return this.ctx.read(await this.method('query'), [filters, this.withExtra(filters, options)], z.array(this.spec.schema));
  }

  /** `query(filters, {get: true})`: the first match, or undefined when nothing matches. */
  async queryOne(filters: readonly Filter[] = [], options: Omit<QueryOptions, 'limit' | 'offset'> = {}): Promise<T | undefined> {
    const method = await this.method('query');
    try {
      return await this.ctx.read(method, [filters, { ...this.withExtra(filters, options), get: true }], this.spec.schema);
    } catch (err) {
      // `get` with no match raises MatchNotFound (an IndexError) on the server.
      if (err instanceof TrueNASCallError && err.serverMessage === 'MatchNotFound()') return undefined;
      throw err;
    }
  }

  /** `query(filters, {count: true})`: how many objects match. */
  async count(filters: readonly Filter[] = []): Promise<number> {
    return this.ctx.read(await this.method('query'), [filters, { ...this.withExtra(filters, {}), count: true }], z.number());
  }

  /** The object with this id, or undefined when it does not exist. Cached and coalesced. */
  async find(id: Id): Promise<T | undefined> {
    const cache = this.ctx.cache;
    if (cache) {
      const kind = await this.method('query');
      const collection = await cache.collection(
        kind,
        (limit) => this.query([], { limit }),
        (row) => String(this.spec.idOf(row as T)),
      );
      if (collection !== undefined && collection !== 'too-large') return collection.get(String(id)) as T | undefined;
    }
    return this.coalescer.get(id);
  }

  /** The object with this id; TrueNASNotFoundError (see `isNotFound`) when it does not exist. */
  async get(id: Id): Promise<T> {
    const found = await this.find(id);
    if (found === undefined) throw new TrueNASNotFoundError(await this.method('get_instance'), `${String(id)} does not exist`);
    return found;
  }

  async create(input: C): Promise<T> {
    const { findCreated, matchCreated } = this.spec;
    const probe = findCreated
      ? async () => (await this.rawRows(findCreated(input)))[0]
      : matchCreated
        ? async () =>
            (await this.rawRows([]))
              .filter((raw) => {
                const row = this.spec.schema.safeParse(raw);
                return row.success && matchCreated(input, row.data);
              })
              .at(-1)
        : undefined;
    return this.ctx.write(await this.method('create'), [await this.encodeCreate(input)], this.spec.schema, { kind: 'create', ...(probe ? { probe } : {}) });
  }

  async update(id: Id, patch: U): Promise<T> {
    return this.ctx.write(await this.method('update'), [id, await this.encodeUpdate(patch)], this.spec.schema, { kind: 'idempotent' });
  }

  /** The create payload as this server version takes it (groups whose model changed override it). */
  protected async encodeCreate(input: C): Promise<unknown> {
    return input;
  }

  /** The update payload as this server version takes it. */
  protected async encodeUpdate(patch: U): Promise<unknown> {
    return patch;
  }

  async delete(id: Id, ...options: D): Promise<void> {
    await this.ctx.write(await this.method('delete'), [id, ...options], z.unknown(), { kind: 'delete' });
  }

  /** Unparsed query rows: a probe's answer stands in for the create's, which is parsed once. */
  private async rawRows(filters: readonly Filter[]): Promise<unknown[]> {
    const rows = await this.ctx.session.call(await this.method('query'), [filters, this.withExtra(filters, {})]);
    return Array.isArray(rows) ? rows : [];
  }

  private async fetchMany(ids: Id[]): Promise<Map<Id, T>> {
    const rows = await this.query([ids.length === 1 ? ['id', '=', ids[0]] : ['id', 'in', ids]]);
    return new Map(rows.map((row) => [this.spec.idOf(row), row]));
  }
}
