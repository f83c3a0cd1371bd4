// Runs a provider as a go-plugin plugin, the way terraform and OpenTofu start providers:
// checks the environment the host set up, serves tfplugin6 on a unix socket (mutual TLS
// with AutoMTLS), prints the handshake line as the first and only stdout line, and ends
// the process when the host is done with it.
//
// terraform starts a provider process several times per command, so only the environment
// check is loaded up front; gRPC, the protocol codecs and the x509 library load after it,
// concurrently, and only when needed.
import type { LogFields, Logger } from '../log/logger.js';
import type { ProviderHandlers } from '../protocol/tfplugin6.js';
import { checkPluginEnvironment } from './environment.js';
import { debugInstructions, handshakeLine } from './handshake.js';

export interface ServePluginOptions {
  /** The provider's source address, e.g. `registry.terraform.io/truemox/truenas`. */
  providerAddress: string;
  /**
   * Debug mode: no host, plaintext, print a TF_REATTACH_PROVIDERS value for a person to
   * paste, and serve until SIGTERM or Ctrl-C.
   */
  debug?: boolean;
  /** Defaults to terraform's JSON log lines on stderr at the TF_LOG_PROVIDER / TF_LOG level. */
  logger?: Logger;
  /** Fields for the line logged (info) when the process exits, e.g. API call counters. */
  exitFields?: () => LogFields;
}

/** CPU time (user and system, all threads) this process has used since it started. */
function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

/** `registry.terraform.io/truemox/truenas` → `provider.truenas`. */
export function providerLogModule(providerAddress: string): string {
  return `provider.${providerAddress.split('/').pop() ?? providerAddress}`;
}

async function defaultLogger(providerAddress: string): Promise<Logger> {
  const { createHclogLogger } = await import('../log/hclog.js');
  return createHclogLogger({ module: providerLogModule(providerAddress) });
}

async function tlsFor(clientCertificatePem: string | undefined) {
  if (!clientCertificatePem) return undefined;
  const { createTlsIdentity } = await import('./auto-mtls.js');
  return { identity: await createTlsIdentity(), clientCertificatePem };
}

/** Exit when terraform goes away without a Shutdown (a crash, SIGKILL), not orphaned forever. */
function exitWhenParentGoes(exit: () => void): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) exit();
  }, 1000).unref();
}

/**
 * Serves `handlers` until the host shuts the plugin down. Resolves once the handshake (or
 * in debug mode the reattach instructions) is on stdout. Without the magic cookie, or
 * without protocol 6 on offer, it prints why and exits with status 1.
 */
export async function servePlugin(handlers: ProviderHandlers, options: ServePluginOptions): Promise<void> {
  const debug = options.debug === true;
  let clientCertificatePem: string | undefined;
  if (!debug) {
    const check = checkPluginEnvironment(process.env, options.providerAddress);
    if (!check.ok) {
      // A person running the binary reads stderr; terraform shows a host mismatch only
      // when it is the first stdout line.
      (check.problem === 'no-magic-cookie' ? process.stderr : process.stdout).write(check.message);
      process.exit(1);
    }
    clientCertificatePem = check.environment.clientCertificatePem;
    // Ctrl-C reaches the whole process group, terraform included, and terraform answers it
    // with StopProvider; dying here would turn it into "plugin did not respond" instead.
    process.on('SIGINT', () => {});
  }
  const [logger, { startPluginServer }, tls] = await Promise.all([
    options.logger ?? defaultLogger(options.providerAddress),
    import('./plugin-server.js'),
    tlsFor(clientCertificatePem),
  ]);

  const exit = (reason: string) => {
    logger.info('Provider process exiting', { reason, cpu_ms: cpuMilliseconds(), ...options.exitFields?.() });
    process.exit(0);
  };
  const running = await startPluginServer({ handlers, logger, tls, onShutdown: () => exit('shutdown requested') });
  process.once('exit', running.close); // however the process ends, leave no socket behind
  process.on('SIGTERM', () => exit('SIGTERM'));
  if (debug) {
    process.on('SIGINT', () => exit('SIGINT'));
    process.stdout.write(debugInstructions(options.providerAddress, running.socketPath, process.pid));
  } else {
    exitWhenParentGoes(() => exit('parent process exited'));
    process.stdout.write(`${handshakeLine(running.socketPath, tls?.identity.certificateDer)}\n`);
  }
  logger.info('Provider serving', { address: running.socketPath, tls: tls !== undefined, debug });
}
