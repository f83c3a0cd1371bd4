// proxmox_lxc without hostname: Proxmox names the container CT<vmid> when it creates it
// (pve-container src/PVE/API2/LXC.pm:602 @94f5585), and the hostname attribute (computed) says so;
// the create no longer removes that name again right after, and a hostname dropped from the
// configuration later is kept, as documented.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lxcResource } from '../../../src/providers/proxmox/resources/lxc.js';
import { VmidAllocator } from '../../../src/providers/proxmox/shared/vmid-allocator.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('proxmox_lxc hostname', () => {
  const ct = () => inProcessWith(lxcResource, { ...providerData(h.client), vmids: new VmidAllocator(h.client.cluster) });
  const config = (hostname?: string): Attributes => ({
    node: 'pve',
    vmid: 790,
    template: 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
    rootfs: { storage: 'local-lvm', size: '4G' },
    started: false,
    ...(hostname === undefined ? {} : { hostname }),
  });

  it('unset at create: the server names it CT<vmid>, and state says so', async () => {
    const applied = await ct().apply(config(), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.guests.get(790)?.config.hostname, 'CT790');
    assert.equal(applied.state.hostname, 'CT790');
    assert.deepEqual(await ct().changesAfterRefresh(config(), applied.state), []);
  });

  it('dropped from the configuration later: the name is kept', async () => {
    const state = await ct().refresh((await ct().importId('pve/790')).state ?? {});
    const renamed = await ct().apply(config('dns'), state);
    assert.deepEqual(renamed.errors, []);
    const dropped = await ct().apply(config(), renamed.state);
    assert.deepEqual(dropped.errors, []);
    assert.equal(h.sim.state.guests.get(790)?.config.hostname, 'dns');
    assert.equal(dropped.state.hostname, 'dns');
  });
});
