// A typed CRUD method group (`<namespace>.query/create/update/delete`): parsed answers,
// cached and coalesced reads, creates that check for a lost attempt before sending again.
import { z } from 'zod';
import { Coalescer } from '../coalescer.js';
import { TrueNASAmbiguousCreateError, TrueNASCallError, TrueNASIncompleteCreateError, TrueNASNotFoundError, mayHaveCreated } from '../errors.js';
import type { Filter, QueryOptions } from '../query.js';
import { lazySchema } from '../../common/lazy-schema.js';
import { parseResponse } from '../parse.js';
import type { ApiContext } from './context.js';
import { agreesWithWritten } from './written-fields.js';

export type Id = string | number;

export interface CrudSpec<T, C> {
  /** The method namespace, e.g. `iscsi.target`; a function when it depends on the server version. */
  readonly namespace: string | (() => Promise<string>);
  readonly schema: z.ZodType<T>;
  readonly idOf: (item: T) => Id;
  /** Filters that find what a create with this input made (for creates whose answer was lost). */
  readonly findCreated?: (input: C) => Filter[];
  /**
   * `findCreated` narrows the rows down without naming one object: the server lets two rows
   * match it (cron jobs of one command and user). Such rows are told apart as `matchCreated`'s.
   */
  readonly findCreatedShared?: boolean;
  /**
   * For kinds without a filterable unique key: whether a row is what a create with this input
   * made. Only a new row (not there before the create, not another create's of this client)
   * holding every field the create wrote is taken, and only when it is the one such row that no
   * other create of this client under way could have made (see `pickCreated`).
   */
  readonly matchCreated?: (input: C, row: T) => boolean;
  /** `options.extra` sent with a query, which may depend on its filters (datasets do). */
  readonly queryExtra?: (filters: readonly Filter[]) => Readonly<Record<string, unknown>>;
  /**
   * The field of an answer's row that holds its id as `idOf` gives it. Given, a cached collection
   * keeps the rows as the server sent them and parses each one when it is first read: a refresh
   * of a few datasets on a server with thousands parses those few, not all of them (parsing
   * 500 datasets took about 80 ms of a fresh process, bench/percall-cuts.md).
   */
  readonly rawId?: string;
  /**
   * For kinds whose create takes a number from the rows it reads, without a lock, before it
   * inserts (LUN ids, port indexes): creates with the same key are sent one after the other,
   * as two that arrive together would both take the same number.
   */
  readonly serialisedBy?: (input: C) => string;
  /**
   * For kinds whose delete renumbers the rows left from a list it read without a lock (iSCSI
   * portal tags): the key deletes are sent under, one after the other and after the creates of
   * the same key (a create counting rows while a delete renumbers them takes a number twice).
   */
  readonly deletesSerialisedBy?: string;
  /**
   * Whether the server answers a query for several ids with no row at all when one of them does
   * not exist (26.0's snapshots). An empty answer to a batched read is then asked again id by id,
   * so that one object deleted outside terraform does not make the others read as deleted.
   */
  readonly oneMissingIdEmptiesTheAnswer?: () => Promise<boolean>;
}

/** The id a filter list asks for when it is one `["id", "=", id]` clause; else undefined. */
function idFilterValue(filters: readonly Filter[]): Id | undefined {
  const [only, ...more] = filters;
  if (more.length > 0 || !Array.isArray(only) || only.length !== 3) return undefined;
  const [field, operator, value] = only as readonly unknown[];
  return field === 'id' && operator === '=' && (typeof value === 'string' || typeof value === 'number') ? value : undefined;
}

/** A row a create may have made: its id, and the row as the server sent it (parsed once, by its taker). */
interface NewRow {
  readonly id: string;
  readonly raw: unknown;
}

/** An answer's rows, checked to be objects and kept as they are (not copied). */
const rawRows = lazySchema(() => z.array(z.custom<object>((row) => typeof row === 'object' && row !== null && !Array.isArray(row), 'expected an object')));

export class CrudGroup<T, C, U, D extends unknown[] = []> {
  /** Rows by id as the server sent them, asked for together (`find` after a write, `idsBefore`). */
  private readonly rowsById: Coalescer<Id, object>;
  /** Rows already parsed: each is parsed once, and read as the same object. */
  private readonly parsedRows = new WeakMap<object, T>();
  /**
   * The creates under way, by the ids read before each (a set of its own per create): their
   * input, and the ids other creates of this client were answered with or took meanwhile, which
   * are never theirs. (A create that starts later reads those ids before it.)
   */
  private readonly createsUnderWay = new Map<ReadonlySet<string>, { readonly input: C; readonly takenByOthers: Set<string> }>();

