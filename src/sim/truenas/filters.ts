// The middleware's query filters and options (filter → select → count → order → get →
// offset → limit), enough of them for every client call and for hand-written tests.
import { SimMatchNotFound, invalid } from './sim-errors.js';

type Row = Record<string, unknown>;
const MISSING = Symbol('missing');

function lookup(row: unknown, path: string[]): unknown[] | typeof MISSING {
  if (path.length === 0) return [row];
  if (Array.isArray(row)) {
    const [head, ...rest] = path;
    if (/^\d+$/.test(head!)) return row.length > Number(head) ? lookup(row[Number(head)], rest) : MISSING;
    const found = row.flatMap((item) => {
      const hit = lookup(item, path);
      return hit === MISSING ? [] : hit;
    });
    return found.length > 0 ? found : MISSING;
  }
  if (row === null || typeof row !== 'object' || !(path[0]! in row)) return MISSING;
  return lookup((row as Row)[path[0]!], path.slice(1));
}

function fold(value: unknown, caseless: boolean): unknown {
  return caseless && typeof value === 'string' ? value.toLowerCase() : value;
}

function compare(op: string, field: unknown, operand: unknown): boolean {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  switch (op) {
    case '=':
      return field === operand || (typeof field === 'object' && JSON.stringify(field) === JSON.stringify(operand));
    case '!=':
      return field !== operand;
    case '>':
      return (field as number) > (operand as number);
    case '>=':
      return (field as number) >= (operand as number);
    case '<':
      return (field as number) < (operand as number);
    case '<=':
      return (field as number) <= (operand as number);
    case '~':
      return new RegExp(`^(?:${String(operand)})`).test(str(field) ?? '');
    case 'in':
      return Array.isArray(operand) && operand.includes(field);
    case 'nin':
      return Array.isArray(operand) && !operand.includes(field);
    case 'rin':
      return field != null && (field as { includes?: (v: unknown) => boolean }).includes?.(operand) === true;
    case 'rnin':
      return field != null && (field as { includes?: (v: unknown) => boolean }).includes?.(operand) === false;
    case '^':
      return str(field)?.startsWith(String(operand)) ?? false;
    case '!^':
      return str(field) !== null && !str(field)!.startsWith(String(operand));
    case '$':
      return str(field)?.endsWith(String(operand)) ?? false;
    case '!$':
      return str(field) !== null && !str(field)!.endsWith(String(operand));
    default:
      throw invalid('', `Invalid operation: ${op}`);
  }
}

const operators = new Set(['=', '!=', '>', '>=', '<', '<=', '~', 'in', 'nin', 'rin', 'rnin', '^', '!^', '$', '!$']);

function matchCondition(row: Row, condition: unknown[], depth: number): boolean {
  if (condition[0] === 'OR') {
    if (depth >= 3) throw invalid('', 'Query filters nested too deeply');
    const branches = condition[1] as unknown[];
    return branches.some((branch) =>
      Array.isArray(branch) && Array.isArray(branch[0])
        ? (branch as unknown[][]).every((c) => matchCondition(row, c, depth + 1))
        : matchCondition(row, branch as unknown[], depth + 1),
    );
  }
  const [name, rawOp, operand] = condition as [string, string, unknown];
  const caseless = rawOp.startsWith('C') && rawOp !== 'C~';
  const op = caseless ? rawOp.slice(1) : rawOp;
  if (!operators.has(op)) throw invalid('', `Invalid operation: ${rawOp}`);
  const values = lookup(row, name.split('.'));
  if (values === MISSING) return false;
  const target = Array.isArray(operand) ? operand.map((v) => fold(v, caseless)) : fold(operand, caseless);
  return values.some((value) => compare(op, fold(value, caseless), target));
}

export function matches(row: Row, filters: unknown[]): boolean {
  return filters.every((condition) => matchCondition(row, condition as unknown[], 0));
}

export interface QueryOptions {
  select?: (string | [string, string])[];
  order_by?: string[];
  offset?: number;
  limit?: number;
  count?: boolean;
  get?: boolean;
  extra?: Record<string, unknown>;
}

const optionKeys = new Set([
  'select',
  'order_by',
  'offset',
  'limit',
  'count',
  'get',
  'extra',
  'relationships',
  'extend',
  'extend_context',
  'prefix',
  'force_sql_filters',
]);

function selectFields(row: Row, select: (string | [string, string])[]): Row {
  const out: Row = {};
  for (const entry of select) {
    const [path, alias] = Array.isArray(entry) ? entry : [entry, entry];
    const found = lookup(row, path.split('.'));
    if (found !== MISSING) out[alias] = found[0];
  }
  return out;
}

function ordering(orderBy: string[]): (a: Row, b: Row) => number {
  return (a, b) => {
    for (const spec of orderBy) {
      const desc = spec.startsWith('-');
      const key = spec.replace(/^-/, '').replace(/^nulls_(first|last):/, '');
      const [x, y] = [a[key], b[key]] as [never, never];
      if (x === y) continue;
      return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  };
}

/** Runs `query(filters, options)` over rows the way the middleware's filter_list does. */
export function runQuery(rows: Row[], filters: unknown = [], options: unknown = {}): unknown {
  if (!Array.isArray(filters)) throw invalid('filters', 'Not a list');
  const opts = (options ?? {}) as QueryOptions;
  for (const key of Object.keys(opts)) if (!optionKeys.has(key)) throw invalid(`query-options.${key}`, 'Extra inputs are not permitted');
  if (opts.get && ((opts.limit ?? 0) > 1 || (opts.offset ?? 0) > 0))
    throw invalid('query-options.get', 'Invalid options combination. get implies a single result.');
  let result = rows.filter((row) => matches(row, filters));
  if (opts.select) result = result.map((row) => selectFields(row, opts.select!));
  if (opts.count) return result.length;
  if (opts.order_by) result = [...result].sort(ordering(opts.order_by));
  if (opts.get) {
    if (result.length === 0) throw new SimMatchNotFound();
    return result[0];
  }
  if (opts.offset) result = result.slice(opts.offset);
  if (opts.limit) result = result.slice(0, opts.limit);
  return result;
}
