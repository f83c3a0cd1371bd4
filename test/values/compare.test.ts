import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWhollyKnown, valuesEqual } from '../../src/values/compare.js';
import { conformanceErrors } from '../../src/values/conform.js';
import { BigDecimal, Dynamic, types, UNKNOWN, Unknown, type Value } from '../../src/values/types.js';

/** Provider code builds objects with optional properties; the codecs read `undefined` as null. */
const loose = (value: object): Value => value as Value;

describe('valuesEqual', () => {
  it('compares numbers by value', () => {
    assert.ok(valuesEqual(1, 1n, types.number));
    assert.ok(valuesEqual(1, new BigDecimal('1.0'), types.number));
    assert.ok(valuesEqual(0.1, new BigDecimal('0.1'), types.number));
    assert.ok(valuesEqual(2n ** 64n, new BigDecimal('18446744073709551616'), types.number));
    assert.ok(valuesEqual(-0, 0, types.number));
    assert.ok(!valuesEqual(1, 2, types.number));
    assert.ok(!valuesEqual(2 ** 53, 2n ** 53n + 1n, types.number));
    assert.ok(!valuesEqual(1, '1', types.number));
  });

  it('compares sets regardless of order and lists in order', () => {
    assert.ok(valuesEqual([1, 2, 3], [3, 1, 2], types.set(types.number)));
    assert.ok(!valuesEqual([1, 1, 2], [1, 2, 2], types.set(types.number)));
    assert.ok(!valuesEqual([1, 2], [2, 1], types.list(types.number)));
    assert.ok(valuesEqual([{ a: 'x' }, { a: 'y' }], [{ a: 'y' }, loose({ a: 'x', b: undefined })], types.set(types.object({ a: types.string }))));
  });

  it('treats unknowns as equal to each other only, ignoring refinements', () => {
    assert.ok(valuesEqual(UNKNOWN, new Unknown({ nullable: false }), types.string));
    assert.ok(!valuesEqual(UNKNOWN, 'x', types.string));
    assert.ok(!valuesEqual(null, UNKNOWN, types.string));
    assert.ok(valuesEqual({ a: UNKNOWN }, { a: new Unknown(undefined, { type: 0, data: new Uint8Array([0]) }) }, types.object({ a: types.number })));
  });

  it('treats absent and undefined attributes as null, and compares maps by keys', () => {
    const type = types.object({ a: types.string, m: types.map(types.number) });
    assert.ok(valuesEqual({ m: { x: 1 } }, { a: null, m: { x: 1.0 } }, type));
    assert.ok(valuesEqual(loose({ a: undefined, m: null }), {}, type));
    assert.ok(!valuesEqual({ m: { x: 1 } }, { m: { y: 1 } }, type));
    assert.ok(!valuesEqual({ m: { x: 1 } }, { m: { x: 1, y: 2 } }, type));
  });

  it('compares strings after NFC normalisation', () => {
    assert.ok(valuesEqual('e\u0301', '\u00e9', types.string));
  });

  it('compares dynamic values by type and value', () => {
    assert.ok(valuesEqual(new Dynamic(types.string, 'x'), 'x', types.dynamic));
    assert.ok(!valuesEqual(new Dynamic(types.list(types.string), ['x']), new Dynamic(types.set(types.string), ['x']), types.dynamic));
    assert.ok(valuesEqual(new Dynamic(types.tuple([types.number]), [1]), [1n], types.dynamic));
    assert.ok(valuesEqual(UNKNOWN, UNKNOWN, types.dynamic));
  });
});

describe('isWhollyKnown', () => {
  it('finds unknowns at any depth', () => {
    assert.ok(isWhollyKnown({ a: [1, { b: 'x' }], n: new BigDecimal('0.1'), d: new Dynamic(types.string, 'x') }));
    assert.ok(!isWhollyKnown(UNKNOWN));
    assert.ok(!isWhollyKnown({ a: [1, { b: UNKNOWN }] }));
    assert.ok(!isWhollyKnown(new Dynamic(types.list(types.string), [UNKNOWN])));
  });
});

describe('conformanceErrors', () => {
  const type = types.object({
    name: types.string,
    size: types.number,
    disks: types.list(types.object({ gb: types.number })),
    pair: types.tuple([types.string, types.bool]),
    tags: types.map(types.string),
    any: types.dynamic,
  });

  it('accepts fitting values, nulls and unknowns anywhere', () => {
    assert.deepEqual(
      conformanceErrors({ name: 'x', size: 2n ** 70n, disks: [{ gb: UNKNOWN }], pair: ['a', true], tags: { k: null }, any: { free: ['form', 1] } }, type),
      [],
    );
    assert.deepEqual(conformanceErrors(null, type), []);
    assert.deepEqual(conformanceErrors(UNKNOWN, type), []);
  });

  it('lists every problem with its path', () => {
    assert.deepEqual(
      conformanceErrors(
        { name: 1, size: 'big', disks: [{ gb: 1 }, { gb: true, x: 1 }], pair: ['a'], tags: [], typo: 'x', any: new Dynamic(types.number, 'no') },
        type,
      ),
      [
        { path: ['name'], message: 'string is required (got a number)' },
        { path: ['size'], message: 'number is required (got a string)' },
        { path: ['disks', 1, 'gb'], message: 'number is required (got a boolean)' },
        { path: ['disks', 1, 'x'], message: 'unsupported attribute' },
        { path: ['pair'], message: 'a tuple of 2 elements is required (got 1)' },
        { path: ['tags'], message: 'map of string is required (got an array)' },
        { path: ['typo'], message: 'unsupported attribute' },
        { path: ['any'], message: 'number is required (got a string)' },
      ],
    );
    assert.deepEqual(conformanceErrors(NaN, types.number), [{ path: [], message: 'NaN is not a number terraform accepts' }]);
  });
});
