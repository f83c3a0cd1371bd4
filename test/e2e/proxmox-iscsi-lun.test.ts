// Attaching an iSCSI LUN to a VM with the real terraform against the simulator: the LUN found
// with data "proxmox_storage_content", attached with `disk { volume }`, its size from the
// server; stable plans; disks paired by interface; bad disk blocks refused; the LUN outlives
// the VM. On the lifecycle harness (apply, empty plan, import, destroy, nothing left).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

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

interface DiskOut {
  interface: string;
  storage: string;
  size: string;
  volume: string;
}

const lunCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_vm with an iSCSI LUN',
  steps: [
    {
      config: lunConfig(),
      expect: { 'proxmox_vm.app': 'create' },
      async check({ target, ws }) {
        const luns = (await ws.output('luns')) as Array<{ volid: string; size: number; format: string; content: string; vmid: number | null }>;
        assert.equal(luns.length, 1);
        const [lun] = luns;
        assert.match(lun?.volid ?? '', /^san:0\.0\.0\.scsi-/);
        assert.deepEqual([lun?.size, lun?.format, lun?.content, lun?.vmid], [16 * GIB, 'raw', 'images', null]);
        const [disk] = (await ws.output('disks')) as DiskOut[];
        assert.deepEqual({ storage: disk?.storage, size: disk?.size, volume: disk?.volume }, { storage: 'san', size: '16G', volume: luns[0]?.volid });
        assert.deepEqual(target.volumes('san'), [], 'nothing allocated on the iSCSI storage');
      },
    },
    {
      // A disk added before it: each disk keeps its own volume.
      config: lunConfig(`  disk {\n    interface = "scsi0"\n    storage   = "local-lvm"\n    size      = "4G"\n  }`),
      expect: { 'proxmox_vm.app': 'update' },
      async check({ ws }) {
        const disks = (await ws.output('disks')) as DiskOut[];
        assert.deepEqual(
          disks.map((d) => [d.interface, d.volume.replace(/scsi-.*/, 'scsi-LUN')]),
          [
            ['scsi0', 'local-lvm:vm-100-disk-0'],
            ['scsi1', 'san:0.0.0.scsi-LUN'],
          ],
        );
      },
    },
  ],
  imports: [{ address: 'proxmox_vm.app', id: (values) => `${String(values.node)}/${String(values.vmid)}` }],
  // The VM and its local disk go; the LUN is the SAN's and stays listed on the storage.
  leftovers: (sim) => [
    ...sim.vms().map((g) => `VM ${g.vmid}`),
    ...sim.volumes('local-lvm').map((v) => `volume ${v.name}`),
    ...(sim.state.storages.has('san') ? [] : ['the san storage is gone']),
  ],
};

describe('proxmox_vm attaching an iSCSI LUN', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
    e2e.sim.addIscsiLun(TARGET, { lun: 0, size: 16 * GIB });
    // The storage exists outside this configuration, so destroying the VM leaves it listed.
    e2e.sim.state.storages.set('san', {
      storage: 'san',
      type: 'iscsi',
      options: { portal: '192.0.2.10', target: TARGET, content: 'images' },
      secrets: {},
      capacity: 0,
    });
  });
  after(() => e2e?.close());

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

  it('finds the LUN, attaches it with the size the server reports, adds a disk before it, imports, destroys', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [lunCase]);
  });

  it('destroying the VM left the LUN listed', async () => {
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
