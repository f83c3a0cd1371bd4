// The msgpack encoding of DynamicValue, as go-cty's cty/msgpack package writes and reads it.
import type { CtyType, Value } from './types.js';

/** Encodes a value of `type` as terraform's `DynamicValue.msgpack`. */
export function encodeMsgpack(value: Value, type: CtyType): Uint8Array {
  void value;
  void type;
  throw new Error('encodeMsgpack: not implemented yet');
}

/** Decodes `DynamicValue.msgpack` of `type`; empty or absent bytes are null. */
export function decodeMsgpack(bytes: Uint8Array, type: CtyType): Value {
  void bytes;
  void type;
  throw new Error('decodeMsgpack: not implemented yet');
}
