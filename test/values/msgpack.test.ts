import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMsgpack, encodeMsgpack } from '../../src/values/msgpack.js';
import { BigDecimal, Dynamic, types, UNKNOWN, Unknown, type CtyType, type Value } from '../../src/values/types.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const ascii = (text: string): string => Buffer.from(text).toString('hex');

/** Unknowns decode with the raw bytes they came in; compare them by refinements only. */
function withoutRaw(value: Value): Value {
  if (value instanceof Unknown) return new Unknown(value.refinements);
  if (value instanceof Dynamic) return new Dynamic(value.type, withoutRaw(value.value));
  if (Array.isArray(value)) return value.map(withoutRaw);
  if (value !== null && typeof value === 'object' && !(value instanceof BigDecimal)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRaw(v)]));
  }
  return value;
}

function roundTrip(value: Value, type: CtyType, expected: Value = value): void {
  const decoded = decodeMsgpack(encodeMsgpack(value, type), type);
  assert.deepStrictEqual(withoutRaw(decoded), expected);
}

/** Bytes as terraform sends them decode and re-encode to exactly the same bytes. */
function bytesRoundTrip(text: string, type: CtyType): Value {
  const bytes = fromHex(text);
  const value = decodeMsgpack(bytes, type);
  assert.equal(hex(encodeMsgpack(value, type)), hex(bytes));
  return value;
}

