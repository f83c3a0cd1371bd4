// A zvol exported over iSCSI and NVMe-oF at once, and the backing files FILE extents and
// namespaces leave, with the real terraform against a 25.10 simulator (audit T3 #13, #15).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertBlames, expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const ZVOL = `
resource "truenas_zvol" "disk" {
  name    = "tank/both"
  volsize = 67108864
}
resource "truenas_nvmet_subsys" "vm" {
  name = "vm-disks"
}
`;
const NAMESPACE = `
resource "truenas_nvmet_namespace" "disk" {
  subsys_id   = truenas_nvmet_subsys.vm.id
  device_type = "ZVOL"
  device_path = "zvol/\${truenas_zvol.disk.name}"
}
`;
const EXTENT = `
resource "truenas_iscsi_extent" "disk" {
  name = "both"
  zvol = truenas_zvol.disk.name
}
`;

describe('truenas: one protocol per zvol, and backing files on destroy', () => {
  let e2e: TrueNASE2e;
  before(async () => {
    e2e = await startTrueNASE2e({ version: '25.10.6' });
  });
  after(async () => {
    await e2e?.close();
  });

  it('both new in one apply: one is made, the other refused before it is created; the next plan names the attribute', async () => {
    e2e.config(ZVOL + NAMESPACE + EXTENT);
    const refused = await expectFailure(e2e.ws, ['apply', '-auto-approve']);
    const { state } = e2e.sim;
    const made = state.extents.list().length + state.nvmet.namespaces.list().length;
    assert.equal(made, 1, 'exactly one of the two exists');
    const namespaceWon = state.nvmet.namespaces.list().length === 1;
    // terraform plans the second object again once the zvol exists: if the first is made by then,
    // the provider's own check refuses it; if both are planned first, the server refuses the second.
    if (namespaceWon) {
      assertBlames(refused, 'truenas_iscsi_extent.disk', /zvol: Disk currently in use by NVMe-oF subsystem vm-disks NSID 1|already exported over NVMe-oF/);
    } else {
      assertBlames(refused, 'truenas_nvmet_namespace.disk', /device_path: This device_path already used by iSCSI extent: both|already exported over iSCSI/);
    }
    // The one made is in state, the refused one is not: nothing orphaned.
    assert.deepEqual((await e2e.ofType(namespaceWon ? 'truenas_nvmet_namespace' : 'truenas_iscsi_extent')).length, 1);
    assert.deepEqual((await e2e.ofType(namespaceWon ? 'truenas_iscsi_extent' : 'truenas_nvmet_namespace')).length, 0);
    // Now the other one exists: the plan says it.
    const plan = await expectFailure(e2e.ws, ['plan']);
    if (namespaceWon) assertBlames(plan, 'truenas_iscsi_extent.disk', /already exported over NVMe-oF/);
    else assertBlames(plan, 'truenas_nvmet_namespace.disk', /already exported over iSCSI/);
    // The way out: keep one of them.
    e2e.config(ZVOL + (namespaceWon ? NAMESPACE : EXTENT));
    await e2e.ws.apply();
    await e2e.ws.destroy();
    assert.deepEqual(state.inventory()['zvols'], []);
  });

  it('a FILE extent and namespace leave their files unless remove_file_on_destroy is set', async () => {
    const files = (remove: boolean) => `
resource "truenas_dataset" "files" {
  name = "tank/files"
}
resource "truenas_nvmet_subsys" "vm" {
  name = "vm-files"
}
resource "truenas_iscsi_extent" "file" {
  name                   = "file"
  type                   = "FILE"
  path                   = "\${truenas_dataset.files.mountpoint}/lun0.img"
  filesize               = 16777216
  remove_file_on_destroy = ${remove}
}
resource "truenas_nvmet_namespace" "file" {
  subsys_id              = truenas_nvmet_subsys.vm.id
  device_type            = "FILE"
  device_path            = "\${truenas_dataset.files.mountpoint}/ns0.img"
  filesize               = 16777216
  remove_file_on_destroy = ${remove}
}
`;
    const held = () => [...e2e.sim.state.files.keys()].sort();
    e2e.config(files(false));
    await e2e.ws.apply();
    assert.deepEqual(held(), ['/mnt/tank/files/lun0.img', '/mnt/tank/files/ns0.img']);
    // Turning it on is an in-place change of the state alone.
    e2e.config(files(true));
    await e2e.ws.apply();
    e2e.config(`resource "truenas_dataset" "files" {\n  name = "tank/files"\n}\n`);
    await e2e.ws.apply();
    assert.deepEqual(held(), [], 'both files removed with their extent and namespace');
    e2e.config(files(false));
    await e2e.ws.apply();
    e2e.config(`resource "truenas_dataset" "files" {\n  name = "tank/files"\n}\n`);
    await e2e.ws.apply();
    assert.deepEqual(held(), ['/mnt/tank/files/lun0.img', '/mnt/tank/files/ns0.img'], 'left on the pool by default');
    await e2e.ws.destroy();
  });
});
