// Plan-time checks that spare a 400 at apply: disk options per bus (no ssd on virtio, no
// iothread on sata/ide), the slots proxmox_vm uses itself (ide0 cloud-init, ide2 CD-ROM), and
// proxmox_vm_snapshot of a VM whose disks cannot be snapshotted, storage content types.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

describe('proxmox_vm and proxmox_vm_snapshot plan-time checks', () => {
  let e2e: ProxmoxE2e;

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('refuses options a bus does not have and reserved slots, naming the attribute', async () => {
    e2e.config(`
resource "proxmox_vm" "bad" {
  node = "pve"
  disk {
    interface = "virtio0"
    storage   = "local-lvm"
    size      = "8G"
    ssd       = true
  }
  disk {
    interface = "sata1"
    storage   = "local-lvm"
    size      = "8G"
    iothread  = true
  }
  disk {
    interface = "ide2"
    storage   = "local-lvm"
    size      = "8G"
  }
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /VirtIO block disks \(virtio0\) have no ssd option/);
    assert.match(result.stderr, /SATA disks \(sata1\) have no iothread option/);
    assert.match(result.stderr, /ide2 holds the CD-ROM drive/);
    assert.match(result.stderr, /disk\[0\]\.ssd|ssd\s+=\s+true/);
  });

  it('refuses content types a storage type cannot hold, which Proxmox would silently drop', async () => {
    e2e.config(`
resource "proxmox_storage" "thin" {
  storage  = "thin"
  type     = "lvmthin"
  vgname   = "pve"
  thinpool = "data"
  content  = ["images", "iso"]
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /A storage of type "lvmthin" holds images, rootdir; Proxmox would drop "iso"/);
  });

  it('refuses a snapshot at plan time when a disk is a raw image on a directory storage', async () => {
    // A VM made outside terraform with a raw image on the directory storage "local".
    e2e.sim.state.guests.set(700, {
      kind: 'qemu',
      vmid: 700,
      node: 'pve',
      config: { name: 'raw', scsi0: 'local:700/vm-700-disk-0.raw,size=1G' },
      pending: {},
      pendingDelete: new Set(),
      status: 'stopped',
      snapshots: new Map(),
    });
    e2e.config(`
resource "proxmox_vm_snapshot" "snap" {
  node = "pve"
  vmid = 700
  name = "before"
}`);
    const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /VM 700 has disks Proxmox cannot snapshot/);
    assert.match(result.stderr, /scsi0 \(local:700\/vm-700-disk-0\.raw\): it is a raw image on dir storage local/);
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 700)?.snapshots.size, 0);
  });
});