describe('msgpack round trips', () => {
  it('strings, including unicode and long ones', () => {
    for (const s of ['', 'hello', 'héllo wörld ✓ 😀 日本語', 'x'.repeat(40), 'y'.repeat(300), 'z'.repeat(70_000)]) roundTrip(s, types.string);
  });

  it('numbers, exactly', () => {
    const cases: [Value, Value][] = [
      [0, 0],
      [-1, -1],
      [2n ** 53n + 1n, 2n ** 53n + 1n],
      [2n ** 63n - 1n, 2n ** 63n - 1n],
      [-(2n ** 63n), -(2n ** 63n)],
      [2n ** 64n, 2n ** 64n],
      [2 ** 32, 2 ** 32],
      [-(2 ** 40), -(2 ** 40)],
      [0.1, 0.1],
      [new BigDecimal('0.1'), new BigDecimal('0.1')],
      [new BigDecimal('1e-7'), new BigDecimal('0.0000001')],
      [1.5, 1.5],
      [new BigDecimal('1234567890123456789012345678901234567890.5'), new BigDecimal('1234567890123456789012345678901234567890.5')],
      [new BigDecimal('0.1234567890123456789012345678901234567891'), new BigDecimal('0.1234567890123456789012345678901234567891')],
      [Infinity, Infinity],
      [-Infinity, -Infinity],
      [5n, 5],
      [new BigDecimal('2.50'), 2.5],
      [1e21, 10n ** 21n],
    ];
    for (const [value, expected] of cases) roundTrip(value, types.number, expected);
  });

  it('bools', () => {
    roundTrip(true, types.bool);
    roundTrip(false, types.bool);
  });

  it('nested collections and structural types, sets as arrays', () => {
    const type = types.object({
      name: types.string,
      disks: types.list(types.object({ size: types.number, tags: types.set(types.string) })),
      labels: types.map(types.list(types.number)),
      pair: types.tuple([types.string, types.map(types.bool)]),
      empty: types.list(types.string),
    });
    roundTrip(
      {
        name: 'vm',
        disks: [
          { size: 10, tags: ['a', 'b'] },
          { size: 2n ** 70n, tags: [] },
        ],
        labels: { x: [1, 2.5], '': [] },
        pair: ['p', { on: true, off: false }],
        empty: [],
      },
      type,
      {
        disks: [
          { size: 10, tags: ['a', 'b'] },
          { size: 2n ** 70n, tags: [] },
        ].map((d) => ({ size: d.size, tags: d.tags })),
        empty: [],
        labels: { '': [], x: [1, 2.5] },
        name: 'vm',
        pair: ['p', { off: false, on: true }],
      },
    );
  });

  /** One attribute of every kind of type. */
  const everyKind = types.object({
    s: types.string,
    l: types.list(types.string),
    m: types.map(types.number),
    t: types.tuple([types.bool, types.string]),
    st: types.set(types.number),
    o: types.object({ inner: types.string }),
    d: types.dynamic,
    ds: types.dynamic,
  });

  it('null at every level', () => {
    roundTrip(null, everyKind);
    roundTrip({}, everyKind, { s: null, l: null, m: null, t: null, st: null, o: null, d: null, ds: null });
    roundTrip(
      { s: null, l: [null, 'x'], m: { a: null }, t: [null, null], st: [null], o: { inner: null }, d: null, ds: new Dynamic(types.string, null) },
      everyKind,
      { s: null, l: [null, 'x'], m: { a: null }, t: [null, null], st: [null], o: { inner: null }, d: null, ds: new Dynamic(types.string, null) },
    );
  });

  it('unknown at every level', () => {
    roundTrip(UNKNOWN, everyKind);
    const unknownEverywhere = { s: UNKNOWN, l: UNKNOWN, m: UNKNOWN, t: UNKNOWN, st: UNKNOWN, o: UNKNOWN, d: UNKNOWN, ds: new Dynamic(types.string, UNKNOWN) };
    roundTrip(unknownEverywhere, everyKind);
    const unknownInside = {
      s: 'x',
      l: [UNKNOWN],
      m: { a: UNKNOWN },
      t: [UNKNOWN, 'y'],
      st: [UNKNOWN, 1],
      o: { inner: UNKNOWN },
      d: new Dynamic(types.list(types.string), [UNKNOWN]),
      ds: null,
    };
    roundTrip(unknownInside, everyKind);
  });

  it('refined unknowns at every level', () => {
    const prefixed = new Unknown({ nullable: false, stringPrefix: 'pre-' });
    const bounded = new Unknown({ nullable: false, numberLowerBound: [1, true], numberUpperBound: [new BigDecimal('2.5'), false] });
    const sized = new Unknown({ lengthLowerBound: 1, lengthUpperBound: 3 });
    const type = types.object({ s: types.string, n: types.number, l: types.list(types.string), deep: types.map(types.list(types.string)), d: types.dynamic });
    roundTrip(prefixed, types.string);
    roundTrip(bounded, types.number, new Unknown({ nullable: false, numberLowerBound: [1, true], numberUpperBound: [2.5, false] }));
    roundTrip(sized, types.set(types.number));
    roundTrip({ s: prefixed, n: bounded, l: sized, deep: { k: [prefixed] }, d: new Dynamic(types.string, prefixed) }, type, {
      d: new Dynamic(types.string, prefixed),
      deep: { k: [prefixed] },
      l: sized,
      n: new Unknown({ nullable: false, numberLowerBound: [1, true], numberUpperBound: [2.5, false] }),
      s: prefixed,
    });
  });

  it('dynamic values of each kind carry their type', () => {
    const kinds: [CtyType, Value][] = [
      [types.string, 'hi'],
      [types.number, 2n ** 64n],
      [types.bool, true],
      [types.list(types.number), [1, 2]],
      [types.set(types.string), ['a']],
      [types.map(types.string), { k: 'v' }],
      [types.object({ a: types.string, b: types.dynamic }), { a: 'x', b: new Dynamic(types.number, 1) }],
      [types.tuple([types.string, types.bool]), ['x', false]],
    ];
    for (const [type, value] of kinds) roundTrip(new Dynamic(type, value), types.dynamic);
    roundTrip(null, types.dynamic);
    roundTrip(UNKNOWN, types.dynamic);
    // A plain value in a dynamic slot gets the type it implies.
    roundTrip('x', types.dynamic, new Dynamic(types.string, 'x'));
    roundTrip({ a: [1, 'b'] }, types.dynamic, new Dynamic(types.object({ a: types.tuple([types.number, types.string]) }), { a: [1, 'b'] }));
  });

  it('empty or absent bytes are null', () => {
    assert.equal(decodeMsgpack(new Uint8Array(), types.object({ a: types.string })), null);
    assert.equal(decodeMsgpack(undefined, types.string), null);
  });
});

