// The lines a plugin prints on stdout for its host: go-plugin's handshake line, and in
// debug mode the TF_REATTACH_PROVIDERS value a person pastes into their shell.
import { coreProtocolVersion, pluginProtocolVersion } from './environment.js';

/**
 * `CORE|APP|NETWORK|ADDRESS|PROTOCOL|SERVERCERT`. go-plugin decodes the certificate with
 * Go's RawStdEncoding, which rejects `=` padding; an empty last field means plaintext.
 */
export function handshakeLine(socketPath: string, serverCertificateDer?: Buffer): string {
  const certificate = serverCertificateDer ? serverCertificateDer.toString('base64').replace(/=+$/, '') : '';
  return [coreProtocolVersion, pluginProtocolVersion, 'unix', socketPath, 'grpc', certificate].join('|');
}

/**
 * terraform's reattach configuration for one provider. `Test: true` is what makes terraform
 * record the protocol version (6) and never shut the process down.
 */
export function reattachValue(providerAddress: string, socketPath: string, pid: number): string {
  return JSON.stringify({
    [providerAddress]: {
      Protocol: 'grpc',
      ProtocolVersion: pluginProtocolVersion,
      Pid: pid,
      Test: true,
      Addr: { Network: 'unix', String: socketPath },
    },
  });
}

/** What debug mode prints: how to point terraform at this running process. */
export function debugInstructions(providerAddress: string, socketPath: string, pid: number): string {
  return [
    `Provider ${providerAddress} is running in debug mode (plaintext gRPC, pid ${pid}).`,
    'To make terraform use this process, set this in the shell that runs terraform:',
    '',
    `\tTF_REATTACH_PROVIDERS='${reattachValue(providerAddress, socketPath, pid)}'`,
    '',
    'Stop it with Ctrl-C.',
    '',
  ].join('\n');
}
