// The JSON encoding of values (go-cty cty/json): DynamicValue.json and RawState.json. JSON has
// no unknowns; numbers are exact in both directions.
import { goJsonString } from './go-json.js';
import { dynamicContent } from './implied-type.js';
import { JsonNumberText, parseJsonExact, type JsonNode } from './json-parse.js';
import { canonicalDecimal, numberFromString } from './numbers.js';
import { ValuePathError, type ValuePath } from './path.js';
import { entryOf, recordFrom, sortedKeys } from './records.js';
import { expectArray, expectObject, expectRecord, expectTuple, primitiveMismatch, tupleLengthError } from './shape.js';
import { typeFromJson, typeToJson } from './type-json.js';
import { typeName } from './type-equal.js';
import { kindOf } from './value-kind.js';
import { BigDecimal, Dynamic, Unknown, type CtyType, type Value } from './types.js';

/** Encodes a wholly known value as go-cty's JSON (objects with every attribute, keys sorted). */
export function encodeJsonValue(value: Value, type: CtyType): string {
  return toJson(value, type, []);
}

function toJson(value: Value | undefined, type: CtyType, path: ValuePath): string {
  if (value instanceof Unknown) throw new ValuePathError(path, 'value is not known, and JSON cannot carry unknown values');
  if (type === 'dynamic') return dynamicToJson(value, path);
  if (value === null || value === undefined) return 'null';
  if (value instanceof Dynamic) return toJson(value.value, type, path);
  if (typeof type === 'string') return primitiveToJson(value, type, path);
  switch (type.kind) {
    case 'list':
    case 'set':
      return `[${expectArray(value, type, path).map((element, i) => toJson(element, type.element, [...path, i])).join(',')}]`;
    case 'tuple':
      return `[${expectTuple(value, type.elements, path).map((element, i) => toJson(element, type.elements[i] as CtyType, [...path, i])).join(',')}]`;
    case 'map': {
      const record = expectRecord(value, type, path);
      return `{${sortedKeys(Object.keys(record)).map((key) => `${goJsonString(key)}:${toJson(record[key], type.element, [...path, key])}`).join(',')}}`;
    }
    case 'object': {
      const record = expectObject(value, type.attributes, path);
      return `{${sortedKeys(Object.keys(type.attributes))
        .map((name) => `${goJsonString(name)}:${toJson(entryOf(record, name), type.attributes[name] as CtyType, [...path, name])}`)
        .join(',')}}`;
    }
  }
}

function primitiveToJson(value: Value, type: 'string' | 'number' | 'bool', path: ValuePath): string {
  if (type === 'string' && typeof value === 'string') return goJsonString(value);
  if (type === 'bool' && typeof value === 'boolean') return String(value);
  if (type === 'number' && (typeof value === 'number' || typeof value === 'bigint' || value instanceof BigDecimal)) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new ValuePathError(path, 'cannot write infinity or NaN as JSON');
    try {
      return canonicalDecimal(value);
    } catch (error) {
      throw new ValuePathError(path, (error as Error).message);
    }
  }
  throw primitiveMismatch(value, type, path);
}

/** go-cty writes `{"value":…,"type":…}` in that order. */
function dynamicToJson(value: Value | undefined, path: ValuePath): string {
  let content: ReturnType<typeof dynamicContent>;
  try {
    content = dynamicContent(value);
  } catch {
    throw new ValuePathError(path, `a value with a cty type is required (got ${kindOf(value)})`);
  }
  if (content === null) return 'null';
  if (content instanceof Unknown) return toJson(content, 'dynamic', path);
  if (content.type === 'dynamic') return dynamicToJson(content.value, path);
  return `{"value":${toJson(content.value, content.type, path)},"type":${typeToJson(content.type)}}`;
}

/**
 * Decodes go-cty JSON of `type` (DynamicValue.json, or RawState.json written with an older schema):
 * attributes missing from the JSON are null, attributes the type no longer has are dropped.
 * Like go-cty it accepts numbers and bools written as strings and vice versa. Empty text is null.
 */
