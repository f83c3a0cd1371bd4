// proxmox_lxc and proxmox_vm_snapshot with the real terraform against the Proxmox simulator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

function lxcConfig(fields: { memory?: number; rootSize?: string; mount?: boolean; snapshotNote?: string } = {}): string {
  return `
resource "proxmox_lxc" "dns" {
  node     = "pve"
  hostname = "dns"
  template = "${TEMPLATE}"
  password = "ct-root-pw"
  memory   = ${fields.memory ?? 256}
  nesting  = true
  tags     = ["dns"]
  rootfs {
    storage = "local-lvm"
    size    = "${fields.rootSize ?? '4G'}"
  }
${
  (fields.mount ?? true)
    ? `  mount_point {
    storage = "local-lvm"
    size    = "1G"
    path    = "/srv/zones"
  }
`
    : ''
}  network {
    bridge  = "vmbr0"
    ip      = "10.0.0.53/24"
    gateway = "10.0.0.1"
  }
}
resource "proxmox_vm" "box" {
  node    = "pve"
  name    = "box"
  started = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "2G"
  }
}
resource "proxmox_vm_snapshot" "clean" {
  node        = proxmox_vm.box.node
  vmid        = proxmox_vm.box.vmid
  name        = "clean"
  description = "${fields.snapshotNote ?? 'fresh install'}"
}
`;
}

describe('proxmox_lxc and proxmox_vm_snapshot with terraform', () => {
  let e2e: ProxmoxE2e;
  const ct = async () => {
    const vmid = Number((await e2e.resource('proxmox_lxc.dns')).values.vmid);
    const found = e2e.sim.containers().find((g) => g.vmid === vmid);
    assert.ok(found, `container ${vmid} exists`);
    return found;
  };
  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('creates a running container with a mount point, and a VM snapshot; a second plan is empty', async () => {
    e2e.config(lxcConfig());
    await e2e.ws.apply();
    const container = await ct();
    assert.equal(container.status, 'running');
    assert.equal(container.config.hostname, 'dns');
    assert.match(container.config.mp0 ?? '', /mp=\/srv\/zones/);
    assert.match(container.config.net0 ?? '', /hwaddr=BC:24:11:/);
    assert.equal(container.config.features, 'nesting=1');
    const box = e2e.sim.vms().find((g) => g.config.name === 'box');
    assert.equal(box?.snapshots.get('clean')?.description, 'fresh install');
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place: memory, a grown root disk, a removed mount point, a snapshot description', async () => {
    e2e.config(lxcConfig({ memory: 512, rootSize: '6G', mount: false, snapshotNote: 'after setup' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /0 to add, 2 to change, 0 to destroy/);
    await e2e.ws.apply();
    const container = await ct();
    assert.equal(container.config.memory, '512');
    assert.match(container.config.rootfs ?? '', /size=6G/);
    assert.equal(container.config.mp0, undefined);
    assert.equal(
      Object.keys(container.config).some((k) => k.startsWith('unused')),
      false,
    );
    assert.equal(
      e2e.sim
        .vms()
        .find((g) => g.config.name === 'box')
        ?.snapshots.get('clean')?.description,
      'after setup',
    );
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('refuses to shrink the root disk', async () => {
    e2e.config(lxcConfig({ memory: 512, rootSize: '2G', mount: false, snapshotNote: 'after setup' }));
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Disks cannot shrink/);
    e2e.config(lxcConfig({ memory: 512, rootSize: '6G', mount: false, snapshotNote: 'after setup' }));
  });

  it('recreates a container and a snapshot deleted outside terraform', async () => {
    const container = await ct();
    e2e.sim.state.guests.delete(container.vmid);
    e2e.sim
      .vms()
      .find((g) => g.config.name === 'box')
      ?.snapshots.delete('clean');
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /proxmox_lxc\.dns will be created/);
    assert.match(plan.output, /proxmox_vm_snapshot\.clean will be created/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('imports a container and a snapshot', async () => {
    const vmid = Number((await e2e.resource('proxmox_vm.box')).values.vmid);
    await e2e.ws.expect(['state', 'rm', 'proxmox_lxc.dns', 'proxmox_vm_snapshot.clean']);
    const container = e2e.sim.containers()[0];
    assert.ok(container);
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'proxmox_lxc.dns', `pve/${container.vmid}`]);
    await e2e.ws.expect(['import', '-no-color', '-input=false', 'proxmox_vm_snapshot.clean', `pve/${vmid}/clean`]);
    const plan = await e2e.ws.planHasChanges();
    assert.doesNotMatch(plan.output, /must be replaced/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.containers(), []);
    assert.deepEqual(e2e.sim.vms(), []);
  });
});
