// How ZFS dataset properties read back: local values, inheritance from ancestors, defaults,
// space accounting against the pool, and the middleware's {parsed, rawvalue, value, source}
// objects (enum values upper-cased, sizes human-readable in `value`).
import type { SimDataset, SimState } from './state.js';
import { versionAtLeast } from './version.js';
import { renderEncryption } from './dataset-encryption.js';
import { keepRequestedProperties } from './requested-properties.js';

export const descriptionProperty = 'org.freenas:description';

/** Inheritable native properties and their defaults; `fsOnly` ones are absent on volumes. */
const inheritable: Record<string, { default: string; fsOnly?: boolean; kind: 'enum' | 'bool' | 'size' | 'int' }> = {
  compression: { default: 'on', kind: 'enum' },
  sync: { default: 'standard', kind: 'enum' },
  deduplication: { default: 'off', kind: 'enum' },
  readonly: { default: 'off', kind: 'bool' },
  snapdev: { default: 'hidden', kind: 'enum' },
  copies: { default: '1', kind: 'int' },
  checksum: { default: 'on', kind: 'enum' },
  atime: { default: 'on', fsOnly: true, kind: 'bool' },
  exec: { default: 'on', fsOnly: true, kind: 'bool' },
  recordsize: { default: '131072', fsOnly: true, kind: 'size' },
  aclmode: { default: 'discard', fsOnly: true, kind: 'enum' },
  acltype: { default: 'off', fsOnly: true, kind: 'enum' },
  casesensitivity: { default: 'sensitive', fsOnly: true, kind: 'enum' },
};

/** Local-only size properties (0 = none). */
const localSizes = ['quota', 'refquota', 'reservation'] as const;

export function isInheritable(name: string): boolean {
  return name in inheritable;
}

export function propertyKind(name: string): 'enum' | 'bool' | 'size' | 'int' | undefined {
  return inheritable[name]?.kind;
}

export function parentName(name: string): string | undefined {
  const cut = name.lastIndexOf('/');
  return cut < 0 ? undefined : name.slice(0, cut);
}

/** 34359738368 → "32G", 1610612736 → "1.50G", as `zfs get` prints sizes. */
export function humanSize(bytes: number): string {
  const units = ['', 'K', 'M', 'G', 'T', 'P'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return String(bytes);
  const text = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0);
  return `${text}${units[unit]}`;
}

export interface PropertyObject {
  parsed: unknown;
  rawvalue: string;
  value: string | null;
  source: 'LOCAL' | 'INHERITED' | 'DEFAULT' | 'NONE';
  source_info: string | null;
}

function present(raw: string, kind: 'enum' | 'bool' | 'size' | 'int' | 'string'): Pick<PropertyObject, 'parsed' | 'rawvalue' | 'value'> {
  switch (kind) {
    case 'enum':
      return { parsed: raw, rawvalue: raw, value: raw.toUpperCase() };
    case 'bool':
      return { parsed: raw === 'on', rawvalue: raw, value: raw.toUpperCase() };
    case 'size':
      return { parsed: Number(raw), rawvalue: raw, value: humanSize(Number(raw)) };
    case 'int':
      return { parsed: Number(raw), rawvalue: raw, value: raw };
    case 'string':
      return { parsed: raw, rawvalue: raw, value: raw };
  }
}

/** Where a property's effective value comes from: the dataset itself, an ancestor, or default. */
function resolve(
  state: SimState,
  dataset: SimDataset,
  read: (d: SimDataset) => string | undefined,
  fallback: string,
): { raw: string; source: PropertyObject['source']; from: string | null } {
  const own = read(dataset);
  if (own !== undefined) return { raw: own, source: 'LOCAL', from: null };
  for (let name = parentName(dataset.name); name; name = parentName(name)) {
    const ancestor = state.datasets.get(name);
    const value = ancestor && read(ancestor);
    if (value !== undefined) return { raw: value, source: 'INHERITED', from: name };
  }
  return { raw: fallback, source: 'DEFAULT', from: null };
}

export function effectiveProperty(state: SimState, dataset: SimDataset, name: string): string {
  const spec = inheritable[name];
  return resolve(state, dataset, (d) => d.props[name], spec?.default ?? '').raw;
}

function inheritedObject(state: SimState, dataset: SimDataset, name: string): PropertyObject {
  const spec = inheritable[name]!;
  const { raw, source, from } = resolve(state, dataset, (d) => d.props[name], spec.default);
  return { ...present(raw, spec.kind), source, source_info: from };
}

/** quota/refquota/reservation/refreservation: 0 means none and reads back as `parsed: null, value: null` (py-libzfs converter.pxi `read_null='0'`; 25.10 dataset_query_utils.py). */
function localSizeObject(raw: string | undefined, source: PropertyObject['source'] = raw === undefined ? 'DEFAULT' : 'LOCAL'): PropertyObject {
  const bytes = Number(raw ?? '0');
  return { parsed: bytes === 0 ? null : bytes, rawvalue: String(bytes), value: bytes === 0 ? null : humanSize(bytes), source, source_info: null };
}

