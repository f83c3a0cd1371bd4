// A Proxmox simulator and a terraform workspace configured for it (through the PROXMOX_VE_*
// environment), for the proxmox provider's end-to-end tests.
import { startProxmoxSimulator, type ProxmoxSimulator, type ProxmoxSimulatorOptions } from '../../../src/sim/proxmox/index.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { providerWorkspace } from '../../helpers/providers.js';
import { generateOpenSshKeyPair } from '../../../src/sim/truenas/ssh-keys.js';
import { startSimSshServer, type SimSshServer } from '../../../src/sim/proxmox/ssh-server.js';
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

/** The root@pam password of simulators started with `users: [ROOT_LOGIN]`. */
export const ROOT_LOGIN = { userid: 'root@pam', password: 'root-login-secret' };

/** Environment for one command of a workspace switched to a ticket login: back to the token. */
export const TOKEN_LOGIN: Readonly<Record<string, string>> = { PROXMOX_VE_API_TOKEN: PVE_TOKEN, PROXMOX_VE_USERNAME: '', PROXMOX_VE_PASSWORD: '' };

/**
 * Switches an initialised workspace to a ticket login (what root@pam-only settings need), so
 * one workspace and one init serve both logins; TOKEN_LOGIN brings the token back per command.
 */
export function useTicketLogin(ws: Workspace, login: { userid: string; password: string } = ROOT_LOGIN): void {
  Object.assign(ws.env, { PROXMOX_VE_API_TOKEN: '', PROXMOX_VE_USERNAME: login.userid, PROXMOX_VE_PASSWORD: login.password });
}

export interface ProxmoxE2e {
  readonly sim: ProxmoxSimulator;
  readonly ws: Workspace;
  /** Writes main.tf: the provider block followed by `hcl`. */
  config(hcl: string): void;
  resource(address: string): Promise<StateResource>;
  close(): Promise<void>;
}

/**
 * Starts the simulator's sshd (what the provider's `ssh` block reaches: snippets, container
 * config files) and points the workspace at it: every node at the endpoint's host
 * (127.0.0.1), the host key pinned.
 */
export async function startE2eSsh(e2e: ProxmoxE2e): Promise<SimSshServer> {
  const keys = generateOpenSshKeyPair('truemox-test');
  const ssh = await startSimSshServer(e2e.sim.state, { authorizedKey: keys.publicKey });
  Object.assign(e2e.ws.env, {
    PROXMOX_VE_SSH_PRIVATE_KEY: keys.privateKey,
    PROXMOX_VE_SSH_PORT: String(ssh.port),
    PROXMOX_VE_SSH_HOST_KEY: ssh.hostPublicKey,
  });
  return ssh;
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

/** A managed resource instance as the local state file holds it. */
export interface StateFileResource {
  readonly address: string;
  readonly type: string;
  readonly values: Record<string, unknown>;
  readonly tainted: boolean;
}

interface StateFile {
  resources?: Array<{
    mode: string;
    type: string;
    name: string;
    instances: Array<{ index_key?: string | number; status?: string; attributes: Record<string, unknown> }>;
  }>;
}

/**
 * The managed resources of a workspace's local state file (terraform.tfstate), read without
 * running terraform: a `show` costs a provider start, seconds on a loaded machine.
 */
export function stateFileResources(ws: Workspace): StateFileResource[] {
  const file = join(ws.configDir, 'terraform.tfstate');
  if (!existsSync(file)) return [];
  const state = JSON.parse(readFileSync(file, 'utf8')) as StateFile;
  return (state.resources ?? [])
    .filter((r) => r.mode === 'managed')
    .flatMap((r) =>
      r.instances.map((instance) => ({
        address: `${r.type}.${r.name}${instance.index_key === undefined ? '' : `[${JSON.stringify(instance.index_key)}]`}`,
        type: r.type,
        values: instance.attributes,
        tainted: instance.status === 'tainted',
      })),
    );
}
