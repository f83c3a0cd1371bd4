// go-plugin's side services: the controller terraform uses to end the process, the stdio
// stream it mirrors into its log, the broker it opens and ignores, and the health check.
import {
  status,
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerUnaryCall,
  type ServerWritableStream,
  type UntypedServiceImplementation,
} from './grpc-server.js';

/** go-plugin registers its plugin under this health service name. */
export const healthServiceName = 'plugin';
const servingStatus = 1; // grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING

/**
 * Shutdown answers, then ends the process on the next turn of the event loop: terraform
 * kills a plugin that is still alive two seconds after asking, once per provider instance.
 */
export function controllerService(shutdown: () => void): UntypedServiceImplementation {
  return {
    Shutdown(_call: ServerUnaryCall<object, object>, callback: sendUnaryData<object>) {
      callback(null, {});
      setImmediate(shutdown);
    },
  };
}

/**
 * Nothing to mirror: provider code never writes to stdout, and stderr already reaches the
 * host directly. Ending the stream at once is an orderly "no more data" for go-plugin.
 */
export const stdioService: UntypedServiceImplementation = {
  StreamStdio(call: ServerWritableStream<object, object>) {
    call.end();
  },
};

/** terraform's providers never use the broker; keep the stream open until the host ends it. */
export const brokerService: UntypedServiceImplementation = {
  StartStream(call: ServerDuplexStream<object, object>) {
    call.on('data', () => {});
    call.on('end', () => call.end());
    call.on('error', () => {});
  },
};

/** Reports the plugin (and the server as a whole, service "") as serving. */
export const healthService: UntypedServiceImplementation = {
  Check(call: ServerUnaryCall<{ service?: string }, object>, callback: sendUnaryData<object>) {
    const service = call.request.service ?? '';
    if (service === '' || service === healthServiceName) callback(null, { status: servingStatus });
    else callback({ code: status.NOT_FOUND, details: `unknown service ${service}` });
  },
};
