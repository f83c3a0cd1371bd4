// A snapshot's description as Proxmox gives it back: kept as comment lines of the snapshot's
// section, trailing empty lines dropped; QEMU strips the trailing white space when it reads it
// (qemu-server QemuServer.pm:1969-1975 @e6352be), a container ends every line with a line feed
// (pve-container LXC/Config.pm:1174-1175 @94f5585). A description ending in a line feed (a heredoc)
// is kept as configured instead of planning a change on every refresh.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lxcSnapshotResource } from '../../../src/providers/proxmox/resources/lxc-snapshot.js';
import { vmSnapshotResource } from '../../../src/providers/proxmox/resources/vm-snapshot.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

const CT_TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';
const HEREDOC = 'before the upgrade\nof the kernel\n';

let h: Harness;
before(async () => {
  h = await startHarness();
  await h.client.qemu.create('pve', { vmid: 720, name: 'described', memory: 512, cores: 1 });
  await h.client.lxc.create('pve', { vmid: 721, ostemplate: CT_TEMPLATE, rootfs: 'local-lvm:4' });
});
after(() => h.close());

describe('snapshot description ending in a line feed', () => {
  const cases = [
    { kind: 'proxmox_vm_snapshot', resource: vmSnapshotResource, api: () => h.client.qemu, vmid: 720, listed: 'before the upgrade\nof the kernel' },
    { kind: 'proxmox_lxc_snapshot', resource: lxcSnapshotResource, api: () => h.client.lxc, vmid: 721, listed: 'before the upgrade\nof the kernel\n' },
  ];
  for (const { kind, resource, api, vmid, listed } of cases) {
    it(`${kind}: the server gives it back otherwise, and the next plan is empty`, async () => {
      const snapshot = () => inProcessWith(resource, providerData(h.client));
      const config = { node: 'pve', vmid, name: 'described', description: HEREDOC };
      const applied = await snapshot().apply(config, null);
      assert.deepEqual(applied.errors, []);
      const entry = (await api().snapshots('pve', vmid)).find((s) => s.name === 'described');
      assert.equal(entry?.description, listed, 'as the server lists it');
      const fresh = await snapshot().refresh(applied.state);
      assert.equal(fresh.description, HEREDOC);
      assert.deepEqual(await snapshot().changesAfterRefresh(config, fresh), []);
    });
  }

  it('a description changed outside terraform still shows as a change', async () => {
    const snapshot = () => inProcessWith(vmSnapshotResource, providerData(h.client));
    const config = { node: 'pve', vmid: 720, name: 'described', description: HEREDOC };
    const state = (await snapshot().importId('pve/720/described')).state;
    assert.ok(state);
    await h.client.qemu.updateSnapshot('pve', 720, 'described', 'changed by hand');
    const fresh = await snapshot().refresh({ ...state, description: HEREDOC });
    assert.equal(fresh.description, 'changed by hand');
    assert.deepEqual(await snapshot().changesAfterRefresh(config, fresh), ['description']);
  });
});
