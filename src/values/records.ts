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

/** Builds a record from entries; a `__proto__` key becomes an ordinary own property, not the prototype. */
export function recordFrom<T = Value>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const [key, value] of entries) setEntry(record, key, value);
  return record;
}

/** Sets one entry of a record being built; a `__proto__` key becomes an ordinary own property, not the prototype. */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * Go sorts map keys by their UTF-8 bytes, which is Unicode code point order. UTF-16 code unit
 * order agrees except where a surrogate (part of a character above U+FFFF) meets U+E000..U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) && y >= 0xe000) return 1;
    if (isSurrogate(y) && x >= 0xe000) return -1;
    return x - y;
  }
  return a.length - b.length;
}

function isSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdfff;
}

/** The keys of a record in the order go-cty writes them. */
export function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort(compareCodePoints);
}
