// Failed applies of guests, snapshots and node resources with terraform: the object a failed
// apply made part-way is in state (tainted where it may be incomplete), and the next apply
// converges without importing or deleting anything by hand.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, stateFileResources, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const GUESTS = `
resource "proxmox_vm" "mover" {
  node    = "pve"
  vmid    = 150
  name    = "mover"
  started = false
  migrate = true
  cores   = 1
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "1G"
  }
}

resource "proxmox_lxc" "ct" {
  node     = "pve"
  vmid     = 250
  hostname = "ct"
  template = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
  started  = false
  password = "first-secret"
  rootfs {
    storage = "local-lvm"
    size    = "1G"
  }
}
`;

const SNAPSHOT = `
resource "proxmox_vm_snapshot" "before" {
  node = proxmox_vm.mover.node
  vmid = proxmox_vm.mover.vmid
  name = "before"
}
`;

describe('proxmox guest faults: a failed apply keeps what it made, and the next apply converges', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ extraNodes: ['pve2'] });
  });
  after(() => e2e?.close());

  async function failingApply(): Promise<string> {
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(result.code, 0, 'the apply fails');
    return result.stderr;
  }

  async function converges(): Promise<void> {
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  }

  it('a snapshot whose answer was lost is in state, tainted, and replaced by the next apply', async () => {
    e2e.config(GUESTS);
    await e2e.ws.apply();
    e2e.config(GUESTS + SNAPSHOT);
    Object.assign(e2e.sim.faults, { dropAnswers: 1, match: /^POST \/nodes\/pve\/qemu\/150\/snapshot$/ });
    await failingApply();
    await Promise.all([...e2e.sim.tasks.values()].map((task) => task.done));
    const snapshot = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_vm_snapshot.before');
    assert.equal(snapshot?.tainted, true, 'the snapshot the lost call made is in state, tainted');
    await converges();
    assert.ok(
      e2e.sim
        .vms()
        .find((g) => g.vmid === 150)
        ?.snapshots.has('before'),
    );
  });

  it('a migration followed by a failing config change keeps the VM in state on its new node', async () => {
    e2e.config(GUESTS.replace('node    = "pve"\n  vmid    = 150', 'node    = "pve2"\n  vmid    = 150').replace('cores   = 1', 'cores   = 2'));
    Object.assign(e2e.sim.faults, { serverErrors: 1, serverErrorStatus: 500, match: /^(PUT|POST) \/nodes\/pve2\/qemu\/150\/config$/ });
    await failingApply();
    const vm = stateFileResources(e2e.ws).find((r) => r.address === 'proxmox_vm.mover');
    assert.deepEqual([vm?.values.node, vm?.values.cores], ['pve2', 1], 'in state where it is, as it is');
    await converges();
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 150)?.config.cores, '2');
  });

  it("removing a container's password keeps the container", async () => {
    const before = e2e.sim.containers().find((g) => g.vmid === 250);
    assert.ok(before);
    const config = GUESTS.replace('node    = "pve"\n  vmid    = 150', 'node    = "pve2"\n  vmid    = 150')
      .replace('cores   = 1', 'cores   = 2')
      .replace('  password = "first-secret"\n', '');
    e2e.config(config);
    const plan = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.doesNotMatch(plan.stdout, /must be replaced/);
    await converges();
    assert.equal(
      e2e.sim.containers().find((g) => g.vmid === 250),
      before,
      'the same container',
    );
  });
});