  constructor(
    protected readonly ctx: ApiContext,
    protected readonly spec: CrudSpec<T, C>,
  ) {
    this.rowsById = new Coalescer((ids) => this.fetchMany(ids));
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
      const { rawId } = this.spec;
      const collection =
        rawId === undefined
          ? await cache.collection(
              kind,
              (limit) => this.query([], { limit }),
              (row) => String(this.spec.idOf(row as T)),
            )
          : await cache.collection(
              kind,
              async (limit) => this.ctx.read(kind, [[], this.withExtra([], { limit })], rawRows),
              (row) => String((row as Record<string, unknown>)[rawId]),
            );
      if (collection !== undefined && collection !== 'too-large') {
        const row = collection.get(String(id));
        return rawId === undefined || row === undefined ? (row as T | undefined) : this.parsedRow(kind, row as object);
      }
    }
    const row = await this.rowsById.get(id);
    return row === undefined ? undefined : this.parsedRow(await this.method('query'), row);
  }

  private parsedRow(method: string, row: object): T {
    let parsed = this.parsedRows.get(row);
    if (parsed === undefined) {
      parsed = parseResponse(method, this.spec.schema, row);
      this.parsedRows.set(row, parsed);
    }
    return parsed;
  }

  /** The object with this id; TrueNASNotFoundError (see `isNotFound`) when it does not exist. */
  async get(id: Id): Promise<T> {
    const found = await this.find(id);
    if (found === undefined) throw new TrueNASNotFoundError(await this.method('get_instance'), `${String(id)} does not exist`);
    return found;
  }

  async create(input: C): Promise<T> {
    const key = this.spec.serialisedBy?.(input);
    return key === undefined ? this.createNow(input) : this.ctx.writeQueue.run(key, () => this.createNow(input));
  }

  private async createNow(input: C): Promise<T> {
    const method = await this.method('create');
    const encoded = await this.encodeCreate(input);
    const before = await this.idsBefore(input);
    return this.failedCreateChecked(
      method,
      input,
      () => this.ctx.write(method, [encoded], this.spec.schema, { kind: 'create', ...this.lostCreateProbe(input, before) }),
      before,
    );
  }

  /**
   * The ids of the rows a create with this input could be taken for that exist before it is sent
   * (one query): neither a lost answer nor a failed create is ever matched to one of them. A name
   * that exists already makes the server refuse the create, and the user sees that refusal.
   */
  protected async idsBefore(input: C): Promise<ReadonlySet<string> | undefined> {
    const { findCreated, matchCreated } = this.spec;
    if (!findCreated && !matchCreated) return undefined;
    const rows = await this.rowsBefore(findCreated?.(input));
    const before = new Set((Array.isArray(rows) ? rows : []).map((row) => String((row as Record<string, unknown>)[this.spec.rawId ?? 'id'])));
    this.createsUnderWay.set(before, { input, takenByOthers: new Set() });
    return before;
  }

  /**
   * The rows a create finding its object by `filters` must not take: by the id (datasets,
   * snapshots), asked for together with other creates' and finds'; by another unique key, a row or
   * none; without filters, every row, of which only the id is needed.
   */
  private async rowsBefore(filters: readonly Filter[] | undefined): Promise<unknown> {
    const id = filters && idFilterValue(filters);
    if (id !== undefined) {
      const row = await this.rowsById.get(id);
      return row === undefined ? [] : [row];
    }
    if (filters) return this.rawRows(filters);
    return this.ctx.session.call(await this.method('query'), [[], { select: ['id'] }]);
  }

  /** Whether nothing but the create's own key tells its rows apart (kinds without a unique key). */
  private get keyShared(): boolean {
    return this.spec.findCreated === undefined || this.spec.findCreatedShared === true;
  }

  /**
   * Rows that may be what a create with this input made: not there before, not taken by another
   * create of this client meanwhile, and (kinds without a unique key) holding every field it wrote.
   */
  private newRows(rows: readonly unknown[], input: C, before: ReadonlySet<string>): NewRow[] {
    const { findCreated, matchCreated } = this.spec;
    return rows.flatMap((raw) => {
      const row = this.spec.schema.safeParse(raw);
      if (!row.success) return [];
      const id = String(this.spec.idOf(row.data));
      if (before.has(id) || this.createsUnderWay.get(before)?.takenByOthers.has(id) === true) return [];
      if (findCreated === undefined && matchCreated?.(input, row.data) !== true) return [];
      return !this.keyShared || agreesWithWritten(input, raw) ? [{ id, raw }] : [];
    });
  }

  /**
   * What the create made among `rows` (newRows'), or undefined when it made nothing there. For
   * kinds without a unique key, refuses to guess (TrueNASAmbiguousCreateError) when two rows
   * qualify, or one that another create of this client under way, with input the row agrees
   * with too, may have made: taking another's row gives two resources one object.
   */
  private pickCreated(method: string, rows: readonly NewRow[], before: ReadonlySet<string>): unknown {
    const made = rows.at(-1);
    if (made === undefined) return undefined;
    if (this.keyShared) {
      const othersMayHave = [...this.createsUnderWay].some(([theirs, { input }]) => theirs !== before && agreesWithWritten(input, made.raw));
      if (rows.length > 1 || othersMayHave)
        throw new TrueNASAmbiguousCreateError(
          method,
          rows.map((row) => row.id),
        );
    }
    this.taken(made.id, before);
    return made.raw;
  }

  /** Records that the create `by` made the object `id`: no other create under way takes it. */
  private taken(id: string, by: ReadonlySet<string> | undefined): void {
    for (const [theirs, { takenByOthers }] of this.createsUnderWay) if (theirs !== by) takenByOthers.add(id);
  }

  /** The rows to look among for what a create made: by the unique key, else all. */
  private candidates(input: C): Promise<unknown[]> {
    return this.rawRows(this.spec.findCreated?.(input) ?? []);
  }

  /** The probe that finds what a create whose answer was lost made (none for kinds nothing identifies). */
  protected lostCreateProbe(input: C, before: ReadonlySet<string> | undefined): { probe?: () => Promise<unknown> } {
    if (!before) return {};
    return { probe: async () => this.pickCreated(await this.method('create'), this.newRows(await this.candidates(input), input, before), before) };
  }

  /** A create the server runs as a job (`certificate.create`, `tunable.create`), its result the new row. */
  protected async createByJob(method: string, input: C, encoded: unknown): Promise<T> {
    const before = await this.idsBefore(input);
    const { probe } = this.lostCreateProbe(input, before);
    return this.failedCreateChecked(
      method,
      input,
      async () => parseResponse(method, this.spec.schema, await this.ctx.job(method, [encoded], undefined, probe)),
      before,
    );
  }

  /**
   * Runs a create; when the server fails it after it may have written the object (a later step of
   * the call or job failed), looks for a row that is what it made and was not there before.
   * Found, the failure becomes a TrueNASIncompleteCreateError carrying it, so the provider keeps
   * it in state (tainted) instead of leaving it behind.
   */
  protected async failedCreateChecked(method: string, input: C, create: () => Promise<T>, before: ReadonlySet<string> | undefined): Promise<T> {
    try {
      const made = await create();
      this.taken(String(this.spec.idOf(made)), before);
      return made;
    } catch (err) {
      if (!before || !mayHaveCreated(err)) throw err;
      const rows = await this.candidates(input).catch(() => []);
      const made = this.pickCreated(method, this.newRows(rows, input, before), before);
      if (made === undefined) throw err;
      throw new TrueNASIncompleteCreateError(method, err, parseResponse(await this.method('query'), this.spec.schema, made));
    } finally {
      if (before) this.createsUnderWay.delete(before);
    }
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
    const key = this.spec.deletesSerialisedBy;
    const send = async () => void (await this.ctx.write(await this.method('delete'), [id, ...options], z.unknown(), { kind: 'delete' }));
    await (key === undefined ? send() : this.ctx.writeQueue.run(key, send));
  }

  /** Unparsed query rows: a probe's answer stands in for the create's, which is parsed once. */
  private async rawRows(filters: readonly Filter[]): Promise<unknown[]> {
    const rows = await this.ctx.session.call(await this.method('query'), [filters, this.withExtra(filters, {})]);
    return Array.isArray(rows) ? rows : [];
  }

  /** The rows with these ids, as the server sent them, by id (one row's refusal by the schema fails only its own read). */
  private async fetchMany(ids: Id[]): Promise<Map<Id, object>> {
    const filters: Filter[] = [ids.length === 1 ? ['id', '=', ids[0]] : ['id', 'in', ids]];
    const rows = await this.ctx.read(await this.method('query'), [filters, this.withExtra(filters, {})], rawRows);
    if (rows.length === 0 && ids.length > 1 && (await this.spec.oneMissingIdEmptiesTheAnswer?.())) {
      const alone = await Promise.all(ids.map((id) => this.fetchMany([id])));
      return new Map(alone.flatMap((found) => [...found]));
    }
    return new Map(rows.map((row) => [(row as Record<string, unknown>).id as Id, row]));
  }
}
