// The JSON encoding of values (go-cty cty/json): DynamicValue.json and RawState.json. JSON has
// no unknowns; numbers are exact in both directions.
import { goJsonString } from './go-json.js';
import { dynamicContentAt } from './implied-type.js';
import { fromJson } from './json-decode.js';
import { parseJsonExact } from './json-parse.js';
import { canonicalDecimal } from './numbers.js';
import { descend, ValuePathError, type PathStack, type ValuePath } from './path.js';
import { entryOf, sortedKeys } from './records.js';
import { atPath, expectArray, expectObject, expectPrimitive, expectRecord, expectTuple } from './shape.js';
import { typeToJson } from './type-json.js';
import { Dynamic, Unknown, type CtyType, type PrimitiveType, type Value } from './types.js';

/** Encodes a wholly known value as go-cty's JSON (objects with every attribute, keys sorted). */
export function encodeJsonValue(value: Value, type: CtyType): string {
  return toJson(value, type, []);
}

function toJson(value: Value | undefined, type: CtyType, path: PathStack): string {
  if (value instanceof Unknown) throw new ValuePathError(path, 'value is not known, and JSON cannot carry unknown values');
  if (type === 'dynamic') return dynamicToJson(value, path);
  if (value === null || value === undefined) return 'null';
  if (value instanceof Dynamic) return toJson(value.value, type, path);
  if (typeof type === 'string') return primitiveToJson(value, type, path);
  switch (type.kind) {
    case 'list':
    case 'set':
      return `[${expectArray(value, type, path)
        .map((element, i) => descend(path, i, () => toJson(element, type.element, path)))
        .join(',')}]`;
    case 'tuple':
      return `[${expectTuple(value, type.elements, path)
        .map((element, i) => descend(path, i, () => toJson(element, type.elements[i] as CtyType, path)))
        .join(',')}]`;
    case 'map': {
      const record = expectRecord(value, type, path);
      return `{${sortedKeys(Object.keys(record))
        .map((key) => `${goJsonString(key)}:${descend(path, key, () => toJson(record[key], type.element, path))}`)
        .join(',')}}`;
    }
    case 'object': {
      const record = expectObject(value, type.attributes, path);
      return `{${sortedKeys(Object.keys(type.attributes))
        .map((name) => `${goJsonString(name)}:${descend(path, name, () => toJson(entryOf(record, name), type.attributes[name] as CtyType, path))}`)
        .join(',')}}`;
    }
  }
}

function primitiveToJson(value: Value, type: PrimitiveType, path: ValuePath): string {
  const checked = expectPrimitive(value, type, path);
  if (typeof checked === 'string') return goJsonString(checked);
  if (typeof checked === 'boolean') return String(checked);
  if (typeof checked === 'number' && !Number.isFinite(checked)) throw new ValuePathError(path, 'cannot write infinity or NaN as JSON');
  return atPath(path, () => canonicalDecimal(checked));
}

/** go-cty writes `{"value":…,"type":…}` in that order. */
function dynamicToJson(value: Value | undefined, path: PathStack): string {
  const content = dynamicContentAt(value, path);
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
  return fromJson(
    atPath([], () => parseJsonExact(source)),
    type,
  );
}
