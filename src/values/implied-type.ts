// The type a plain JS value implies, for values put in a `dynamic` slot without a Dynamic wrapper.
import { ValuePathError, type ValuePath } from './path.js';
import { isValueRecord, recordFrom } from './records.js';
import { kindOf } from './value-kind.js';
import { BigDecimal, Dynamic, Unknown, type CtyType, type Value } from './types.js';

/**
 * The type go-cty would infer from JSON-like data: strings, numbers and booleans as themselves,
 * arrays as tuples, plain objects as objects, a Dynamic as its own type, null and unknown as dynamic.
 */
export function impliedType(value: Value | undefined): CtyType {
  if (value === null || value === undefined || value instanceof Unknown) return 'dynamic';
  if (value instanceof Dynamic) return value.type;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal) return 'number';
  if (Array.isArray(value)) return { kind: 'tuple', elements: value.map(impliedType) };
  if (isValueRecord(value)) {
    const attributes = recordFrom(Object.entries(value).map(([name, attribute]) => [name, impliedType(attribute)] as const));
    return { kind: 'object', attributes };
  }
  throw new TypeError('value has no cty type');
}

/**
 * What a `dynamic` slot holds: null, a wholly unknown value, or a concrete type with its value.
 * Plain values get their implied type.
 */
export function dynamicContent(value: Value | undefined): null | Unknown | Dynamic {
  if (value === null || value === undefined) return null;
  if (value instanceof Unknown || value instanceof Dynamic) return value;
  return new Dynamic(impliedType(value), value);
}

/** dynamicContent for the encoders: a value without a cty type is an error at `path`. */
export function dynamicContentAt(value: Value | undefined, path: ValuePath): null | Unknown | Dynamic {
  try {
    return dynamicContent(value);
  } catch {
    throw new ValuePathError(path, `a value with a cty type is required (got ${kindOf(value)})`);
  }
}
