// A private CA, as a user with one has it: both simulators serve TLS with their own certificate,
// the providers run in every form a user gets them: installed (`truemox install`: the package in
// a temporary plugin folder, started through the launcher's compiled bundle as terraform starts
// them), and from the release archives (the launcher package, and this machine's single
// executable), and trust comes only from `ca_file` in the provider block or from
// TRUENAS_CA_FILE / PROXMOX_VE_CA_FILE. Without it, the error says what is wrong with the
// certificate and what to set.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildRelease } from '../../scripts/release.js';
import { terraformPlatform } from '../../src/cli/provider-install.js';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { PROXMOX_SOURCE, providerWorkspace, REQUIRED_PROVIDERS, TRUENAS_SOURCE } from '../helpers/providers.js';
import { SEA_CACHE_DIR } from '../helpers/sea-cache.js';
import { Workspace } from '../helpers/terraform.js';
import { PVE_TOKEN } from '../providers/proxmox/harness.js';
import { TRUENAS_KEY } from '../providers/truenas/harness.js';

const READS = `
data "truenas_system_info" "nas" {}
data "proxmox_version" "pve" {}
output "versions" {
  value = [data.truenas_system_info.nas.version, data.proxmox_version.pve.version]
}
`;

let truenas: TrueNASSimulator;
let proxmox: ProxmoxSimulator;
const credentials = (): Record<string, string> => ({
  TRUENAS_ENDPOINT: truenas.url,
  TRUENAS_API_KEY: TRUENAS_KEY,
  PROXMOX_VE_ENDPOINT: proxmox.url,
  PROXMOX_VE_API_TOKEN: PVE_TOKEN,
});

before(async () => {
  [truenas, proxmox] = await Promise.all([
    startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], tls: true, loginRateLimit: false, badLoginDelayMs: 0 }),
    startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0 }),
  ]);
  assert.match(truenas.url, /^https:/);
});
after(async () => {
  await Promise.all([truenas?.stop(), proxmox?.stop()]);
});

/** Writes both simulators' certificates into the workspace; returns their paths. */
function writeCertificates(ws: Workspace): { truenasCa: string; proxmoxCa: string } {
  const truenasCa = join(ws.dir, 'truenas-ca.pem');
  const proxmoxCa = join(ws.dir, 'proxmox-ca.pem');
  writeFileSync(truenasCa, truenas.caPem ?? '');
  writeFileSync(proxmoxCa, proxmox.caPem);
  return { truenasCa, proxmoxCa };
}

async function versionsAfterApply(ws: Workspace, env: Readonly<Record<string, string>> = {}): Promise<unknown> {
  const result = await ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], env);
  assert.equal(result.code, 0, result.stderr);
  return ws.output('versions');
}

function caFileInProviderBlocks(cas: { truenasCa: string; proxmoxCa: string }): string {
  return `${REQUIRED_PROVIDERS}
provider "truenas" {
  ca_file = ${JSON.stringify(cas.truenasCa)}
}
provider "proxmox" {
  ca_file = ${JSON.stringify(cas.proxmoxCa)}
}
${READS}`;
}

