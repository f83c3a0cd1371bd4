// The proxmox data sources with the real terraform against the simulator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

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

describe('proxmox data sources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
    e2e.sim.state.guests.set(101, guest(101, 'web-1', 'prod;web'));
    e2e.sim.state.guests.set(102, guest(102, 'web-2', 'web'));
    e2e.sim.state.guests.set(103, guest(103, 'db-1', 'prod'));
  });
  after(() => e2e?.close());

  it('reads version, nodes, VMs, storages and the next free id', async () => {
    e2e.config(`
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
`);
    await e2e.ws.apply();
    assert.equal(await e2e.ws.output('version'), '9.1');
    assert.deepEqual(await e2e.ws.output('names'), ['pve']);
    assert.match(String(await e2e.ws.output('node_version')), /^pve-manager\//);
    assert.equal(await e2e.ws.output('db_name'), 'db-1');
    assert.deepEqual(await e2e.ws.output('prod_web'), [101]);
    assert.equal(await e2e.ws.output('on_pve'), 3);
    assert.equal(await e2e.ws.output('lvm_type'), 'lvmthin');
    assert.equal(await e2e.ws.output('lvm_total'), 2048 * 1024 ** 3);
    assert.deepEqual(await e2e.ws.output('image_storages'), ['local-lvm']);
    assert.equal(await e2e.ws.output('next'), 100);
  });

  it('names the attribute when a lookup finds nothing', async () => {
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
  });
});
