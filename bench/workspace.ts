// Terraform workspaces for benchmarks. Both providers run from one private copy of bin/ and
// dist/ (tests rebuild dist/ meanwhile), found through a filesystem mirror in that copy; each
// workspace has its own CLI configuration, data folder and plugin cache.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, REGISTRY_HOST } from '../src/cli/install.js';
import { installProvider } from '../src/cli/provider-install.js';
import { PROVIDER_NAMES } from '../src/providers/registry.js';
import { VERSION } from '../src/version.js';
import { REFERENCE_SOURCES } from './reference/build.js';
import { PROXMOX_SOURCE, TRUENAS_SOURCE } from '../test/helpers/providers.js';
import { findTerraform, Workspace } from '../test/helpers/terraform.js';

/** The built files a provider start needs; a copy taken mid-build lacks some. */
const BUILT_FILES = ['dist/provider-launch.cjs', 'dist/provider-truenas.cjs', 'dist/provider-proxmox.cjs', 'dist/provider.js'];

export interface BuiltProviders {
  /** The copy's folder: it is in the command line of every provider process started from it. */
  readonly root: string;
  readonly mirrorDir: string;
  remove(): void;
}

/** Copies the built providers (node_modules linked) and installs them into a mirror in the copy. */
export function copyBuiltProviders(): BuiltProviders {
  const root = mkdtempSync(join(tmpdir(), 'truemox-bench-'));
  const project = (dir: string) => fileURLToPath(new URL(`../${dir}`, import.meta.url));
  for (const dir of ['bin', 'dist']) cpSync(project(dir), join(root, dir), { recursive: true });
  const missing = BUILT_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new Error(`the build is incomplete (${missing.join(', ')} missing): run \`make build\``);
  symlinkSync(project('node_modules'), join(root, 'node_modules'));
  const mirrorDir = join(root, 'plugins');
  for (const type of PROVIDER_NAMES) {
    const command = [process.execPath, join(root, 'bin', `terraform-provider-${type}.cjs`)];
    installProvider({ mirrorDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION, command });
  }
  return { root, mirrorDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface BenchWorkspace {
  readonly ws: Workspace;
  /**
   * Runs terraform in the workspace; fails unless it exits with one of `codes` within
   * `timeoutMs` (then it is killed: a benchmark must end even when a command never does).
   */
  terraform(args: readonly string[], codes: readonly number[], timeoutMs: number): Promise<TerraformRun>;
  cleanup(): void;
}

export interface TerraformRun {
  readonly code: number;
  /** terraform's stderr: its errors, and the providers' log lines at TF_LOG_PROVIDER=INFO. */
  readonly stderr: string;
}

function runTerraform(ws: Workspace, args: readonly string[], codes: readonly number[], timeoutMs: number): Promise<TerraformRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(findTerraform(), [`-chdir=${ws.configDir}`, ...args], {
      env: ws.env,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal) reject(new Error(`terraform ${args[0]} did not finish within ${timeoutMs / 1000} s`));
      else if (code !== null && codes.includes(code)) resolve({ code, stderr });
      else reject(new Error(`terraform ${args[0]} exited ${code}\n${stderr}`));
    });
  });
}

export function benchWorkspace(providers: BuiltProviders, env: Readonly<Record<string, string>>): BenchWorkspace {
  const pluginCache = mkdtempSync(join(tmpdir(), 'truemox-plugin-cache-'));
  // Provider lines at info: each provider process logs its clients' API call counters and its
  // CPU time as it exits. terraform gets only the workspace's variables (test/helpers), so the
  // providers start without this machine's NODE_EXTRA_CA_CERTS: bench/plan-budget.ts counts on it.
  const ws = new Workspace({
    mirrorDir: providers.mirrorDir,
    include: [TRUENAS_SOURCE, PROXMOX_SOURCE, ...Object.values(REFERENCE_SOURCES)],
    env: { TF_PLUGIN_CACHE_DIR: pluginCache, TF_LOG_PROVIDER: 'INFO', ...env },
  });
  return {
    ws,
    terraform: (args, codes, timeoutMs) => runTerraform(ws, args, codes, timeoutMs),
    cleanup() {
      ws.cleanup();
      rmSync(pluginCache, { recursive: true, force: true });
    },
  };
}
