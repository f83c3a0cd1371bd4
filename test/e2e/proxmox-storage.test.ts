// proxmox_storage and proxmox_pool with the real terraform against the Proxmox simulator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function storageConfig(fields: { content?: string; target?: string; nodes?: string; comment?: string } = {}): string {
  return `
resource "proxmox_storage" "iscsi" {
  storage = "truenas-iscsi"
  type    = "iscsi"
  portal  = "192.0.2.10:3260"
  target  = "${fields.target ?? 'iqn.2005-10.org.freenas.ctl:proxmox'}"
  content = [${fields.content ?? '"images"'}]
}
resource "proxmox_storage" "backups" {
  storage  = "backups"
  type     = "nfs"
  server   = "192.0.2.10"
  export   = "/mnt/tank/backups"
  content  = ["backup", "iso"]
  ${fields.nodes ? `nodes = [${fields.nodes}]` : ''}
  options  = { "prune-backups" = "keep-last=3" }
}
resource "proxmox_storage" "pbs" {
  storage   = "pbs"
  type      = "pbs"
  server    = "192.0.2.11"
  datastore = "main"
  username  = "backup@pbs"
  password  = "pbs-s3cret"
}
resource "proxmox_storage" "plugin" {
  storage          = "truenas-plugin"
  type             = "truenasplugin"
  api_host         = "192.0.2.10"
  api_key          = "1-pluginkey"
  dataset          = "tank/proxmox"
  target_iqn       = "iqn.2005-10.org.freenas.ctl:proxmox"
  discovery_portal = "192.0.2.10:3260"
  options          = { tn_sparse = "1" }
}
resource "proxmox_pool" "lab" {
  pool_id = "lab"
  comment = "${fields.comment ?? 'home lab'}"
}
`;
}

describe('proxmox_storage and proxmox_pool with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it("refuses a storage without its type's required options", async () => {
    e2e.config(`resource "proxmox_storage" "bad" {
  storage = "bad"
  type    = "iscsi"
  portal  = "192.0.2.10"
}
resource "proxmox_storage" "plugin" {
  storage = "plugin"
  type    = "truenasplugin"
  api_host = "192.0.2.10"
}
resource "proxmox_storage" "worse" {
  storage = "9worse"
  type    = "floppy"
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /A storage of type "iscsi" needs target/);
    assert.match(result.stderr, /A storage of type "truenasplugin" needs dataset/);
    assert.match(result.stderr, /"type" must be one of/);
    assert.match(result.stderr, /"storage" must be a storage id/);
  });

  it('creates storages of several types and a pool; a second plan is empty', async () => {
    e2e.config(storageConfig());
    await e2e.ws.apply();
    const iscsi = e2e.sim.state.storages.get('truenas-iscsi');
    assert.equal(iscsi?.options.target, 'iqn.2005-10.org.freenas.ctl:proxmox');
    assert.equal(e2e.sim.state.storages.get('backups')?.options.path, '/mnt/pve/backups');
    assert.equal(e2e.sim.state.storages.get('pbs')?.secrets.password, 'pbs-s3cret');
    assert.equal(e2e.sim.state.storages.get('truenas-plugin')?.options.dataset, 'tank/proxmox');
    assert.equal((await e2e.resource('proxmox_storage.plugin')).sensitive_values?.api_key, true);
    assert.equal((await e2e.resource('proxmox_storage.iscsi')).values.shared, true);
    assert.equal((await e2e.resource('proxmox_storage.pbs')).sensitive_values?.password, true);
    assert.equal(e2e.sim.state.pools.get('lab')?.comment, 'home lab');
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place and replaces when a fixed option changes', async () => {
    e2e.config(storageConfig({ content: '"images", "none"'.replace(', "none"', ''), nodes: '"pve"', comment: 'lab pool' }));
    const inPlace = await e2e.ws.planHasChanges();
    assert.match(inPlace.output, /proxmox_storage\.backups will be updated in-place/);
    assert.match(inPlace.output, /proxmox_pool\.lab will be updated in-place/);
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.storages.get('backups')?.options.nodes, 'pve');
    assert.equal(e2e.sim.state.pools.get('lab')?.comment, 'lab pool');
    e2e.config(storageConfig({ target: 'iqn.2005-10.org.freenas.ctl:other', nodes: '"pve"', comment: 'lab pool' }));
    const replace = await e2e.ws.planHasChanges();
    assert.match(replace.output, /proxmox_storage\.iscsi must be replaced/);
    await e2e.ws.apply();
    assert.equal(e2e.sim.state.storages.get('truenas-iscsi')?.options.target, 'iqn.2005-10.org.freenas.ctl:other');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('puts drift back and recreates what was deleted outside', async () => {
    const backups = e2e.sim.state.storages.get('backups');
    assert.ok(backups);
    backups.options['prune-backups'] = 'keep-all=1';
    e2e.sim.state.pools.delete('lab');
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /"prune-backups" = "keep-all=1" -> "keep-last=3"/);
    assert.match(plan.output, /proxmox_pool\.lab will be created/);
    await e2e.ws.apply();
    assert.equal(backups.options['prune-backups'], 'keep-last=3');
    assert.ok(e2e.sim.state.pools.has('lab'));
  });

  it('imports a storage and a pool', async () => {
    e2e.sim.state.storages.set('scratch', {
      storage: 'scratch',
      type: 'dir',
      options: { path: '/srv/scratch', content: 'iso,images' },
      secrets: {},
      capacity: 1024 ** 4,
    });
    e2e.sim.state.storages.set('archive', {
      storage: 'archive',
      type: 'nfs',
      secrets: {},
      capacity: 1024 ** 4,
      options: {
        server: '192.0.2.12',
        export: '/mnt/tank/archive',
        path: '/mnt/pve/archive',
        content: 'backup',
        'prune-backups': 'keep-daily=7,keep-weekly=4',
        options: 'vers=4.2',
      },
    });
    e2e.sim.state.pools.set('old', { comment: 'imported', members: new Set() });
    e2e.config(`${storageConfig({ target: 'iqn.2005-10.org.freenas.ctl:other', nodes: '"pve"', comment: 'lab pool' })}
import {
  to = proxmox_storage.scratch
  id = "scratch"
}
resource "proxmox_storage" "scratch" {
  storage = "scratch"
  type    = "dir"
  path    = "/srv/scratch"
  content = ["images", "iso"]
}
import {
  to = proxmox_storage.archive
  id = "archive"
}
resource "proxmox_storage" "archive" {
  storage = "archive"
  type    = "nfs"
  server  = "192.0.2.12"
  export  = "/mnt/tank/archive"
  content = ["backup"]
  options = { "prune-backups" = "keep-daily=7,keep-weekly=4", options = "vers=4.2" }
}
import {
  to = proxmox_pool.old
  id = "old"
}
resource "proxmox_pool" "old" {
  pool_id = "old"
  comment = "imported"
}`);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /3 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    assert.deepEqual([...e2e.sim.state.storages.keys()].sort(), ['local', 'local-lvm']);
    assert.equal(e2e.sim.state.pools.size, 0);
  });
});
