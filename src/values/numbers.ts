// Exact cty numbers. go-cty holds numbers as big floats; we hold a JS number when a double
// is the exact value, a bigint for larger integers, and a BigDecimal string otherwise.
import { BigDecimal, type CtyNumber } from './types.js';

/** A finite decimal: sign × coefficient × 10^exponent, with no trailing zeros in the coefficient. */
interface Decimal {
  readonly negative: boolean;
  readonly coefficient: bigint;
  readonly exponent: number;
}

/** Beyond this many decimal places or zeros a number is surely garbage, and writing it out would exhaust memory. */
const MAX_DECIMAL_EXPONENT = 10_000;

// What Go's big.ParseFloat accepts in base 10: optional sign, digits with an optional point, optional exponent.
const DECIMAL_SYNTAX = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const INFINITY_SYNTAX = /^([+-]?)[Ii]nf$/;
/** Integers of up to 15 digits are always exact doubles: the common case, parsed without bigints. */
const SMALL_INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;

function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_SYNTAX.exec(text);
  if (!match) return undefined;
  const [, sign, intPart, fracAfterInt, fracOnly, exp] = match;
  const fraction = fracAfterInt ?? fracOnly ?? '';
  return normalizeDecimal({
    negative: sign === '-',
    coefficient: BigInt((intPart ?? '') + fraction || '0'),
    exponent: Number(exp ?? '0') - fraction.length,
  });
}

function normalizeDecimal(d: Decimal): Decimal {
  if (d.coefficient === 0n) return { negative: false, coefficient: 0n, exponent: 0 };
  let { coefficient, exponent } = d;
  while (coefficient % 10n === 0n) {
    coefficient /= 10n;
    exponent += 1;
  }
  return { negative: d.negative, coefficient, exponent };
}

/** Positional notation without exponent, as Go's big.Float Text('f', -1) writes it. */
function formatDecimal(d: Decimal): string {
  const digits = d.coefficient.toString();
  const sign = d.negative ? '-' : '';
  if (d.exponent >= 0) return sign + digits + '0'.repeat(d.exponent);
  const places = -d.exponent;
  if (digits.length > places) return `${sign}${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  return `${sign}0.${'0'.repeat(places - digits.length)}${digits}`;
}

/** The exact decimal value of a finite double (every double is a finite binary fraction). */
function decimalOfDouble(n: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biasedExponent === 0 ? fraction : fraction | (1n << 52n);
  const power = (biasedExponent === 0 ? 1 : biasedExponent) - 1075;
  const negative = n < 0 || Object.is(n, -0);
  if (power >= 0) return normalizeDecimal({ negative, coefficient: mantissa << BigInt(power), exponent: 0 });
  // m × 2^-k = m × 5^k × 10^-k
  return normalizeDecimal({ negative, coefficient: mantissa * 5n ** BigInt(-power), exponent: power });
}

function sameDecimal(a: Decimal, b: Decimal): boolean {
  return a.negative === b.negative && a.coefficient === b.coefficient && a.exponent === b.exponent;
}

function decimalToNumber(d: Decimal): CtyNumber {
  if (d.exponent >= 0) {
    const integer = (d.negative ? -d.coefficient : d.coefficient) * 10n ** BigInt(d.exponent);
    return integerToNumber(integer);
  }
  const text = formatDecimal(d);
  const double = Number(text);
  return Number.isFinite(double) && sameDecimal(decimalOfDouble(double), d) ? double : new BigDecimal(text);
}

function integerToNumber(integer: bigint): CtyNumber {
  return integer >= BigInt(Number.MIN_SAFE_INTEGER) && integer <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(integer) : integer;
}

/**
 * Builds a CtyNumber from decimal text (`"12"`, `"-1.5e3"`, `"0.1"`, `"Inf"`), exactly:
 * a JS number only when the double is the exact value. Throws on anything else; the message
 * does not repeat the text, which may come from a sensitive attribute.
 */
export function numberFromString(text: string): CtyNumber {
  if (SMALL_INTEGER.test(text)) return Number(text);
  const infinity = INFINITY_SYNTAX.exec(text);
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
  const decimal = parseDecimal(text);
  if (!decimal) throw new Error('a number is required');
  if (Math.abs(decimal.exponent) > MAX_DECIMAL_EXPONENT) throw new Error('number is out of the supported range');
  return decimalToNumber(decimal);
}

/** Brings any CtyNumber to its one representation (bigint within ±2^53 → number, exact BigDecimal → number). */
export function normalizeNumber(n: CtyNumber): CtyNumber {
  if (typeof n === 'number') return n;
  if (typeof n === 'bigint') return integerToNumber(n);
  return numberFromString(n.decimal);
}

/**
 * The canonical decimal text of a number: positional notation, shortest digits that identify it,
 * as go-cty writes numbers to JSON and compares them. Infinities are `+Inf`/`-Inf`; -0 is `0`.
 */
export function canonicalDecimal(n: CtyNumber): string {
  if (typeof n === 'bigint') return n.toString();
  if (typeof n === 'number') {
    if (Number.isNaN(n)) return 'NaN';
    if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
    // Integers are exact (we send them as integers); fractions are the shortest round-tripping
    // decimal, which is how go-cty sees a float64 (String(n) may use exponent form).
    if (Number.isInteger(n)) return BigInt(n).toString();
    const decimal = parseDecimal(String(n));
    return decimal ? formatDecimal(decimal) : String(n);
  }
  const normalized = normalizeNumber(n);
  if (normalized instanceof BigDecimal) return formatDecimal(parseDecimal(normalized.decimal) as Decimal);
  return canonicalDecimal(normalized);
}

/** A CtyNumber as a JS number, rounding when it has more precision than a double. */
export function toJsNumber(n: CtyNumber): number {
  if (typeof n === 'number') return n;
  if (typeof n === 'bigint') return Number(n);
  return Number(n.decimal);
}
