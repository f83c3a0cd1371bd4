// The JSON encoding of cty types (go-cty cty/json.go): schemas' `type` field and the type half
// of a dynamic value.
import { goJsonString } from './go-json.js';
import { recordFrom, sortedKeys } from './records.js';
import type { CtyType } from './types.js';

const PRIMITIVE_NAMES: ReadonlySet<string> = new Set(['string', 'number', 'bool', 'dynamic']);
const COLLECTION_KINDS: ReadonlySet<string> = new Set(['list', 'set', 'map']);

/** Compact JSON of a type, byte for byte as go-cty writes it (object keys sorted). */
export function typeToJson(type: CtyType): string {
  if (typeof type === 'string') return `"${type}"`;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `["${type.kind}",${typeToJson(type.element)}]`;
    case 'tuple':
      return `["tuple",[${type.elements.map(typeToJson).join(',')}]]`;
    case 'object': {
      const attributes = sortedKeys(Object.keys(type.attributes))
        .map((name) => `${goJsonString(name)}:${typeToJson(type.attributes[name] as CtyType)}`)
        .join(',');
      const optional = type.optional && type.optional.length > 0 ? `,[${sortedKeys(type.optional).map(goJsonString).join(',')}]` : '';
      return `["object",{${attributes}}${optional}]`;
    }
  }
}

/** A type JSON that does not describe a cty type. */
export class TypeJsonError extends Error {
  constructor(detail: string) {
    super(`malformed type JSON: ${detail}`);
    this.name = 'TypeJsonError';
  }
}

/**
 * Reads a JSON type: JSON text (string or UTF-8 bytes, as protobuf carries it) or already-parsed
 * JSON. A bare primitive name such as `string` is accepted too.
 */
export function typeFromJson(json: string | unknown): CtyType {
  if (json instanceof Uint8Array) return typeFromJson(new TextDecoder().decode(json));
  if (typeof json === 'string') {
    if (PRIMITIVE_NAMES.has(json)) return json as CtyType;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      throw new TypeJsonError('not valid JSON');
    }
    return typeFromParsed(parsed, '$');
  }
  return typeFromParsed(json, '$');
}

function typeFromParsed(json: unknown, where: string): CtyType {
  if (typeof json === 'string') {
    if (PRIMITIVE_NAMES.has(json)) return json as CtyType;
    throw new TypeJsonError(`invalid primitive type name ${JSON.stringify(json)} at ${where}`);
  }
  if (!Array.isArray(json) || typeof json[0] !== 'string') {
    throw new TypeJsonError(`expected a type name or a ["kind", ...] array at ${where}`);
  }
  const [kind, ...rest] = json as [string, ...unknown[]];
  if (COLLECTION_KINDS.has(kind)) {
    requireLength(rest, 1, kind, where);
    return { kind: kind as 'list' | 'set' | 'map', element: typeFromParsed(rest[0], `${where}[1]`) };
  }
  if (kind === 'tuple') {
    requireLength(rest, 1, kind, where);
    if (!Array.isArray(rest[0])) throw new TypeJsonError(`tuple element types must be an array at ${where}[1]`);
    return { kind: 'tuple', elements: rest[0].map((element, i) => typeFromParsed(element, `${where}[1][${i}]`)) };
  }
  if (kind === 'object') return objectTypeFromParsed(rest, where);
  throw new TypeJsonError(`invalid complex type kind name ${JSON.stringify(kind)} at ${where}`);
}

function objectTypeFromParsed(rest: unknown[], where: string): CtyType {
  if (rest.length !== 1 && rest.length !== 2) throw new TypeJsonError(`"object" takes attribute types and optionally a list of optional names at ${where}`);
  const [attributeJson, optionalJson] = rest;
  if (typeof attributeJson !== 'object' || attributeJson === null || Array.isArray(attributeJson)) {
    throw new TypeJsonError(`object attribute types must be a JSON object at ${where}[1]`);
  }
  const attributes = recordFrom(Object.entries(attributeJson).map(([name, t]) => [name, typeFromParsed(t, `${where}[1][${JSON.stringify(name)}]`)] as const));
  if (optionalJson === undefined) return { kind: 'object', attributes };
  if (!Array.isArray(optionalJson) || !optionalJson.every((name): name is string => typeof name === 'string' && Object.hasOwn(attributes, name))) {
    throw new TypeJsonError(`optional attributes must be a list of the object's attribute names at ${where}[2]`);
  }
  return optionalJson.length > 0 ? { kind: 'object', attributes, optional: optionalJson } : { kind: 'object', attributes };
}

function requireLength(rest: unknown[], length: number, kind: string, where: string): void {
  if (rest.length !== length) throw new TypeJsonError(`${JSON.stringify(kind)} takes exactly ${length} argument(s) at ${where}`);
}
