// The build's split of a provider's start-up script: the packages needed only once the provider
// is configured go to a late script, required on first use. This bundles a small entry the way
// scripts/build.mjs bundles a provider's and checks that its start reads none of them, and that
// each still works, from the late script, when first used.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { lateChunkEntry, lateChunkName, lateImportsPlugin } from '../../scripts/late-chunk.mjs';
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
  await build({
    ...options,
    stdin: { contents: lateChunkEntry(moved), loader: 'js', resolveDir: process.cwd() },
    outfile: join(scratch, lateChunkName('test')),
  });
  return { moved };
}

/** Runs `code` with the built start-up script as `entry`; prints what it logs. */
function run(code: string): string {
  const script = `const entry = require(${JSON.stringify(join(scratch, 'provider-test.cjs'))}); ${code}`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

describe('the late script of a provider', () => {
  it('takes undici, ws and zod out of the start-up script, which loads the late script only on first use', async () => {
    const { moved } = await buildPair();
    assert.deepEqual([...moved.keys()].sort(), ['undici', 'ws', 'zod']);
    const startScript = readFileSync(join(scratch, 'provider-test.cjs'), 'utf8');
    assert.doesNotMatch(startScript, /node_modules\/(undici|ws|zod)\//);
    const late = JSON.stringify(join(scratch, lateChunkName('test')));
    const loaded = `Object.keys(require.cache).includes(${late})`;
    assert.equal(run(`console.log(${loaded}, entry.check(), ${loaded})`), 'false Invalid input: expected string, received number true');
    assert.equal(
      run(`entry.configured().then((found) => console.log(JSON.stringify(found)))`),
      '{"agent":"function","webSocket":"function","locale":"function"}',
    );
  });
});

describe('the built providers', () => {
  for (const provider of ['truenas', 'proxmox']) {
    it(`${provider} starts to its handshake without reading its late script (run \`make build\`)`, async () => {
      const install = join(scratch, `install-${provider}`);
      for (const dir of ['bin', 'dist']) cpSync(join(repositoryRoot, dir), join(install, dir), { recursive: true });
      symlinkSync(join(repositoryRoot, 'node_modules'), join(install, 'node_modules'));
      rmSync(join(install, 'dist', lateChunkName(provider)));
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
  it('runs the late script on first use, with a code cache of its own that later starts read (run `make build`)', () => {
    const dist = join(scratch, 'fake-dist');
    mkdirSync(dist);
    cpSync(join(repositoryRoot, 'dist', 'provider-launch.cjs'), join(dist, 'provider-launch.cjs'));
    writeFileSync(join(dist, 'provider-fake.cjs'), `exports.runProvider = async () => { globalThis.late = require('./${lateChunkName('fake')}').value; };`);
    writeFileSync(join(dist, lateChunkName('fake')), 'exports.value = 42;');
    const launch = `require(${JSON.stringify(join(dist, 'provider-launch.cjs'))}).launchProvider('fake', [], ${JSON.stringify(dist)}).then(() => console.log(globalThis.late))`;
    assert.equal(execFileSync(process.execPath, ['-e', launch], { encoding: 'utf8' }).trim(), '42');
    assert.equal(readdirSync(dist).filter((name) => name.startsWith('provider-fake-late-') && name.endsWith('.v8cache')).length, 1);
    assert.equal(execFileSync(process.execPath, ['-e', launch], { encoding: 'utf8' }).trim(), '42');
  });
});
