// One table per property-string option (`efidisk0`, `vga`, `hostpciN`, `startup`, ...) says which
// model attribute is which key and how its value is written; printing and parsing both follow
// the table, so a setting can never be written one way and read back another.
import { buildPropertyString, parsePropertyString } from '../../../clients/proxmox/property-string.js';
import type { ModelOfMembers } from '../../../framework/schema.js';

/**
 * How a value is written: `text` as is, `number` as digits, `flag` as 1/0, `onOff` as on/off
 * (disk `discard`), `list` as `a;b` (CPU flags, NIC trunks).
 */
export type FieldKind = 'text' | 'number' | 'flag' | 'onOff' | 'list';

/** The model of a set of attributes (a block's, or extra ones spread into one), as its field table maps it. */
export type AttributesModel<A> = ModelOfMembers<A, Record<never, never>>;

export interface PropertyField<A extends string> {
  readonly attr: A;
  readonly key: string;
  readonly kind: FieldKind;
}

type FieldValue = string | number | boolean | readonly (string | number)[] | null;

function printValue(kind: FieldKind, value: FieldValue): string | undefined {
  if (value === null) return undefined;
  if (kind === 'flag') return value === true ? '1' : '0';
  if (kind === 'onOff') return value === true ? 'on' : 'ignore';
  if (kind === 'list') return Array.isArray(value) ? value.join(';') : String(value);
  return String(value);
}

function parseValue(kind: FieldKind, raw: string | undefined): FieldValue {
  if (raw === undefined) return null;
  if (kind === 'flag') return raw === '1';
  if (kind === 'onOff') return raw === 'on';
  if (kind === 'number') return Number(raw);
  if (kind === 'list') return raw.split(';').filter((part) => part !== '');
  return raw;
}

/** Prints and parses one option's property string for a model type `M`. */
export interface FieldMapper<M> {
  readonly fields: readonly PropertyField<keyof M & string>[];
  /** The options the model sets, as `key → text` (unset attributes left out). */
  props(model: M): Record<string, string>;
  /** `bare,key=value,...` with the options the model sets. */
  print(model: M, bare?: string): string;
  /** The table's attributes of a property string; every one the string lacks is null. */
  parse(value: string): Pick<M, keyof M & string>;
}

export function fieldMapper<M extends object>(fields: readonly PropertyField<keyof M & string>[]): FieldMapper<M> {
  const props = (model: M): Record<string, string> => {
    const values = model as Readonly<Record<string, FieldValue>>;
    const out: Record<string, string> = {};
    for (const field of fields) {
      const text = printValue(field.kind, values[field.attr] ?? null);
      if (text !== undefined) out[field.key] = text;
    }
    return out;
  };
  return {
    fields,
    props,
    print: (model, bare) => buildPropertyString(props(model), bare),
    parse: (value) => {
      const parsed = parsePropertyString(value).props;
      const out: Record<string, FieldValue> = {};
      for (const field of fields) out[field.attr] = parseValue(field.kind, parsed[field.key]);
      // The table names exactly the attributes of M it maps (checked by the field types).
      return out as Pick<M, keyof M & string>;
    },
  };
}

/** Shorthand for a table row. */
export function field<A extends string>(attr: A, key: string, kind: FieldKind = 'text'): PropertyField<A> {
  return { attr, key, kind };
}
