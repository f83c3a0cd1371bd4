// gRPC service definitions for tfplugin6 and go-plugin's services, from the files that
// scripts/compile-proto.ts generates from proto/: the methods from generated/descriptor.json
// (plain data), each message's encoder and decoder from generated/codecs.cjs (protobufjs's
// static code). The provider process starts several times per terraform command, so nothing
// here parses .proto text or builds protobufjs reflection (Root.fromJSON resolves every type
// of the protocol, about ten milliseconds of each start).
//
// The codecs behave as @grpc/proto-loader's with keepCase, longs: Number, enums: Number,
// bytes: Buffer, oneofs: true: the shapes src/protocol/tfplugin6.ts describes.
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import type { IConversionOptions } from 'protobufjs';
import codecs from './generated/codecs.cjs';
import descriptor from './generated/descriptor.json' with { type: 'json' };

/** How decoded messages look; tfplugin6.ts is written against exactly these options. */
export const decodeOptions: IConversionOptions = {
  longs: Number,
  enums: Number,
  bytes: Buffer,
  oneofs: true,
};

export const serviceNames = {
  provider: 'tfplugin6.Provider',
  controller: 'plugin.GRPCController',
  stdio: 'plugin.GRPCStdio',
  broker: 'plugin.GRPCBroker',
  health: 'grpc.health.v1.Health',
} as const;

export type ProtocolServices = { [K in keyof typeof serviceNames]: ServiceDefinition };

interface MethodDescriptor {
  readonly requestType: string;
  readonly responseType: string;
  readonly requestStream?: boolean;
  readonly responseStream?: boolean;
}

interface DescriptorNode {
  readonly nested?: Readonly<Record<string, DescriptorNode>>;
  readonly methods?: Readonly<Record<string, MethodDescriptor>>;
}

function isCodec(node: unknown): node is codecs.MessageCodec {
  return typeof (node as Partial<codecs.MessageCodec> | undefined)?.encode === 'function';
}

/** What `path` names in the codecs: a namespace, a message codec (which holds its nested messages), or nothing. */
function lookup(path: readonly string[]): unknown {
  let node: unknown = codecs;
  for (const part of path) node = node === null || node === undefined ? undefined : (node as Readonly<Record<string, unknown>>)[part];
  return node;
}

/** The codec of `typeName` as the descriptor writes it: relative to `scope` (the service's package) or absolute. */
function codecFor(scope: readonly string[], typeName: string): codecs.MessageCodec {
  for (let depth = scope.length; depth >= 0; depth--) {
    const node = lookup([...scope.slice(0, depth), ...typeName.split('.')]);
    if (isCodec(node)) return node;
  }
  throw new Error(`generated/codecs.cjs has no message ${typeName}: run scripts/compile-proto.ts`);
}

/** For messages from tests and clients: fromObject also accepts enum names, base64 bytes and Longs. */
function encoderFor(codec: codecs.MessageCodec): (value: object) => Buffer {
  return (value) => {
    const bytes = codec.encode(codec.fromObject(value)).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

/**
 * For the server's answers, built by our own handlers in exactly the shapes tfplugin6.ts
 * describes (numbers for enums and int64s, Buffers or Uint8Arrays for bytes, own data
 * properties): the static encoder writes such a plain object as it is, so the copy of the
 * whole answer into message instances fromObject makes first is skipped; the bytes are the same.
 */
function plainEncoderFor(codec: codecs.MessageCodec): (value: object) => Buffer {
  return (value) => {
    const bytes = codec.encode(value).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function decoderFor(codec: codecs.MessageCodec): (bytes: Buffer) => object {
  return (bytes) => codec.toObject(codec.decode(bytes), decodeOptions);
}

function serviceDefinition(fullName: string): ServiceDefinition {
  const path = fullName.split('.');
  let node: DescriptorNode | undefined = descriptor as DescriptorNode;
  for (const part of path) node = node?.nested?.[part];
  if (!node?.methods) throw new Error(`generated/descriptor.json has no service ${fullName}`);
  const scope = path.slice(0, -1);
  const definition: Record<string, MethodDefinition<object, object>> = {};
  for (const [name, method] of Object.entries(node.methods)) {
    const request = codecFor(scope, method.requestType);
    const response = codecFor(scope, method.responseType);
    definition[name] = {
      path: `/${fullName}/${name}`,
      requestStream: method.requestStream === true,
      responseStream: method.responseStream === true,
      requestSerialize: encoderFor(request),
      requestDeserialize: decoderFor(request),
      responseSerialize: plainEncoderFor(response),
      responseDeserialize: decoderFor(response),
    };
  }
  return definition;
}

let loaded: ProtocolServices | undefined;

/** The service definitions, built once per process on first use. */
export function loadProtocolServices(): ProtocolServices {
  if (loaded) return loaded;
  loaded = {
    provider: serviceDefinition(serviceNames.provider),
    controller: serviceDefinition(serviceNames.controller),
    stdio: serviceDefinition(serviceNames.stdio),
    broker: serviceDefinition(serviceNames.broker),
    health: serviceDefinition(serviceNames.health),
  };
  return loaded;
}
