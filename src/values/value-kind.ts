// Names for what a JS value is, for error messages that must not show the value itself.
import { isValueRecord } from './records.js';
import { BigDecimal, Dynamic, Unknown } from './types.js';

export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Unknown) return 'an unknown value';
  if (value instanceof Dynamic) return 'a dynamic value';
  if (value instanceof BigDecimal || typeof value === 'bigint') return 'a number';
  if (value instanceof Uint8Array) return 'binary data';
  if (Array.isArray(value)) return 'an array';
  if (isValueRecord(value)) return 'an object';
  return `a ${typeof value}`;
}
