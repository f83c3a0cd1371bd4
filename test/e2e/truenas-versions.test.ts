// Every truenas resource against a simulated TrueNAS of each supported version (25.04, 25.10,
// 26.0): apply, empty plan, update in place, import, destroy. One terraform working directory
// (one `terraform init`); each version's run points the provider block at its own server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';
import { TRUENAS_KEY } from '../providers/truenas/harness.js';

const versions = ['25.04.2', '25.10.1', '26.0.0'];

function everyResource(endpoint: string, comment: string): string {
  return `
terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
provider "truenas" {
  endpoint = "${endpoint}"
}
resource "truenas_dataset" "media" {
  name        = "tank/media"
  compression = "zstd"
  quota       = 0
  comments    = "${comment}"
}
resource "truenas_snapshot" "media" {
  dataset = truenas_dataset.media.name
  name    = "first"
}
resource "truenas_zvol" "disk" {
  name     = "tank/vm-disk"
  volsize  = provider::truenas::parse_size("1G")
  comments = "${comment}"
}
resource "truenas_iscsi_portal" "main" {
  listen  = ["0.0.0.0"]
  comment = "${comment}"
}
resource "truenas_iscsi_initiator" "pve" {
  initiators = ["iqn.1993-08.org.debian:01:pve1"]
  comment    = "${comment}"
}
resource "truenas_iscsi_auth" "chap" {
  tag    = 1
  user   = "pve"
  secret = "chap-secret-123"
}
resource "truenas_iscsi_target" "vm" {
  name  = "vm-100"
  alias = "${comment}"
  group {
    portal     = truenas_iscsi_portal.main.id
    initiator  = truenas_iscsi_initiator.pve.id
    authmethod = "CHAP"
    auth       = truenas_iscsi_auth.chap.tag
  }
}
resource "truenas_iscsi_extent" "disk" {
  name    = "vm-100-disk"
  zvol    = truenas_zvol.disk.name
  comment = "${comment}"
}
resource "truenas_iscsi_targetextent" "disk" {
  target = truenas_iscsi_target.vm.id
  extent = truenas_iscsi_extent.disk.id
}
resource "truenas_nfs_share" "media" {
  path     = truenas_dataset.media.mountpoint
  networks = ["10.0.0.5", "192.168.1.0/24"]
  comment  = "${comment}"
}
resource "truenas_smb_share" "media" {
  name        = "media"
  path        = truenas_dataset.media.mountpoint
  comment     = "${comment}"
  ro          = true
  browsable   = false
  timemachine = true
  hostsallow  = ["192.168.1.0/24"]
}
resource "truenas_service" "iscsi" {
  service = "iscsitarget"
  running = true
}
`;
}

describe('every truenas resource on each supported TrueNAS version', () => {
  let ws: Workspace;
  const sims = new Map<string, TrueNASSimulator>();

  before(async () => {
    for (const version of versions) {
      sims.set(version, await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0, version }));
    }
    ws = providerWorkspace({ TRUENAS_API_KEY: TRUENAS_KEY, TRUENAS_TIMEOUT: '10s' });
    ws.writeConfig(everyResource(sims.get(versions[0]!)!.url, 'first'));
    await ws.init();
  });
  after(async () => {
    ws?.cleanup();
    for (const sim of sims.values()) await sim.stop();
  });

  for (const version of versions) {
    it(`${version}: apply, empty plan, update, import, destroy`, async () => {
      const sim = sims.get(version)!;
      ws.writeConfig(everyResource(sim.url, 'first'));
      await ws.apply();
      assert.equal((await ws.planHasChanges()).changes, false, 'no diff right after apply');
      const smb = (await ws.resources()).find((r) => r.address === 'truenas_smb_share.media')!;
      assert.equal(smb.values['ro'], true);
      assert.equal(smb.values['timemachine'], true);

      if (version !== '25.04.2') {
        ws.writeConfig('resource "truenas_iscsi_extent" "again" {\n  name = "again"\n  zvol = truenas_zvol.disk.name\n}\n', 'again.tf');
        const refused = await ws.run(['plan', '-no-color', '-input=false']).finally(() => ws.removeConfig('again.tf'));
        assert.notEqual(refused.code, 0);
        assert.match(refused.stdout + refused.stderr, /allow one extent per zvol, and extent "vm-100-disk"/);
      }

      ws.writeConfig(everyResource(sim.url, 'second'));
      const update = await ws.planHasChanges();
      assert.match(update.output, /0 to add, \d+ to change, 0 to destroy/);
      await ws.apply();
      assert.equal((await ws.planHasChanges()).changes, false, 'no diff after the update');

      const ids = new Map((await ws.resources()).map((r) => [r.address, String(r.values['id'])]));
      for (const address of [
        'truenas_dataset.media',
        'truenas_zvol.disk',
        'truenas_snapshot.media',
        'truenas_smb_share.media',
        'truenas_nfs_share.media',
        'truenas_iscsi_extent.disk',
        'truenas_iscsi_targetextent.disk',
      ]) {
        await ws.expect(['state', 'rm', address]);
        await ws.expect(['import', '-no-color', '-input=false', address, ids.get(address)!]);
      }
      const afterImport = await ws.planHasChanges();
      assert.doesNotMatch(afterImport.output, /must be replaced/, 'import learns what forces replacement');

      await ws.destroy();
      const inventory = sim.state.inventory();
      assert.deepEqual(inventory['datasets'], ['tank']);
      assert.deepEqual(inventory['zvols'], []);
      assert.deepEqual(inventory['smbShares'], []);
      assert.deepEqual(inventory['extents'], []);
      assert.deepEqual(await ws.resources(), []);
    });
  }
});
