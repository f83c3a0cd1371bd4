// A proxmox_vm cloned from a template keeps what it inherits (disks, NICs, firmware, memory):
// only what its configuration states is managed, and it plans empty after apply.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const TEMPLATE = `
resource "proxmox_vm" "template" {
  node     = "pve"
  vmid     = 9000
  name     = "golden"
  memory   = 2048
  bios     = "ovmf"
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
    discard   = true
  }
  network {
    vlan_id = 20
  }
  network {
    bridge = "vmbr1"
  }
}
`;

function cloneConfig(body: string): string {
  return `${TEMPLATE}
resource "proxmox_vm" "clone" {
  node = "pve"
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
${body}
}`;
}

describe('proxmox_vm cloned from a template', () => {
  let e2e: ProxmoxE2e;
  const cloneGuest = async () => {
    const vmid = Number((await e2e.resource('proxmox_vm.clone')).values.vmid);
    const found = e2e.sim.vms().find((g) => g.vmid === vmid);
    assert.ok(found, `clone ${vmid} exists in the simulator`);
    return found;
  };

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it("a clone that sets only cores keeps the template's disks, NICs, firmware and memory", async () => {
    e2e.config(cloneConfig('  cores = 4'));
    await e2e.ws.apply();
    const guest = await cloneGuest();
    assert.equal(guest.config.cores, '4');
    assert.match(guest.config.scsi0 ?? '', /^local-lvm:vm-\d+-disk-0,discard=on,size=4G$/);
    assert.match(guest.config.net0 ?? '', /bridge=vmbr0,tag=20/);
    assert.match(guest.config.net1 ?? '', /bridge=vmbr1/);
    assert.equal(guest.config.bios, 'ovmf');
    assert.equal(guest.config.memory, '2048');
    assert.equal(guest.status, 'running');
    const state = (await e2e.resource('proxmox_vm.clone')).values;
    assert.equal(state.memory, 2048, 'state shows the inherited memory');
    assert.deepEqual(state.disk, []);
  });

  it('plans empty after apply', async () => {
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('grows an inherited disk named by interface alone, keeping its options', async () => {
    e2e.config(
      cloneConfig(`  cores = 4
  disk {
    interface = "scsi0"
    size      = "8G"
  }`),
    );
    await e2e.ws.apply();
    const guest = await cloneGuest();
    assert.match(guest.config.scsi0 ?? '', /discard=on/);
    assert.match(guest.config.scsi0 ?? '', /size=8G/);
    assert.match(guest.config.net1 ?? '', /bridge=vmbr1/);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('removing a setting from the configuration stops managing it: nothing is deleted', async () => {
    e2e.config(cloneConfig('  bios = "ovmf"\n  description = "web"'));
    await e2e.ws.apply();
    e2e.config(cloneConfig(''));
    await e2e.ws.apply();
    const guest = await cloneGuest();
    assert.equal(guest.config.bios, 'ovmf');
    assert.equal(guest.config.description, 'web');
    assert.equal(guest.config.cores, '4', 'cores stays as last set');
    assert.match(guest.config.scsi0 ?? '', /size=8G/);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('imports a VM cloned outside terraform without replacing it, then plans empty', async () => {
    e2e.sim.state.guests.set(880, {
      kind: 'qemu',
      vmid: 880,
      node: 'pve',
      status: 'stopped',
      snapshots: new Map(),
      pending: {},
      pendingDelete: new Set(),
      config: { name: 'old-clone', cores: '2', memory: '2048', bios: 'ovmf', net0: 'virtio=BC:24:11:AA:BB:01,bridge=vmbr0' },
    });
    e2e.config(`${cloneConfig('')}
import {
  to = proxmox_vm.imported
  id = "pve/880"
}
resource "proxmox_vm" "imported" {
  node    = "pve"
  cores   = 2
  started = false
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
}`);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /proxmox_vm\.imported will be (imported|updated in-place)[^]*imported from "pve\/880"/);
    assert.doesNotMatch(plan.output, /must be replaced/);
    await e2e.ws.apply();
    const guest = e2e.sim.vms().find((g) => g.vmid === 880);
    assert.equal(guest?.config.bios, 'ovmf', 'nothing inherited is deleted');
    assert.match(guest?.config.net0 ?? '', /vmbr0/);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys both', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(
      e2e.sim.vms().map((g) => g.vmid),
      [],
    );
  });
});
