// iSCSI storages as a real PVE shows them: the target's LUNs listed as existing volumes
// (`STORAGE:0.0.LUN.scsi-<id>`), attachable to a VM, never allocated, resized or freed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';

const TARGET = 'iqn.2005-10.org.freenas.ctl:proxmox';
const GIB = 1024 ** 3;

let h: Harness;
before(async () => {
  h = await startHarness();
  h.sim.addIscsiLun(TARGET, { lun: 0, size: 16 * GIB });
  await h.client.storage.create('san', 'iscsi', { portal: '192.0.2.10', target: TARGET, content: 'images' });
});
after(() => h.close());

async function lunVolid(): Promise<string> {
  const [lun] = await h.client.storage.content('pve', 'san');
  assert.ok(lun);
  return lun.volid;
}

test('the content of an iscsi storage lists each LUN of its target, owned by no guest', async () => {
  const volumes = await h.client.storage.content('pve', 'san', { content: 'images' });
  assert.equal(volumes.length, 1);
  const [lun] = volumes;
  assert.match(lun?.volid ?? '', /^san:0\.0\.0\.scsi-36589cfc[0-9a-f]+$/);
  assert.equal(lun?.size, 16 * GIB);
  assert.equal(lun?.format, 'raw');
  assert.equal(lun?.vmid, 0);
  assert.equal(h.sim.volumes('san').length, 0, 'LUNs are not allocated volumes');
});

test('allocating a disk on iscsi storage fails with the real error', async () => {
  await assert.rejects(h.client.qemu.create('pve', { vmid: 300, scsi0: 'san:4' }), /can't allocate space in iscsi storage/);
  assert.equal(h.sim.vms().length, 0);
});

test('a LUN attaches to a VM with its size, cannot be resized, and outlives the VM', async () => {
  const volid = await lunVolid();
  await h.client.qemu.create('pve', { vmid: 301, scsi1: volid });
  const config = await h.client.qemu.config('pve', 301);
  assert.equal(config.scsi1, `${volid},size=16G`);
  await assert.rejects(h.client.qemu.resize('pve', 301, 'scsi1', '+1G'), /volume resize is not possible on iscsi device/);
  await h.client.qemu.delete('pve', 301, { purge: true, destroyUnreferencedDisks: true });
  assert.equal(await lunVolid(), volid);
});

test('a LUN cannot be freed through the storage content API', async () => {
  const volid = await lunVolid();
  await assert.rejects(h.client.storage.deleteVolume('pve', 'san', volid), /can't free space in iscsi storage/);
});
