// gRPC's length-prefixed messages on an HTTP/2 stream: one flag byte (compressed or not), four
// bytes of length (big-endian), the message. Incoming data chunks do not follow message
// boundaries, so the reader collects them; the limits and their messages are grpc-js's.
import { gunzipSync, inflateSync } from 'node:zlib';

/** A status a call ends with instead of its answer (the grpc-js ServiceError shape we use). */
export interface CallStatus {
  readonly code: number;
  readonly details: string;
}

const RESOURCE_EXHAUSTED = 8;
const UNIMPLEMENTED = 12;
const INTERNAL = 13;

/** One message as it arrived: its flag and its bytes (still compressed when the flag says so). */
export interface RawMessage {
  readonly compressed: boolean;
  readonly bytes: Buffer;
}

/** Splits a stream's data chunks into messages; `push` throws a CallStatus for one over the limit. */
export class MessageReader {
  private pending: Buffer | undefined;

  constructor(private readonly maxMessageBytes: number) {}

  push(chunk: Buffer): RawMessage[] {
    let data = this.pending === undefined ? chunk : Buffer.concat([this.pending, chunk]);
    const messages: RawMessage[] = [];
    while (data.length >= 5) {
      const length = data.readUInt32BE(1);
      if (length > this.maxMessageBytes) {
        throw { code: RESOURCE_EXHAUSTED, details: `Received message larger than max (${length} vs ${this.maxMessageBytes})` } satisfies CallStatus;
      }
      if (data.length < 5 + length) break;
      messages.push({ compressed: data[0] === 1, bytes: data.subarray(5, 5 + length) });
      data = data.subarray(5 + length);
    }
    this.pending = data.length > 0 ? data : undefined;
    return messages;
  }
}

/** The message's bytes, inflated when its flag says it was compressed with the call's `grpc-encoding`. */
export function messageBytes(message: RawMessage, encoding: string, maxMessageBytes: number): Buffer {
  if (!message.compressed || encoding === 'identity') return message.bytes;
  if (encoding !== 'gzip' && encoding !== 'deflate') {
    throw { code: UNIMPLEMENTED, details: `Received message compressed with unsupported encoding "${encoding}"` } satisfies CallStatus;
  }
  try {
    return (encoding === 'gzip' ? gunzipSync : inflateSync)(message.bytes, { maxOutputLength: maxMessageBytes });
  } catch (error) {
    if (error instanceof RangeError) {
      throw { code: RESOURCE_EXHAUSTED, details: `Received message that decompresses to a size larger than ${maxMessageBytes}` } satisfies CallStatus;
    }
    throw { code: INTERNAL, details: 'Failed to decompress message' } satisfies CallStatus;
  }
}

/** The bytes of one uncompressed message on the wire. */
export function frameMessage(message: Uint8Array): Buffer {
  const framed = Buffer.allocUnsafe(message.byteLength + 5);
  framed[0] = 0;
  framed.writeUInt32BE(message.byteLength, 1);
  framed.set(message, 5);
  return framed;
}
