// The gRPC server a plugin host dials: tfplugin6.Provider plus go-plugin's services on a
// unix socket in a fresh private directory, over mutual TLS when the host sent its client
// certificate (AutoMTLS) and plaintext otherwise (debug/reattach, TF_DISABLE_PLUGIN_TLS);
// plugin-listener.ts accepts the connections.
import { Server } from './grpc-server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../log/logger.js';
import { loadProtocolServices } from '../protocol/descriptor.js';
import type { ProviderHandlers } from '../protocol/tfplugin6.js';
import { brokerService, controllerService, healthService, stdioService } from './go-plugin-services.js';
import { listenForPluginHost, type ListenerTls } from './plugin-listener.js';
import { providerService } from './provider-service.js';
import { StopSignal } from './stop-signal.js';

/** terraform-plugin-go's limit; grpc-js would otherwise refuse messages over 4 MB. */
export const maximumMessageBytes = 256 * 1024 * 1024;

export interface PluginServerOptions {
  handlers: ProviderHandlers;
  logger: Logger;
  /** Serve mutual TLS with this identity, accepting only clients with this certificate. */
  tls?: ListenerTls;
  /** Called when the host asks the plugin to shut down (GRPCController.Shutdown). */
  onShutdown: () => void;
}

export interface RunningPluginServer {
  socketPath: string;
  /** Stops serving at once and removes the socket's directory. */
  close(): void;
}

/** Starts serving; resolves once the socket accepts connections. */
export async function startPluginServer(options: PluginServerOptions): Promise<RunningPluginServer> {
  const services = loadProtocolServices();
  const server = new Server({
    'grpc.max_receive_message_length': maximumMessageBytes,
    'grpc.max_send_message_length': maximumMessageBytes,
    // Channelz bookkeeping costs on every call, and nothing here ever reads it.
    'grpc.enable_channelz': 0,
  });
  const serviceOptions = { logger: options.logger, stopSignal: new StopSignal() };
  server.addService(services.provider, providerService(options.handlers, serviceOptions));
  server.addService(services.controller, controllerService(options.onShutdown));
  server.addService(services.stdio, stdioService);
  server.addService(services.broker, brokerService);
  server.addService(services.health, healthService);

  const directory = mkdtempSync(join(tmpdir(), 'truemox-plugin-'));
  const socketPath = join(directory, 'plugin.sock');
  const removeDirectory = () => rmSync(directory, { recursive: true, force: true });
  try {
    const listener = await listenForPluginHost(server, socketPath, options.tls, options.logger);
    const close = () => {
      listener.close();
      server.forceShutdown();
      removeDirectory();
    };
    return { socketPath, close };
  } catch (error) {
    server.forceShutdown();
    removeDirectory();
    throw error;
  }
}
