// A Proxmox simulator and a terraform workspace configured for it (through the PROXMOX_VE_*
// environment), for the proxmox provider's end-to-end tests.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../../../src/cli/install.js';
import { installProvider } from '../../../src/cli/provider-install.js';
import { PROVIDER_NAMES } from '../../../src/providers/registry.js';
import { startProxmoxSimulator, type ProxmoxSimulator, type ProxmoxSimulatorOptions } from '../../../src/sim/proxmox/index.js';
import { VERSION } from '../../../src/version.js';
import { PROXMOX_SOURCE, TRUENAS_SOURCE } from '../../helpers/providers.js';
import { Workspace, type StateResource } from '../../helpers/terraform.js';

export const PVE_TOKEN = 'root@pam!tf=0d5e1c2a-sim-secret';

export const PROXMOX_PROVIDER = `terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}
provider "proxmox" {}
`;

/** A workspace that also removes its private copy of the providers when cleaned up. */
class SnapshotWorkspace extends Workspace {
  constructor(
    private readonly snapshotRoot: string,
    options: ConstructorParameters<typeof Workspace>[0],
  ) {
    super(options);
  }

  override cleanup(): void {
    super.cleanup();
    rmSync(this.snapshotRoot, { recursive: true, force: true });
  }
}

/**
 * A workspace with both providers from a private copy of bin/ and dist/: other test runs
 * rebuild dist/ while these run, and a provider process must not start from a half-built one.
 */
export function snapshotWorkspace(env: Readonly<Record<string, string>>): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'truemox-build-'));
  for (const dir of ['bin', 'dist']) cpSync(fileURLToPath(new URL(`../../../${dir}`, import.meta.url)), join(root, dir), { recursive: true });
  const mirrorDir = join(root, 'plugins');
  for (const type of PROVIDER_NAMES) {
    const command = [process.execPath, join(root, 'bin', `terraform-provider-${type}.mjs`)];
    installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION, command });
  }
  return new SnapshotWorkspace(root, { mirrorDir, include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env });
}

export interface ProxmoxE2e {
  readonly sim: ProxmoxSimulator;
  readonly ws: Workspace;
  /** Writes main.tf: the provider block followed by `hcl`. */
  config(hcl: string): void;
  resource(address: string): Promise<StateResource>;
  close(): Promise<void>;
}

export async function startProxmoxE2e(options: ProxmoxSimulatorOptions = {}): Promise<ProxmoxE2e> {
  const sim = await startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0, lockTimeoutMs: 3000, ...options });
  const ws = snapshotWorkspace({ PROXMOX_VE_ENDPOINT: sim.url, PROXMOX_VE_API_TOKEN: PVE_TOKEN, PROXMOX_VE_INSECURE: 'true' });
  ws.writeConfig(PROXMOX_PROVIDER);
  await ws.init();
  return {
    sim,
    ws,
    config: (hcl) => ws.writeConfig(`${PROXMOX_PROVIDER}\n${hcl}`),
    async resource(address) {
      const found = (await ws.resources()).find((r) => r.address === address);
      if (!found) throw new Error(`${address} is not in state`);
      return found;
    },
    async close() {
      ws.cleanup();
      await sim.stop();
    },
  };
}
