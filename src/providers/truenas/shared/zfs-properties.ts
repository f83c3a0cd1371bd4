// How the ZFS properties a resource models map to the API: what a create sends, what an
// update changes, and how a dataset row reads back into model values.
import type { Dataset } from '../../../clients/truenas/index.js';
import { formatSize, parseSize } from '../../../clients/common/sizes.js';

type DatasetField =
  | 'comments'
  | 'compression'
  | 'sync'
  | 'deduplication'
  | 'readonly'
  | 'atime'
  | 'exec'
  | 'recordsize'
  | 'quota'
  | 'refquota'
  | 'reservation'
  | 'refreservation';

/** enum: "lz4" ↔ "LZ4"; switch: true ↔ "ON"; bytes: a number; size-text: "128K" ↔ bytes; text: as is. */
type ZfsKind = 'enum' | 'switch' | 'bytes' | 'size-text' | 'text';

export interface ZfsProperty {
  /** The API field (the same name in create, update and query), and the model attribute of the same name. */
  readonly field: DatasetField;
  readonly kind: ZfsKind;
}

/** The properties a resource models, by kind. */
export function zfsProperties(byKind: Partial<Record<ZfsKind, readonly DatasetField[]>>): readonly ZfsProperty[] {
  return (Object.entries(byKind) as [ZfsKind, readonly DatasetField[]][]).flatMap(([kind, fields]) => fields.map((field) => ({ field, kind })));
}

function toApi(property: ZfsProperty, value: unknown): unknown {
  switch (property.kind) {
    case 'enum':
      return String(value).toUpperCase();
    case 'switch':
      return value ? 'ON' : 'OFF';
    case 'size-text':
      return formatSize(parseSize(String(value)));
    case 'bytes':
    case 'text':
      return value;
  }
}

function fromApi(property: ZfsProperty, dataset: Dataset): unknown {
  const value = dataset[property.field];
  // A quota or reservation of 0 reads back as `parsed: null` (py-libzfs converter.pxi:102-129
  // `read_null='0'`; 25.10 dataset_query_utils.py@TS-25.10.6:338,426-431): it means none, which
  // the attribute spells 0.
  if (value === null) return property.kind === 'text' ? '' : property.kind === 'bytes' ? 0 : null;
  switch (property.kind) {
    case 'enum':
      return String(value).toLowerCase();
    case 'switch':
      return String(value).toUpperCase() === 'ON';
    case 'size-text':
      return formatSize(Number(value));
    case 'bytes':
    case 'text':
      return value;
  }
}

/** The API fields for a create: every property the plan sets. */
export function createFields(properties: readonly ZfsProperty[], plan: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) {
    const value = plan[property.field];
    if (value !== null && value !== undefined) out[property.field] = toApi(property, value);
  }
  return out;
}

/** The API fields for an update: the properties whose planned value differs from the prior one. */
export function changedFields(
  properties: readonly ZfsProperty[],
  plan: Readonly<Record<string, unknown>>,
  prior: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of properties) {
    const value = plan[property.field];
    if (value === null || value === undefined || value === prior[property.field]) continue;
    out[property.field] = toApi(property, value);
  }
  return out;
}

/** The model values of these properties, as the dataset row has them. */
export function readFields(properties: readonly ZfsProperty[], dataset: Dataset): Record<string, unknown> {
  return Object.fromEntries(properties.map((property) => [property.field, fromApi(property, dataset)]));
}
