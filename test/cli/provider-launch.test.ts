// The provider launcher keeps its V8 code cache beside the built script, or, when the install
// cannot take it (a global npm install, a read-only package store), in the user's cache folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { codeCachePaths, saveCodeCache } from '../../src/cli/provider-launch.js';
import { createTlsIdentity } from '../../src/plugin/auto-mtls.js';
import { handshakeLineOf, hostEnvironment } from '../plugin/harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'truemox-launch-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('provider launcher code cache', () => {
  it('is kept in XDG_CACHE_HOME/truemox (or ~/.cache/truemox) when not beside the script', () => {
    const paths = codeCachePaths('/opt/truemox/dist', 'b1', { XDG_CACHE_HOME: '/home/u/.xdg' });
    assert.equal(paths.beside, `/opt/truemox/dist/provider-b1-${process.version}-${process.arch}.v8cache`);
    assert.equal(paths.user, `/home/u/.xdg/truemox/provider-b1-${process.version}-${process.arch}.v8cache`);
  });

  it('is written to the first place that takes it, leaving nothing half-written behind', () => {
    const user = join(scratch, 'unit', 'truemox', 'cache.v8cache');
    assert.equal(saveCodeCache(Buffer.from('bytes'), ['/dev/null/not-a-folder/cache.v8cache', user]), user);
    assert.equal(readFileSync(user, 'utf8'), 'bytes');
    assert.deepEqual(readdirSync(join(scratch, 'unit', 'truemox')), ['cache.v8cache']);
    assert.equal(saveCodeCache(Buffer.from('bytes'), ['/dev/null/a', '/dev/null/b']), undefined);
  });

  it('goes to the user cache folder when a provider start cannot write it beside the built script', async () => {
    const install = join(scratch, 'install');
    for (const dir of ['bin', 'dist']) cpSync(join(root, dir), join(install, dir), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(install, 'node_modules'));
    const build = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(readFileSync(join(install, 'dist', 'provider-launch.cjs'), 'utf8'))?.[0];
    assert.ok(build, 'the launcher carries its build id (run `make build`)');
    const xdg = join(scratch, 'xdg');
    // Each provider's script has its own cache, named after the provider and the build.
    const paths = codeCachePaths(join(install, 'dist'), `truenas-${build}`, { XDG_CACHE_HOME: xdg });
    for (const file of readdirSync(join(install, 'dist')).filter((name) => name.endsWith('.v8cache'))) rmSync(join(install, 'dist', file));
    // A folder where the cache file would go: the install cannot take it (as root, permissions would not stop it).
    mkdirSync(paths.beside);
    writeFileSync(join(paths.beside, 'occupied'), '');

    const env = hostEnvironment(await createTlsIdentity(), { XDG_CACHE_HOME: xdg });
    const child = spawn(process.execPath, [join(install, 'bin', 'terraform-provider-truenas.cjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await handshakeLineOf(child);
      assert.match(line, /^1\|6\|unix\|/);
      // Written after the handshake, whenever the (possibly busy) machine gets to it; the test's timeout guards a hang.
      while (!existsSync(paths.user) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(existsSync(paths.user), `code cache written to ${paths.user}`);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
