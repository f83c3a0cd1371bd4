// A TrueNAS simulator and a terraform workspace configured for it (through TRUENAS_*
// environment variables), for the truenas provider's end-to-end tests.
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../../../src/cli/install.js';
import { installProvider } from '../../../src/cli/provider-install.js';
import { VERSION } from '../../../src/version.js';
import { TRUENAS_SOURCE } from '../../helpers/providers.js';
import { Workspace } from '../../helpers/terraform.js';
import type { StateResource } from '../../helpers/terraform.js';

export const TRUENAS_KEY = '1-e2e0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

export const TRUENAS_PROVIDER = `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
provider "truenas" {}
`;

/**
 * A workspace whose truenas provider runs from a private copy of bin/ and dist/ (other test
 * runs rebuild dist/ meanwhile), resolving packages from the project's node_modules.
 */
function frozenWorkspace(env: Readonly<Record<string, string>>): { ws: Workspace; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'truemox-truenas-'));
  const project = (dir: string) => fileURLToPath(new URL(`../../../${dir}`, import.meta.url));
  for (const dir of ['bin', 'dist']) cpSync(project(dir), join(root, dir), { recursive: true });
  symlinkSync(project('node_modules'), join(root, 'node_modules'));
  const mirrorDir = join(root, 'plugins');
  const command = [process.execPath, join(root, 'bin', 'terraform-provider-truenas.mjs')];
  installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type: 'truenas', version: VERSION, command });
  return { ws: new Workspace({ mirrorDir, include: [TRUENAS_SOURCE], env }), root };
}

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
  const { ws, root } = frozenWorkspace({ TRUENAS_ENDPOINT: sim.url, TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
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
      rmSync(root, { recursive: true, force: true });
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
