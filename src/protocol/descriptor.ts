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

function encoderFor(type: protobuf.Type): (value: object) => Buffer {
  return (value) => {
    const bytes = type.encode(type.fromObject(value)).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

function decoderFor(type: protobuf.Type): (bytes: Buffer) => object {
  return (bytes) => type.toObject(type.decode(bytes), decodeOptions);
}

function methodDefinition(serviceName: string, method: protobuf.Method): MethodDefinition<object, object> {
  // Root.fromJSON below resolves every type (protobufjs needs that for the features of each
  // field), so the request and response types are known.
  const requestType = method.resolvedRequestType as protobuf.Type;
  const responseType = method.resolvedResponseType as protobuf.Type;
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
