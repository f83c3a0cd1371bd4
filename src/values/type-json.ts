// The JSON encoding of cty types that terraform uses in schemas and in dynamic values.
import type { CtyType } from './types.js';

/** Compact JSON of a type, as terraform expects in `Schema.Attribute.type`. */
export function typeToJson(type: CtyType): string {
  void type;
  throw new Error('typeToJson: not implemented yet');
}

/** Parses a JSON type (text or already-parsed JSON); throws a clear error on a malformed type. */
export function typeFromJson(json: string | unknown): CtyType {
  void json;
  throw new Error('typeFromJson: not implemented yet');
}
