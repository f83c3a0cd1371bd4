// The build's split of a provider's start-up script: the packages needed only once the provider
// is configured go to late scripts, one per package (or per group of packages used together),
// each required on first use. This bundles a small entry the way scripts/build.mjs bundles a
// provider's and checks that its start reads none of them, that each still works, from its late
// script, when first used, and that using one reads no other.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { lateChunkEntries, lateChunkName, lateImportsPlugin } from '../../scripts/late-chunk.mjs';
import { createTlsIdentity, handshakeLineOf, hostEnvironment, repositoryRoot } from '../plugin/harness.js';

const scratch = mkdtempSync(join(tmpdir(), 'truemox-late-chunk-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const ENTRY = `
import { z } from 'zod';
export const check = () => z.string().safeParse(1).error?.issues[0]?.message;
export async function configured() {
  const { Agent } = await import('undici');
  const { default: WebSocket } = await import('ws');
  return { agent: typeof Agent, webSocket: typeof WebSocket, locale: typeof z.locales.de };
}
`;

async function buildPair(): Promise<{ moved: Map<string, string> }> {
  const moved = new Map<string, string>();
  const options = { bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', absWorkingDir: process.cwd() } as const;
  await build({
    ...options,
    // An ES module, as the sources are: esbuild then gives an import of a CommonJS package its module.exports as default, as Node does.
    stdin: { contents: ENTRY, loader: 'ts', resolveDir: process.cwd(), sourcefile: 'entry.mts' },
    outfile: join(scratch, 'provider-test.cjs'),
    plugins: [lateImportsPlugin('test', moved)],
  });
  for (const [group, entry] of lateChunkEntries(moved)) {
    await build({ ...options, stdin: { contents: entry, loader: 'js', resolveDir: process.cwd() }, outfile: join(scratch, lateChunkName('test', group)) });
  }
  return { moved };
}

/** Runs `code` with the built start-up script as `entry`; prints what it logs. */
function run(code: string): string {
  const script = `const entry = require(${JSON.stringify(join(scratch, 'provider-test.cjs'))}); ${code}`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

describe('the late script of a provider', () => {
  it('takes undici, ws and zod out of the start-up script, each into a late script loaded only on first use', async () => {
    const { moved } = await buildPair();
    assert.deepEqual([...moved.keys()].sort(), ['undici', 'ws', 'zod']);
    assert.deepEqual(
      readdirSync(scratch)
        .filter((name) => name.startsWith('provider-test-late-'))
        .sort(),
      ['provider-test-late-undici.cjs', 'provider-test-late-ws.cjs', 'provider-test-late-zod.cjs'],
    );
    const startScript = readFileSync(join(scratch, 'provider-test.cjs'), 'utf8');
    assert.doesNotMatch(startScript, /node_modules\/(undici|ws|zod)\//);
    const loaded = `['undici', 'ws', 'zod'].filter((group) => Object.keys(require.cache).includes(${JSON.stringify(join(scratch, 'provider-test-late-'))} + group + '.cjs')).join()`;
    assert.equal(run(`console.log(${loaded} || 'none', entry.check(), ${loaded})`), 'none Invalid input: expected string, received number zod');
    assert.equal(
      run(`entry.configured().then((found) => console.log(JSON.stringify(found), ${loaded}))`),
      '{"agent":"function","webSocket":"function","locale":"function"} undici,ws,zod',
    );
  });
});

describe('the built providers', () => {
  for (const provider of ['truenas', 'proxmox']) {
    it(`${provider} starts to its handshake without reading its late scripts (run \`make build\`)`, async () => {
      const install = join(scratch, `install-${provider}`);
      for (const dir of ['bin', 'dist']) cpSync(join(repositoryRoot, dir), join(install, dir), { recursive: true });
      symlinkSync(join(repositoryRoot, 'node_modules'), join(install, 'node_modules'));
      const late = readdirSync(join(install, 'dist')).filter((name) => name.startsWith(`provider-${provider}-late-`) && name.endsWith('.cjs'));
      assert.ok(late.includes(lateChunkName(provider, 'zod')), `no zod late script in ${late.join(', ')}`);
      for (const name of late) rmSync(join(install, 'dist', name));
      const env = hostEnvironment(await createTlsIdentity(), { XDG_CACHE_HOME: join(install, 'xdg') });
      const child = spawn(process.execPath, [join(install, 'bin', `terraform-provider-${provider}.cjs`)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        assert.match(await handshakeLineOf(child), /^1\|6\|unix\|/);
      } finally {
        child.kill('SIGKILL');
      }
    });
  }
});

describe('the built launcher', () => {
  it('runs a late script on first use, with a code cache of its own that later starts read, and no other late script (run `make build`)', () => {
    const dist = join(scratch, 'fake-dist');
    mkdirSync(dist);
    cpSync(join(repositoryRoot, 'dist', 'provider-launch.cjs'), join(dist, 'provider-launch.cjs'));
    writeFileSync(
      join(dist, 'provider-fake.cjs'),
      `exports.runProvider = async () => { globalThis.late = require('./${lateChunkName('fake', 'one')}').value; };`,
    );
    writeFileSync(join(dist, lateChunkName('fake', 'one')), 'exports.value = 42;');
    writeFileSync(join(dist, lateChunkName('fake', 'two')), 'throw new Error("read the wrong late script");');
    const launch = `require(${JSON.stringify(join(dist, 'provider-launch.cjs'))}).launchProvider('fake', [], ${JSON.stringify(dist)}).then(() => console.log(globalThis.late))`;
    assert.equal(execFileSync(process.execPath, ['-e', launch], { encoding: 'utf8' }).trim(), '42');
    const caches = () => readdirSync(dist).filter((name) => name.startsWith('provider-fake-late-') && name.endsWith('.v8cache'));
    assert.deepEqual(
      caches().map((name) => name.split('-')[3]),
      ['one'],
    );
    assert.equal(execFileSync(process.execPath, ['-e', launch], { encoding: 'utf8' }).trim(), '42');
    assert.equal(caches().length, 1);
  });
});
