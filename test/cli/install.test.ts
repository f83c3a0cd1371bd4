// `make install` / `truemox install` into a temporary HOME: the installed providers are
// self-contained copies (the folder installed from can move or go), terraform runs them with the
// node on PATH, nothing is ever written into them (terraform hashes them against the lock
// file), and uninstall leaves nothing behind.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultPluginDir, installAll, NAMESPACE, packageRoot, REGISTRY_HOST, uninstallAll } from '../../src/cli/install.js';
import { providerPackageDir } from '../../src/cli/provider-install.js';
import { VERSION } from '../../src/version.js';
import { findTerraform, Workspace } from '../helpers/terraform.js';
import { PROXMOX_SOURCE, REQUIRED_PROVIDERS, TRUENAS_SOURCE } from '../helpers/providers.js';

/** Every file under `dir` with its size and modification time: what a write would change. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const stat = statSync(path);
      return `${path.slice(dir.length)} ${stat.size} ${stat.mtimeMs}`;
    })
    .sort();
}

/** The ids of live processes whose environment holds `variable` (`NAME=value`; Linux: /proc). */
function processesWithEnvironment(variable: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (
        readFileSync(join('/proc', entry, 'environ'), 'latin1')
          .split('\0')
          .includes(variable)
      )
        pids.push(Number(entry));
    } catch {
      // the process ended while the folder was read, or is not ours to read
    }
  }
  return pids;
}

describe('install and uninstall in a temporary HOME', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-install-'));
  const home = join(scratch, 'home');
  const xdg = join(scratch, 'xdg');
  mkdirSync(home);
  const realHome = process.env.HOME;
  const realXdg = process.env.XDG_CACHE_HOME;
  process.env.HOME = home; // os.homedir() reads HOME
  process.env.XDG_CACHE_HOME = xdg;
  const workspaces: Workspace[] = [];
  after(() => {
    for (const ws of workspaces) ws.cleanup();
    process.env.HOME = realHome;
    if (realXdg === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = realXdg;
    rmSync(scratch, { recursive: true, force: true });
  });

  /**
   * A workspace whose terraform finds the providers in the temporary HOME's plugin folder (its
   * PATH starts with the node running this test, the one `make build` made the code cache with).
   */
  function workspace(): Workspace {
    const ws = new Workspace({ mirrorDir: defaultPluginDir(), include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env: { XDG_CACHE_HOME: xdg } });
    workspaces.push(ws);
    ws.writeConfig(REQUIRED_PROVIDERS);
    return ws;
  }

  it('installs copies that keep working after the folder installed from is moved and then deleted', async () => {
    // A copy of the built package, installed from with its own CLI, as `make install` does.
    const clone = join(scratch, 'clone');
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(packageRoot(), part), join(clone, part), { recursive: true });
    const printed = execFileSync(process.execPath, [join(clone, 'dist', 'main.js'), 'install'], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
    assert.match(printed, /keep working when this folder moves or goes/);
    assert.match(printed, /Node\.js 20\+ found on PATH/);
    const pluginDir = defaultPluginDir();
    assert.equal(pluginDir, join(home, '.terraform.d', 'plugins'));
    const moved = join(scratch, 'moved');
    renameSync(clone, moved);

    const ws = workspace();
    await ws.init();
    const schema = JSON.parse((await ws.expect(['providers', 'schema', '-json'])).stdout) as { provider_schemas: Record<string, unknown> };
    assert.ok(schema.provider_schemas[TRUENAS_SOURCE] && schema.provider_schemas[PROXMOX_SOURCE], 'both installed providers served their schemas');

    rmSync(moved, { recursive: true, force: true });
    const before = snapshot(pluginDir);
    await ws.expect(['validate', '-no-color']);
    const fresh = workspace();
    await fresh.init();
    await fresh.expect(['validate', '-no-color']);
    assert.deepEqual(snapshot(pluginDir), before, 'nothing is written into an installed provider');
    // The code cache installed with it was made for this Node: starts needed no other.
    assert.equal(existsSync(xdg), false, 'no code cache made in the user cache folder');
    for (const type of ['truenas', 'proxmox']) {
      const packageDir = providerPackageDir({ mirrorDir: pluginDir, hostname: REGISTRY_HOST, namespace: NAMESPACE, type, version: VERSION });
      const executable = readFileSync(join(packageDir, `terraform-provider-${type}_v${VERSION}`), 'utf8');
      assert.doesNotMatch(executable, new RegExp(packageRoot().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'no path of the folder installed from');
      assert.doesNotMatch(executable, /\/(usr|opt|home|tmp|root)\//, 'no absolute path at all');
    }
  });

  it('without node on PATH, terraform shows what the provider needs', async () => {
    const bin = join(scratch, 'terraform-only');
    mkdirSync(bin);
    symlinkSync(findTerraform(), join(bin, 'terraform'));
    const ws = workspace();
    await ws.init(); // init does not start providers
    const result = await ws.run(['validate', '-no-color'], { PATH: bin });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr.replace(/\s+/g, ' '), /needs Node\.js 20 or later on PATH, and found no node there/);
  });

  it('the installed code cache is used only by the Node that made it: another goes to the user cache folder', async () => {
    // A node of another version is out of reach here; a missing cache takes the same path.
    const pluginDir = defaultPluginDir();
    const packageDir = dirname(installAll(pluginDir)[0] ?? '');
    for (const name of readdirSync(packageDir).filter((file) => file.endsWith('.v8cache'))) rmSync(join(packageDir, name));
    const before = snapshot(pluginDir);
    const ws = workspace();
    await ws.init();
    await ws.expect(['validate', '-no-color']);
    assert.deepEqual(snapshot(pluginDir), before, 'nothing is written into an installed provider');
    // Written after the handshake; the provider may outlive terraform by a moment on a busy machine,
    // so the test waits until the cache is there or no process started with this test's cache folder
    // (terraform's providers inherit it) is left.
    const cacheDir = join(xdg, 'truemox');
    const cacheWritten = () => existsSync(cacheDir) && readdirSync(cacheDir).some((file) => file.endsWith('.v8cache'));
    while (!cacheWritten() && processesWithEnvironment(`XDG_CACHE_HOME=${xdg}`).length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.ok(cacheWritten(), 'a provider start wrote its code cache to the user cache folder');
  });

  it('uninstall removes the providers, their caches and every folder it leaves empty', () => {
    const pluginDir = defaultPluginDir();
    uninstallAll(pluginDir);
    assert.equal(existsSync(pluginDir), false, `left behind: ${existsSync(pluginDir) ? readdirSync(pluginDir, { recursive: true }).join(', ') : ''}`);
    assert.equal(existsSync(join(xdg, 'truemox')), false, 'the code caches are gone');
  });

  it('uninstall keeps folders that hold something else', () => {
    const pluginDir = defaultPluginDir();
    installAll(pluginDir);
    const other = join(pluginDir, 'registry.terraform.io', 'hashicorp');
    installAll(pluginDir); // reinstall is idempotent
    rmSync(other, { recursive: true, force: true });
    mkdirSync(other, { recursive: true });
    uninstallAll(pluginDir);
    assert.deepEqual(readdirSync(join(pluginDir, 'registry.terraform.io')), ['hashicorp']);
  });
});
