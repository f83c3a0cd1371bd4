// Starts a provider executable once the way terraform does (AutoMTLS), so that its launcher
// writes the V8 code cache of the start-up path for this machine's Node binary.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { spawn } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
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

/** This Node's code cache of `provider` in `distDir` (its name carries the provider, build, Node version and architecture). */
function codeCacheIn(provider, distDir) {
  const ownCache = `-${process.version}-${process.arch}.v8cache`;
  return existsSync(distDir) && readdirSync(distDir).some((name) => name.startsWith(`provider-${provider}-`) && name.endsWith(ownCache));
}

/**
 * Resolves after the provider printed its handshake and wrote the cache into `distDir`, and was
 * stopped. The wait is for the file, however slow a loaded machine is; only a hang (a start
 * that never writes it there) ends it, after two minutes.
 */
export async function warmProviderCodeCache(provider, executable, distDir) {
  const env = { ...process.env, [MAGIC_COOKIE[0]]: MAGIC_COOKIE[1], PLUGIN_PROTOCOL_VERSIONS: '6', PLUGIN_CLIENT_CERT: await clientCertificatePem() };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  const child = spawn(process.execPath, [fileURLToPath(executable)], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`the provider exited (${code}) before its handshake`)));
      child.stdout.once('data', resolve);
    });
    const hangGuard = Date.now() + 120_000;
    while (!codeCacheIn(provider, fileURLToPath(distDir))) {
      if (Date.now() > hangGuard) throw new Error(`the provider wrote no code cache into ${fileURLToPath(distDir)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
}
