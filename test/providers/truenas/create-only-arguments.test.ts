// Arguments the server uses at creation only and gives no record of (a dataset's share_type, a
// certificate's curve and digest): removing one, or adding it to an imported object, must not
// replace the object (and a dataset's data); a change from one value to another still does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { certificateResource } from '../../../src/providers/truenas/resources/certificate.js';
import { zvolResource } from '../../../src/providers/truenas/resources/zvol.js';
import { snapshotResource } from '../../../src/providers/truenas/resources/snapshot.js';
import { simWithClient, GiB } from './sim-client.js';
import { inProcess } from './plan-apply.js';

// One simulator for the file: each case makes objects of its own names.
let sim: TrueNASSimulator;
let client: TrueNASClient;
before(async () => ({ sim, client } = await simWithClient()));
after(async () => {
  client.close();
  await sim.stop();
});

describe('truenas_dataset share_type after creation', () => {
  it('removing it keeps the dataset', async () => {
    const dataset = inProcess(datasetResource, client);
    const created = await dataset.apply({ name: 'tank/share', share_type: 'SMB' }, null);
    assert.deepEqual(created.errors, []);
    const removed = await dataset.apply({ name: 'tank/share' }, created.state);
    assert.deepEqual([removed.errors, removed.replacing], [[], []]);
    assert.equal(removed.state['share_type'], null);
    assert.deepEqual(await dataset.changesAfterRefresh({ name: 'tank/share' }, removed.state), []);
    // Given again to the dataset whose state has none (as after an import): recorded, not replaced.
    const adopted = await dataset.apply({ name: 'tank/share', share_type: 'SMB' }, removed.state);
    assert.deepEqual([adopted.errors, adopted.replacing, adopted.state['share_type']], [[], [], 'SMB']);
  });

  it('changing it to another preset replaces the dataset', async () => {
    const dataset = inProcess(datasetResource, client);
    const created = await dataset.apply({ name: 'tank/nfs', share_type: 'NFS' }, null);
    assert.deepEqual(created.errors, []);
    const changed = await dataset.apply({ name: 'tank/nfs', share_type: 'SMB' }, created.state);
    assert.deepEqual(changed.replacing, ['share_type']);
  });
});

describe('truenas_certificate creation arguments after creation', () => {
  it('removing ec_curve and digest_algorithm keeps the CSR; changing the curve replaces it', async () => {
    const certificate = inProcess(certificateResource, client);
    const config = { name: 'csr_ec', common: 'nas.example.com', san: ['nas.example.com'], key_type: 'EC' };
    const created = await certificate.apply({ ...config, ec_curve: 'SECP256R1', digest_algorithm: 'SHA384' }, null);
    assert.deepEqual(created.errors, []);
    const changed = await certificate.apply({ ...config, ec_curve: 'SECP521R1', digest_algorithm: 'SHA384' }, created.state);
    assert.deepEqual(changed.replacing, ['ec_curve']);
    const removed = await certificate.apply(config, created.state);
    assert.deepEqual([removed.errors, removed.replacing], [[], []]);
    assert.deepEqual(await certificate.changesAfterRefresh(config, removed.state), []);
  });
});

describe('truenas_zvol sparse after creation', () => {
  it('removing sparse keeps the zvol; changing it replaces the zvol', async () => {
    const zvol = inProcess(zvolResource, client);
    const config = { name: 'tank/thin', volsize: GiB };
    const created = await zvol.apply({ ...config, sparse: true }, null);
    assert.deepEqual(created.errors, []);
    const removed = await zvol.apply(config, created.state);
    assert.deepEqual([removed.errors, removed.replacing, removed.planned['sparse']], [[], [], true]);
    assert.deepEqual(await zvol.changesAfterRefresh(config, removed.state), []);
    const thick = await zvol.apply({ ...config, sparse: false }, removed.state);
    assert.deepEqual(thick.replacing, ['sparse']);
    // Unset at creation: thick, as before.
    const unset = await zvol.apply({ name: 'tank/thick', volsize: GiB }, null);
    assert.deepEqual([unset.errors, unset.state['sparse']], [[], false]);
  });
});

describe('truenas_snapshot recursive after creation', () => {
  it('removing recursive keeps the snapshot; changing it replaces the snapshot', async () => {
    for (const name of ['tank/parent', 'tank/parent/child']) await client.call('pool.dataset.create', [{ name }]);
    const snapshot = inProcess(snapshotResource, client);
    const config = { dataset: 'tank/parent', name: 'before' };
    const created = await snapshot.apply({ ...config, recursive: true }, null);
    assert.deepEqual(created.errors, []);
    const removed = await snapshot.apply(config, created.state);
    assert.deepEqual([removed.errors, removed.replacing, removed.planned['recursive']], [[], [], true]);
    assert.deepEqual(await snapshot.changesAfterRefresh(config, removed.state), []);
    const single = await snapshot.apply({ ...config, recursive: false }, removed.state);
    assert.deepEqual(single.replacing, ['recursive']);
    const unset = await snapshot.apply({ dataset: 'tank/parent', name: 'plain' }, null);
    assert.deepEqual([unset.errors, unset.state['recursive']], [[], false]);
  });
});
