// Conversion between cty values and the plain TypeScript objects resources work with.
//
// In the model, numbers are JS numbers, sets and lists are arrays, maps and objects are plain
// objects, and both null and "not known yet" are null: a resource only sees models at apply
// and read time, when its configuration is known and what it has to compute is still null.
import { Dynamic, types, type CtyType, type Value } from '../values/types.js';
import { toJsNumber } from '../values/numbers.js';
import type { BlockBody } from './schema.js';
import { blockType } from './implied-type.js';
import { isCtyNumber, isObjectValue } from './values-util.js';

export type Model = Record<string, unknown>;

export function valueToModel(value: Value, type: CtyType): unknown {
  if (value === null || value === undefined || !isKnownShape(value)) return null;
  if (value instanceof Dynamic) return valueToModel(value.value, value.type);
  if (type === 'dynamic') return value;
  if (typeof type === 'string') return isCtyNumber(value) ? toJsNumber(value) : value;
  switch (type.kind) {
    case 'list':
    case 'set':
      return (value as readonly Value[]).map((v) => valueToModel(v, type.element));
    case 'tuple':
      return (value as readonly Value[]).map((v, i) => valueToModel(v, type.elements[i] ?? 'dynamic'));
    case 'map':
      return mapEntries(value, () => type.element);
    case 'object':
      return mapEntries(value, (key) => type.attributes[key] ?? 'dynamic', Object.keys(type.attributes));
  }
}

export function modelToValue(model: unknown, type: CtyType): Value {
  if (model === null || model === undefined) return null;
  if (type === 'dynamic') return new Dynamic(inferType(model), plainToValue(model));
  if (typeof type === 'string') return model as Value;
  switch (type.kind) {
    case 'list':
    case 'set':
      return (model as unknown[]).map((m) => modelToValue(m, type.element));
    case 'tuple':
      return (model as unknown[]).map((m, i) => modelToValue(m, type.elements[i] ?? 'dynamic'));
    case 'map': {
      const out: Record<string, Value> = {};
      for (const [k, v] of Object.entries(model as Model)) out[k] = modelToValue(v, type.element);
      return out;
    }
    case 'object': {
      const out: Record<string, Value> = {};
      for (const [k, t] of Object.entries(type.attributes)) out[k] = modelToValue((model as Model)[k], t);
      return out;
    }
  }
}

export function blockToModel(value: Value, body: BlockBody): Model {
  return (valueToModel(value, blockType(body)) ?? {}) as Model;
}

export function modelToBlock(model: Model, body: BlockBody): Value {
  return modelToValue(model, blockType(body));
}

function isKnownShape(value: Value): boolean {
  return typeof value !== 'object' || value === null || Array.isArray(value) || isObjectValue(value) || value instanceof Dynamic || isCtyNumber(value);
}

function mapEntries(value: Value, typeOf: (key: string) => CtyType, keys?: readonly string[]): Model {
  const source = isObjectValue(value) ? value : {};
  const out: Model = {};
  for (const key of keys ?? Object.keys(source)) out[key] = valueToModel(source[key] ?? null, typeOf(key));
  return out;
}

/** The cty type of a plain JS value placed in a `dynamic` slot. */
function inferType(model: unknown): CtyType {
  if (typeof model === 'string') return types.string;
  if (typeof model === 'number' || typeof model === 'bigint') return types.number;
  if (typeof model === 'boolean') return types.bool;
  if (Array.isArray(model)) return types.tuple(model.map(inferType));
  if (model !== null && typeof model === 'object') {
    return types.object(Object.fromEntries(Object.entries(model).map(([k, v]) => [k, inferType(v)])));
  }
  return 'dynamic';
}

function plainToValue(model: unknown): Value {
  if (Array.isArray(model)) return model.map(plainToValue);
  if (model !== null && typeof model === 'object') {
    return Object.fromEntries(Object.entries(model).map(([k, v]) => [k, plainToValue(v)]));
  }
  return (model ?? null) as Value;
}
