// Drives the stub provider the way go-plugin does: spawn it with the host's environment,
// read the handshake line, dial the announced unix socket with the announced certificate.
import { credentials, Client, type ChannelCredentials, type MethodDefinition, type ServiceError } from '@grpc/grpc-js';
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { loadProtocolServices, type ProtocolServices } from '../../src/protocol/descriptor.js';
import { createTlsIdentity, type TlsIdentity } from '../../src/plugin/auto-mtls.js';
import { magicCookieKey, magicCookieValue } from '../../src/plugin/environment.js';

export const stubPath = fileURLToPath(new URL('./fixtures/stub-provider.ts', import.meta.url));
/** The repository root, where `--import tsx` resolves. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface StubProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout / stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line. */
  firstLine: Promise<string>;
  /** Resolves once the process has exited and its output is fully read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment terraform gives a provider, with AutoMTLS when a client identity is given. */
export function hostEnvironment(client?: TlsIdentity, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [magicCookieKey]: magicCookieValue,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_MIN_PORT: '10000',
    PLUGIN_MAX_PORT: '25000',
  };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  delete env.PLUGIN_CLIENT_CERT;
  if (client) env.PLUGIN_CLIENT_CERT = client.certificatePem;
  return { ...env, ...extra }; // an undefined value in `extra` removes the variable
}

export function startStub(env: NodeJS.ProcessEnv, args: string[] = []): StubProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', stubPath, ...args], { env, stdio: 'pipe', cwd: repositoryRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'close').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
  }));
  const firstLine = new Promise<string>((resolve, reject) => {
    const check = () => {
      const end = stdout.indexOf('\n');
      if (end >= 0) resolve(stdout.slice(0, end));
    };
    child.stdout.on('data', check);
    void exited.then(() => reject(new Error(`stub exited before a stdout line; stderr: ${stderr}`)));
  });
  firstLine.catch(() => {}); // a test that expects no line must not see an unhandled rejection
  return { child, stdout: () => stdout, stderr: () => stderr, firstLine, exited };
}

/** The first stdout line of a provider process started with piped stdout and stderr (its handshake); rejects with its stderr when it exits first. */
export function handshakeLineOf(child: ChildProcess): Promise<string> {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.once('exit', (code) => reject(new Error(`the provider exited (${code}) before its handshake: ${stderr}`)));
  });
}

export interface Handshake {
  core: string;
  protocolVersion: string;
  network: string;
  socketPath: string;
  protocol: string;
  certificateBase64: string;
}

export function parseHandshake(line: string): Handshake {
  const [core = '', protocolVersion = '', network = '', socketPath = '', protocol = '', certificateBase64 = ''] = line.split('|');
  return { core, protocolVersion, network, socketPath, protocol, certificateBase64 };
}

/** The announced server certificate, as go-plugin decodes it (unpadded standard base64). */
export function announcedCertificate(handshake: Handshake): X509Certificate {
  return new X509Certificate(Buffer.from(handshake.certificateBase64, 'base64'));
}

/** Credentials like terraform's: trust only the announced certificate, present our own. */
export function mtlsCredentials(handshake: Handshake, client: TlsIdentity): ChannelCredentials {
  return credentials.createSsl(Buffer.from(announcedCertificate(handshake).toString()), Buffer.from(client.privateKeyPem), Buffer.from(client.certificatePem));
}

export function connect(socketPath: string, channelCredentials: ChannelCredentials): Client {
  return new Client(`unix:${socketPath}`, channelCredentials, {
    'grpc.ssl_target_name_override': 'localhost',
    'grpc.default_authority': 'localhost',
  });
}

export const services: ProtocolServices = loadProtocolServices();

/** Calls a unary method; resolves with the decoded response or rejects with the ServiceError. */
export function unary<Response extends object = Record<string, unknown>>(
  client: Client,
  method: MethodDefinition<object, object> | undefined,
  request: object = {},
): Promise<Response> {
  if (!method) throw new Error('no such method in the descriptor');
  return new Promise((resolve, reject) => {
    client.makeUnaryRequest(
      method.path,
      method.requestSerialize,
      method.responseDeserialize,
      request,
      // Only a guard against a hang: a loaded machine may take seconds to answer.
      { deadline: Date.now() + 120_000 },
      (error: ServiceError | null, response?: object) => (error ? reject(error) : resolve(response as Response)),
    );
  });
}

export { createTlsIdentity };
