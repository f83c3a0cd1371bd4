// Types of codecs.cjs, which scripts/compile-proto.ts generates with pbjs: namespaces by
// package path (`tfplugin6`, `grpc.health.v1`, ...) down to one codec per message.
declare namespace codecs {
  interface MessageCodec {
    fromObject(object: object): object;
    encode(message: object): { finish(): Uint8Array };
    decode(bytes: Uint8Array): object;
    toObject(message: object, options?: object): object;
  }
  interface Namespace {
    readonly [name: string]: Namespace | MessageCodec | undefined;
  }
}
declare const codecs: codecs.Namespace;
export = codecs;
