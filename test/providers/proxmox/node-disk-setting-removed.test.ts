// A proxmox_node_disk_* setting the server does not report (a pool's compression, a directory's
// device) removed from the configuration, planned and applied in-process against the simulator:
// the object keeps what it was made with instead of being replaced (a replacement would forget
// or wipe it and then fail to make it again, or wipe the disks only to restore a default); a
// new value still replaces it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nodeDiskZfsResource } from '../../../src/providers/proxmox/resources/node-disk-zfs.js';
import { nodeDiskDirectoryResource } from '../../../src/providers/proxmox/resources/node-disk-directory.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

describe('a node disk setting removed from the configuration keeps the object', () => {
  let h: Harness;
  const provider = () => providerData(h.client);
  before(async () => (h = await startHarness()));
  after(() => h.close());

  it('proxmox_node_disk_zfs: compression removed is no replacement; another compression is', async () => {
    const zfs = inProcessWith(nodeDiskZfsResource, provider());
    const base = { node: 'pve', name: 'tank', raidlevel: 'single', devices: ['/dev/sdb'] };
    const created = await zfs.apply({ ...base, compression: 'lz4' }, null);
    assert.deepEqual(created.errors, []);
    const dropped = await zfs.apply(base, created.state);
    assert.deepEqual([dropped.replacing, dropped.errors, dropped.state['compression']], [[], [], null]);
    assert.deepEqual(await zfs.changesAfterRefresh(base, dropped.state), []);
    const changed = await zfs.apply({ ...base, compression: 'zstd' }, created.state);
    assert.deepEqual(changed.replacing, ['compression']);
  });

  it('proxmox_node_disk_directory: the device removed is no replacement; another device is', async () => {
    const directory = inProcessWith(nodeDiskDirectoryResource, provider());
    const base = { node: 'pve', name: 'backup' };
    const created = await directory.apply({ ...base, device: '/dev/sdc' }, null);
    assert.deepEqual(created.errors, []);
    const dropped = await directory.apply(base, created.state);
    assert.deepEqual([dropped.replacing, dropped.errors, dropped.state['device']], [[], [], null]);
    assert.deepEqual(await directory.changesAfterRefresh(base, dropped.state), []);
    const changed = await directory.apply({ ...base, device: '/dev/sdd' }, created.state);
    assert.deepEqual(changed.replacing, ['device']);
  });
});
