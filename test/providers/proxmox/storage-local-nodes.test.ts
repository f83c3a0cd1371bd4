// proxmox_storage "local": Proxmox VE drops its node restrictions whenever it reads storage.cfg
// (pve-storage src/PVE/Storage/Plugin.pm:591-592 `parse_config` @0c56bad), so `nodes` on it would
// be taken and never read back (a change planned on every refresh): refused by validate.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { storageResource } from '../../../src/providers/proxmox/resources/storage.js';
import { inProcessWith } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('proxmox_storage "local" and nodes', () => {
  const storage = () => inProcessWith(storageResource, providerData(h.client));
  const local = { storage: 'local', type: 'dir', path: '/var/lib/vz' };

  it('the server takes nodes for it and reads none back', async () => {
    await h.client.storage.update('local', { nodes: 'pve' });
    assert.equal((await h.client.storage.get('local')).nodes, undefined);
  });

  it('nodes on it is refused by validate, naming nodes; without nodes it imports with no change', async () => {
    const errors = storage().validate({ ...local, nodes: ['pve'] });
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.match(errors[0] ?? '', /^Storage "local" is on every node: /);
    assert.deepEqual(storage().validate(local), []);
    const imported = await storage().importId('local');
    assert.ok(imported.state);
    const content = imported.state.content;
    assert.deepEqual(await storage().changesAfterRefresh({ ...local, content }, imported.state), []);
  });
});
