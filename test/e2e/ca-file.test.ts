// A private CA, as a user with one has it: both simulators serve TLS with their own certificate,
// the providers run installed (the wrapper in a temporary plugin folder, started through the
// launcher's compiled bundle as terraform starts them), and trust comes only from `ca_file` in
// the provider block or from TRUENAS_CA_FILE / PROXMOX_VE_CA_FILE. Without it, the error says
// what is wrong with the certificate and what to set.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace, REQUIRED_PROVIDERS } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { PVE_TOKEN } from '../providers/proxmox/harness.js';
import { TRUENAS_KEY } from '../providers/truenas/harness.js';

const READS = `
data "truenas_system_info" "nas" {}
data "proxmox_version" "pve" {}
output "versions" {
  value = [data.truenas_system_info.nas.version, data.proxmox_version.pve.version]
}
`;

describe('ca_file: the installed providers trust a private CA', () => {
  let truenas: TrueNASSimulator;
  let proxmox: ProxmoxSimulator;
  let ws: Workspace;
  let truenasCa: string;
  let proxmoxCa: string;

  before(async () => {
    [truenas, proxmox] = await Promise.all([
      startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], tls: true, loginRateLimit: false, badLoginDelayMs: 0 }),
      startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0 }),
    ]);
    assert.match(truenas.url, /^https:/);
    ws = providerWorkspace({ TRUENAS_ENDPOINT: truenas.url, TRUENAS_API_KEY: TRUENAS_KEY, PROXMOX_VE_ENDPOINT: proxmox.url, PROXMOX_VE_API_TOKEN: PVE_TOKEN });
    truenasCa = join(ws.dir, 'truenas-ca.pem');
    proxmoxCa = join(ws.dir, 'proxmox-ca.pem');
    writeFileSync(truenasCa, truenas.caPem ?? '');
    writeFileSync(proxmoxCa, proxmox.caPem);
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n`);
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    await Promise.all([truenas?.stop(), proxmox?.stop()]);
  });

  async function versionsAfterApply(env: Readonly<Record<string, string>> = {}): Promise<unknown> {
    const result = await ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], env);
    assert.equal(result.code, 0, result.stderr);
    return ws.output('versions');
  }

  it('ca_file in the provider blocks', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}
provider "truenas" {
  ca_file = ${JSON.stringify(truenasCa)}
}
provider "proxmox" {
  ca_file = ${JSON.stringify(proxmoxCa)}
}
${READS}`);
    const [nasVersion, pveVersion] = (await versionsAfterApply()) as string[];
    assert.match(nasVersion ?? '', /^\d+\.\d+/);
    assert.match(pveVersion ?? '', /^\d+\.\d+/);
  });

  it('TRUENAS_CA_FILE and PROXMOX_VE_CA_FILE from the environment', async () => {
    ws.writeConfig(`${REQUIRED_PROVIDERS}\nprovider "truenas" {}\nprovider "proxmox" {}\n${READS}`);
    const versions = (await versionsAfterApply({ TRUENAS_CA_FILE: truenasCa, PROXMOX_VE_CA_FILE: proxmoxCa })) as string[];
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
