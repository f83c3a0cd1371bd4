// The one place that configures @msgpack/msgpack for cty: 64-bit integers as bigint, and every
// extension type (including -1, which the library would otherwise read as a timestamp) kept raw,
// because go-cty treats any extension as an unknown value.
import { Decoder, Encoder, ExtData, ExtensionCodec } from '@msgpack/msgpack';

/** The msgpack data model we build before encoding: maps are plain objects with string keys. */
export type Wire = null | boolean | number | bigint | string | Uint8Array | ExtData | readonly Wire[] | { readonly [key: string]: Wire };

const rawExtensions = new ExtensionCodec();
rawExtensions.register({ type: -1, encode: () => null, decode: (data, type) => new ExtData(type, Uint8Array.from(data)) });

const options = { extensionCodec: rawExtensions, useBigInt64: true } as const;
// One encoder and one decoder for the process: the library's encode() and decode() functions
// build a new one (and its buffers) on every call, which showed in profiles of large plans.
const encoder = new Encoder(options);
const decoder = new Decoder(options);

export function packWire(wire: Wire): Uint8Array {
  return encoder.encode(wire);
}

/** Decodes exactly one msgpack item; trailing bytes are an error. */
export function unpackWire(bytes: Uint8Array): unknown {
  return decoder.decode(bytes);
}

/** Decodes the first msgpack item and ignores what follows, as go-cty does for refinement payloads. */
export function unpackFirst(bytes: Uint8Array): unknown {
  for (const item of decoder.decodeMulti(bytes)) return item;
  return undefined;
}

export { ExtData };
