// gRPC service definitions for tfplugin6 and go-plugin's services, built from the committed
// descriptor (generated/descriptor.json, compiled from proto/ by scripts/compile-proto.ts).
//
// The provider process starts several times per terraform command, so this avoids both
// parsing .proto text and @grpc/proto-loader (whose fromJSON also builds reflection
// descriptors for every message, doubling start-up cost). The codecs below behave as
// proto-loader's with keepCase, longs: Number, enums: Number, bytes: Buffer, oneofs: true:
// the shapes src/protocol/tfplugin6.ts describes.
import protobuf from 'protobufjs/light.js';
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import descriptor from './generated/descriptor.json' with { type: 'json' };

/** How decoded messages look; tfplugin6.ts is written against exactly these options. */
export const decodeOptions: protobuf.IConversionOptions = {
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

/**
 * A method's request or response type, resolved on first use: resolving every type of the
 * protocol up front cost milliseconds on each of terraform's provider starts, and most
 * methods are never called by a given process.
 */
function typeOf(method: protobuf.Method, which: 'request' | 'response'): () => protobuf.Type {
  let type: protobuf.Type | undefined;
  return () => {
    if (type === undefined) {
      method.resolve();
      type = (which === 'request' ? method.resolvedRequestType : method.resolvedResponseType) as protobuf.Type;
    }
    return type;
  };
}

function encoderFor(typeOfMessage: () => protobuf.Type): (value: object) => Buffer {
  return (value) => {
    const type = typeOfMessage();
    const bytes = type.encode(type.fromObject(value)).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function decoderFor(typeOfMessage: () => protobuf.Type): (bytes: Buffer) => object {
  return (bytes) => {
    const type = typeOfMessage();
    return type.toObject(type.decode(bytes), decodeOptions);
  };
}

function methodDefinition(serviceName: string, method: protobuf.Method): MethodDefinition<object, object> {
  const requestType = typeOf(method, 'request');
  const responseType = typeOf(method, 'response');
  return {
    path: `/${serviceName}/${method.name}`,
    requestStream: method.requestStream === true,
    responseStream: method.responseStream === true,
    requestSerialize: encoderFor(requestType),
    requestDeserialize: decoderFor(requestType),
    responseSerialize: encoderFor(responseType),
    responseDeserialize: decoderFor(responseType),
  };
}

function serviceDefinition(root: protobuf.Root, name: string): ServiceDefinition {
  const service = root.lookupService(name);
  const definition: Record<string, MethodDefinition<object, object>> = {};
  for (const method of service.methodsArray) definition[method.name] = methodDefinition(name, method);
  return definition;
}

let loaded: ProtocolServices | undefined;

/** The service definitions, built once per process on first use. */
export function loadProtocolServices(): ProtocolServices {
  if (loaded) return loaded;
  // The JSON is protobufjs's own toJSON() output; TypeScript cannot match its inferred literal
  // type against the recursive INamespace union, hence the assertion.
  const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);
  loaded = {
    provider: serviceDefinition(root, serviceNames.provider),
    controller: serviceDefinition(root, serviceNames.controller),
    stdio: serviceDefinition(root, serviceNames.stdio),
    broker: serviceDefinition(root, serviceNames.broker),
    health: serviceDefinition(root, serviceNames.health),
  };
  return loaded;
}
