// `make install` / `truemox install` into a temporary HOME: the installed executables say what
// they point at (the install is not relocatable), and uninstall leaves no folder behind.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultPluginDir, installAll, packageRoot, uninstallAll } from '../../src/cli/install.js';

describe('install and uninstall in a temporary HOME', () => {
  const home = mkdtempSync(join(tmpdir(), 'truemox-home-'));
  const realHome = process.env.HOME;
  process.env.HOME = home; // os.homedir() reads HOME
  after(() => {
    process.env.HOME = realHome;
    rmSync(home, { recursive: true, force: true });
  });

  it('installs into ~/.terraform.d/plugins, each executable naming the folder and Node.js it runs', () => {
    const pluginDir = defaultPluginDir();
    assert.equal(pluginDir, join(home, '.terraform.d', 'plugins'));
    const executables = installAll(pluginDir);
    assert.equal(executables.length, 2);
    for (const executable of executables) {
      assert.ok(executable.startsWith(pluginDir));
      const text = readFileSync(executable, 'utf8');
      assert.ok(text.includes(`# Runs the truemox provider from ${packageRoot()} with the Node.js at ${process.execPath}.`), text);
      assert.match(text, /run `make install` \(or `truemox install`\) again/);
      assert.match(text, /\nexec /);
    }
  });

  it('uninstall removes the providers and every folder it leaves empty', () => {
    const pluginDir = defaultPluginDir();
    uninstallAll(pluginDir);
    assert.equal(existsSync(pluginDir), false, `left behind: ${existsSync(pluginDir) ? readdirSync(pluginDir, { recursive: true }).join(', ') : ''}`);
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
