// Dataset queries ask only for the ZFS properties the client maps (`extra.properties`). What the
// server derives from properties (mountpoint, the crypto fields) comes and goes with them, and
// differently on 25.04 and 25.10+, so the same datasets must read the same as with every property.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { datasetQueryProperties, datasetSchema, type Dataset } from '../../../src/clients/truenas/schemas/dataset.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { clientFor, startSim } from './fixtures.js';

type Row = Record<string, unknown>;

const byId = (datasets: readonly Dataset[]): Dataset[] => [...datasets].sort((a, b) => a.id.localeCompare(b.id));
const query = async (client: TrueNASClient, properties?: readonly string[]): Promise<Row[]> =>
  (await client.call('pool.dataset.query', [[], { extra: { flat: true, ...(properties ? { properties } : {}) } }])) as Row[];
const rowOf = (rows: Row[], id: string): Row => rows.find((row) => row['id'] === id)!;

for (const version of ['25.04.2', '25.10.0', '26.0.0']) {
  const modern = version !== '25.04.2';
  describe(`TrueNAS dataset query properties on ${version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    before(async () => {
      sim = await startSim({ version });
      client = clientFor(sim);
      await client.datasets.create({
        name: 'tank/plain',
        comments: 'notes',
        compression: 'ZSTD',
        user_properties: [{ key: 'org.example:owner', value: 'ops' }],
      });
      await client.datasets.create({
        name: 'tank/secret',
        encryption: true,
        inherit_encryption: false,
        encryption_options: { passphrase: 'correct horse battery', pbkdf2iters: 1_300_000 },
      });
      await client.datasets.create({ name: 'tank/secret/child', quota: 4 * 1024 ** 3 });
      await client.datasets.create({ name: 'tank/vol', type: 'VOLUME', volsize: 1024 ** 3, volblocksize: '16K' });
      sim.state.datasets.get('tank/secret')!.encryption!.locked = true;
    });
    after(async () => {
      client.close();
      await sim.stop();
    });

    it('reads every dataset exactly as a query of all properties does', async () => {
      const everything = byId(z.array(datasetSchema).parse(await query(client)));
      const fresh = clientFor(sim, { cacheMaxItems: 0 });
      try {
        const limited = byId(await fresh.datasets.query());
        assert.deepEqual(limited, everything);
        const secret = limited.find((d) => d.id === 'tank/secret/child')!;
        assert.deepEqual([secret.encrypted, secret.encryptionRoot, secret.locked], [true, 'tank/secret', true]);
        assert.equal(limited.find((d) => d.id === 'tank/vol')!.mountpoint, null);
        assert.equal(limited.find((d) => d.id === 'tank/plain')!.mountpoint, '/mnt/tank/plain');
      } finally {
        fresh.close();
      }
    });

    it('leaves out the properties the client does not map', async () => {
      const row = rowOf(await query(client, datasetQueryProperties), 'tank/plain');
      for (const absent of ['creation', 'origin', 'usedbydataset']) assert.equal(absent in row, false, absent);
      assert.deepEqual((row['compression'] as Row)['value'], 'ZSTD');
    });

    it('derives mountpoint and the crypto fields from what was asked for, as this release does', async () => {
      const used = await query(client, ['used']);
      assert.equal('mountpoint' in rowOf(used, 'tank/plain'), modern, 'a filesystem mountpoint comes unasked only on 25.10+');
      assert.equal(rowOf(used, 'tank/vol')['mountpoint'], null);
      for (const field of ['encrypted', 'encryption_root', 'key_loaded', 'locked']) assert.equal(field in rowOf(used, 'tank/secret'), false, field);

      const keystatus = rowOf(await query(client, ['encryption', 'keystatus']), 'tank/secret');
      assert.deepEqual(
        ['encrypted', 'encryption_root', 'key_loaded', 'locked'].map((field) => keystatus[field]),
        modern ? [true, 'tank/secret', false, true] : [true, undefined, false, true],
        '25.04 reports each crypto field only with its own property',
      );
      assert.equal('user_properties' in rowOf(await query(client, []), 'tank/plain'), true, 'user properties come either way');
    });

    // The REST layer parses each `extra.` parameter as JSON (restful.py@TS-25.04.2.6:138-142).
    if (!modern)
      it('sends the list through the REST layer as JSON', async () => {
        const rest = clientFor(sim, { transport: 'rest', cacheMaxItems: 0 });
        try {
          assert.deepEqual(byId(await rest.datasets.query()), byId(z.array(datasetSchema).parse(await query(client))));
        } finally {
          rest.close();
        }
      });
  });
}
