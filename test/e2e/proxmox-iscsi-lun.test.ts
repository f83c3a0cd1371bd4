// Attaching an iSCSI LUN to a VM with the real terraform against the simulator: the LUN found
// with data "proxmox_storage_content", attached with `disk { volume }`, its size from the
// server; stable plans; disks paired by interface; bad disk blocks refused; the LUN outlives
// the VM.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const TARGET = 'iqn.2005-10.org.freenas.ctl:lab';
const GIB = 1024 ** 3;

const lunConfig = (extraDisk = '') => `
data "proxmox_storage_content" "san" {
  node    = "pve"
  storage = "san"
  content = "images"
}
resource "proxmox_vm" "app" {
  node    = "pve"
  name    = "app"
  started = false
${extraDisk}
  disk {
    interface = "scsi1"
    volume    = data.proxmox_storage_content.san.volumes[0].volid
  }
}
output "luns" { value = data.proxmox_storage_content.san.volumes }
output "disks" { value = proxmox_vm.app.disk }
`;

interface DiskOut { interface: string; storage: string; size: string; volume: string }

describe('proxmox_vm attaching an iSCSI LUN', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
    e2e.sim.addIscsiLun(TARGET, { lun: 0, size: 16 * GIB });
    // The storage exists outside this configuration, so destroying the VM leaves it listed.
    e2e.sim.state.storages.set('san', { storage: 'san', type: 'iscsi', options: { portal: '192.0.2.10', target: TARGET, content: 'images' }, secrets: {}, capacity: 0 });
  });
  after(() => e2e?.close());

  it('finds the LUN and attaches it with the size the server reports', async () => {
    e2e.config(lunConfig());
    await e2e.ws.apply();
    const luns = (await e2e.ws.output('luns')) as Array<{ volid: string; size: number; format: string; content: string; vmid: number | null }>;
    assert.equal(luns.length, 1);
    const [lun] = luns;
    assert.match(lun?.volid ?? '', /^san:0\.0\.0\.scsi-/);
    assert.deepEqual([lun?.size, lun?.format, lun?.content, lun?.vmid], [16 * GIB, 'raw', 'images', null]);
    const [disk] = (await e2e.ws.output('disks')) as DiskOut[];
    assert.deepEqual({ storage: disk?.storage, size: disk?.size, volume: disk?.volume }, { storage: 'san', size: '16G', volume: luns[0]?.volid });
    assert.deepEqual(e2e.sim.volumes('san'), [], 'nothing allocated on the iSCSI storage');
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('adding a disk before it keeps each disk on its own volume', async () => {
    e2e.config(lunConfig(`  disk {\n    interface = "scsi0"\n    storage   = "local-lvm"\n    size      = "4G"\n  }`));
    await e2e.ws.apply();
    const disks = (await e2e.ws.output('disks')) as DiskOut[];
    assert.deepEqual(disks.map((d) => [d.interface, d.volume.replace(/scsi-.*/, 'scsi-LUN')]), [['scsi0', 'local-lvm:vm-100-disk-0'], ['scsi1', 'san:0.0.0.scsi-LUN']]);
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('refuses a disk that sets both volume and size, or neither', async () => {
    e2e.config(`
resource "proxmox_vm" "bad" {
  node = "pve"
  disk {
    interface = "scsi0"
    volume    = "san:0.0.0.scsi-x"
    size      = "4G"
  }
  disk {
    interface = "scsi1"
  }
}`);
    const result = await e2e.ws.expect(['validate', '-no-color'], [1]);
    assert.match(result.stderr + result.stdout, /Conflicting disk settings/);
    assert.match(result.stderr + result.stdout, /Missing disk setting/);
  });

  it('destroying the VM leaves the LUN', async () => {
    e2e.config(lunConfig());
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.vms(), []);
    e2e.config(`
data "proxmox_storage_content" "san" {
  node    = "pve"
  storage = "san"
}
output "count" { value = length(data.proxmox_storage_content.san.volumes) }
`);
    await e2e.ws.apply();
    assert.equal(await e2e.ws.output('count'), 1);
  });
});
