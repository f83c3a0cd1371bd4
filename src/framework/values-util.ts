// Small predicates over cty values used throughout the framework.
import { BigDecimal, type CtyNumber, type Value } from '../values/types.js';
import { isValueRecord, type ValueRecord } from '../values/records.js';

export function isCtyNumber(value: Value): value is CtyNumber {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal;
}

/** A plain object value (an object, map or block), not one of the special value classes. */
export const isObjectValue: (value: Value) => value is ValueRecord = isValueRecord;

export function isListValue(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

/** The attribute of an object value, or null when the object is null, unknown or lacks it. */
export function getAttr(value: Value, name: string): Value {
  return isObjectValue(value) ? (value[name] ?? null) : null;
}
