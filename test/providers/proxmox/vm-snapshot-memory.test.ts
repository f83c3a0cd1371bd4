// proxmox_vm_snapshot's include_ram: the server saves a VM's memory only while it runs
// (pve-guest-common AbstractConfig.pm:769-770 @4a8f6cb), and a snapshot never changes. A snapshot
// of a stopped VM asked to include the memory holds none, and keeps the configured value instead of
// planning its replacement on every refresh; an import learns the value from the snapshot.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { vmSnapshotResource } from '../../../src/providers/proxmox/resources/vm-snapshot.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => {
  h = await startHarness();
  await h.client.qemu.create('pve', { vmid: 710, name: 'memory', memory: 512, cores: 1 });
});
after(() => h.close());

describe('proxmox_vm_snapshot include_ram', () => {
  const snapshot = () => inProcessWith(vmSnapshotResource, providerData(h.client));
  const config = (name: string) => ({ node: 'pve', vmid: 710, name, include_ram: true });

  it('of a stopped VM: the snapshot holds no memory, and the next plan is empty', async () => {
    const applied = await snapshot().apply(config('cold'), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(710)?.snapshots.get('cold')?.vmstate, false, 'a stopped VM has no memory to save');
    assert.equal(applied.state.include_ram, true);
    const fresh = await snapshot().refresh(applied.state);
    assert.equal(fresh.include_ram, true);
    assert.deepEqual(await snapshot().changesAfterRefresh(config('cold'), fresh), []);
  });

  it('an import reads it from the snapshot', async () => {
    const cold = await snapshot().importId('pve/710/cold');
    assert.equal(cold.state?.include_ram, false);
    h.sim.state.guests.get(710)!.status = 'running';
    const applied = await snapshot().apply(config('warm'), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(710)?.snapshots.get('warm')?.vmstate, true);
    const warm = await snapshot().importId('pve/710/warm');
    assert.equal(warm.state?.include_ram, true);
  });
});
