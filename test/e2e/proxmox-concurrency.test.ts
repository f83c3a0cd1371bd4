// One apply at -parallelism=10 of many resources that share files and locks on one node: bridges
// (one interfaces.new and one reload per node), users, groups, pools and ACLs (user.cfg), SDN
// zones and vnets (the SDN domain lock and one global apply), cluster firewall aliases
// (cluster.fw), storages (storage.cfg) and snapshots of one VM (its config lock and `lock:
// snapshot`). While the apply runs, the test holds the user.cfg, SDN and cluster firewall locks
// (as a long writer elsewhere in the cluster would) until the simulator has refused writes on
// them, so the apply meets real lock timeouts whatever the machine's speed, and must still converge.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, stateFileResources, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const N = 4;
const indexes = [...Array(N).keys()];

function config(): string {
  const each = (make: (i: number) => string): string => indexes.map(make).join('\n');
  return `
${each(
  (i) => `resource "proxmox_network_bridge" "br${i}" {
  node    = "pve"
  name    = "vmbr${11 + i}"
  address = "10.${50 + i}.0.1/24"
  comment = "bridge ${i}"
}`,
)}
${each(
  (i) => `resource "proxmox_user" "u${i}" {
  user_id = "user${i}@pve"
  comment = "user ${i}"
}
resource "proxmox_acl" "u${i}" {
  path    = "/vms"
  role_id = "PVEAuditor"
  user_id = proxmox_user.u${i}.user_id
}
resource "proxmox_group" "g${i}" {
  group_id = "group${i}"
}
resource "proxmox_pool" "p${i}" {
  pool_id = "pool${i}"
}`,
)}
${each(
  (i) => `resource "proxmox_sdn_zone" "z${i}" {
  zone = "zone${i}"
  type = "simple"
}
resource "proxmox_sdn_vnet" "v${i}" {
  vnet = "vnet${i}"
  zone = proxmox_sdn_zone.z${i}.zone
}`,
)}
resource "proxmox_sdn_applier" "sdn" {
  depends_on = [${indexes.map((i) => `proxmox_sdn_vnet.v${i}`).join(', ')}]
  lifecycle {
    replace_triggered_by = [${indexes.map((i) => `proxmox_sdn_zone.z${i}, proxmox_sdn_vnet.v${i}`).join(', ')}]
  }
}
${each(
  (i) => `resource "proxmox_firewall_alias" "a${i}" {
  name = "net${i}"
  cidr = "10.${60 + i}.0.0/16"
}`,
)}
${each(
  (i) => `resource "proxmox_storage" "s${i}" {
  storage = "dir${i}"
  type    = "dir"
  path    = "/mnt/dir${i}"
  content = ["iso"]
}`,
)}
resource "proxmox_vm" "vm" {
  node    = "pve"
  vmid    = 900
  started = false
}
${each(
  (i) => `resource "proxmox_vm_snapshot" "snap${i}" {
  node = proxmox_vm.vm.node
  vmid = proxmox_vm.vm.vmid
  name = "snap${i}"
}`,
)}
`;
}

describe('proxmox: many contended writes in one apply at -parallelism=10', () => {
  let e2e: ProxmoxE2e;

  before(async () => {
    e2e = await startProxmoxE2e({ lockTimeoutMs: 100 });
  });
  after(() => e2e?.close());

  it('creates everything although the cluster locks are held at first; plans nothing after; destroys everything', async () => {
    e2e.config(config());
    let release = (): void => {};
    const until = new Promise<void>((resolve) => (release = resolve));
    const held = Promise.all(['file-user_cfg', 'domain-sdn', 'firewall-cluster'].map((lockid) => e2e.sim.holdClusterLock(lockid, until)));
    let settled = false;
    const applying = e2e.ws.apply(['-parallelism=10']).finally(() => (settled = true));
    // Released once the server has refused writes for the held locks (or the apply ended first).
    while (e2e.sim.clusterLockRefusals() < 3 && !settled) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await held;
    await applying;
    assert.ok(e2e.sim.clusterLockRefusals() >= 3, 'the apply met lock timeouts');

    const { state } = e2e.sim;
    const network = state.nodeNetworks.get('pve');
    for (const i of indexes) {
      assert.ok(network?.live.has(`vmbr${11 + i}`), `vmbr${11 + i} live`);
      assert.ok(state.users.has(`user${i}@pve`), `user${i}`);
      assert.ok(state.groups.has(`group${i}`), `group${i}`);
      assert.ok(state.pools.has(`pool${i}`), `pool${i}`);
      assert.ok(
        state.acl.some((entry) => entry.ugid === `user${i}@pve`),
        `acl user${i}`,
      );
      assert.ok(state.sdn.running.vnets.has(`vnet${i}`), `vnet${i} applied`);
      assert.ok(state.firewall.cluster.aliases.has(`net${i}`), `alias net${i}`);
      assert.ok(state.storages.has(`dir${i}`), `storage dir${i}`);
    }
    assert.equal(network?.pending, undefined, 'no change left pending');
    assert.equal(e2e.sim.vms()[0]?.snapshots.size, N);
    assert.equal(stateFileResources(e2e.ws).length, 10 * N + 2);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);

    await e2e.ws.destroy();
    assert.deepEqual(stateFileResources(e2e.ws), []);
    for (const i of indexes) {
      assert.equal(network?.live.has(`vmbr${11 + i}`), false);
      assert.equal(state.users.has(`user${i}@pve`), false);
      assert.equal(state.pools.has(`pool${i}`), false);
      assert.equal(state.groups.has(`group${i}`), false);
      assert.equal(state.sdn.config.zones.has(`zone${i}`), false);
      assert.equal(state.firewall.cluster.aliases.has(`net${i}`), false);
      assert.equal(state.storages.has(`dir${i}`), false);
    }
    assert.equal(
      state.acl.some((entry) => entry.ugid.startsWith('user')),
      false,
    );
    assert.deepEqual(e2e.sim.vms(), []);
  });
});
