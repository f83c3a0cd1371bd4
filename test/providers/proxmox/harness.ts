// A Proxmox simulator and a terraform workspace configured for it (through the PROXMOX_VE_*
// environment), for the proxmox provider's end-to-end tests.
import { startProxmoxSimulator, type ProxmoxSimulator, type ProxmoxSimulatorOptions } from '../../../src/sim/proxmox/index.js';
import { providerWorkspace } from '../../helpers/providers.js';
import type { StateResource, Workspace } from '../../helpers/terraform.js';

export const PVE_TOKEN = 'root@pam!tf=0d5e1c2a-sim-secret';

export const PROXMOX_PROVIDER = `terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}
provider "proxmox" {}
`;

/** A workspace with both providers, configured for a Proxmox simulator through PROXMOX_VE_*. */
export function proxmoxWorkspace(sim: ProxmoxSimulator, env: Readonly<Record<string, string>> = {}): Workspace {
  return providerWorkspace({ PROXMOX_VE_ENDPOINT: sim.url, PROXMOX_VE_API_TOKEN: PVE_TOKEN, PROXMOX_VE_INSECURE: 'true', ...env });
}

/** A workspace logged in with a ticket as `userid` (PROXMOX_VE_USERNAME/PASSWORD) instead of the token. */
export function ticketWorkspace(sim: ProxmoxSimulator, userid: string, password: string): Workspace {
  return proxmoxWorkspace(sim, { PROXMOX_VE_API_TOKEN: '', PROXMOX_VE_USERNAME: userid, PROXMOX_VE_PASSWORD: password });
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
  // Tasks finish as soon as the event loop turns (taskDelayMs 0): the provider's first status poll
  // usually finds them stopped, and when it does not it polls again; nothing waits on a timer.
  const sim = await startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 0, authFailureDelayMs: 0, lockTimeoutMs: 3000, ...options });
  const ws = proxmoxWorkspace(sim);
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
