// The msgpack encoding of DynamicValue, as go-cty's cty/msgpack package writes and reads it.
import { packWire, unpackWire } from './msgpack-codec.js';
import { fromWire } from './msgpack-decode.js';
import { toWire } from './msgpack-encode.js';
import { ValuePathError } from './path.js';
import type { CtyType, Value } from './types.js';

/**
 * Encodes a value of `type` as terraform's `DynamicValue.msgpack`. Objects carry every attribute
 * of their type (null when absent or undefined). Throws a ValuePathError when the value does not
 * fit the type.
 */
export function encodeMsgpack(value: Value, type: CtyType): Uint8Array {
  return packWire(toWire(value, type, []));
}

/**
 * Decodes `DynamicValue.msgpack` of `type`; empty or absent bytes are null. Sets come back as
 * arrays, dynamic slots as Dynamic(type, value), extensions as Unknown. Throws a ValuePathError
 * naming where the bytes do not fit the type.
 */
export function decodeMsgpack(bytes: Uint8Array | undefined | null, type: CtyType): Value {
  if (!bytes || bytes.length === 0) return null;
  let wire: unknown;
  try {
    wire = unpackWire(bytes);
  } catch (error) {
    throw new ValuePathError([], `invalid msgpack: ${(error as Error).message}`);
  }
  return fromWire(wire, type);
}
