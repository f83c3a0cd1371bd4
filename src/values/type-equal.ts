// Structural type equality and readable type names for messages.
import { typeToJson } from './type-json.js';
import type { CtyType } from './types.js';

/** True when two types are the same cty type (object optional markers included). */
export function typesEqual(a: CtyType, b: CtyType): boolean {
  if (a === b) return true;
  return typeof a !== 'string' && typeof b !== 'string' && typeToJson(a) === typeToJson(b);
}

/** A short name for messages: `list of string`, `object`, `map of number`. */
export function typeName(type: CtyType): string {
  if (typeof type === 'string') return type;
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind} of ${typeName(type.element)}`;
    case 'tuple':
    case 'object':
      return type.kind;
  }
}
