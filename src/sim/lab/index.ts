// The lab: both simulators on loopback, connected as a Proxmox VE node and a TrueNAS box on one
// network are. The Proxmox simulator reaches the TrueNAS one through its public API only
// (`truenas` option: iSCSI LUNs, NFS exports; the TrueNAS storage plugin with the storage's own
// credentials), and trusts its certificate when it has one.
import { randomBytes } from 'node:crypto';
import { startProxmoxSimulator, type ProxmoxSimulator, type ProxmoxSimulatorOptions } from '../proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../truenas/index.js';
import { startSimSshServer, type SimSshServer } from '../proxmox/ssh-server.js';
import { generateOpenSshKeyPair } from '../truenas/ssh-keys.js';

export interface LabOptions {
  /** 0 picks a free port. */
  truenasPort?: number;
  proxmoxPort?: number;
  truenasVersion?: string;
  /** Serve the TrueNAS API over HTTPS (the Proxmox one is always HTTPS). */
  truenasTls?: boolean;
  /** Generated when not given. */
  truenasApiKey?: string;
  /** `USER@REALM!TOKENID=SECRET`; generated (root@pam!lab=…) when not given. */
  proxmoxToken?: string;
  /** Passed through to the simulators (tests shorten delays). */
  proxmox?: Pick<ProxmoxSimulatorOptions, 'taskDelayMs' | 'authFailureDelayMs' | 'latencyMs' | 'users' | 'extraNodes'>;
  truenas?: Pick<TrueNASSimulatorOptions, 'latencyMs' | 'loginRateLimit' | 'interfaceAddresses' | 'pools'>;
}

export interface Lab {
  readonly truenas: TrueNASSimulator;
  readonly proxmox: ProxmoxSimulator;
  readonly truenasApiKey: string;
  readonly proxmoxToken: string;
  /** Both certificates (PEM), the Proxmox one first: a CA file for either provider. */
  readonly certificates: string;
  /** The Proxmox node's sshd (SFTP, for proxmox_file snippets), its key pair and pinned host key. */
  readonly ssh: { readonly port: number; readonly privateKey: string; readonly hostPublicKey: string };
  stop(): Promise<void>;
}

export function generatedApiKey(): string {
  return `1-${randomBytes(24).toString('hex')}`;
}

export function generatedToken(name: string): string {
  return `root@pam!${name}=${randomBytes(16).toString('hex')}`;
}

export async function startLab(options: LabOptions = {}): Promise<Lab> {
  const truenasApiKey = options.truenasApiKey ?? generatedApiKey();
  const proxmoxToken = options.proxmoxToken ?? generatedToken('lab');
  const truenas = await startTrueNASSimulator({
    host: '127.0.0.1',
    port: options.truenasPort ?? 0,
    apiKeys: [truenasApiKey],
    tls: options.truenasTls ?? false,
    ...(options.truenasVersion !== undefined ? { version: options.truenasVersion } : {}),
    ...options.truenas,
  });
  let proxmox: ProxmoxSimulator;
  try {
    proxmox = await startProxmoxSimulator({
      host: '127.0.0.1',
      port: options.proxmoxPort ?? 0,
      tokens: [proxmoxToken],
      ...options.proxmox,
      truenas: { url: truenas.url, apiKey: truenasApiKey, ...(truenas.caPem !== undefined ? { caPem: truenas.caPem } : {}) },
    });
  } catch (error) {
    await truenas.stop();
    throw error;
  }
  const started = proxmox;
  let sshd: SimSshServer;
  let privateKey: string;
  try {
    // Not ssh2's generateKeyPairSync: about 1 in 250 of its Ed25519 public keys fails its own parser.
    const keys = generateOpenSshKeyPair('truemox-lab');
    privateKey = keys.privateKey;
    sshd = await startSimSshServer(started.state, { authorizedKey: keys.publicKey });
  } catch (error) {
    await started.stop();
    await truenas.stop();
    throw error;
  }
  return {
    truenas,
    proxmox: started,
    truenasApiKey,
    proxmoxToken,
    certificates:
      [started.caPem, truenas.caPem]
        .filter((pem): pem is string => pem !== undefined)
        .map((pem) => pem.trimEnd())
        .join('\n') + '\n',
    ssh: { port: sshd.port, privateKey, hostPublicKey: sshd.hostPublicKey },
    async stop() {
      await sshd.stop();
      // The Proxmox simulator first: its tasks may still call the TrueNAS one.
      await started.stop().catch(() => undefined);
      await truenas.stop();
    },
  };
}

/** The settings the providers (and the examples' variables) read, for this lab. */
export function labEnvironment(lab: Lab, caFile?: string): Record<string, string> {
  const truenasUrl = new URL(lab.truenas.url);
  const env: Record<string, string> = {
    TRUENAS_ENDPOINT: lab.truenas.url,
    TRUENAS_API_KEY: lab.truenasApiKey,
    PROXMOX_VE_ENDPOINT: lab.proxmox.url,
    PROXMOX_VE_API_TOKEN: lab.proxmoxToken,
  };
  if (caFile !== undefined) {
    env.PROXMOX_VE_CA_FILE = caFile;
    if (lab.truenas.caPem !== undefined) env.TRUENAS_CA_FILE = caFile;
  } else {
    // The certificates are self-signed and made at start; this is loopback only.
    env.PROXMOX_VE_INSECURE = 'true';
    if (lab.truenas.caPem !== undefined) env.TRUENAS_INSECURE = 'true';
  }
  // examples/homelab-plugin: where the node's TrueNAS storage plugin finds the API.
  env.TF_VAR_truenas_api_host = truenasUrl.hostname;
  env.TF_VAR_truenas_api_port = truenasUrl.port;
  env.TF_VAR_truenas_api_scheme = lab.truenas.caPem !== undefined ? 'wss' : 'ws';
  env.TF_VAR_truenas_api_key = lab.truenasApiKey;
  // proxmox_file snippets: the node's sshd at the endpoint's host, its host key pinned.
  env.PROXMOX_VE_SSH_PRIVATE_KEY = lab.ssh.privateKey;
  env.PROXMOX_VE_SSH_PORT = String(lab.ssh.port);
  env.PROXMOX_VE_SSH_HOST_KEY = lab.ssh.hostPublicKey;
  return env;
}

/** `export NAME='value'` lines a POSIX shell takes as they are. */
export function exportLines(env: Readonly<Record<string, string>>): string[] {
  return Object.entries(env).map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'`);
}
