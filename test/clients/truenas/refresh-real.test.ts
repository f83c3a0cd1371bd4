// Refresh against the real server's query semantics (scripted server, see real-semantics.ts):
// datasets below the pool roots are found, in O(1) calls, by the collection cache and by
// coalesced reads; snapshot queries ask only for the properties the client reads.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { datasetQueryProperties } from '../../../src/clients/truenas/schemas/dataset.js';
import { apiKey } from './fixtures.js';
import { datasetQuery, datasetRow, loginAndVersion } from './real-semantics.js';
import { startScriptedServer, type ScriptedServer } from './scripted-server.js';

const rows = [datasetRow('tank'), datasetRow('tank/apps'), datasetRow('tank/apps/db'), datasetRow('tank/vm-disk', 'VOLUME')];

for (const version of ['25.04.2', '25.10.1']) {
  describe(`TrueNAS client refresh on a real ${version} server`, () => {
    let server: ScriptedServer;
    before(async () => {
      server = await startScriptedServer({
        ...loginAndVersion(version),
        'pool.dataset.query': datasetQuery(() => rows),
        'zfs.snapshot.query': () => [],
        'pool.snapshot.query': () => [],
      });
    });
    after(() => server.stop());
    const client = (cacheMaxItems?: number) => new TrueNASClient({ endpoint: server.url, apiKey, ...(cacheMaxItems !== undefined ? { cacheMaxItems } : {}) });

    it('finds nested datasets and zvols through the collection cache in one query', async () => {
      const c = client();
      const before = server.callsOf('pool.dataset.query').length;
      for (const name of ['tank/apps', 'tank/apps/db', 'tank/vm-disk']) assert.equal((await c.datasets.find(name))?.name, name);
      assert.equal(await c.datasets.find('tank/gone'), undefined);
      assert.equal(server.callsOf('pool.dataset.query').length - before, 1);
      c.close();
    });

    it('finds nested datasets with coalesced and single reads', async () => {
      const c = client(0);
      const found = await Promise.all(['tank/apps', 'tank/apps/db'].map((name) => c.datasets.find(name)));
      assert.deepEqual(
        found.map((d) => d?.name),
        ['tank/apps', 'tank/apps/db'],
      );
      assert.equal((await c.datasets.find('tank/vm-disk'))?.type, 'VOLUME');
      const single = server.callsOf('pool.dataset.query').at(-1)!;
      assert.deepEqual(
        single.params[1],
        { extra: { flat: true, retrieve_children: false, properties: datasetQueryProperties } },
        'a single id filter takes the fast path',
      );
      c.close();
    });

    it('reads snapshots asking only for the properties it uses', async () => {
      const c = client();
      assert.equal(await c.snapshots.find('tank/apps@x'), undefined);
      const method = version.startsWith('25.04') ? 'zfs.snapshot.query' : 'pool.snapshot.query';
      const [call] = server.callsOf(method);
      assert.deepEqual((call!.params[1] as { extra?: unknown }).extra, { properties: ['used', 'referenced', 'createtxg'] });
      c.close();
    });
  });
}
