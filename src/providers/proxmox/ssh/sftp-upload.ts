// Writes and reads a file on a node over SFTP (ssh2, imported only when a snippet or a
// container's config file is written, so the provider's start stays light). The host key is
// checked before any credential is sent.
import type { SshSettings } from './settings.js';
import { knownHostsAccepts, matchesPinned } from './known-hosts.js';
import { readKnownHosts } from './settings.js';
import { loadSsh2 } from './load-ssh2.js';

export interface NodeFile {
  readonly node: string;
  /** Absolute path on the node. */
  readonly path: string;
}

function addressOf(settings: SshSettings, node: string): string {
  return settings.nodeAddresses[node] ?? settings.defaultHost;
}

function hostKeyAccepted(settings: SshSettings, host: string, key: Buffer): boolean {
  const check = settings.hostKey;
  if (check.kind === 'none') return true;
  if (check.kind === 'pinned') return matchesPinned(check.key, key);
  return knownHostsAccepts(readKnownHosts(check.file), host, settings.port, key);
}

type Sftp = import('ssh2').SFTPWrapper;

async function withSftp<T>(settings: SshSettings, node: string, signal: AbortSignal, work: (sftp: Sftp) => Promise<T>): Promise<T> {
  const { Client } = await loadSsh2();
  const host = addressOf(settings, node);
  const client = new Client();
  let rejectedKey = false;
  const ready = new Promise<void>((resolve, reject) => {
    client.once('ready', resolve);
    client.once('error', (error) =>
      reject(
        rejectedKey
          ? new Error(`the host key of node ${node} (${host}:${settings.port}) is not the expected one: check ssh.known_hosts or ssh.host_key`)
          : error,
      ),
    );
  });
  const abort = (): void => void client.end();
  signal.addEventListener('abort', abort, { once: true });
  try {
    client.connect({
      host,
      port: settings.port,
      username: settings.username,
      ...(settings.privateKey !== undefined ? { privateKey: settings.privateKey } : {}),
      ...(settings.agentSocket !== undefined ? { agent: settings.agentSocket } : {}),
      readyTimeout: 30_000,
      hostVerifier: (key: Buffer) => {
        const accepted = hostKeyAccepted(settings, host, key);
        rejectedKey = !accepted;
        return accepted;
      },
    });
    await ready;
    const sftp = await new Promise<Sftp>((resolve, reject) => client.sftp((error, channel) => (error ? reject(error) : resolve(channel))));
    return await work(sftp);
  } finally {
    signal.removeEventListener('abort', abort);
    client.end();
  }
}

function call(run: (done: (error: Error | null | undefined) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => run((error) => (error ? reject(error) : resolve())));
}

/** Writes `data` to the node's file (its directory is created when missing), replacing it, with `mode`. */
export async function writeNodeFile(settings: SshSettings, target: NodeFile, data: Buffer, signal: AbortSignal, mode = 0o644): Promise<void> {
  await withSftp(settings, target.node, signal, async (sftp) => {
    const dir = target.path.slice(0, target.path.lastIndexOf('/')) || '/';
    await call((done) => sftp.mkdir(dir, (error) => done(error && (error as { code?: unknown }).code !== 4 ? error : undefined)));
    await call((done) => sftp.writeFile(target.path, data, { mode }, done));
  });
}

/** The node's file, whole. */
export async function readNodeFile(settings: SshSettings, target: NodeFile, signal: AbortSignal): Promise<Buffer> {
  return withSftp(
    settings,
    target.node,
    signal,
    (sftp) => new Promise<Buffer>((resolve, reject) => sftp.readFile(target.path, (error, data) => (error ? reject(error) : resolve(data)))),
  );
}
