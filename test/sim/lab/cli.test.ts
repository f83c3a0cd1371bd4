// `truemox sim lab`: both simulators connected, the export lines printed and written to
// --env-out once both listen, certificates with --cert-out, and a clean stop on Ctrl-C.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ProxmoxClient } from '../../../src/clients/proxmox/index.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { CliProcess } from '../../helpers/cli-process.js';

/** `export NAME='value'` lines → values. */
function parseExports(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const match of text.matchAll(/^export ([A-Z_a-z]+)='([^']*)'$/gm)) env[match[1] ?? ''] = match[2] ?? '';
  return env;
}

describe('truemox sim lab', () => {
  const dir = mkdtempSync(join(tmpdir(), 'truemox-lab-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints and writes the settings, serves both APIs connected, and stops on SIGINT', async () => {
    const envOut = join(dir, 'lab.env');
    const certFile = join(dir, 'lab.pem');
    const lab = new CliProcess([
      'sim',
      'lab',
      '--truenas-port',
      '0',
      '--proxmox-port',
      '0',
      '--tls',
      '--cert-out',
      certFile,
      '--env-out',
      envOut,
      '--task-delay',
      '1',
    ]);
    await lab.waitFor(/Ctrl-C stops both/);
    const printed = parseExports(lab.printed);
    assert.deepEqual(parseExports(readFileSync(envOut, 'utf8')), printed, 'the env file holds what was printed');
    assert.match(printed.TRUENAS_ENDPOINT ?? '', /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(printed.PROXMOX_VE_ENDPOINT ?? '', /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(printed.PROXMOX_VE_CA_FILE, certFile);
    assert.equal(printed.TRUENAS_CA_FILE, certFile);
    assert.equal(printed.PROXMOX_VE_INSECURE, undefined, 'verified TLS when a CA file is given');
    assert.equal(printed.TF_VAR_truenas_api_scheme, 'wss');
    const ca = readFileSync(certFile, 'utf8');
    assert.equal(ca.match(/BEGIN CERTIFICATE/g)?.length, 2, 'both certificates');

    const nas = new TrueNASClient({ endpoint: printed.TRUENAS_ENDPOINT ?? '', apiKey: printed.TRUENAS_API_KEY ?? '', caPem: ca });
    const pve = new ProxmoxClient({ endpoint: printed.PROXMOX_VE_ENDPOINT ?? '', apiToken: printed.PROXMOX_VE_API_TOKEN ?? '', caPem: ca });
    try {
      const portal = await nas.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }] });
      const target = await nas.iscsi.targets.create({ name: 'cli', groups: [{ portal: portal.id }] });
      await nas.datasets.create({ name: 'tank/cli', type: 'VOLUME', volsize: 1024 ** 3, sparse: true });
      const extent = await nas.iscsi.extents.create({ name: 'cli', type: 'DISK', disk: 'zvol/tank/cli' });
      await nas.iscsi.targetExtents.create({ target: target.id, extent: extent.id, lunid: 0 });
      await pve.storage.create('san', 'iscsi', { portal: '127.0.0.1', target: 'iqn.2005-10.org.freenas.ctl:cli' });
      assert.deepEqual(
        (await pve.storage.content('pve', 'san')).map((v) => v.size),
        [1024 ** 3],
        'the node sees the LUN',
      );
    } finally {
      nas.close();
      await pve.close();
    }

    assert.equal(await lab.stop('SIGINT'), 0);
    assert.match(lab.printed, /lab stopped/);
    assert.equal(existsSync(envOut), false, 'the env file is removed at stop');
  });
});

describe('truemox sim proxmox credentials and certificate', () => {
  it('without credentials makes a token and prints it; --cert-out writes the certificate a client can trust', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'truemox-pve-'));
    try {
      const certFile = join(dir, 'pve.pem');
      const sim = new CliProcess(['sim', 'proxmox', '--port', '0', '--cert-out', certFile]);
      const [, url] = await sim.waitFor(/listening on (https:\/\/127\.0\.0\.1:\d+)/);
      const [, token] = await sim.waitFor(/generated API token (root@pam!sim=[0-9a-f]{32})\n/);
      await sim.waitFor(/certificate written to/);
      const client = new ProxmoxClient({ endpoint: url ?? '', apiToken: token ?? '', caPem: readFileSync(certFile, 'utf8') });
      assert.equal((await client.cluster.version()).release, '9.1');
      await client.close();
      assert.equal(await sim.stop(), 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
