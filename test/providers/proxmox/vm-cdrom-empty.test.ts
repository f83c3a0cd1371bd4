// proxmox_vm cdrom "none" (an empty CD-ROM drive) and "cdrom" (the host's drive): values of their
// own (qemu-server src/PVE/QemuServer/Drive.pm:97-108 `get_iso_path` @e6352be), stored as
// "ide2: none,media=cdrom". Read as null, the configured value made the create an inconsistent
// result and planned a change on every refresh; a drive the configuration does not name still
// reads as no CD-ROM.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('proxmox_vm cdrom without media', () => {
  const vm = () => inProcessWith(vmResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (cdrom: string | null): Attributes => ({ node: 'pve', vmid: 795, name: 'empty-drive', memory: 512, cores: 1, started: false, cdrom });

  it('"none": an empty drive, and the next plan is empty', async () => {
    const applied = await vm().apply(config('none'), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(795)?.config.ide2, 'none,media=cdrom');
    assert.equal(applied.state.cdrom, 'none');
    assert.deepEqual(await vm().changesAfterRefresh(config('none'), applied.state), []);
  });

  it('imported, the empty drive reads as no CD-ROM; set to an ISO it changes in place', async () => {
    const imported = await vm().importId('pve/795');
    assert.equal(imported.state?.cdrom, null);
    assert.deepEqual(await vm().changesAfterRefresh(config(null), imported.state ?? {}), []);
    const iso = 'local:iso/debian-12.7.0-amd64-netinst.iso';
    const applied = await vm().apply(config(iso), await vm().refresh({ ...(imported.state ?? {}), cdrom: 'none' }));
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(795)?.config.ide2, `${iso},media=cdrom`);
  });
});
