import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeJsonValue, encodeJsonValue } from '../../src/values/json-value.js';
import { BigDecimal, Dynamic, types, UNKNOWN, Unknown, type CtyType, type Value } from '../../src/values/types.js';

const resource = types.object({
  id: types.string,
  size: types.number,
  enabled: types.bool,
  tags: types.map(types.string),
  disks: types.list(types.object({ name: types.string, gb: types.number })),
  ports: types.set(types.number),
  pair: types.tuple([types.string, types.bool]),
  extra: types.dynamic,
});

describe('JSON values', () => {
  it('writes every attribute with keys sorted, as go-cty does', () => {
    const json = encodeJsonValue(
      { size: 1, id: 'a<b', tags: { z: '1', a: '2' }, disks: [{ name: 'root', gb: 2.5 }], ports: [443, 80], pair: ['x', true] },
      resource,
    );
    assert.equal(
      json,
      '{"disks":[{"gb":2.5,"name":"root"}],"enabled":null,"extra":null,"id":"a\\u003cb","pair":["x",true],"ports":[443,80],"size":1,"tags":{"a":"2","z":"1"}}',
    );
  });

  it('round trips values of every type', () => {
    const values: [Value, CtyType][] = [
      ['héllo 😀 "quoted" \\ \n', types.string],
      [true, types.bool],
      [null, resource],
      [
        {
          id: 'i',
          size: 2n ** 64n,
          enabled: false,
          tags: {},
          disks: [],
          ports: [1, 2],
          pair: ['p', false],
          extra: new Dynamic(types.object({ n: types.number, l: types.list(types.dynamic) }), {
            n: new BigDecimal('0.1'),
            l: [new Dynamic(types.bool, true), null],
          }),
        },
        resource,
      ],
      [new Dynamic(types.map(types.set(types.string)), { k: ['v'] }), types.dynamic],
    ];
    for (const [value, type] of values) assert.deepStrictEqual(decodeJsonValue(encodeJsonValue(value, type), type), value);
  });

  it('keeps numbers exact in both directions', () => {
    const numbers: [string, Value][] = [
      ['0', 0],
      ['-1', -1],
      ['9007199254740993', 9007199254740993n],
      ['9223372036854775807', 2n ** 63n - 1n],
      ['-9223372036854775808', -(2n ** 63n)],
      ['18446744073709551616', 2n ** 64n],
      ['0.1', new BigDecimal('0.1')],
      ['0.0000001', new BigDecimal('0.0000001')],
      ['1.5', 1.5],
      ['1234567890123456789012345678901234567890.123', new BigDecimal('1234567890123456789012345678901234567890.123')],
    ];
    for (const [text, value] of numbers) {
      assert.deepStrictEqual(decodeJsonValue(text, types.number), value, text);
      assert.equal(encodeJsonValue(value, types.number), text);
    }
    assert.deepStrictEqual(decodeJsonValue('1e-7', types.number), new BigDecimal('0.0000001'));
    assert.equal(encodeJsonValue(1e21, types.number), '1000000000000000000000');
    assert.equal(encodeJsonValue(0.1, types.number), '0.1');
  });

  it('writes dynamic values as {"value":…,"type":…}', () => {
    assert.equal(encodeJsonValue(new Dynamic(types.list(types.string), ['a']), types.dynamic), '{"value":["a"],"type":["list","string"]}');
    assert.equal(encodeJsonValue('plain', types.dynamic), '{"value":"plain","type":"string"}');
    assert.equal(encodeJsonValue(null, types.dynamic), 'null');
    assert.deepStrictEqual(decodeJsonValue('{"type":"number","value":12345678901234567890}', types.dynamic), new Dynamic(types.number, 12345678901234567890n));
  });

  it('reads raw state from an older schema: missing attributes null, removed ones dropped', () => {
    const state = '{"id":"vm-1","size":"10","old_name":"gone","disks":[{"name":"a","gb":1,"legacy":true}],"tags":{"__proto__":"x"}}';
    assert.deepStrictEqual(decodeJsonValue(new TextEncoder().encode(state), resource), {
      id: 'vm-1',
      size: 10,
      enabled: null,
      tags: Object.defineProperty({}, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true }),
      disks: [{ name: 'a', gb: 1 }],
      ports: null,
      pair: null,
      extra: null,
    });
  });

  it('accepts the conversions go-cty accepts', () => {
    assert.equal(decodeJsonValue('12.50', types.string), '12.50');
    assert.equal(decodeJsonValue('true', types.string), 'true');
    assert.equal(decodeJsonValue('"false"', types.bool), false);
    assert.equal(decodeJsonValue('"42"', types.number), 42);
    assert.equal(decodeJsonValue('  ', types.string), null);
  });

  it('refuses unknowns and infinity, naming the path', () => {
    assert.throws(() => encodeJsonValue({ disks: [{ name: UNKNOWN }] }, resource), /\.disks\[0\]\.name: value is not known/);
    assert.throws(() => encodeJsonValue(new Unknown({ nullable: false }), types.dynamic), /\(root\): value is not known/);
    assert.throws(() => encodeJsonValue({ size: Infinity }, resource), /\.size: cannot write infinity/);
    assert.throws(() => encodeJsonValue({ nope: 1 }, resource), /\.nope: unsupported attribute/);
  });

  it('reports malformed JSON and mismatches clearly, without the text', () => {
    assert.throws(
      () => decodeJsonValue('{"id": "secret-value"', resource),
      (e: Error) => /invalid JSON: expected/.test(e.message) && !e.message.includes('secret'),
    );
    assert.throws(() => decodeJsonValue('{"id":"x"} x', resource), /expected the end of the JSON text at offset 11/);
    assert.throws(() => decodeJsonValue('"bad \\q escape"', types.string), /expected a valid string at offset 0/);
    assert.throws(() => decodeJsonValue('{"disks":[{"gb":"lots"}]}', resource), /\.disks\[0\]\.gb: a number is required/);
    assert.throws(() => decodeJsonValue('{"pair":["x"]}', resource), /\.pair: a tuple of 2 elements is required \(got 1\)/);
    assert.throws(() => decodeJsonValue('{"extra":{"value":1}}', resource), /\.extra: missing type/);
    assert.throws(() => decodeJsonValue('{"extra":{"type":"number"}}', resource), /\.extra: missing value/);
    assert.throws(() => decodeJsonValue('{"extra":{"type":"number","value":1,"x":2}}', resource), /\.extra: invalid key "x"/);
    assert.throws(() => decodeJsonValue('{"tags":[]}', resource), /\.tags: map of string is required \(got a JSON array\)/);
  });
});
