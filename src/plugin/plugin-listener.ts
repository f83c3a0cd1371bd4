// The unix socket terraform dials, handing each accepted connection to the gRPC server.
//
// Under AutoMTLS the listener does the TLS itself instead of grpc-js's
// ServerCredentials.createSsl. That one gives Node terraform's certificate as the only trusted
// CA, and Node 20 answers a TLS context's first CA by copying its whole root store (its ~140
// bundled roots, and NODE_EXTRA_CA_CERTS) into the context: some 25 ms of each of
// terraform's provider starts, spent to trust none of those roots. Here the context trusts
// nothing (`ca: []`); the handshake still asks for a client certificate and OpenSSL checks the
// client's proof that it holds the key (TLS CertificateVerify); and a connection reaches gRPC
// only when that certificate is, byte for byte, the one terraform announced in
// PLUGIN_CLIENT_CERT, within its validity. go-plugin's own servers accept anything that
// certificate signed: a pin is stricter still.
import { ServerCredentials, type ConnectionInjector, type Server } from './grpc-server.js';
import { X509Certificate } from 'node:crypto';
import { createServer as createPlainServer, type Server as NetServer, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from '../log/logger.js';
import type { TlsIdentity } from './auto-mtls.js';

export interface ListenerTls {
  identity: TlsIdentity;
  /** PEM of the only client certificate to accept (PLUGIN_CLIENT_CERT). */
  clientCertificatePem: string;
}

export interface PluginListener {
  /** Stops accepting connections and ends those already handed over. */
  close(): void;
}

/** Whether `socket`'s peer proved it holds `expected`'s key and the certificate is that one, and valid now. */
export function presentsCertificate(socket: TLSSocket, expected: X509Certificate, now = Date.now()): boolean {
  const peer = socket.getPeerX509Certificate();
  if (!peer || !peer.raw.equals(expected.raw)) return false;
  return Date.parse(peer.validFrom) <= now && now <= Date.parse(peer.validTo);
}

function tlsListener(tls: ListenerTls, accept: (socket: Socket) => void, logger: Logger): NetServer {
  // Parsed at start, so that a malformed PLUGIN_CLIENT_CERT fails the start with its reason.
  const expected = new X509Certificate(tls.clientCertificatePem);
  const server = createTlsServer({
    key: tls.identity.privateKeyPem,
    cert: tls.identity.certificatePem,
    ca: [], // trust no root at all: the client is checked against the pin below
    requestCert: true,
    rejectUnauthorized: false, // an empty trust store verifies no one; presentsCertificate decides
    ALPNProtocols: ['h2'],
    minVersion: 'TLSv1.2',
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    if (presentsCertificate(socket, expected)) return accept(socket);
    logger.warn('Refused a connection without the client certificate terraform announced');
    socket.destroy();
  });
  server.on('tlsClientError', (error: Error, socket: TLSSocket) => {
    logger.debug('TLS handshake with a client failed', { error: error.message });
    socket.destroy();
  });
  return server;
}

/**
 * Listens on `socketPath` for `grpcServer`, over mutual TLS when `tls` is given and plaintext
 * otherwise (debug/reattach, TF_DISABLE_PLUGIN_TLS); resolves once it accepts connections.
 */
export async function listenForPluginHost(grpcServer: Server, socketPath: string, tls: ListenerTls | undefined, logger: Logger): Promise<PluginListener> {
  // The connections arrive already decrypted, so gRPC itself serves plaintext HTTP/2 on them.
  const injector: ConnectionInjector = grpcServer.createConnectionInjector(ServerCredentials.createInsecure());
  const accept = (socket: Socket) => {
    socket.on('error', (error) => logger.debug('Connection from the plugin host failed', { error: error.message }));
    injector.injectConnection(socket);
  };
  const listener = tls ? tlsListener(tls, accept, logger) : createPlainServer(accept);
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(socketPath, () => {
      listener.off('error', reject);
      resolve();
    });
  });
  return {
    close: () => {
      listener.close();
      injector.destroy();
    },
  };
}
