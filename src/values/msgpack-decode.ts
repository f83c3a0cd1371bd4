// The msgpack data model back to values, following go-cty's cty/msgpack unmarshal rules.
import { decodeByType, type DecodeSource, type Members } from './decode-walk.js';
import { ExtData } from './msgpack-codec.js';
import { numberFromWire } from './msgpack-number.js';
import { ValuePathError, type ValuePath } from './path.js';
import { isValueRecord } from './records.js';
import { refinementsFromPayload } from './refinements.js';
import { atPath } from './shape.js';
import { typeFromJson } from './type-json.js';
import { kindOf } from './value-kind.js';
import { Unknown, type CtyType, type PrimitiveType, type Value } from './types.js';

export function fromWire(wire: unknown, type: CtyType): Value {
  return decodeByType(wire, type, [], msgpackSource);
}

const msgpackSource: DecodeSource<unknown> = {
  // go-cty reads every extension type as an unknown value, whatever the slot's type.
  settled: (wire, type) => (wire instanceof ExtData ? unknownFromExt(wire, type) : undefined),
  isNull: (wire) => wire === null,
  dynamic: dynamicFromWire,
  primitive: primitiveFromWire,
  asArray: (wire) => (Array.isArray(wire) ? wire : undefined),
  asMembers: (wire) => (isValueRecord(wire) ? new RecordMembers(wire as Readonly<Record<string, unknown>>) : undefined),
  kind: wireKind,
  extraAttributes: 'error',
};

/** A decoded msgpack map's members, read in place (copying each map into a Map cost more than the rest of its decoding). */
class RecordMembers implements Members<unknown> {
  constructor(private readonly record: Readonly<Record<string, unknown>>) {}
  keys(): string[] {
    return Object.keys(this.record);
  }
  get(key: string): unknown {
    return Object.hasOwn(this.record, key) ? this.record[key] : undefined;
  }
  [Symbol.iterator](): Iterator<readonly [string, unknown]> {
    return Object.entries(this.record)[Symbol.iterator]();
  }
}

function primitiveFromWire(raw: unknown, type: PrimitiveType, path: ValuePath): Value | undefined {
  // go-cty's decoder reads msgpack bin wherever it reads str.
  const wire = raw instanceof Uint8Array ? new TextDecoder().decode(raw) : raw;
  if (type === 'string' && typeof wire === 'string') return wire;
  if (type === 'bool' && typeof wire === 'boolean') return wire;
  if (type === 'number') return atPath(path, () => numberFromWire(wire));
  return undefined;
}

/** `[type JSON as bin (or str), value]`. */
function dynamicFromWire(wire: unknown, path: ValuePath): { type: CtyType; node: unknown } {
  if (!Array.isArray(wire) || wire.length !== 2) throw new ValuePathError(path, `a dynamic value must be a [type, value] array (got ${wireKind(wire)})`);
  const [typeJson, node] = wire as [unknown, unknown];
  if (!(typeJson instanceof Uint8Array) && typeof typeJson !== 'string') {
    throw new ValuePathError(path, `a dynamic value's type must be JSON bytes (got ${wireKind(typeJson)})`);
  }
  return { type: atPath(path, () => typeFromJson(typeJson)), node };
}

function unknownFromExt(ext: ExtData, type: CtyType): Unknown {
  // Copy: the library hands out views into the caller's buffer, which gRPC may reuse.
  const data = ext.data instanceof Uint8Array ? Uint8Array.from(ext.data) : new Uint8Array();
  return new Unknown(refinementsFromPayload(data, type), { type: ext.type, data });
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