describe('msgpack bytes as go-cty writes them', () => {
  it('writes a plain unknown as fixext1 type 0', () => {
    assert.equal(hex(encodeMsgpack(UNKNOWN, types.string)), 'd40000');
    assert.equal(hex(encodeMsgpack(UNKNOWN, types.dynamic)), 'd40000');
    assert.equal(hex(encodeMsgpack(new Unknown({}), types.list(types.string))), 'd40000');
    // Refinements that do not apply to the type leave a plain unknown.
    assert.equal(hex(encodeMsgpack(new Unknown({ stringPrefix: 'x' }), types.number)), 'd40000');
    assert.equal(hex(encodeMsgpack(new Unknown({ nullable: false }), types.dynamic)), 'd40000');
  });

  it('writes refinements as extension 12 with integer keys', () => {
    assert.equal(hex(encodeMsgpack(new Unknown({ nullable: false, stringPrefix: 'pre-' }), types.string)), `c7090c8201c202a4${ascii('pre-')}`);
    assert.equal(
      hex(encodeMsgpack(new Unknown({ nullable: false, numberLowerBound: [1, true], numberUpperBound: [2, true] }), types.number)),
      'c70b0c' + '83' + '01c2' + '039201c3' + '049202c3',
    );
    assert.equal(hex(encodeMsgpack(new Unknown({ lengthLowerBound: 1 }), types.list(types.string))), 'c7030c810501');
    assert.equal(hex(encodeMsgpack(new Unknown({ nullable: false }), types.bool)), 'c7030c8101c2');
  });

  it('writes every object attribute, keys sorted, null when absent', () => {
    const type = types.object({ name: types.string, id: types.string, size: types.number, tags: types.map(types.string) });
    assert.equal(
      hex(encodeMsgpack({ name: 'a', size: 1, tags: {}, id: undefined } as object as Value, type)),
      `84a2${ascii('id')}c0a4${ascii('name')}a161a4${ascii('size')}01a4${ascii('tags')}80`,
    );
    assert.equal(hex(encodeMsgpack(null, type)), 'c0');
  });

  it('writes numbers as int, float64 or decimal string like go-cty', () => {
    const expected: [Value, string][] = [
      [0, '00'],
      [-1, 'ff'],
      [127, '7f'],
      [-33, 'd0df'],
      [65535, 'cdffff'],
      [2 ** 32, 'cf0000000100000000'],
      [2n ** 53n + 1n, 'cf0020000000000001'],
      [2n ** 63n - 1n, 'cf7fffffffffffffff'],
      [-(2n ** 63n), 'd38000000000000000'],
      [2n ** 63n, `b3${ascii('9223372036854775808')}`],
      [2n ** 64n, `b4${ascii('18446744073709551616')}`],
      [1.5, 'cb3ff8000000000000'],
      [new BigDecimal('0.1'), `a3${ascii('0.1')}`],
      [new BigDecimal('1e-7'), `a9${ascii('0.0000001')}`],
      [Infinity, 'cb7ff0000000000000'],
      [-Infinity, 'cbfff0000000000000'],
    ];
    for (const [value, bytes] of expected) assert.equal(hex(encodeMsgpack(value, types.number)), bytes, String(value));
  });

  it('writes a dynamic value as [type JSON as bin, value]', () => {
    assert.equal(hex(encodeMsgpack(new Dynamic(types.string, 'hello'), types.dynamic)), `92c408${ascii('"string"')}a5${ascii('hello')}`);
    assert.equal(hex(encodeMsgpack(new Dynamic(types.string, UNKNOWN), types.dynamic)), `92c408${ascii('"string"')}d40000`);
    assert.equal(hex(encodeMsgpack(null, types.dynamic)), 'c0');
  });
});

describe('msgpack bytes from terraform', () => {
  it('accepts refined unknowns and echoes them back unchanged', () => {
    const value = bytesRoundTrip(`c7090c8201c202a4${ascii('pre-')}`, types.string);
    assert.ok(value instanceof Unknown);
    assert.deepEqual(value.refinements, { nullable: false, stringPrefix: 'pre-' });

    const number = bytesRoundTrip('c70b0c8301c2039201c3049202c3', types.number);
    assert.ok(number instanceof Unknown);
    assert.deepEqual(number.refinements, { nullable: false, numberLowerBound: [1, true], numberUpperBound: [2, true] });
  });

  it('reads a whole config object with a refined unknown inside', () => {
    const type = types.object({ id: types.string, name: types.string, size: types.number });
    const value = bytesRoundTrip(`83a2${ascii('id')}c0a4${ascii('name')}c7090c8201c202a4${ascii('pre-')}a4${ascii('size')}01`, type);
    assert.deepStrictEqual(withoutRaw(value), { id: null, name: new Unknown({ nullable: false, stringPrefix: 'pre-' }), size: 1 });
  });

  it('treats every extension type as unknown, ignoring what it cannot read', () => {
    for (const bytes of ['d40000', 'c70000', 'd40500', 'd5ff0102', 'd6ff00000001', 'c7030c81ff01', 'd50c9001', 'd60c82059901']) {
      const value = bytesRoundTrip(bytes, types.list(types.string));
      assert.ok(value instanceof Unknown, bytes);
    }
    // Keys that do not fit the type are ignored, as are keys we do not know.
    const value = decodeMsgpack(fromHex(`d70c8302a1${ascii('x')}0105072a`), types.number);
    assert.ok(value instanceof Unknown);
    assert.equal(value.refinements, undefined);
  });

  it('reads ints, uints, floats and decimal strings in number slots', () => {
    const numbers: [string, Value][] = [
      ['d0df', -33],
      ['cc80', 128],
      ['cf0000000000000005', 5],
      ['cfffffffffffffffff', 2n ** 64n - 1n],
      ['ca3fc00000', 1.5],
      [`a3${ascii('0.1')}`, new BigDecimal('0.1')],
      [`a5${ascii('1e400')}`, 10n ** 400n],
    ];
    for (const [bytes, value] of numbers) assert.deepStrictEqual(decodeMsgpack(fromHex(bytes), types.number), value, bytes);
  });

  it('reads msgpack bin where a string is expected, as go-cty does', () => {
    assert.equal(decodeMsgpack(fromHex(`c403${ascii('abc')}`), types.string), 'abc');
    assert.equal(decodeMsgpack(fromHex(`c402${ascii('42')}`), types.number), 42);
  });

  it('reads a dynamic whose type JSON arrives as a string', () => {
    assert.deepStrictEqual(decodeMsgpack(fromHex(`92a8${ascii('"number"')}07`), types.dynamic), new Dynamic(types.number, 7));
  });
});