export function decodeJsonValue(text: string | Uint8Array, type: CtyType): Value {
  const source = typeof text === 'string' ? text : new TextDecoder().decode(text);
  if (source.trim() === '') return null;
  let node: JsonNode;
  try {
    node = parseJsonExact(source);
  } catch (error) {
    throw new ValuePathError([], (error as Error).message);
  }
  return fromJson(node, type, []);
}

function fromJson(node: JsonNode, type: CtyType, path: ValuePath): Value {
  if (node === null) return null;
  if (type === 'dynamic') return dynamicFromJson(node, path);
  if (typeof type === 'string') return primitiveFromJson(node, type, path);
  switch (type.kind) {
    case 'list':
    case 'set':
      return requireJsonArray(node, type, path).map((element, i) => fromJson(element, type.element, [...path, i]));
    case 'tuple': {
      const elements = requireJsonArray(node, type, path);
      if (elements.length !== type.elements.length) throw tupleLengthError(type.elements.length, elements.length, path);
      return elements.map((element, i) => fromJson(element, type.elements[i] as CtyType, [...path, i]));
    }
    case 'map':
      return recordFrom([...requireJsonObject(node, type, path)].map(([key, element]) => [key, fromJson(element, type.element, [...path, key])] as const));
    case 'object': {
      const members = requireJsonObject(node, type, path);
      return recordFrom(
        Object.keys(type.attributes).map((name) => {
          const member = members.get(name);
          return [name, member === undefined ? null : fromJson(member, type.attributes[name] as CtyType, [...path, name])] as const;
        }),
      );
    }
  }
}

function primitiveFromJson(node: JsonNode, type: 'string' | 'number' | 'bool', path: ValuePath): Value {
  const text = node instanceof JsonNumberText ? node.text : node;
  if (type === 'string' && (typeof text === 'string' || typeof text === 'boolean')) return String(text);
  if (type === 'bool' && typeof node === 'boolean') return node;
  if (type === 'bool' && (node === 'true' || node === 'false')) return node === 'true';
  if (type === 'number' && typeof text === 'string') {
    try {
      return numberFromString(text);
    } catch (error) {
      throw new ValuePathError(path, (error as Error).message);
    }
  }
  throw new ValuePathError(path, `${type} is required (got ${jsonKind(node)})`);
}

function dynamicFromJson(node: JsonNode, path: ValuePath): Value {
  const members = requireJsonObject(node, 'dynamic', path);
  for (const key of members.keys()) {
    if (key !== 'type' && key !== 'value') throw new ValuePathError(path, `invalid key ${JSON.stringify(key)} in a dynamically-typed value`);
  }
  const typeNode = members.get('type');
  const valueNode = members.get('value');
  if (typeNode === undefined) throw new ValuePathError(path, 'missing type in a dynamically-typed value');
  if (valueNode === undefined) throw new ValuePathError(path, 'missing value in a dynamically-typed value');
  let type: CtyType;
  try {
    type = typeFromJson(plainJson(typeNode));
  } catch (error) {
    throw new ValuePathError(path, (error as Error).message);
  }
  return new Dynamic(type, fromJson(valueNode, type, path));
}

/** A type description as ordinary parsed JSON (it holds no numbers that need exactness). */
function plainJson(node: JsonNode): unknown {
  if (node instanceof JsonNumberText) return Number(node.text);
  if (Array.isArray(node)) return node.map(plainJson);
  if (node instanceof Map) return recordFrom<unknown>([...node].map(([key, member]) => [key, plainJson(member)] as const));
  return node;
}

function requireJsonArray(node: JsonNode, type: CtyType, path: ValuePath): JsonNode[] {
  if (Array.isArray(node)) return node;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${jsonKind(node)})`);
}

function requireJsonObject(node: JsonNode, type: CtyType, path: ValuePath): Map<string, JsonNode> {
  if (node instanceof Map) return node;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${jsonKind(node)})`);
}

function jsonKind(node: JsonNode): string {
  if (node instanceof JsonNumberText) return 'a JSON number';
  if (node instanceof Map) return 'a JSON object';
  if (Array.isArray(node)) return 'a JSON array';
  return node === null ? 'null' : `a JSON ${typeof node}`;
}
