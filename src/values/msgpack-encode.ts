// Values to the msgpack data model, following go-cty's cty/msgpack marshal rules.
import { dynamicContentAt } from './implied-type.js';
import { ExtData, type Wire } from './msgpack-codec.js';
import { numberToWire } from './msgpack-number.js';
import { descend, type PathStack, type ValuePath } from './path.js';
import { entryOf, recordFrom, setEntry, sortedKeys } from './records.js';
import { REFINED_UNKNOWN_EXT, refinementsPayload } from './refinements.js';
import { typeToJson } from './type-json.js';
import { atPath, expectArray, expectObject, expectPrimitive, expectRecord, expectTuple } from './shape.js';
import { Dynamic, Unknown, type CtyType, type PrimitiveType, type Value } from './types.js';

/** go-cty's plain unknown: fixext1 of type 0 with one zero byte (`d4 00 00`). */
const PLAIN_UNKNOWN_PAYLOAD = Uint8Array.of(0);

export function toWire(value: Value | undefined, type: CtyType, path: PathStack): Wire {
  if (type === 'dynamic') return dynamicToWire(value, path);
  if (value === null || value === undefined) return null;
  if (value instanceof Unknown) return unknownToWire(value, type);
  // A Dynamic wrapper in a slot of known type carries nothing the slot does not already say.
  if (value instanceof Dynamic) return toWire(value.value, type, path);
  if (typeof type === 'string') return primitiveToWire(value, type, path);
  switch (type.kind) {
    case 'list':
    case 'set':
      return expectArray(value, type, path).map((element, i) => descend(path, i, () => toWire(element, type.element, path)));
    case 'tuple':
      return expectTuple(value, type.elements, path).map((element, i) => descend(path, i, () => toWire(element, type.elements[i] as CtyType, path)));
    case 'map': {
      const record = expectRecord(value, type, path);
      return recordFrom(sortedKeys(Object.keys(record)).map((key) => [key, descend(path, key, () => toWire(record[key], type.element, path))] as const));
    }
    case 'object': {
      const record = expectObject(value, type.attributes, path);
      // Every attribute of the type is written, null when the JS object lacks it. A plain loop:
      // this runs for every object of every answer (no entry array or closure per attribute).
      const wire: Record<string, Wire> = {};
      for (const name of attributeOrder(type.attributes)) {
        path.push(name);
        setEntry(wire, name, toWire(entryOf(record, name), type.attributes[name] as CtyType, path));
        path.pop();
      }
      return wire;
    }
  }
}

// An object type's attribute names in go-cty's order, sorted once per type rather than for every
// object written (types are immutable and live as long as their schema).
const sortedAttributes = new WeakMap<Readonly<Record<string, CtyType>>, readonly string[]>();

function attributeOrder(attributes: Readonly<Record<string, CtyType>>): readonly string[] {
  let names = sortedAttributes.get(attributes);
  if (names === undefined) sortedAttributes.set(attributes, (names = sortedKeys(Object.keys(attributes))));
  return names;
}

function primitiveToWire(value: Value, type: PrimitiveType, path: ValuePath): Wire {
  const checked = expectPrimitive(value, type, path);
  return typeof checked === 'string' || typeof checked === 'boolean' ? checked : atPath(path, () => numberToWire(checked));
}

/** `[type JSON as bin, value]` for a value of known type; plain nil or extension otherwise. */
function dynamicToWire(value: Value | undefined, path: PathStack): Wire {
  const content = dynamicContentAt(value, path);
  if (content === null) return null;
  if (content instanceof Unknown) return unknownToWire(content, 'dynamic');
  if (content.type === 'dynamic') return dynamicToWire(content.value, path);
  return [new TextEncoder().encode(typeToJson(content.type)), toWire(content.value, content.type, path)];
}

/** Terraform's own extension bytes go back unchanged; otherwise go-cty's encoding of the refinements. */
function unknownToWire(unknown: Unknown, type: CtyType): ExtData {
  if (unknown.raw) return new ExtData(unknown.raw.type, unknown.raw.data);
  const payload = unknown.refinements && refinementsPayload(unknown.refinements, type);
  return payload ? new ExtData(REFINED_UNKNOWN_EXT, payload) : new ExtData(0, PLAIN_UNKNOWN_PAYLOAD);
}
