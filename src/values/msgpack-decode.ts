// The msgpack data model back to values, following go-cty's cty/msgpack unmarshal rules.
import { ExtData } from './msgpack-codec.js';
import { numberFromWire } from './msgpack-number.js';
import { ValuePathError, type ValuePath } from './path.js';
import { isValueRecord, recordFrom } from './records.js';
import { refinementsFromPayload } from './refinements.js';
import { tupleLengthError } from './shape.js';
import { typeFromJson } from './type-json.js';
import { typeName } from './type-equal.js';
import { kindOf } from './value-kind.js';
import { Dynamic, Unknown, type CtyType, type Value } from './types.js';

export function fromWire(wire: unknown, type: CtyType, path: ValuePath): Value {
  // go-cty reads every extension type as an unknown value, whatever the slot's type.
  if (wire instanceof ExtData) return unknownFromExt(wire, type);
  if (type === 'dynamic') return dynamicFromWire(wire, path);
  if (wire === null) return null;
  if (typeof type === 'string') return primitiveFromWire(wire, type, path);
  switch (type.kind) {
    case 'list':
    case 'set':
      return requireArray(wire, type, path).map((element, i) => fromWire(element, type.element, [...path, i]));
    case 'tuple': {
      const elements = requireArray(wire, type, path);
      if (elements.length !== type.elements.length) throw tupleLengthError(type.elements.length, elements.length, path);
      return elements.map((element, i) => fromWire(element, type.elements[i] as CtyType, [...path, i]));
    }
    case 'map':
      return recordFrom(Object.entries(requireMap(wire, type, path)).map(([key, element]) => [key, fromWire(element, type.element, [...path, key])] as const));
    case 'object':
      return objectFromWire(requireMap(wire, type, path), type.attributes, path);
  }
}

function primitiveFromWire(wire: unknown, type: 'string' | 'number' | 'bool', path: ValuePath): Value {
  if (type === 'string' && typeof wire === 'string') return wire;
  if (type === 'bool' && typeof wire === 'boolean') return wire;
  if (type === 'number') {
    let number;
    try {
      number = numberFromWire(wire);
    } catch (error) {
      throw new ValuePathError(path, (error as Error).message);
    }
    if (number !== undefined) return number;
  }
  throw new ValuePathError(path, `${type} is required (got ${wireKind(wire)})`);
}

/** Unknown attributes are an error; attributes the map lacks are null (go-cty would reject the count). */
function objectFromWire(map: Record<string, unknown>, attributes: Readonly<Record<string, CtyType>>, path: ValuePath): Value {
  for (const key of Object.keys(map)) {
    if (!Object.hasOwn(attributes, key)) throw new ValuePathError([...path, key], 'unsupported attribute');
  }
  return recordFrom(
    Object.keys(attributes).map((name) => [name, Object.hasOwn(map, name) ? fromWire(map[name], attributes[name] as CtyType, [...path, name]) : null] as const),
  );
}

function dynamicFromWire(wire: unknown, path: ValuePath): Value {
  if (wire === null) return null;
  if (!Array.isArray(wire) || wire.length !== 2) throw new ValuePathError(path, `a dynamic value must be a [type, value] array (got ${wireKind(wire)})`);
  const [typeJson, value] = wire as [unknown, unknown];
  if (!(typeJson instanceof Uint8Array) && typeof typeJson !== 'string') {
    throw new ValuePathError(path, `a dynamic value's type must be JSON bytes (got ${wireKind(typeJson)})`);
  }
  let type: CtyType;
  try {
    type = typeFromJson(typeJson instanceof Uint8Array ? new TextDecoder().decode(typeJson) : `${typeJson}`);
  } catch (error) {
    throw new ValuePathError(path, (error as Error).message);
  }
  return new Dynamic(type, fromWire(value, type, path));
}

function unknownFromExt(ext: ExtData, type: CtyType): Unknown {
  // Copy: the library hands out views into the caller's buffer, which gRPC may reuse.
  const data = ext.data instanceof Uint8Array ? Uint8Array.from(ext.data) : new Uint8Array();
  return new Unknown(refinementsFromPayload(data, type), { type: ext.type, data });
}

function requireArray(wire: unknown, type: CtyType, path: ValuePath): readonly unknown[] {
  if (Array.isArray(wire)) return wire;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${wireKind(wire)})`);
}

function requireMap(wire: unknown, type: CtyType, path: ValuePath): Record<string, unknown> {
  if (isValueRecord(wire)) return wire as Record<string, unknown>;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${wireKind(wire)})`);
}

/** msgpack terms for what arrived, never the content. */
function wireKind(wire: unknown): string {
  if (typeof wire === 'bigint' || typeof wire === 'number') return 'a msgpack number';
  if (typeof wire === 'string') return 'a msgpack string';
  if (Array.isArray(wire)) return 'a msgpack array';
  if (wire instanceof Uint8Array) return 'msgpack binary data';
  if (isValueRecord(wire)) return 'a msgpack map';
  return kindOf(wire);
}
