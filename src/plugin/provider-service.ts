// Serves tfplugin6.Provider by calling the framework's ProviderHandlers: gives each call a
// context (a signal aborted by StopProvider or by the caller cancelling, and a logger),
// and turns an exception into a gRPC INTERNAL error whose message reveals nothing of it.
// RPCs the handlers leave out are not registered, so grpc-js answers UNIMPLEMENTED.
import { status, type sendUnaryData, type ServerUnaryCall, type UntypedServiceImplementation } from './grpc-server.js';
import type { Logger } from '../log/logger.js';
import type { CallContext, ProviderHandlers, StopProviderResponse } from '../protocol/tfplugin6.js';
import { RpcCallContext } from './call-context.js';
import type { StopSignal } from './stop-signal.js';

/** Each tfplugin6 RPC (except StopProvider) and the handler method that serves it. */
export const providerRpcHandlers = {
  GetMetadata: 'getMetadata',
  GetProviderSchema: 'getProviderSchema',
  ValidateProviderConfig: 'validateProviderConfig',
  ValidateResourceConfig: 'validateResourceConfig',
  ValidateDataResourceConfig: 'validateDataResourceConfig',
  UpgradeResourceState: 'upgradeResourceState',
  ConfigureProvider: 'configureProvider',
  ReadResource: 'readResource',
  PlanResourceChange: 'planResourceChange',
  ApplyResourceChange: 'applyResourceChange',
  ImportResourceState: 'importResourceState',
  MoveResourceState: 'moveResourceState',
  ReadDataSource: 'readDataSource',
  ValidateEphemeralResourceConfig: 'validateEphemeralResourceConfig',
  OpenEphemeralResource: 'openEphemeralResource',
  RenewEphemeralResource: 'renewEphemeralResource',
  CloseEphemeralResource: 'closeEphemeralResource',
  GetFunctions: 'getFunctions',
  CallFunction: 'callFunction',
} as const satisfies Record<string, Exclude<keyof ProviderHandlers, 'stopProvider'>>;

/** Any handler method, seen from the transport: it gets what grpc-js decoded. */
type RpcHandler = (request: never, context: CallContext) => Promise<object>;

export interface ProviderServiceOptions {
  logger: Logger;
  stopSignal: StopSignal;
}

function errorFields(error: unknown): Record<string, unknown> {
  return error instanceof Error ? { error: `${error.name}: ${error.message}`, stack: error.stack } : { error: String(error) };
}

function unaryMethod(rpc: string, handler: RpcHandler, options: ProviderServiceOptions) {
  // Per method, not per call: the fields never change, and a logger's with() copies them.
  const logger = options.logger.with({ tf_rpc: rpc });
  const failureDetails = `The provider failed unexpectedly while handling ${rpc}; the provider log (TF_LOG=debug) has the details.`;
  return (call: ServerUnaryCall<object, object>, callback: sendUnaryData<object>): void => {
    const context = new RpcCallContext(logger, options.stopSignal, rpc, call);
    logger.trace('Received request');
    const fail = (error: unknown) => {
      context.finish();
      logger.error('Provider handler failed', errorFields(error));
      callback({ code: status.INTERNAL, details: failureDetails });
    };
    let response: Promise<object>;
    try {
      // Promise.resolve hands a native promise back as it is; it only wraps a plain answer.
      response = Promise.resolve(handler(call.request as never, context));
    } catch (error) {
      // A handler that throws before returning its promise fails the same way.
      fail(error);
      return;
    }
    response.then((answer) => {
      context.finish();
      logger.trace('Served request');
      callback(null, answer);
    }, fail);
  };
}

function stopProviderMethod(handlers: ProviderHandlers, options: ProviderServiceOptions) {
  return (_call: ServerUnaryCall<object, object>, callback: sendUnaryData<StopProviderResponse>): void => {
    options.logger.info('Stopping: cancelling in-flight work', { tf_rpc: 'StopProvider' });
    options.stopSignal.stop();
    Promise.resolve()
      .then(() => handlers.stopProvider?.())
      .then(
        () => callback(null, {}), // an empty Error means stopped cleanly
        (error: unknown) => {
          options.logger.error('Provider stop hook failed', errorFields(error));
          callback(null, { Error: error instanceof Error ? error.message : String(error) });
        },
      );
  };
}

/** The grpc-js implementation of tfplugin6.Provider on top of `handlers`. */
export function providerService(handlers: ProviderHandlers, options: ProviderServiceOptions): UntypedServiceImplementation {
  const implementation: UntypedServiceImplementation = { StopProvider: stopProviderMethod(handlers, options) };
  for (const [rpc, methodName] of Object.entries(providerRpcHandlers)) {
    const method = handlers[methodName];
    if (method) implementation[rpc] = unaryMethod(rpc, method.bind(handlers) as RpcHandler, options);
  }
  return implementation;
}
