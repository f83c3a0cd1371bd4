// Attributes that map one to one onto API keys (SDN sections, network interfaces): how each is
// sent, read back, and removed (`delete`) when the configuration drops it.
import type { ParamValue } from '../../../clients/proxmox/http.js';

/**
 * How an attribute travels. `flag`: a boolean the server keeps only as present or absent (it
 * reads any stored value, 0 included, as true), so false is never sent: true→false deletes the
 * key, and an absent key reads back false. `words`: a list of items in one text, sent space
 * separated whatever separators (`,` `;` space) the configuration used. `spaced-list`: a list
 * sent space separated, for servers that split the stored value at white space only.
 */
export type FieldKind = 'string' | 'number' | 'bool' | 'flag' | 'list' | 'spaced-list' | 'words';

export interface ApiField<A extends string> {
  readonly attr: A;
  readonly key: string;
  readonly kind: FieldKind;
}

/** `[attr, key, kind]` rows as fields. */
export function fields<A extends string>(rows: ReadonlyArray<readonly [A, string, FieldKind]>): ReadonlyArray<ApiField<A>> {
  return rows.map(([attr, key, kind]) => ({ attr, key, kind }));
}

type Model<A extends string> = { readonly [K in A]?: unknown };

function encode(kind: FieldKind, value: unknown): ParamValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (kind === 'list' || kind === 'spaced-list') {
    return Array.isArray(value) ? [...(value as string[])].sort().join(kind === 'list' ? ',' : ' ') : String(value);
  }
  if (kind === 'bool') return value === true;
  if (kind === 'flag') return value === true ? true : undefined;
  if (kind === 'words') return wordsOf(String(value)).join(' ');
  if (kind === 'number') return Number(value);
  return String(value);
}

/** The parameters that set every non-null attribute. */
export function paramsOf<A extends string>(table: ReadonlyArray<ApiField<A>>, model: Model<A>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const field of table) {
    const value = encode(field.kind, model[field.attr]);
    if (value !== undefined) out[field.key] = value;
  }
  return out;
}

/** The items of a `words` value: split at commas, semicolons and white space. */
export function wordsOf(text: string): string[] {
  return text.split(/[,;\s]+/).filter((item) => item !== '');
}

/** The keys to `delete`: attributes set before and null now (flags: true before, not now). */
export function removedKeys<A extends string>(table: ReadonlyArray<ApiField<A>>, plan: Model<A>, prior: Model<A>): string[] {
  const isSet = (field: ApiField<A>, model: Model<A>) => (field.kind === 'flag' ? model[field.attr] === true : (model[field.attr] ?? null) !== null);
  return table.filter((f) => !isSet(f, plan) && isSet(f, prior)).map((f) => f.key);
}

/** A value the server sent (text, number or boolean) as the attribute's type; null when absent. */
export function decode(kind: FieldKind, value: unknown): string | number | boolean | string[] | null {
  if (kind === 'flag') return value !== undefined && value !== null && value !== '' && value !== 0 && value !== '0' && value !== false;
  if (value === undefined || value === null || value === '') return null;
  if (kind === 'list' || kind === 'spaced-list')
    return String(value)
      .split(/[,;\s]+/)
      .filter((item) => item !== '')
      .sort();
  if (kind === 'bool') return value === true || value === 1 || value === '1';
  if (kind === 'number') return Number(value);
  return typeof value === 'string' ? value : String(value);
}

/** Every mapped attribute read from the server's values. */
export function valuesOf<A extends string>(table: ReadonlyArray<ApiField<A>>, values: Readonly<Record<string, unknown>>): Record<A, ReturnType<typeof decode>> {
  const out = {} as Record<A, ReturnType<typeof decode>>;
  for (const field of table) out[field.attr] = decode(field.kind, values[field.key]);
  return out;
}
