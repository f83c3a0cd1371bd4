// `make release` output, used as terraform would use it: an archive installed into a
// filesystem mirror (packed layout), `terraform init` recording its hashes in the lock file,
// and the single executable serving the provider with no Node on PATH.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { terraformPlatform } from '../../src/cli/provider-install.js';
import { VERSION } from '../../src/version.js';
import { buildRelease, type ReleaseArchive } from '../../scripts/release.js';
import { generateCertificate } from '../../src/sim/truenas/tls.js';
import { SEA_CACHE_DIR } from '../helpers/sea-cache.js';
import { Workspace } from '../helpers/terraform.js';

const SOURCE = 'registry.terraform.io/truemox/truenas';
const host = terraformPlatform();
const other = host === 'linux_arm64' ? 'linux_amd64' : 'linux_arm64';

/** golang.org/x/mod dirhash Hash1 over a folder's files, as terraform's `h1:` hashes. */
function dirHash1(dir: string): string {
  const lines = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
    .map((name) => `${createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')}  ${name}\n`);
  return `h1:${createHash('sha256').update(lines.join('')).digest('base64')}`;
}

describe('release archives', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-release-test-'));
  const outDir = join(scratch, 'release');
  let archives: ReleaseArchive[];
  const workspaces: Workspace[] = [];
  const track = (ws: Workspace): Workspace => (workspaces.push(ws), ws);

  before(async () => {
    archives = await buildRelease({ outDir, providers: ['truenas'], platforms: [host, other], sea: true, seaCacheDir: SEA_CACHE_DIR });
  });
  after(() => {
    for (const ws of workspaces) ws.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('are named in the registry layout, with SHA256SUMS and a manifest', () => {
    const prefix = `terraform-provider-truenas_${VERSION}`;
    assert.deepEqual(readdirSync(outDir).sort(), [`${prefix}_${host}.zip`, `${prefix}_${other}.zip`, `${prefix}_SHA256SUMS`, `${prefix}_manifest.json`, 'mirror'].sort());
    const sums = readFileSync(join(outDir, `${prefix}_SHA256SUMS`), 'utf8');
    for (const archive of archives) {
      const actual = createHash('sha256').update(readFileSync(join(outDir, archive.file))).digest('hex');
      assert.ok(sums.includes(`${actual}  ${archive.file}\n`), `SHA256SUMS lists ${archive.file}`);
    }
    assert.deepEqual(JSON.parse(readFileSync(join(outDir, `${prefix}_manifest.json`), 'utf8')), { version: 1, metadata: { protocol_versions: ['6.0'] } });
    assert.deepEqual(archives.map((a) => [a.platform, a.runtime]), [[host, 'sea'], [other, 'node']]);
  });

  it("a launcher archive holds the package `truemox install` installs, the executable the only file terraform could take for it", () => {
    const launcher = archives.find((archive) => archive.runtime === 'node');
    assert.ok(launcher);
    const names = execFileSync('unzip', ['-Z1', join(outDir, launcher.file)], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(names, ['provider-launch.cjs', 'provider-start.cjs', 'provider-truenas-late-undici.cjs', 'provider-truenas-late-ws.cjs', 'provider-truenas-late-x509.cjs', 'provider-truenas-late-zod.cjs', 'provider-truenas.cjs', `terraform-provider-truenas_v${VERSION}`]);
  });

  /** h1: of each archive's unpacked files, and zh: of each archive, by platform. */
  function expectedHashes(): { h1: Record<string, string>; zh: Record<string, string> } {
    const h1: Record<string, string> = {};
    const zh: Record<string, string> = {};
    for (const archive of archives) {
      const unpacked = join(scratch, 'unpacked', archive.platform);
      rmSync(unpacked, { recursive: true, force: true });
      mkdirSync(unpacked, { recursive: true });
      execFileSync('unzip', ['-q', join(outDir, archive.file), '-d', unpacked]);
      h1[archive.platform] = dirHash1(unpacked);
      zh[archive.platform] = `zh:${archive.sha256}`;
    }
    return { h1, zh };
  }

  const requiredProviders = `terraform {\n  required_providers {\n    truenas = { source = "${SOURCE}", version = "${VERSION}" }\n  }\n}\n`;

  function lockHashes(workspace: Workspace): string[] {
    const lock = readFileSync(join(workspace.configDir, '.terraform.lock.hcl'), 'utf8');
    assert.match(lock, new RegExp(`version\\s+=\\s+"${VERSION}"`));
    return [...lock.matchAll(/"((?:h1|zh):[^"]+)"/g)].map((m) => m[1] ?? '').sort();
  }

  it('install from a packed filesystem mirror (h1 hashes for every platform); the single executable runs without Node', async () => {
    const mirrorDir = join(scratch, 'fs-mirror');
    mkdirSync(join(mirrorDir, SOURCE), { recursive: true });
    for (const archive of archives) copyFileSync(join(outDir, archive.file), join(mirrorDir, SOURCE, archive.file));
    const { h1 } = expectedHashes();

    // No node on PATH: the provider must start from the archive alone.
    const ws = track(new Workspace({ mirrorDir, include: [SOURCE], env: { PATH: '/nonexistent' } }));
    ws.writeConfig(requiredProviders);
    // `providers lock` hashes every platform's archive; init then checks the installed package.
    await ws.expect(['providers', 'lock', '-no-color', `-fs-mirror=${mirrorDir}`, ...archives.map((a) => `-platform=${a.platform}`)]);
    await ws.init();
    assert.deepEqual(lockHashes(ws), Object.values(h1).sort());

    const schema = JSON.parse((await ws.expect(['providers', 'schema', '-json'])).stdout) as { provider_schemas: Record<string, unknown> };
    assert.ok(schema.provider_schemas[SOURCE], 'the single executable served its schema');
  });

  /** Runs `init` with a lock file holding only `zh:` hashes, from the release served as a network mirror. */
  async function initWithLockedZipHashes(zhHashes: readonly string[]): Promise<{ code: number; stderr: string; hashes: string[] }> {
    const tls = await generateCertificate();
    const server = createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
      const path = normalize(join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname)));
      if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/zip' }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const caFile = join(scratch, 'ca.pem');
      writeFileSync(caFile, tls.certPem);
      const cliConfig = join(scratch, 'network-mirror.tfrc');
      writeFileSync(cliConfig, `provider_installation {\n  network_mirror {\n    url = "https://127.0.0.1:${port}/mirror/"\n  }\n}\n`);
      const ws = track(new Workspace({ mirrorDir: scratch, include: [SOURCE], env: { TF_CLI_CONFIG_FILE: cliConfig, SSL_CERT_FILE: caFile } }));
      ws.writeConfig(requiredProviders);
      const hashList = zhHashes.map((h) => `    "${h}",`).join('\n');
      ws.writeConfig(`provider "${SOURCE}" {\n  version     = "${VERSION}"\n  constraints = "${VERSION}"\n  hashes = [\n${hashList}\n  ]\n}\n`, '.terraform.lock.hcl');
      const result = await ws.run(['init', '-no-color', '-input=false']);
      return { code: result.code, stderr: result.stderr, hashes: result.code === 0 ? lockHashes(ws) : [] };
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('terraform verifies a downloaded archive against its zh hash (release served as a network mirror)', async () => {
    const { h1, zh } = expectedHashes();
    const accepted = await initWithLockedZipHashes(Object.values(zh));
    assert.equal(accepted.code, 0, accepted.stderr);
    // init keeps the locked zh hashes and adds the h1 of what it installed
    assert.deepEqual(accepted.hashes, [h1[host] ?? '', ...Object.values(zh)].sort());

    const tampered = await initWithLockedZipHashes([`zh:${'0'.repeat(64)}`]);
    assert.notEqual(tampered.code, 0);
    assert.match(tampered.stderr, /checksum|doesn't match/i);
  });
});
