// Refined unknowns: the msgpack extension 12 payload (go-cty cty/msgpack/unknown.go), a map from
// small integer keys to what is known about a value that is not known yet.
import { numberFromWire, numberToWire } from './msgpack-number.js';
import { packWire, unpackFirst, type Wire } from './msgpack-codec.js';
import { isValueRecord } from './records.js';
import type { CtyNumber, CtyType, Refinements } from './types.js';

/** The extension type go-cty uses for unknowns that carry refinements. */
export const REFINED_UNKNOWN_EXT = 12;

const NULLNESS = 1;
const STRING_PREFIX = 2;
const NUMBER_LOWER = 3;
const NUMBER_UPPER = 4;
const LENGTH_LOWER = 5;
const LENGTH_UPPER = 6;

/** go-cty caps prefixes at 256 bytes so that the payload stays under its 1 KiB limit. */
const MAX_PREFIX_BYTES = 255;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function isCollection(type: CtyType): boolean {
  return typeof type !== 'string' && (type.kind === 'list' || type.kind === 'set' || type.kind === 'map');
}

/**
 * Reads an extension 12 payload for a value of `type`. Entries that do not fit the type or are
 * malformed are ignored (terraform may add keys we do not know); a payload that is not a map
 * yields no refinements. Refinements of a dynamic value are ignored, as go-cty does.
 */
export function refinementsFromPayload(payload: Uint8Array, type: CtyType): Refinements | undefined {
  if (type === 'dynamic' || payload.length <= 1) return undefined;
  let map: unknown;
  try {
    map = unpackFirst(payload);
  } catch {
    return undefined;
  }
  if (!isValueRecord(map)) return undefined;
  const refinements: Mutable<Refinements> = {};
  for (const [key, entry] of Object.entries(map as Record<string, unknown>)) applyEntry(refinements, Number(key), entry, type);
  return Object.keys(refinements).length > 0 ? refinements : undefined;
}

function applyEntry(refinements: Mutable<Refinements>, key: number, entry: unknown, type: CtyType): void {
  switch (key) {
    case NULLNESS:
      if (typeof entry === 'boolean') refinements.nullable = entry;
      return;
    case STRING_PREFIX:
      if (type === 'string' && typeof entry === 'string') refinements.stringPrefix = entry;
      return;
    case NUMBER_LOWER:
    case NUMBER_UPPER: {
      const bound = type === 'number' ? boundFromWire(entry) : undefined;
      if (bound && key === NUMBER_LOWER) refinements.numberLowerBound = bound;
      if (bound && key === NUMBER_UPPER) refinements.numberUpperBound = bound;
      return;
    }
    case LENGTH_LOWER:
    case LENGTH_UPPER: {
      const length = isCollection(type) ? lengthFromWire(entry) : undefined;
      if (length !== undefined && key === LENGTH_LOWER) refinements.lengthLowerBound = length;
      if (length !== undefined && key === LENGTH_UPPER) refinements.lengthUpperBound = length;
      return;
    }
  }
}

function boundFromWire(entry: unknown): readonly [CtyNumber, boolean] | undefined {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== 'boolean') return undefined;
  try {
    const bound = numberFromWire(entry[0]);
    return bound === undefined ? undefined : [bound, entry[1]];
  } catch {
    return undefined;
  }
}

function lengthFromWire(entry: unknown): number | undefined {
  if (typeof entry === 'bigint') return Number(entry);
  return typeof entry === 'number' && Number.isInteger(entry) ? entry : undefined;
}

/**
 * The extension 12 payload go-cty would write for these refinements on a value of `type`, or
 * undefined when nothing applies (then the value is written as a plain unknown, ext 0).
 */
export function refinementsPayload(refinements: Refinements, type: CtyType): Uint8Array | undefined {
  if (type === 'dynamic') return undefined;
  const entries: [number, Wire][] = [];
  if (refinements.nullable === false) entries.push([NULLNESS, false]);
  if (type === 'number') {
    const lower = refinements.numberLowerBound;
    const upper = refinements.numberUpperBound;
    if (lower && lower[0] !== -Infinity) entries.push([NUMBER_LOWER, [numberToWire(lower[0]), lower[1]]]);
    if (upper && upper[0] !== Infinity) entries.push([NUMBER_UPPER, [numberToWire(upper[0]), upper[1]]]);
  } else if (type === 'string') {
    const prefix = truncatePrefix(refinements.stringPrefix ?? '');
    if (prefix !== '') entries.push([STRING_PREFIX, prefix]);
  } else if (isCollection(type)) {
    if (refinements.lengthLowerBound) entries.push([LENGTH_LOWER, refinements.lengthLowerBound]);
    if (refinements.lengthUpperBound !== undefined && refinements.lengthUpperBound < Number.MAX_SAFE_INTEGER) {
      entries.push([LENGTH_UPPER, refinements.lengthUpperBound]);
    }
  }
  if (entries.length === 0) return undefined;
  // The library writes map keys only as strings, and go-cty requires integer keys, so the map is
  // framed here: a fixmap header (at most 6 entries) followed by each key and value.
  const parts = [Uint8Array.of(0x80 | entries.length), ...entries.flatMap(([key, value]) => [packWire(key), packWire(value)])];
  return Uint8Array.from(Buffer.concat(parts));
}

/** Shortens a prefix to the byte limit without splitting a character. */
function truncatePrefix(prefix: string): string {
  if (Buffer.byteLength(prefix) <= MAX_PREFIX_BYTES + 1) return prefix;
  let result = '';
  for (const char of prefix) {
    if (Buffer.byteLength(result + char) > MAX_PREFIX_BYTES) break;
    result += char;
  }
  return result;
}
