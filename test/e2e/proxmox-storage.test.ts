// proxmox_storage and proxmox_pool with the real terraform against the Proxmox simulator, on the
// lifecycle harness (create, update in place and replacement in one apply, drift and import
// blocks in the next, import of every resource, destroy, nothing left), and the data sources,
// read in the same workspace before the lifecycle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function storageConfig(fields: { target?: string; nodes?: string; comment?: string } = {}): string {
  return `
resource "proxmox_storage" "iscsi" {
  storage = "truenas-iscsi"
  type    = "iscsi"
  portal  = "192.0.2.10:3260"
  target  = "${fields.target ?? 'iqn.2005-10.org.freenas.ctl:proxmox'}"
  content = ["images"]
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

const changed = storageConfig({ target: 'iqn.2005-10.org.freenas.ctl:other', nodes: '"pve"', comment: 'lab pool' });

/** Objects made outside terraform, adopted with import blocks. */
const IMPORTED = `
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
}`;

const storageCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_storage and proxmox_pool',
  steps: [
    {
      config: storageConfig(),
      expect: { 'proxmox_storage.iscsi': 'create', 'proxmox_storage.plugin': 'create', 'proxmox_pool.lab': 'create' },
      async check({ target: { state }, resource }) {
        assert.equal(state.storages.get('truenas-iscsi')?.options.target, 'iqn.2005-10.org.freenas.ctl:proxmox');
        assert.equal(state.storages.get('backups')?.options.path, '/mnt/pve/backups');
        assert.equal(state.storages.get('pbs')?.secrets.password, 'pbs-s3cret');
        assert.equal(state.storages.get('truenas-plugin')?.options.dataset, 'tank/proxmox');
        assert.equal((await resource('proxmox_storage.plugin')).sensitive_values?.api_key, true);
        assert.equal((await resource('proxmox_storage.iscsi')).values.shared, true);
        assert.equal((await resource('proxmox_storage.pbs')).sensitive_values?.password, true);
        assert.equal(state.pools.get('lab')?.comment, 'home lab');
      },
    },
    {
      // In place where the server allows it; a fixed option (the iSCSI target) replaces.
      config: changed,
      expect: { 'proxmox_storage.backups': 'update', 'proxmox_pool.lab': 'update', 'proxmox_storage.iscsi': 'replace' },
      check({ target: { state } }) {
        assert.equal(state.storages.get('backups')?.options.nodes, 'pve');
        assert.equal(state.pools.get('lab')?.comment, 'lab pool');
        assert.equal(state.storages.get('truenas-iscsi')?.options.target, 'iqn.2005-10.org.freenas.ctl:other');
      },
    },
    {
      // Drift put back, a pool deleted outside recreated, and three objects adopted unchanged.
      config: `${changed}${IMPORTED}`,
      expect: { 'proxmox_storage.backups': 'update', 'proxmox_pool.lab': 'create' },
      prepare({ target: { state } }) {
        const backups = state.storages.get('backups');
        assert.ok(backups);
        backups.options['prune-backups'] = 'keep-all=1';
        state.pools.delete('lab');
        state.storages.set('scratch', {
          storage: 'scratch',
          type: 'dir',
          options: { path: '/srv/scratch', content: 'iso,images' },
          secrets: {},
          capacity: 1024 ** 4,
        });
        state.storages.set('archive', {
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
        state.pools.set('old', { comment: 'imported', members: new Set() });
      },
      check({ target: { state }, plan }) {
        assert.match(plan, /"prune-backups" = "keep-all=1" -> "keep-last=3"/);
        assert.match(plan, /3 to import, 1 to add, 1 to change, 0 to destroy/);
        assert.equal(state.storages.get('backups')?.options['prune-backups'], 'keep-last=3');
        assert.ok(state.pools.has('lab'));
      },
    },
  ],
  imports: [
    { address: 'proxmox_storage.iscsi' },
    { address: 'proxmox_storage.backups' },
    { address: 'proxmox_storage.pbs', unreadable: ['password'] },
    { address: 'proxmox_storage.plugin', unreadable: ['api_key'] },
    { address: 'proxmox_pool.lab' },
    { address: 'proxmox_storage.scratch' },
    { address: 'proxmox_storage.archive' },
    { address: 'proxmox_pool.old' },
  ],
  leftovers: ({ state }) => [
    ...[...state.storages.keys()].filter((id) => id !== 'local' && id !== 'local-lvm').map((id) => `storage ${id}`),
    ...[...state.pools.keys()].map((id) => `pool ${id}`),
  ],
};

const guest = (vmid: number, name: string, tags: string) => ({
  kind: 'qemu' as const,
  vmid,
  node: 'pve',
  config: { name, tags },
  pending: {},
  pendingDelete: new Set<string>(),
  status: 'stopped' as const,
  snapshots: new Map(),
});

const DATA_SOURCES = `
data "proxmox_version" "v" {}
data "proxmox_nodes" "all" {}
data "proxmox_node" "pve" {
  name = "pve"
}
data "proxmox_vm" "db" {
  vmid = 103
}
data "proxmox_vms" "prod_web" {
  tags       = ["web", "prod"]
  name_regex = "^web-"
}
data "proxmox_vms" "on_pve" {
  node = "pve"
}
data "proxmox_storage" "lvm" {
  node    = "pve"
  storage = "local-lvm"
}
data "proxmox_storages" "images" {
  node    = "pve"
  content = "images"
}
data "proxmox_next_vmid" "free" {}
output "version" { value = data.proxmox_version.v.release }
output "names" { value = data.proxmox_nodes.all.names }
output "node_version" { value = data.proxmox_node.pve.version }
output "db_name" { value = data.proxmox_vm.db.name }
output "prod_web" { value = [for vm in data.proxmox_vms.prod_web.vms : vm.vmid] }
output "on_pve" { value = length(data.proxmox_vms.on_pve.vms) }
output "lvm_type" { value = data.proxmox_storage.lvm.type }
output "lvm_total" { value = data.proxmox_storage.lvm.total }
output "image_storages" { value = [for s in data.proxmox_storages.images.storages : s.storage] }
output "next" { value = data.proxmox_next_vmid.free.vmid }
`;

describe('proxmox_storage, proxmox_pool and the data sources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it("refuses a storage without its type's required options, and content its type cannot hold", async () => {
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
}
resource "proxmox_storage" "thin" {
  storage  = "thin"
  type     = "lvmthin"
  vgname   = "pve"
  thinpool = "data"
  content  = ["images", "iso"]
}
resource "proxmox_storage" "nowhere" {
  storage = "nowhere"
  type    = "dir"
  path    = "/srv/nowhere"
  nodes   = []
  content = ["none"]
}
resource "proxmox_storage" "empty" {
  storage = "empty"
  type    = "nfs"
  server  = "192.0.2.5"
  export  = "/x"
  content = []
  shared  = false
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /A storage of type "iscsi" needs target/);
    assert.match(result.stderr, /A storage of type "truenasplugin" needs dataset/);
    assert.match(result.stderr, /"type" must be one of/);
    assert.match(result.stderr, /"storage" must be a storage id/);
    // Proxmox would silently drop it.
    assert.match(result.stderr, /A storage of type "lvmthin" holds images, rootdir; Proxmox would drop "iso"/);
    const errors = result.stderr.replace(/\s+/g, ' ');
    // An empty list is never stored; nfs refuses "none" (dir takes it); only dir and lvm take shared
    // (another type accepts only the value it reads back, as a generated configuration holds it).
    assert.match(errors, /"nodes" must not be an empty list: Proxmox does not store one/);
    assert.match(errors, /A storage of type "nfs" needs at least one content type/);
    assert.doesNotMatch(errors, /Proxmox would drop "none"/);
    assert.match(errors, /Only dir and lvm storages take shared; a storage of type "nfs" always reads back as shared = true/);
  });

  it('replaces a storage when a fixed option of the options map changes; a zfspool blocksize changes in place', async () => {
    const config = (chain: string, blocksize: string) => `resource "proxmox_storage" "chain" {
  storage = "chain"
  type    = "dir"
  path    = "/srv/chain"
  options = { "snapshot-as-volume-chain" = "${chain}" }
}
resource "proxmox_storage" "zpool" {
  storage   = "zpool"
  type      = "zfspool"
  pool      = "rpool/data"
  blocksize = "${blocksize}"
}`;
    e2e.config(config('1', '8k'));
    const created = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(created.code, 0, created.stderr);
    e2e.config(config('0', '16k'));
    const changed = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(changed.code, 0, changed.stderr);
    assert.match(changed.stdout, /proxmox_storage\.chain must be replaced/);
    assert.match(changed.stdout, /proxmox_storage\.zpool will be updated in-place/);
    assert.equal(e2e.sim.state.storages.get('chain')?.options['snapshot-as-volume-chain'], '0');
    assert.equal(e2e.sim.state.storages.get('zpool')?.options.blocksize, '16k');
    e2e.config('');
    const destroyed = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(destroyed.code, 0, destroyed.stderr);
  });

  it('the data sources read version, nodes, VMs, storages and the next free id; a lookup that finds nothing names the attribute', async () => {
    const seeded = [guest(101, 'web-1', 'prod;web'), guest(102, 'web-2', 'web'), guest(103, 'db-1', 'prod')];
    for (const g of seeded) e2e.sim.state.guests.set(g.vmid, g);
    try {
      e2e.config(DATA_SOURCES);
      await e2e.ws.apply();
      const outputs = JSON.parse((await e2e.ws.expect(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
      const value = (name: string) => outputs[name]?.value;
      assert.equal(value('version'), '9.1');
      assert.deepEqual(value('names'), ['pve']);
      assert.equal(value('node_version'), '9.1.3');
      assert.equal(value('db_name'), 'db-1');
      assert.deepEqual(value('prod_web'), [101]);
      assert.equal(value('on_pve'), 3);
      assert.equal(value('lvm_type'), 'lvmthin');
      assert.equal(value('lvm_total'), 2048 * 1024 ** 3);
      assert.deepEqual(value('image_storages'), ['local-lvm']);
      assert.equal(value('next'), 100);

      e2e.config(`
data "proxmox_vm" "ghost" {
  vmid = 4242
}
data "proxmox_node" "nope" {
  name = "nope"
}
data "proxmox_vms" "bad" {
  name_regex = "("
}`);
      const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /There is no VM 4242/);
      assert.match(result.stderr, /The cluster has no node "nope"/);
      assert.match(result.stderr, /"\(" is not a valid regular expression/);
    } finally {
      for (const g of seeded) e2e.sim.state.guests.delete(g.vmid);
    }
  });

  it('creates, updates in place, replaces, repairs drift, adopts, imports and destroys storages and pools', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [storageCase]);
  });
});