function computed(bytes: number): PropertyObject {
  return { parsed: bytes, rawvalue: String(bytes), value: humanSize(bytes), source: 'NONE', source_info: null };
}

export function volsizeOf(dataset: SimDataset): number {
  return Number(dataset.props['volsize'] ?? '0');
}

/** Space a dataset holds back from the pool: data written or its refreservation, plus children. */
export function usedBytes(state: SimState, name: string): number {
  // A dataset's own space plus everything below it: one pass over the datasets, not a
  // recursion per level (which made a query of N datasets cost O(N^3)).
  let total = 0;
  for (const dataset of state.datasets.values()) {
    if (dataset.name === name || dataset.name.startsWith(`${name}/`)) {
      total += Math.max(dataset.written, Number(dataset.props['refreservation'] ?? '0'));
    }
  }
  return total;
}

export function availableBytes(state: SimState, name: string): number {
  const pool = state.poolOf(name);
  return pool ? Math.max(0, pool.size - usedBytes(state, pool.name)) : 0;
}

function descriptionObject(state: SimState, dataset: SimDataset): PropertyObject {
  const { raw, source, from } = resolve(state, dataset, (d) => d.user[descriptionProperty], '');
  return { ...present(raw, 'string'), source: source === 'DEFAULT' ? 'NONE' : source, source_info: from };
}

/**
 * The description (`org.freenas:description`): a top-level `comments` up to 25.04; from 25.10 it
 * is a user property shown as `user_properties.comments`, present only when set or inherited
 * (truenas/middleware src/middlewared/middlewared/plugins/pool_/dataset_query_utils.py@TS-25.10.6:226-244).
 */
function placeComments(state: SimState, dataset: SimDataset, out: Record<string, unknown>): void {
  const comments = descriptionObject(state, dataset);
  if (!versionAtLeast(state.version, '25.10')) out['comments'] = comments;
  else if (comments.source !== 'NONE') (out['user_properties'] as Record<string, unknown>)['comments'] = comments;
}

/**
 * The dataset as `pool.dataset.query` returns it; `properties` is the query's
 * `extra.properties` (null or absent: every property the simulator models).
 */
export function renderDataset(state: SimState, dataset: SimDataset, withChildren: boolean, properties?: unknown): Record<string, unknown> {
  const isVolume = dataset.type === 'VOLUME';
  const out: Record<string, unknown> = {
    id: dataset.name,
    type: dataset.type,
    name: dataset.name,
    pool: dataset.name.split('/')[0],
    ...renderEncryption(state, dataset),
    mountpoint: isVolume ? null : `/mnt/${dataset.name}`,
    user_properties: Object.fromEntries(
      Object.entries(dataset.user)
        .filter(([key]) => key !== descriptionProperty)
        .map(([key, value]) => [key, { parsed: value, rawvalue: value, value, source: 'LOCAL', source_info: null }]),
    ),
    origin: { parsed: dataset.origin ?? '', rawvalue: dataset.origin ?? '', value: dataset.origin ?? '', source: 'NONE', source_info: null },
  };
  placeComments(state, dataset, out);
  for (const name of Object.keys(inheritable)) if (!(isVolume && inheritable[name]!.fsOnly)) out[name] = inheritedObject(state, dataset, name);
  if (!isVolume) for (const name of localSizes) out[name] = localSizeObject(dataset.props[name]);
  else out['reservation'] = localSizeObject(dataset.props['reservation']);
  out['refreservation'] = localSizeObject(dataset.props['refreservation'] ?? '0', 'LOCAL');
  if (isVolume) {
    out['volsize'] = { ...present(dataset.props['volsize']!, 'size'), source: 'LOCAL', source_info: null };
    out['volblocksize'] = {
      ...present(dataset.props['volblocksize']!, 'size'),
      source: dataset.props['volblocksize'] === '16384' ? 'DEFAULT' : 'LOCAL',
      source_info: null,
    };
  }
  out['used'] = computed(usedBytes(state, dataset.name));
  out['usedbydataset'] = computed(dataset.written);
  out['available'] = computed(availableBytes(state, dataset.name));
  out['creation'] = {
    parsed: { $date: dataset.createtxg * 1000 },
    rawvalue: String(dataset.createtxg),
    value: String(dataset.createtxg),
    source: 'NONE',
    source_info: null,
  };
  if (Array.isArray(properties)) keepRequestedProperties(state.version, out, properties);
  if (withChildren) {
    out['children'] = [...state.datasets.values()].filter((d) => parentName(d.name) === dataset.name).map((d) => renderDataset(state, d, true, properties));
  }
  return out;
}
