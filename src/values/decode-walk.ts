// The type-directed walk both decoders share: the msgpack and JSON readers differ only in how
// their parsed data presents arrays, maps, primitives and dynamic values.
import { descend, ValuePathError, type PathStack, type ValuePath } from './path.js';
import { recordFrom, setEntry } from './records.js';
import { tupleLengthError } from './shape.js';
import { typeName } from './type-equal.js';
import { Dynamic, type CtyType, type PrimitiveType, type Value } from './types.js';

/** An object's or map's members as a decoder presents them (a Map, or a view of a plain record). */
export interface Members<N> extends Iterable<readonly [string, N]> {
  keys(): Iterable<string>;
  get(key: string): N | undefined;
}

export interface DecodeSource<N> {
  /** A value settled before the type is consulted (msgpack extensions are unknowns), else undefined. */
  settled(node: N, type: CtyType): Value | undefined;
  isNull(node: N): boolean;
  /** The concrete type a dynamic slot announces, and the node holding its value. */
  dynamic(node: N, path: ValuePath): { readonly type: CtyType; readonly node: N };
  /** The primitive value, or undefined when the node is not one of that type. */
  primitive(node: N, type: PrimitiveType, path: ValuePath): Value | undefined;
  asArray(node: N): readonly N[] | undefined;
  asMembers(node: N): Members<N> | undefined;
  /** What the node is, in the encoding's terms and without its content, for messages. */
  kind(node: N): string;
  /** An object member the type lacks: an error (msgpack, as go-cty) or dropped (JSON state from an older schema). */
  readonly extraAttributes: 'error' | 'drop';
}

export function decodeByType<N>(node: N, type: CtyType, path: PathStack, source: DecodeSource<N>): Value {
  const settled = source.settled(node, type);
  if (settled !== undefined) return settled;
  if (source.isNull(node)) return null;
  if (type === 'dynamic') {
    const inner = source.dynamic(node, path);
    return new Dynamic(inner.type, decodeByType(inner.node, inner.type, path, source));
  }
  if (typeof type === 'string') return required(source.primitive(node, type, path), node, type, path, source);
  switch (type.kind) {
    case 'list':
    case 'set':
      return required(source.asArray(node), node, type, path, source).map((element, i) =>
        descend(path, i, () => decodeByType(element, type.element, path, source)),
      );
    case 'tuple': {
      const elements = required(source.asArray(node), node, type, path, source);
      if (elements.length !== type.elements.length) throw tupleLengthError(type.elements.length, elements.length, path);
      return elements.map((element, i) => descend(path, i, () => decodeByType(element, type.elements[i] as CtyType, path, source)));
    }
    case 'map':
      return recordFrom(
        [...required(source.asMembers(node), node, type, path, source)].map(
          ([key, element]) => [key, descend(path, key, () => decodeByType(element, type.element, path, source))] as const,
        ),
      );
    case 'object':
      return decodeObject(required(source.asMembers(node), node, type, path, source), type.attributes, path, source);
  }
}

function required<T, N>(found: T | undefined, node: N, type: CtyType, path: ValuePath, source: DecodeSource<N>): T {
  if (found !== undefined) return found;
  throw new ValuePathError(path, `${typeName(type)} is required (got ${source.kind(node)})`);
}

/** Attributes the data lacks are null. */
function decodeObject<N>(members: Members<N>, attributes: Readonly<Record<string, CtyType>>, path: PathStack, source: DecodeSource<N>): Value {
  if (source.extraAttributes === 'error') {
    for (const key of members.keys()) {
      if (!Object.hasOwn(attributes, key)) throw new ValuePathError([...path, key], 'unsupported attribute');
    }
  }
  // A plain loop: this runs for every object of every call, and recordFrom's entry arrays and
  // descend's closures were a good part of its cost. Same result as recordFrom(entries).
  const record: Record<string, Value> = {};
  for (const name of Object.keys(attributes)) {
    const member = members.get(name);
    let value: Value = null;
    if (member !== undefined) {
      path.push(name);
      value = decodeByType(member, attributes[name] as CtyType, path, source);
      path.pop();
    }
    setEntry(record, name, value);
  }
  return record;
}
