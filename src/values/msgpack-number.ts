// Numbers on the msgpack wire, as go-cty writes and reads them.
import { canonicalDecimal, normalizeNumber, numberFromString } from './numbers.js';
import { BigDecimal, type CtyNumber } from './types.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
// @msgpack/msgpack writes JS numbers compactly only up to 32 bits (larger ones become float64 when
// bigints are enabled), so wider integers go to it as bigint, which it writes as int64/uint64.
const COMPACT_MIN = -(2n ** 31n);
const COMPACT_LIMIT = 2n ** 32n;

/**
 * go-cty's choice: an integer when the value fits int64, a float64 when a double holds it exactly
 * (and for ±Infinity), otherwise the decimal text as a string.
 */
export function numberToWire(value: CtyNumber): number | bigint | string {
  const n = normalizeNumber(value);
  if (n instanceof BigDecimal) return canonicalDecimal(n);
  if (typeof n === 'number') {
    if (Number.isNaN(n)) throw new Error('NaN is not a number terraform accepts');
    if (!Number.isInteger(n)) return n;
    return integerToWire(BigInt(n));
  }
  return integerToWire(n);
}

function integerToWire(n: bigint): number | bigint | string {
  if (n >= COMPACT_MIN && n < COMPACT_LIMIT) return Number(n);
  if (n >= INT64_MIN && n <= INT64_MAX) return n;
  return n.toString();
}

/** Reads any of go-cty's number encodings (int, uint64, float, decimal string); undefined if `wire` is not one. */
export function numberFromWire(wire: unknown): CtyNumber | undefined {
  if (typeof wire === 'number') {
    if (Number.isNaN(wire)) throw new Error('NaN is not a number');
    return wire;
  }
  if (typeof wire === 'bigint') return normalizeNumber(wire);
  if (typeof wire === 'string') return numberFromString(wire);
  return undefined;
}
