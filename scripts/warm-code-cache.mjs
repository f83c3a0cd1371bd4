// Starts a provider executable once the way terraform does (AutoMTLS), so that its launcher
// writes the V8 code cache of the start-up path for this machine's Node binary.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { spawn } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const MAGIC_COOKIE = ['TF_PLUGIN_MAGIC_COOKIE', 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2'];

/** A throwaway client certificate, as terraform sends in PLUGIN_CLIENT_CERT. */
async function clientCertificatePem() {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = await webcrypto.subtle.generateKey(algorithm, false, ['sign', 'verify']);
  const now = Date.now();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    { serialNumber: '01', name: 'CN=localhost', notBefore: new Date(now - 60_000), notAfter: new Date(now + 3_600_000), keys, signingAlgorithm: algorithm },
    webcrypto,
  );
  return certificate.toString('pem');
}

/** Resolves after the provider printed its handshake (and so wrote the cache) and was stopped. */
export async function warmProviderCodeCache(executable) {
  const env = { ...process.env, [MAGIC_COOKIE[0]]: MAGIC_COOKIE[1], PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: await clientCertificatePem() };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  const child = spawn(process.execPath, [fileURLToPath(executable)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the provider exited (${code}) before its handshake`)));
    child.stdout.once('data', resolve);
  });
  // The launcher writes the cache right after the handshake line, in the same turn.
  await new Promise((resolve) => setTimeout(resolve, 200));
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
}
