import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typeFromJson, typeToJson } from '../../src/values/type-json.js';
import { typesEqual } from '../../src/values/type-equal.js';
import { types, type CtyType } from '../../src/values/types.js';

const cases: [CtyType, string][] = [
  [types.string, '"string"'],
  [types.number, '"number"'],
  [types.bool, '"bool"'],
  [types.dynamic, '"dynamic"'],
  [types.list(types.string), '["list","string"]'],
  [types.set(types.number), '["set","number"]'],
  [types.map(types.bool), '["map","bool"]'],
  [types.tuple([types.string, types.number]), '["tuple",["string","number"]]'],
  [types.tuple([]), '["tuple",[]]'],
  [types.object({}), '["object",{}]'],
  [types.list(types.object({ size: types.number, name: types.string })), '["list",["object",{"name":"string","size":"number"}]]'],
  [
    types.object({ b: types.map(types.list(types.dynamic)), a: types.set(types.tuple([types.bool])) }),
    '["object",{"a":["set",["tuple",["bool"]]],"b":["map",["list","dynamic"]]}]',
  ],
  [{ kind: 'object', attributes: { x: types.string, y: types.number }, optional: ['y'] }, '["object",{"x":"string","y":"number"},["y"]]'],
];

describe('type JSON', () => {
  it('writes every kind of type as go-cty does, object keys sorted', () => {
    for (const [type, json] of cases) assert.equal(typeToJson(type), json);
  });

  it('reads back every type from text, bytes and parsed JSON', () => {
    for (const [type, json] of cases) {
      assert.ok(typesEqual(typeFromJson(json), type), json);
      assert.ok(typesEqual(typeFromJson(new TextEncoder().encode(json)), type), json);
      assert.ok(typesEqual(typeFromJson(JSON.parse(json)), type), json);
    }
    assert.equal(typeFromJson('string'), 'string');
  });

  it('sorts object keys by code point and escapes like Go', () => {
    assert.equal(
      typeToJson(types.object({ 'b<': types.string, a: types.string, '\u{1F600}': types.bool, '\uFFFD': types.bool })),
      '["object",{"a":"string","b\\u003c":"string","\uFFFD":"bool","\u{1F600}":"bool"}]',
    );
  });

  it('keeps a __proto__ attribute as an ordinary attribute', () => {
    const type = typeFromJson('["object",{"__proto__":"string"}]');
    assert.equal(typeToJson(type), '["object",{"__proto__":"string"}]');
  });

  it('rejects malformed types with a clear message', () => {
    const bad: [unknown, RegExp][] = [
      ['"strng"', /invalid primitive type name "strng"/],
      ['["list"]', /"list" takes exactly 1 argument/],
      ['["list","string","x"]', /"list" takes exactly 1 argument/],
      ['["object",[]]', /attribute types must be a JSON object/],
      ['["object",{"a":"string"},["b"]]', /optional attributes/],
      ['["tuple","string"]', /tuple element types must be an array/],
      ['["foo","string"]', /invalid complex type kind name "foo"/],
      ['["map",["list","strin"]]', /invalid primitive type name "strin" at \$\[1\]\[1\]/],
      ['{', /not valid JSON/],
      [42, /expected a type name/],
    ];
    for (const [json, message] of bad) assert.throws(() => typeFromJson(json), message);
  });
});
