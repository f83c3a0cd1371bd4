// Fewer round trips: coalesced concurrent reads, the per-process collection cache (O(1) calls
// for a refresh of N objects), its invalidation on writes and its memory bound.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASResponseError, isNotFound } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { clientFor, startSim } from './fixtures.js';

describe('TrueNAS client reads', () => {
  let sim: TrueNASSimulator;
  before(async () => {
    sim = await startSim();
    const seed = clientFor(sim);
    for (let i = 0; i < 10; i++) await seed.datasets.create({ name: `tank/ds${i}` });
    seed.close();
  });
  after(() => sim.stop());

  const queries = () => sim.callCounts.get('pool.dataset.query') ?? 0;

  it('coalesces N concurrent reads of one kind into one filtered query', async () => {
    const client = clientFor(sim, { cacheMaxItems: 0 });
    const before = queries();
    const found = await Promise.all(Array.from({ length: 10 }, (_, i) => client.datasets.get(`tank/ds${i}`)));
    assert.deepEqual(
      found.map((d) => d.name),
      Array.from({ length: 10 }, (_, i) => `tank/ds${i}`),
    );
    assert.equal(queries() - before, 1);
    assert.equal(client.stats.apiCalls, 1);
    const [missing, present] = await Promise.all([client.datasets.find('tank/none'), client.datasets.find('tank/ds1')]);
    assert.equal(missing, undefined);
    assert.equal(present?.name, 'tank/ds1');
    client.close();
  });

  it('creates started together look for what exists before them in one query', async () => {
    const client = clientFor(sim, { cacheMaxItems: 0 });
    const before = queries();
    const names = Array.from({ length: 10 }, (_, i) => `tank/together${i}`);
    // One of the names exists already: its create is refused, and never takes the existing dataset.
    await client.datasets.create({ name: 'tank/together0' });
    const creates = await Promise.allSettled(names.map((name) => client.datasets.create({ name })));
    assert.equal(queries() - before, 2, 'one lookup for the first create, one for the ten started together');
    assert.equal(creates[0]!.status, 'rejected');
    assert.deepEqual(
      creates.slice(1).map((c) => (c.status === 'fulfilled' ? c.value.name : String(c.reason))),
      names.slice(1),
    );
    client.close();
  });

  it('serves a refresh of N objects from one collection query, and drops it on a write', async () => {
    const client = clientFor(sim);
    const before = queries();
    for (let i = 0; i < 10; i++) assert.equal((await client.datasets.get(`tank/ds${i}`)).name, `tank/ds${i}`);
    await assert.rejects(client.datasets.get('tank/absent'), (err) => isNotFound(err));
    assert.equal(queries() - before, 1, 'one query for eleven reads');
    await client.datasets.update('tank/ds3', { comments: 'changed' });
    assert.equal((await client.datasets.get('tank/ds3')).comments, 'changed');
    assert.equal(queries() - before, 2, 'the write dropped the cache');
    client.close();
  });

  it('after a write, reads only the objects asked for (coalesced), never the whole collection again', async () => {
    const client = clientFor(sim);
    await client.datasets.update('tank/ds4', { comments: 'written' });
    const before = queries();
    const found = await Promise.all([4, 5, 6].map((i) => client.datasets.get(`tank/ds${i}`)));
    assert.equal(found[0]!.comments, 'written');
    assert.equal(queries() - before, 1, 'one coalesced query for the burst');
    // A collection reloaded after the write would have answered this read too.
    assert.equal((await client.datasets.get('tank/ds7')).name, 'tank/ds7');
    assert.equal(queries() - before, 2, 'a query of its own');
    client.close();
  });

  it('sees objects deleted or changed out of band only in a new process (no cross-process cache)', async () => {
    const first = clientFor(sim);
    assert.ok(await first.datasets.find('tank/ds9'));
    sim.state.datasets.delete('tank/ds9');
    sim.state.datasets.get('tank/ds8')!.props['compression'] = 'gzip';
    first.close();
    const second = clientFor(sim);
    assert.equal(await second.datasets.find('tank/ds9'), undefined);
    assert.equal((await second.datasets.get('tank/ds8')).compression, 'GZIP');
    second.close();
  });

  it('does not keep collections larger than its bound and falls back to filtered queries', async () => {
    const client = clientFor(sim, { cacheMaxItems: 3 });
    const before = queries();
    const names = ['tank/ds0', 'tank/ds1', 'tank/ds2'];
    const found = await Promise.all(names.map((name) => client.datasets.get(name)));
    assert.deepEqual(
      found.map((d) => d.name),
      names,
    );
    assert.equal(queries() - before, 2, 'one bounded collection query, then one coalesced query');
    client.close();
  });

  it('parses a cached dataset only when it is read: one surprising dataset fails its own read, not the others', async () => {
    const client = clientFor(sim);
    const before = queries();
    const odd = sim.state.datasets.get('tank/ds3')!;
    const type = odd.type;
    (odd as { type: string }).type = 'SNAPSHOT';
    try {
      const first = await client.datasets.get('tank/ds1');
      assert.equal(first.name, 'tank/ds1');
      assert.equal(await client.datasets.get('tank/ds1'), first, 'a row is parsed once and read as the same object');
      const wrong = await client.datasets.get('tank/ds3').catch((e: unknown) => e);
      assert.ok(wrong instanceof TrueNASResponseError, String(wrong));
      assert.equal(wrong.field, 'type');
      assert.match(wrong.message, /pool\.dataset\.query: unexpected response: field "type"/);
      assert.equal((await client.datasets.get('tank/ds4')).name, 'tank/ds4');
      assert.equal(await client.datasets.find('tank/none'), undefined);
      assert.equal(queries() - before, 1, 'all of it from one collection query');
    } finally {
      odd.type = type;
      client.close();
    }
  });

  it('turns a surprising response into a clear error naming the method and field', async () => {
    const client = clientFor(sim, { cacheMaxItems: 0 });
    const target = await client.iscsi.targets.create({ name: 'shape' });
    const stored = sim.state.targets.get(target.id)! as unknown as Record<string, unknown>;
    stored['name'] = 42;
    const wrongType = await client.iscsi.targets.get(target.id).catch((e: unknown) => e);
    assert.ok(wrongType instanceof TrueNASResponseError, String(wrongType));
    // A read by id parses only its own row (the others asked for in the same call are not its concern).
    assert.equal(wrongType.field, 'name');
    assert.match(wrongType.message, /iscsi\.target\.query: unexpected response: field "name"/);
    stored['name'] = 'shape';
    delete stored['groups'];
    const missing = await client.iscsi.targets.query().catch((e: unknown) => e);
    assert.ok(missing instanceof TrueNASResponseError);
    assert.equal(missing.field, '0.groups');
    sim.state.targets.delete(target.id);
    client.close();
  });
});
