// A terraform workspace for benchmarks: both providers run from a private copy of bin/ and
// dist/ (tests rebuild dist/ meanwhile), found through a private filesystem mirror, with a
// private plugin cache; the CLI configuration and data folders are the workspace's own.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../src/cli/install.js';
import { installProvider } from '../src/cli/provider-install.js';
import { PROVIDER_NAMES } from '../src/providers/registry.js';
import { VERSION } from '../src/version.js';
import { PROXMOX_SOURCE, TRUENAS_SOURCE } from '../test/helpers/providers.js';
import { Workspace } from '../test/helpers/terraform.js';

export interface BenchWorkspace {
  readonly ws: Workspace;
  /** The folder holding the providers' copy: in the command line of every provider process. */
  readonly providerRoot: string;
  cleanup(): void;
}

export function benchWorkspace(env: Readonly<Record<string, string>>): BenchWorkspace {
  const providerRoot = mkdtempSync(join(tmpdir(), 'truemox-bench-'));
  const project = (dir: string) => fileURLToPath(new URL(`../${dir}`, import.meta.url));
  for (const dir of ['bin', 'dist']) cpSync(project(dir), join(providerRoot, dir), { recursive: true });
  symlinkSync(project('node_modules'), join(providerRoot, 'node_modules'));
  const mirrorDir = join(providerRoot, 'plugins');
  for (const type of PROVIDER_NAMES) {
    const command = [process.execPath, join(providerRoot, 'bin', `terraform-provider-${type}.mjs`)];
    installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION, command });
  }
  const pluginCache = join(providerRoot, 'plugin-cache');
  mkdirSync(pluginCache);
  const ws = new Workspace({ mirrorDir, include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env: { TF_PLUGIN_CACHE_DIR: pluginCache, ...env } });
  return {
    ws,
    providerRoot,
    cleanup() {
      ws.cleanup();
      rmSync(providerRoot, { recursive: true, force: true });
    },
  };
}
