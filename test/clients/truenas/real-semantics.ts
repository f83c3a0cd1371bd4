// Handlers for the scripted server that answer as the real middleware does, each citing its
// source. Kept apart from the simulator on purpose: these tests pin the client to the real
// server's behaviour whatever the simulator models.
import type { Handler } from './scripted-server.js';

type Row = Record<string, unknown>;

const property = (value: string | null, parsed: unknown, source = 'LOCAL') => ({ parsed, rawvalue: value, value, source, source_info: null });

/** A `pool.dataset.query` row in the 25.10 shape (properties as ZFS property objects). */
export function datasetRow(name: string, type: 'FILESYSTEM' | 'VOLUME' = 'FILESYSTEM', extra: Row = {}): Row {
  return {
    id: name,
    name,
    pool: name.split('/')[0],
    type,
    mountpoint: type === 'FILESYSTEM' ? `/mnt/${name}` : null,
    used: property('1M', 1048576),
    available: property('10G', 10737418240),
    user_properties: {},
    ...extra,
  };
}

function matches(row: Row, filter: unknown): boolean {
  const [field, op, value] = filter as [string, string, unknown];
  if (op === '=') return row[field] === value;
  if (op === 'in') return (value as unknown[]).includes(row[field]);
  throw new Error(`scripted server: filter ${op} not modelled`);
}

/**
 * `pool.dataset.query` as the real server lists datasets: without `retrieve_children` it starts
 * from the pools' root datasets and descends only for a single `id`/`name` `=` filter
 * (py-libzfs `datasets_serialized`, truenas/middleware plugins/pool_/dataset.py@TS-25.04.2.6:217-218;
 * 25.10: plugins/pool_/dataset_query_utils.py@TS-25.10.6:996 descends when filtered at all, which
 * the 25.04 rule covers as the stricter one).
 */
export function datasetQuery(rows: () => Row[]): Handler {
  return (params) => {
    const [filters = [], options = {}] = params as [unknown[], { extra?: Row; get?: boolean; limit?: number }];
    const retrieveChildren = options.extra?.['retrieve_children'] !== false;
    const fastPath = filters.length === 1 && ['id', 'name'].includes((filters[0] as unknown[])[0] as string) && (filters[0] as unknown[])[1] === '=';
    const listed = retrieveChildren || fastPath ? rows() : rows().filter((row) => !String(row['name']).includes('/'));
    const found = listed.filter((row) => filters.every((f) => matches(row, f)));
    return options.get ? found[0] : found.slice(0, options.limit || undefined);
  };
}

/** What a client needs to log in and learn the version, answered as `version` would. */
export function loginAndVersion(version: string): Record<string, Handler> {
  return {
    'auth.login_ex': () => ({ response_type: 'SUCCESS', user_info: null, authenticator: 'LEVEL_1' }),
    'auth.login_with_api_key': () => true,
    'auth.login': () => true,
    'system.info': () => ({ version, hostname: 'nas' }),
    'core.set_options': () => null,
  };
}