describe('ca_file: the installed providers trust a private CA', () => {
  let ws: Workspace;
  let truenasCa: string;
  let proxmoxCa: string;

  before(async () => {
    ws = providerWorkspace(credentials());
    ({ truenasCa, proxmoxCa } = writeCertificates(ws));
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n`);
    await ws.init();
  });
  after(() => ws?.cleanup());

  it('ca_file in the provider blocks', async () => {
    ws.writeConfig(caFileInProviderBlocks({ truenasCa, proxmoxCa }));
    const [nasVersion, pveVersion] = (await versionsAfterApply(ws)) as string[];
    assert.match(nasVersion ?? '', /^\d+\.\d+/);
    assert.match(pveVersion ?? '', /^\d+\.\d+/);
  });

  it('TRUENAS_CA_FILE and PROXMOX_VE_CA_FILE from the environment', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n${READS}`);
    const versions = (await versionsAfterApply(ws, { TRUENAS_CA_FILE: truenasCa, PROXMOX_VE_CA_FILE: proxmoxCa })) as string[];
    assert.equal(versions.length, 2);
  });

  it('without a CA, each provider says the certificate is self-signed and what to set', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n${READS}`);
    const result = await ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0);
    const output = result.stderr.replace(/\s+/g, ' ');
    assert.doesNotMatch(output, /DEPTH_ZERO_SELF_SIGNED_CERT/);
    assert.match(output, /TrueNAS server's certificate is self-signed.*set ca_file \(or TRUENAS_CA_FILE\).*insecure = true/);
    assert.match(output, /Proxmox VE server's certificate is self-signed.*set ca_file \(or PROXMOX_VE_CA_FILE\).*insecure = true/);
  });

  it('a CA file that does not sign the server certificate: says the certificate is not trusted', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}
provider "truenas" {
  ca_file = ${JSON.stringify(proxmoxCa)}
}
provider "proxmox" {
  ca_file = ${JSON.stringify(truenasCa)}
}
${READS}`);
    const result = await ws.run(['plan', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0);
    const output = result.stderr.replace(/\s+/g, ' ');
    assert.match(output, /TrueNAS server's certificate is self-signed.*not the one in ca_file/);
    assert.match(output, /Proxmox VE server's certificate is self-signed.*not the one in ca_file/);
  });
});

/**
 * The release archives of both providers for this machine, as terraform installs them: from a
 * filesystem mirror in the packed layout (the zips themselves).
 */
for (const form of [
  { name: 'the launcher package (Node.js on PATH)', sea: false, path: process.env.PATH ?? '' },
  // No node on PATH: the single executable carries its own.
  { name: 'the single executable (no Node.js on PATH)', sea: true, path: '/nonexistent' },
]) {
  describe(`ca_file: the release archives' providers trust a private CA: ${form.name}`, () => {
    const scratch = mkdtempSync(join(tmpdir(), 'truemox-ca-release-'));
    let ws: Workspace;
    let cas: { truenasCa: string; proxmoxCa: string };

    before(async () => {
      const outDir = join(scratch, 'release');
      const archives = await buildRelease({
        outDir,
        providers: ['truenas', 'proxmox'],
        platforms: [terraformPlatform()],
        sea: form.sea,
        seaCacheDir: SEA_CACHE_DIR,
      });
      assert.deepEqual(
        archives.map((archive) => archive.runtime),
        form.sea ? ['sea', 'sea'] : ['node', 'node'],
      );
      const mirrorDir = join(scratch, 'mirror');
      for (const archive of archives) {
        const dir = join(mirrorDir, archive.provider === 'truenas' ? TRUENAS_SOURCE : PROXMOX_SOURCE);
        mkdirSync(dir, { recursive: true });
        copyFileSync(join(outDir, archive.file), join(dir, archive.file));
      }
      ws = new Workspace({ mirrorDir, include: [TRUENAS_SOURCE, PROXMOX_SOURCE], env: { ...credentials(), PATH: form.path } });
      cas = writeCertificates(ws);
      ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n`);
      await ws.init();
    });
    after(() => {
      ws?.cleanup();
      rmSync(scratch, { recursive: true, force: true });
    });

    it('ca_file in the provider blocks', async () => {
      ws.writeConfig(caFileInProviderBlocks(cas));
      const versions = (await versionsAfterApply(ws)) as string[];
      assert.equal(versions.length, 2);
    });

    it('TRUENAS_CA_FILE and PROXMOX_VE_CA_FILE from the environment', async () => {
      ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n${READS}`);
      const versions = (await versionsAfterApply(ws, { TRUENAS_CA_FILE: cas.truenasCa, PROXMOX_VE_CA_FILE: cas.proxmoxCa })) as string[];
      assert.equal(versions.length, 2);
    });
  });
}