describe('msgpack errors name the path', () => {
  const type = types.object({ disks: types.list(types.object({ size: types.number })), tags: types.map(types.string), pair: types.tuple([types.string]) });

  it('on decoding mismatched input', () => {
    const cases: [Value, CtyType, RegExp][] = [
      [
        { disks: [{ size: 1 }, { size: true }] },
        types.object({ disks: types.tuple([types.object({ size: types.number }), types.object({ size: types.bool })]) }),
        /^ValuePathError: \.disks\[1\]\.size: number is required \(got a boolean\)$/,
      ],
      [
        { tags: { 'a b': 1 } },
        types.object({ tags: types.map(types.number) }),
        /^ValuePathError: \.tags\["a b"\]: string is required \(got a msgpack number\)$/,
      ],
      [{ disks: 'x' }, types.object({ disks: types.string }), /\.disks: list of object is required \(got a msgpack string\)/],
      [{ pair: ['a', 'b'] }, types.object({ pair: types.tuple([types.string, types.string]) }), /\.pair: a tuple of 1 elements is required \(got 2\)/],
      [{ extra: 1 }, types.object({ extra: types.number }), /\.extra: unsupported attribute/],
      [{ disks: [{ size: 'abc' }] }, types.object({ disks: types.list(types.object({ size: types.string })) }), /\.disks\[0\]\.size: a number is required$/],
    ];
    for (const [value, writtenAs, message] of cases) {
      const bytes = encodeMsgpack(value, writtenAs);
      assert.throws(
        () => decodeMsgpack(bytes, type),
        (error: Error) => {
          assert.match(String(error), message);
          return true;
        },
      );
    }
  });

  it('on malformed msgpack and malformed dynamic values', () => {
    assert.throws(() => decodeMsgpack(fromHex('c1'), types.string), /^ValuePathError: \(root\): invalid msgpack/);
    assert.throws(() => decodeMsgpack(fromHex('0102'), types.number), /invalid msgpack/);
    assert.throws(
      () => decodeMsgpack(fromHex(`81a1${ascii('d')}93010203`), types.object({ d: types.dynamic })),
      /\.d: a dynamic value must be a \[type, value\] array/,
    );
    assert.throws(
      () => decodeMsgpack(fromHex(`81a1${ascii('d')}92c405${ascii('"foo"')}01`), types.object({ d: types.dynamic })),
      /\.d: malformed type JSON: invalid primitive type name "foo"/,
    );
  });

  it('on encoding values that do not fit the type', () => {
    assert.throws(() => encodeMsgpack({ disks: [{ size: 'big' }] }, type), /\.disks\[0\]\.size: number is required \(got a string\)/);
    assert.throws(() => encodeMsgpack({ disks: [], nope: 1 }, type), /\.nope: unsupported attribute/);
    assert.throws(() => encodeMsgpack({ pair: [] }, type), /\.pair: a tuple of 1 elements is required \(got 0\)/);
    assert.throws(() => encodeMsgpack(NaN, types.number), /NaN/);
  });

  it('refuses a __proto__ map key clearly instead of polluting a prototype', () => {
    const map = types.map(types.number);
    const bytes = encodeMsgpack(Object.defineProperty({}, '__proto__', { value: 1, enumerable: true }) as Value, map);
    assert.equal(hex(bytes), `81a9${ascii('__proto__')}01`);
    assert.throws(() => decodeMsgpack(bytes, map), /invalid msgpack: The key __proto__ is not allowed/);
  });

  it('never puts the value into the message', () => {
    assert.throws(
      () => encodeMsgpack({ tags: { k: 12345 } } as Value, type),
      (error: Error) => !error.message.includes('12345'),
    );
    assert.throws(
      () => decodeMsgpack(encodeMsgpack('s3cr3t-token', types.string), types.number),
      (error: Error) => !error.message.includes('s3cr3t'),
    );
  });
});
