// The JSON encoding of values (DynamicValue.json and RawState.json).
import type { CtyType, Value } from './types.js';

export function encodeJsonValue(value: Value, type: CtyType): string {
  void value;
  void type;
  throw new Error('encodeJsonValue: not implemented yet');
}

export function decodeJsonValue(text: string | Uint8Array, type: CtyType): Value {
  void text;
  void type;
  throw new Error('decodeJsonValue: not implemented yet');
}
