// proxmox_storage of type dir: Proxmox stores the path as File::Spec->canonpath writes it (pve-storage
// src/PVE/Storage/DirPlugin.pm:263-264 @0c56bad): "/mnt/data/" reads back "/mnt/data". The
// configured path is kept when it is the same path, instead of an inconsistent result at create
// and a replacement planned on every refresh.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { canonicalPath } from '../../../src/clients/proxmox/canonical-path.js';
import { storageResource } from '../../../src/providers/proxmox/resources/storage.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

describe('a directory storage path', () => {
  it('canonical as File::Spec::Unix canonpath gives it', () => {
    for (const [given, canonical] of [
      ['/mnt/data/', '/mnt/data'],
      ['/mnt//data///x', '/mnt/data/x'],
      ['/mnt/./data/.', '/mnt/data'],
      ['/../mnt/data', '/mnt/data'],
      ['/mnt/a/../b', '/mnt/a/../b'],
      ['/', '/'],
    ]) {
      assert.equal(canonicalPath(given ?? ''), canonical, given);
    }
  });

  const storage = () => inProcessWith(storageResource, providerData(h.client));
  const config = (path: string): Attributes => ({ storage: 'data', type: 'dir', path, content: ['iso'] });

  it('with a trailing slash: stored canonical, kept as configured, and the next plan is empty', async () => {
    const applied = await storage().apply(config('/mnt/data/'), null);
    assert.deepEqual(applied.errors, []);
    assert.equal(h.sim.state.storages.get('data')?.options.path, '/mnt/data');
    assert.equal(applied.state.path, '/mnt/data/');
    assert.deepEqual(await storage().changesAfterRefresh(config('/mnt/data/'), applied.state), []);
  });

  it('imported, it reads as stored; another path still replaces it', async () => {
    const imported = await storage().importId('data');
    assert.equal(imported.state?.path, '/mnt/data');
    const state = await storage().refresh({ ...(imported.state ?? {}), path: '/mnt/data/' });
    const plan = await storage().planOnly(config('/srv/data'), state);
    assert.deepEqual(plan.errors, []);
    assert.equal(plan.changes, true);
  });
});
