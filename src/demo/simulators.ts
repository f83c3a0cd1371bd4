// Both simulators on loopback (free ports), with fresh credentials, and the environment that
// points the providers at them. The credentials are random per run and never printed.
import { randomBytes } from 'node:crypto';

/**
 * The LUN examples/homelab exports with its default variables (target "proxmox", LUN 0 of
 * 32 GiB). The Proxmox VE simulator cannot see the TrueNAS one, so it is told what a node
 * logged in to that target would find.
 */
const HOMELAB_LUN = { target: 'iqn.2005-10.org.freenas.ctl:proxmox', lun: 0, size: 32 * 1024 ** 3 };

export interface RunningSimulators {
  readonly truenasUrl: string;
  readonly proxmoxUrl: string;
  /** TRUENAS_* and PROXMOX_VE_* settings for the providers. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startSimulators(): Promise<RunningSimulators> {
  const [{ startTrueNASSimulator }, { startProxmoxSimulator }] = await Promise.all([
    import('../sim/truenas/index.js'),
    import('../sim/proxmox/index.js'),
  ]);
  const truenasKey = `1-${randomBytes(24).toString('hex')}`;
  const proxmoxToken = `root@pam!demo=${randomBytes(16).toString('hex')}`;
  const truenas = await startTrueNASSimulator({ host: '127.0.0.1', port: 0, apiKeys: [truenasKey] });
  let proxmox;
  try {
    proxmox = await startProxmoxSimulator({ host: '127.0.0.1', port: 0, tokens: [proxmoxToken] });
  } catch (error) {
    await truenas.stop();
    throw error;
  }
  const started = proxmox;
  started.addIscsiLun(HOMELAB_LUN.target, { lun: HOMELAB_LUN.lun, size: HOMELAB_LUN.size });
  return {
    truenasUrl: truenas.url,
    proxmoxUrl: started.url,
    env: {
      TRUENAS_ENDPOINT: truenas.url,
      TRUENAS_API_KEY: truenasKey,
      PROXMOX_VE_ENDPOINT: started.url,
      PROXMOX_VE_API_TOKEN: proxmoxToken,
      // The simulator's certificate is self-signed and made at start; this is loopback only.
      PROXMOX_VE_INSECURE: 'true',
    },
    async stop() {
      await Promise.allSettled([truenas.stop(), started.stop()]);
    },
  };
}
