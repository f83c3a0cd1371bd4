// A TrueNAS simulator and a terraform workspace configured for it (through TRUENAS_*
// environment variables), for the truenas provider's end-to-end tests.
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { providerWorkspace } from '../../helpers/providers.js';
import type { StateResource, Workspace } from '../../helpers/terraform.js';

export const TRUENAS_KEY = '1-e2e0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

export const TRUENAS_PROVIDER = `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
provider "truenas" {}
`;

export interface TrueNASE2e {
  readonly sim: TrueNASSimulator;
  readonly ws: Workspace;
  /** Writes main.tf: the provider block followed by `hcl`. */
  config(hcl: string): void;
  resource(address: string): Promise<StateResource>;
  /** Resources of one type in state. */
  ofType(type: string): Promise<StateResource[]>;
  close(): Promise<void>;
}

export async function startTrueNASE2e(options: TrueNASSimulatorOptions = {}): Promise<TrueNASE2e> {
  const sim = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, ...options });
  const ws = providerWorkspace({ TRUENAS_ENDPOINT: sim.url, TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
  ws.writeConfig(TRUENAS_PROVIDER);
  await ws.init();
  return {
    sim,
    ws,
    config: (hcl) => ws.writeConfig(`${TRUENAS_PROVIDER}\n${hcl}`),
    async resource(address) {
      const found = (await ws.resources()).find((r) => r.address === address);
      if (!found) throw new Error(`${address} is not in state`);
      return found;
    },
    async ofType(type) {
      return (await ws.resources()).filter((r) => r.type === type);
    },
    async close() {
      ws.cleanup();
      await sim.stop();
    },
  };
}

/** Runs terraform expecting failure; returns its combined output. */
export async function expectFailure(ws: Workspace, args: readonly string[]): Promise<string> {
  const result = await ws.run([...args, '-no-color']);
  assert.notEqual(result.code, 0, `terraform ${args.join(' ')} should fail\n${result.stdout}`);
  return `${result.stdout}\n${result.stderr}`;
}
