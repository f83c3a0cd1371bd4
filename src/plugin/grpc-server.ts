// The parts of grpc-js a plugin server uses, taken from the modules that define them rather
// than from the package's index: the index also loads the whole client side (channels,
// subchannels, name resolvers, load balancers) and registers it, some 15% of a provider start,
// on every one of terraform's provider starts. The server needs none of it: connections reach
// it through a ConnectionInjector, never through a resolved address.
export { Server, type ConnectionInjector, type UntypedServiceImplementation } from '@grpc/grpc-js/build/src/server.js';
export { ServerCredentials } from '@grpc/grpc-js/build/src/server-credentials.js';
export { Status as status } from '@grpc/grpc-js/build/src/constants.js';
export type { sendUnaryData, ServerDuplexStream, ServerUnaryCall, ServerWritableStream } from '@grpc/grpc-js/build/src/server-call.js';
