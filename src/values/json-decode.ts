// go-cty JSON back to values: how parsed JSON presents itself to the shared type-directed walk.
import { decodeByType, type DecodeSource } from './decode-walk.js';
import { JsonNumberText, type JsonNode } from './json-parse.js';
import { numberFromString } from './numbers.js';
import { ValuePathError, type ValuePath } from './path.js';
import { recordFrom } from './records.js';
import { atPath } from './shape.js';
import { typeFromJson } from './type-json.js';
import type { CtyType, PrimitiveType, Value } from './types.js';

export function fromJson(node: JsonNode, type: CtyType): Value {
  return decodeByType(node, type, [], jsonSource);
}

const jsonSource: DecodeSource<JsonNode> = {
  settled: () => undefined,
  isNull: (node) => node === null,
  dynamic: dynamicFromJson,
  primitive: primitiveFromJson,
  asArray: (node) => (Array.isArray(node) ? node : undefined),
  asMembers: (node) => (node instanceof Map ? node : undefined),
  kind: jsonKind,
  // Raw state written with an older schema may still hold attributes since removed.
  extraAttributes: 'drop',
};

/** Like go-cty, numbers and bools may be written as strings and the other way round. */
function primitiveFromJson(node: JsonNode, type: PrimitiveType, path: ValuePath): Value | undefined {
  const text = node instanceof JsonNumberText ? node.text : node;
  if (type === 'string' && (typeof text === 'string' || typeof text === 'boolean')) return String(text);
  if (type === 'bool' && typeof node === 'boolean') return node;
  if (type === 'bool' && (node === 'true' || node === 'false')) return node === 'true';
  if (type === 'number' && typeof text === 'string') return atPath(path, () => numberFromString(text));
  return undefined;
}

/** `{"type": …, "value": …}` and nothing else. */
function dynamicFromJson(node: JsonNode, path: ValuePath): { type: CtyType; node: JsonNode } {
  if (!(node instanceof Map)) throw new ValuePathError(path, `a dynamic value must be a {"type", "value"} object (got ${jsonKind(node)})`);
  for (const key of node.keys()) {
    if (key !== 'type' && key !== 'value') throw new ValuePathError(path, `invalid key ${JSON.stringify(key)} in a dynamically-typed value`);
  }
  const typeNode = node.get('type');
  const valueNode = node.get('value');
  if (typeNode === undefined) throw new ValuePathError(path, 'missing type in a dynamically-typed value');
  if (valueNode === undefined) throw new ValuePathError(path, 'missing value in a dynamically-typed value');
  return { type: atPath(path, () => typeFromJson(plainJson(typeNode))), node: valueNode };
}

/** A type description as ordinary parsed JSON (it holds no numbers that need exactness). */
function plainJson(node: JsonNode): unknown {
  if (node instanceof JsonNumberText) return Number(node.text);
  if (Array.isArray(node)) return node.map(plainJson);
  if (node instanceof Map) return recordFrom<unknown>([...node].map(([key, member]) => [key, plainJson(member)] as const));
  return node;
}

function jsonKind(node: JsonNode): string {
  if (node instanceof JsonNumberText) return 'a JSON number';
  if (node instanceof Map) return 'a JSON object';
  if (Array.isArray(node)) return 'a JSON array';
  return node === null ? 'null' : `a JSON ${typeof node}`;
}
