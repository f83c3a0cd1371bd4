import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalDecimal, normalizeNumber, numberFromString, toJsNumber } from '../../src/values/numbers.js';
import { BigDecimal } from '../../src/values/types.js';

describe('numberFromString', () => {
  it('keeps small integers and exact fractions as JS numbers', () => {
    assert.equal(numberFromString('0'), 0);
    assert.equal(numberFromString('-1'), -1);
    assert.equal(numberFromString('1.5'), 1.5);
    assert.equal(numberFromString('1.50'), 1.5);
    assert.equal(numberFromString('.5'), 0.5);
    assert.equal(numberFromString('-2.5e2'), -250);
    assert.equal(numberFromString('9007199254740991'), Number.MAX_SAFE_INTEGER);
  });

  it('turns integers beyond 2^53 into bigints, exactly', () => {
    assert.equal(numberFromString('9007199254740993'), 9007199254740993n);
    assert.equal(numberFromString('9223372036854775807'), 2n ** 63n - 1n);
    assert.equal(numberFromString('-9223372036854775808'), -(2n ** 63n));
    assert.equal(numberFromString('18446744073709551616'), 2n ** 64n);
    assert.equal(numberFromString('1e400'), 10n ** 400n);
  });

  it('keeps decimals a double cannot hold as canonical BigDecimal text', () => {
    assert.deepEqual(numberFromString('0.1'), new BigDecimal('0.1'));
    assert.deepEqual(numberFromString('1e-7'), new BigDecimal('0.0000001'));
    assert.deepEqual(numberFromString('1234567890.1234567890123456789012345678900'), new BigDecimal('1234567890.12345678901234567890123456789'));
  });

  it('reads infinities as go-cty does and rejects anything else without echoing it', () => {
    assert.equal(numberFromString('Inf'), Infinity);
    assert.equal(numberFromString('-inf'), -Infinity);
    for (const bad of ['', 'abc', '1.2.3', '0x10', 'NaN', '1e']) assert.throws(() => numberFromString(bad), /^Error: a number is required$/);
    assert.throws(() => numberFromString('1e99999'), /out of the supported range/);
  });
});

describe('canonicalDecimal', () => {
  it('writes positional notation like go-cty (no exponent, no trailing zeros)', () => {
    assert.equal(canonicalDecimal(1e21), '1000000000000000000000');
    assert.equal(canonicalDecimal(1.5e-7), '0.00000015');
    assert.equal(canonicalDecimal(0.1), '0.1');
    assert.equal(canonicalDecimal(-0), '0');
    assert.equal(canonicalDecimal(2 ** 60), '1152921504606846976');
    assert.equal(canonicalDecimal(2n ** 64n), '18446744073709551616');
    assert.equal(canonicalDecimal(new BigDecimal('1.2300')), '1.23');
    assert.equal(canonicalDecimal(new BigDecimal('12e2')), '1200');
    assert.equal(canonicalDecimal(-Infinity), '-Inf');
  });
});

describe('normalizeNumber and toJsNumber', () => {
  it('brings every representation of a value to one form', () => {
    assert.equal(normalizeNumber(5n), 5);
    assert.equal(normalizeNumber(new BigDecimal('2.50')), 2.5);
    assert.equal(normalizeNumber(2n ** 60n), 2n ** 60n);
    assert.equal(toJsNumber(new BigDecimal('0.1')), 0.1);
    assert.equal(toJsNumber(2n ** 53n + 1n), 2 ** 53);
  });
});
