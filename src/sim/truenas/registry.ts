// The simulated middleware's method table: what each method takes, whether it needs a login,
// and in which server versions it is public (whether it runs as a job comes from the API schema).
import type { SimState } from './state.js';
import type { TrueNASApiSchema } from './schema/api-schema.js';
import type { SimFaults } from './faults.js';
import type { SimSession } from './session.js';
import { instanceNotFound, invalid } from './sim-errors.js';
import { runQuery } from './filters.js';

export interface CallContext {
  readonly state: SimState;
  readonly version: string;
  /** The simulated release's API schema (defaults a model fills in come from it). */
  readonly schema: TrueNASApiSchema;
  readonly faults: SimFaults;
  /** Reports job progress (0–100) when the method runs as a job; a no-op otherwise. */
  readonly progress: (percent: number, description: string) => void;
  readonly session: SimSession;
  /** Runs another method in this session (core.bulk). */
  readonly call: (method: string, args: unknown[]) => Promise<unknown>;
}

export interface MethodSpec {
  /** Parameter names in order; REST maps body keys onto them and extra arguments are refused. */
  readonly params: readonly string[];
  readonly handler: (args: unknown[], ctx: CallContext) => unknown;
  /**
   * Rewrites the params before the schema sees them, as models with a `mode='before'`
   * validator do (25.10 SMB shares translate legacy keys); may throw SimValidationErrors.
   */
  readonly normalize?: (args: unknown[], version: string) => unknown[];
  /**
   * Callable without a login (rate-limited per client address), besides the methods the release's
   * schema marks `no_auth_required` (core.ping from 25.10 on).
   */
  readonly anonymous?: boolean;
  /** An anonymous method the middleware does not rate-limit (`rate_limit=False`). */
  readonly notRateLimited?: true;
  /** First version that has it publicly, e.g. `25.10`. */
  readonly since?: string;
  /** First version that no longer has it publicly. */
  readonly until?: string;
}

export type MethodTable = Record<string, MethodSpec>;

export { versionAtLeast } from './version.js';
import { versionAtLeast } from './version.js';

export function isAvailable(spec: MethodSpec, version: string): boolean {
  return (!spec.since || versionAtLeast(version, spec.since)) && (!spec.until || !versionAtLeast(version, spec.until));
}

/** A plain object argument (the middleware refuses anything else for a Dict parameter). */
export function dict(value: unknown, attribute: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(attribute, 'Not a dictionary');
  return value as Record<string, unknown>;
}

/** Operations a CRUD service implements; `crud` turns them into query/get_instance/create/update/delete. */
export interface CrudService<Id> {
  readonly noun: string;
  /** All rows for a query; `extra` is the query's `options.extra`, `filters` its filters (some services read fewer rows without them). */
  rows(ctx: CallContext, extra: Record<string, unknown>, filters?: readonly unknown[]): Record<string, unknown>[];
  create(data: Record<string, unknown>, ctx: CallContext): unknown;
  update(id: Id, data: Record<string, unknown>, ctx: CallContext): unknown;
  delete(id: Id, options: unknown[], ctx: CallContext): unknown;
  readonly deleteParams?: readonly string[];
}

/** Rejects an id that names nothing with the middleware's InstanceNotFound. */
export function mustExist<T>(found: T | undefined, noun: string, id: unknown): T {
  if (found === undefined) throw instanceNotFound(noun, id);
  return found;
}

/** A table's rows by id, as `deleteFrom` needs them (state.ts `Table`). */
interface RowsById {
  get(id: number): unknown;
  delete(id: number): boolean;
}

/** The `delete` of a plain table row: InstanceNotFound for an unknown id, else the row is dropped (returns true, as the middleware does). */
export function deleteFrom(table: (state: SimState) => RowsById, noun: string): CrudService<number>['delete'] {
  return (id, _options, ctx) => {
    mustExist(table(ctx.state).get(id), noun, id);
    return table(ctx.state).delete(id);
  };
}

export function crud<Id>(
  namespace: string,
  service: CrudService<Id>,
  extra: Partial<Pick<MethodSpec, 'since' | 'until'>> = {},
  normalizeData?: (data: unknown, version: string) => unknown,
): MethodTable {
  const getInstance = (id: unknown, ctx: CallContext): unknown => {
    const [row] = service.rows(ctx, {}).filter((candidate) => candidate['id'] === id);
    return mustExist(row, service.noun, id);
  };
  return {
    [`${namespace}.query`]: {
      ...extra,
      params: ['filters', 'options'],
      handler: ([filters, options], ctx) =>
        runQuery(
          service.rows(ctx, dict(dict(options, 'options')['extra'], 'options.extra'), Array.isArray(filters) ? filters : []),
          filters ?? [],
          options ?? {},
        ),
    },
    [`${namespace}.get_instance`]: { ...extra, params: ['id', 'options'], handler: ([id], ctx) => getInstance(id, ctx) },
    [`${namespace}.create`]: {
      ...extra,
      params: ['data'],
      ...(normalizeData ? { normalize: ([data, ...rest], version) => [normalizeData(data, version), ...rest] } : {}),
      handler: ([data], ctx) => service.create(dict(data, 'data'), ctx),
    },
    [`${namespace}.update`]: {
      ...extra,
      params: ['id', 'data'],
      ...(normalizeData ? { normalize: ([id, data, ...rest], version) => [id, normalizeData(data, version), ...rest] } : {}),
      handler: ([id, data], ctx) => service.update(id as Id, dict(data, 'data'), ctx),
    },
    [`${namespace}.delete`]: {
      ...extra,
      params: ['id', ...(service.deleteParams ?? [])],
      handler: ([id, ...rest], ctx) => service.delete(id as Id, rest, ctx),
    },
  };
}

/**
 * The await between a create's checks and its database insert, where the middleware's event loop
 * runs other calls (a `datastore.query` in a thread): creates that allocate a number from the rows
 * they read (LUN ids, port indexes) interleave there when they arrive together. `raceWindowMs`
 * widens it so that a test sees the interleaving whenever two such calls are in flight at once.
 */
export async function datastoreRoundTrip(ctx: CallContext): Promise<void> {
  if (ctx.faults.raceWindowMs > 0) await new Promise((resolve) => setTimeout(resolve, ctx.faults.raceWindowMs));
}

/** The lowest number from `start` up that `used` lacks (the middleware's "next free" allocations). */
export function lowestFree(used: readonly number[], start: number): number {
  let candidate = start;
  while (used.includes(candidate)) candidate++;
  return candidate;
}
