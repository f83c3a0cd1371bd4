// Small predicates over cty values used throughout the framework.
import { BigDecimal, Dynamic, Unknown, type CtyNumber, type Value } from '../values/types.js';

export function isCtyNumber(value: Value): value is CtyNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
}

/** A plain object value (an object, map or block), not one of the special value classes. */
export function isObjectValue(value: Value): value is { readonly [key: string]: Value } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof BigDecimal) &&
    !(value instanceof Dynamic)
  );
}

export function isListValue(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

/** The attribute of an object value, or null when the object is null, unknown or lacks it. */
export function getAttr(value: Value, name: string): Value {
  return isObjectValue(value) ? (value[name] ?? null) : null;
}
