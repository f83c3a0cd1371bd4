// The `inherit` attribute of truenas_dataset and truenas_zvol, in process against the simulator of
// each release: a property set locally is put back to inheriting ("INHERIT" in pool.dataset.update)
// and reads the parent's value without planning changes; one set locally outside terraform is
// inherited again by the next plan; a property both set and listed is refused at plan time.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { zvolResource } from '../../../src/providers/truenas/resources/zvol.js';
import { GiB, simWithClient } from './sim-client.js';
import { TRUENAS_RELEASES } from './harness.js';
import { inProcess } from './plan-apply.js';
import { isUnknown } from '../../../src/values/types.js';

type Property = { value: string | null; source: string };

async function property(client: TrueNASClient, name: string, field: string): Promise<Property> {
  const rows = (await client.call('pool.dataset.query', [[['id', '=', name]], { extra: { retrieve_children: false } }])) as Record<string, Property>[];
  const [row] = rows;
  assert.ok(row, `${name} exists`);
  return row[field]!;
}

for (const release of TRUENAS_RELEASES) {
  describe(`inherit on ${release.version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    beforeEach(async () => {
      ({ sim, client } = await simWithClient({ version: release.version }));
      await client.call('pool.dataset.create', [{ name: 'tank/parent', sync: 'ALWAYS', compression: 'ZSTD' }]);
    });
    afterEach(async () => {
      client.close();
      await sim.stop();
    });

    it('a dataset property set locally inherits again, reads the parent value and plans nothing more', async () => {
      const dataset = inProcess(datasetResource, client);
      const name = 'tank/parent/data';
      const created = await dataset.apply({ name, sync: 'disabled', compression: 'lz4', atime: false }, null);
      assert.deepEqual(created.errors, []);
      assert.equal((await property(client, name, 'sync')).source, 'LOCAL');

      const config = { name, atime: false, inherit: ['sync', 'compression'] };
      const inherited = await dataset.apply(config, created.state);
      assert.deepEqual(inherited.errors, []);
      assert.ok(isUnknown(inherited.planned['sync']), 'the inherited value is known after apply');
      assert.equal(inherited.state['sync'], 'always');
      assert.equal(inherited.state['compression'], 'zstd');
      assert.equal(inherited.state['atime'], false, 'a property not listed keeps its value');
      assert.deepEqual([...(inherited.state['inherit'] as string[])].sort(), ['compression', 'sync']);
      const sync = await property(client, name, 'sync');
      assert.deepEqual([sync.source, sync.value], ['INHERITED', 'ALWAYS']);
      assert.deepEqual(await dataset.changesAfterRefresh(config, inherited.state), []);

      // The parent changes: the dataset follows it, and nothing is planned.
      await client.call('pool.dataset.update', ['tank/parent', { sync: 'STANDARD' }]);
      assert.equal((await dataset.refresh(inherited.state))['sync'], 'standard');
      assert.deepEqual(await dataset.changesAfterRefresh(config, inherited.state), []);
    });

    it('a listed property set locally outside terraform drops out at refresh and the plan inherits it again', async () => {
      const dataset = inProcess(datasetResource, client);
      const name = 'tank/parent/data';
      const config = { name, inherit: ['sync'] };
      const created = await dataset.apply(config, null);
      assert.deepEqual(created.errors, []);
      assert.deepEqual(created.state['inherit'], ['sync']);
      assert.equal(created.state['sync'], 'always');

      await client.call('pool.dataset.update', [name, { sync: 'DISABLED' }]);
      const fresh = await dataset.refresh(created.state);
      assert.deepEqual(fresh['inherit'], []);
      assert.equal(fresh['sync'], 'disabled');
      const changes = await dataset.changesAfterRefresh(config, created.state);
      assert.ok(changes.includes('inherit') && changes.includes('sync'), `the plan inherits sync again: ${changes.join(', ')}`);

      const again = await dataset.apply(config, fresh);
      assert.deepEqual(again.errors, []);
      assert.deepEqual(again.state['inherit'], ['sync']);
      assert.equal(again.state['sync'], 'always');
      assert.equal((await property(client, name, 'sync')).source, 'INHERITED');
    });

    it('a share type preset that sets a listed property is undone at create', async () => {
      const dataset = inProcess(datasetResource, client);
      const name = 'tank/parent/nfs';
      const created = await dataset.apply({ name, share_type: 'NFS', inherit: ['atime'] }, null);
      assert.deepEqual(created.errors, []);
      assert.deepEqual(created.state['inherit'], ['atime']);
      assert.equal(created.state['atime'], true);
      assert.equal((await property(client, name, 'atime')).source, 'DEFAULT');
    });

    it('on a dRAID pool a listed recordsize is inherited, not the 1M the server sets when none is sent', async () => {
      const draid = await simWithClient({ version: release.version, pools: [{ name: 'wide', size: 100 * GiB, layout: 'DRAID1' }] });
      try {
        const dataset = inProcess(datasetResource, draid.client);
        const created = await dataset.apply({ name: 'wide/data', inherit: ['recordsize'] }, null);
        assert.deepEqual(created.errors, []);
        assert.deepEqual([created.state['recordsize'], created.state['inherit']], ['128K', ['recordsize']]);
        assert.equal((await property(draid.client, 'wide/data', 'recordsize')).source, 'DEFAULT');
      } finally {
        draid.client.close();
        await draid.sim.stop();
      }
    });

    it('a property both set and listed in inherit is refused, naming it', () => {
      const dataset = inProcess(datasetResource, client);
      const errors = dataset.validate({ name: 'tank/parent/data', sync: 'always', inherit: ['sync'] });
      assert.equal(errors.length, 1);
      assert.match(errors[0]!, /"sync" is set and also listed in "inherit"/);
      assert.deepEqual(dataset.validate({ name: 'tank/parent/data', sync: 'always', inherit: ['compression'] }), []);
      assert.match(dataset.validate({ name: 'tank/parent/data', inherit: ['quota'] }).join('\n'), /quota/);
    });

    it('a zvol property inherits again; readonly and comments are not offered', async () => {
      const zvol = inProcess(zvolResource, client);
      const name = 'tank/parent/disk';
      const created = await zvol.apply({ name, volsize: GiB, compression: 'lz4' }, null);
      assert.deepEqual(created.errors, []);
      const config = { name, volsize: GiB, inherit: ['compression'] };
      const inherited = await zvol.apply(config, created.state);
      assert.deepEqual(inherited.errors, []);
      assert.equal(inherited.state['compression'], 'zstd');
      assert.equal((await property(client, name, 'compression')).source, 'INHERITED');
      assert.deepEqual(await zvol.changesAfterRefresh(config, inherited.state), []);
      assert.notDeepEqual(zvol.validate({ name, volsize: GiB, inherit: ['readonly'] }), []);
      assert.notDeepEqual(zvol.validate({ name, volsize: GiB, inherit: ['comments'] }), []);
    });
  });
}
