// Reading and building the plain JS objects that hold cty maps and objects.
import { BigDecimal, Dynamic, Unknown, type Value } from './types.js';

export type ValueRecord = { readonly [key: string]: Value };

/** True for a map/object value: a plain object, not one of the value classes or an array. */
export function isValueRecord(value: unknown): value is ValueRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof BigDecimal) &&
    !(value instanceof Dynamic) &&
    !(value instanceof Uint8Array)
  );
}

/** An attribute or map entry; absent and `undefined` both mean null. */
export function entryOf(record: ValueRecord, key: string): Value {
  return Object.hasOwn(record, key) ? (record[key] ?? null) : null;
}

/** Builds a record from entries; keys such as `__proto__` become ordinary own properties. */
export function recordFrom<T = Value>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

/** Go sorts map keys by their UTF-8 bytes, which is Unicode code point order. */
export function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const l = left.next();
    const r = right.next();
    if (l.done || r.done) return l.done === r.done ? 0 : l.done ? -1 : 1;
    const diff = (l.value.codePointAt(0) ?? 0) - (r.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff;
  }
}

/** The keys of a record in the order go-cty writes them. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}
