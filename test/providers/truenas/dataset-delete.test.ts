// Deleting a dataset or zvol, in process against the simulator: the server deletes what is
// attached (shares, extents, NVMe-oF namespaces, snapshot and replication tasks) before ZFS
// refuses a dataset with snapshots (plugins/pool_/dataset.py do_delete @TS-25.10.6:823-844),
// so the provider refuses such deletes itself, before any change on the server.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { zvolResource } from '../../../src/providers/truenas/resources/zvol.js';
import { simWithClient, GiB } from './sim-client.js';

type Deleting = { delete(ctx: unknown, state: Record<string, unknown>): Promise<void> };

async function refusal(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof Error, 'expected the delete to be refused');
  return `${err.message} ${(err as { detail?: string }).detail ?? ''}`;
}

describe('deleting a dataset or zvol (25.10)', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  const ctx = () => ({ provider: { client } });
  beforeEach(async () => {
    ({ sim, client } = await simWithClient());
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  /** An enabled LOCAL push replication of `source` into `target`. */
  async function localReplication(name: string, source: string, target: string): Promise<void> {
    const task = { name, direction: 'PUSH', transport: 'LOCAL', source_datasets: [source], target_dataset: target, recursive: false, auto: false };
    await client.call('replication.create', [{ ...task, retention_policy: 'NONE', also_include_naming_schema: ['auto-%Y-%m-%d_%H-%M'] }]);
  }

  async function sharedSnapshottedDataset(): Promise<void> {
    await client.call('pool.dataset.create', [{ name: 'tank/data' }]);
    await client.call('sharing.nfs.create', [{ path: '/mnt/tank/data' }]);
    await client.call('pool.snapshot.create', [{ dataset: 'tank/data', name: 'keep' }]);
  }

  it('the simulated server deletes the share before ZFS refuses the snapshotted dataset', async () => {
    await sharedSnapshottedDataset();
    await assert.rejects(client.call('pool.dataset.delete', ['tank/data']), /filesystem has children/);
    assert.equal(sim.state.nfsShares.list().length, 0, 'the share went before the refusal, as on the real server');
    assert.ok(sim.state.datasets.has('tank/data'));
  });

  it('the provider refuses a dataset with snapshots before calling the server', async () => {
    await sharedSnapshottedDataset();
    const message = await refusal((datasetResource as unknown as Deleting).delete(ctx(), { id: 'tank/data', name: 'tank/data' }));
    assert.match(message, /dataset tank\/data has 1 snapshot\(s\) \(tank\/data@keep\)/);
    assert.equal(sim.state.nfsShares.list().length, 1, 'the share is still there');
    assert.ok(sim.state.datasets.has('tank/data'));
  });

  it('the provider refuses a zvol with snapshots before calling the server', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/disk', type: 'VOLUME', volsize: GiB }]);
    await client.call('pool.snapshot.create', [{ dataset: 'tank/disk', name: 'before' }]);
    const message = await refusal((zvolResource as unknown as Deleting).delete(ctx(), { id: 'tank/disk', name: 'tank/disk' }));
    assert.match(message, /zvol tank\/disk has 1 snapshot/);
    assert.ok(sim.state.datasets.has('tank/disk'));
  });

  it('the simulated server deletes an enabled NVMe-oF namespace and replication task with the zvol', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/disk', type: 'VOLUME', volsize: GiB }]);
    await client.call('pool.dataset.create', [{ name: 'tank/backup' }]);
    const subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as { id: number };
    await client.call('nvmet.namespace.create', [{ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/disk' }]);
    await localReplication('copy', 'tank/disk', 'tank/backup/disk');
    await client.call('pool.dataset.delete', ['tank/disk']);
    assert.equal(sim.state.nvmet.namespaces.list().length, 0);
    assert.equal(sim.state.replications.list().length, 0);
  });

  it('the provider refuses a zvol an NVMe-oF namespace or a replication task uses', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/disk', type: 'VOLUME', volsize: GiB }]);
    const subsys = (await client.call('nvmet.subsys.create', [{ name: 'sub' }])) as { id: number };
    await client.call('nvmet.namespace.create', [{ subsys_id: subsys.id, device_type: 'ZVOL', device_path: 'zvol/tank/disk' }]);
    await localReplication('copy', 'tank/disk', 'tank/disk-copy');
    const message = await refusal((zvolResource as unknown as Deleting).delete(ctx(), { id: 'tank/disk', name: 'tank/disk' }));
    assert.match(message, /NVMe-oF namespace 1 of subsystem \d+ \(id \d+\)/);
    assert.match(message, /replication task "copy" \(id \d+\)/);
    assert.equal(sim.state.nvmet.namespaces.list().length, 1);
    assert.equal(sim.state.replications.list().length, 1);
    assert.ok(sim.state.datasets.has('tank/disk'));
  });

  it('the provider refuses a dataset a replication task writes into', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/src' }]);
    await client.call('pool.dataset.create', [{ name: 'tank/dst' }]);
    await localReplication('into', 'tank/src', 'tank/dst');
    assert.match(await refusal((datasetResource as unknown as Deleting).delete(ctx(), { id: 'tank/dst', name: 'tank/dst' })), /replication task "into"/);
    assert.equal(sim.state.replications.list().length, 1);
  });

  it('deletes a dataset nothing uses', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/plain' }]);
    await (datasetResource as unknown as Deleting).delete(ctx(), { id: 'tank/plain', name: 'tank/plain' });
    assert.ok(!sim.state.datasets.has('tank/plain'));
  });

  it('sends the lookup and every check together, before any answer; checks of a dataset already gone do not count', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/quick' }]);
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    /** Replaces `object[key]` by a version that records its start and answers once the gate opens. */
    function held<O extends object, K extends keyof O>(object: O, key: K, name: string): void {
      const original = object[key] as unknown as (...args: unknown[]) => Promise<unknown>;
      (object as Record<K, unknown>)[key] = async (...args: unknown[]) => {
        started.push(name);
        await gate;
        return original.apply(object, args);
      };
    }
    held(client.datasets, 'find', 'find');
    held(client.snapshots, 'namesIn', 'snapshots');
    held(client.nvmet.namespaces, 'query', 'namespaces');
    held(client.protection.replication, 'query', 'replication');
    const deleting = (datasetResource as unknown as Deleting).delete(ctx(), { id: 'tank/quick', name: 'tank/quick' });
    for (let turn = 0; turn < 20 && started.length < 4; turn++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual([...started].sort(), ['find', 'namespaces', 'replication', 'snapshots'], 'all four on their way before any answer');
    release();
    await deleting;
    assert.ok(!sim.state.datasets.has('tank/quick'));
    // Gone already: a failing check does not fail its delete.
    client.nvmet.namespaces.query = () => Promise.reject(new Error('not allowed'));
    await (datasetResource as unknown as Deleting).delete(ctx(), { id: 'tank/quick', name: 'tank/quick' });
  });

  it('deletes at once share their reads of the namespace and replication tables; a later delete reads them again', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `tank/many${i}`);
    for (const name of names) await client.call('pool.dataset.create', [{ name }]);
    for (const name of ['tank/source', 'tank/used']) await client.call('pool.dataset.create', [{ name }]);
    await localReplication('into-used', 'tank/source', 'tank/used');
    const reads = () => [sim.callCounts.get('nvmet.namespace.query') ?? 0, sim.callCounts.get('replication.query') ?? 0];
    const [namespacesBefore, replicationsBefore] = reads();
    const deleting = (name: string) => (datasetResource as unknown as Deleting).delete(ctx(), { id: name, name });
    const refused = refusal(deleting('tank/used'));
    await Promise.all(names.map(deleting));
    assert.match(await refused, /replication task "into-used"/, 'a delete that joined a read still refuses what it finds');
    assert.deepEqual(reads(), [namespacesBefore + 1, replicationsBefore + 1], 'eleven deletes at once, one read of each table');
    assert.ok(names.every((name) => !sim.state.datasets.has(name)));
    await client.call('pool.dataset.create', [{ name: 'tank/later' }]);
    await deleting('tank/later');
    assert.deepEqual(reads(), [namespacesBefore + 2, replicationsBefore + 2], 'a delete after the answer came reads again');
  });

  it("deletes at once read their datasets' snapshot names in one query, and still refuse a snapshotted one", async () => {
    const names = Array.from({ length: 10 }, (_, i) => `tank/bulk${i}`);
    for (const name of [...names, 'tank/kept']) await client.call('pool.dataset.create', [{ name }]);
    await client.call('pool.snapshot.create', [{ dataset: 'tank/kept', name: 'mine' }]);
    const before = sim.callCounts.get('pool.snapshot.query') ?? 0;
    const deleting = (name: string) => (datasetResource as unknown as Deleting).delete(ctx(), { id: name, name });
    const refused = refusal(deleting('tank/kept'));
    await Promise.all(names.map(deleting));
    assert.match(await refused, /dataset tank\/kept has 1 snapshot\(s\) \(tank\/kept@mine\)/);
    assert.equal((sim.callCounts.get('pool.snapshot.query') ?? 0) - before, 1, 'eleven deletes at once, one snapshot query');
    assert.ok(names.every((name) => !sim.state.datasets.has(name)));
    assert.ok(sim.state.datasets.has('tank/kept'));
  });
});

describe('deleting datasets on 26.0, where one missing dataset empties a snapshot query', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  const ctx = () => ({ provider: { client } });
  beforeEach(async () => {
    ({ sim, client } = await simWithClient({ version: '26.0.0-BETA.3' }));
  });
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  it('the simulated 26.0 answers no snapshot at all when one of the datasets asked for is gone', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/a' }]);
    await client.call('pool.snapshot.create', [{ dataset: 'tank/a', name: 's' }]);
    const query = (datasets: string[]) => client.call('pool.snapshot.query', [[['dataset', 'in', datasets]], { select: ['name'] }]);
    assert.deepEqual(await query(['tank/a']), [{ name: 'tank/a@s' }]);
    assert.deepEqual(await query(['tank/a', 'tank/gone']), []);
  });

  it('each delete reads its own snapshots, so a dataset deleted meanwhile hides no snapshot of another', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/plain' }]);
    await client.call('pool.dataset.create', [{ name: 'tank/kept' }]);
    await client.call('pool.snapshot.create', [{ dataset: 'tank/kept', name: 'mine' }]);
    const deleting = (name: string) => (datasetResource as unknown as Deleting).delete(ctx(), { id: name, name });
    const refused = refusal(deleting('tank/kept'));
    await Promise.all([deleting('tank/plain'), deleting('tank/already-gone')]);
    assert.match(await refused, /dataset tank\/kept has 1 snapshot/);
    assert.ok(sim.state.datasets.has('tank/kept'));
  });

  it('a batched read of snapshots finds the ones there when one of them was deleted', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/a' }]);
    for (const name of ['one', 'two']) await client.call('pool.snapshot.create', [{ dataset: 'tank/a', name }]);
    await client.call('pool.snapshot.delete', ['tank/a@two']);
    const [one, two] = await Promise.all([client.snapshots.find('tank/a@one'), client.snapshots.find('tank/a@two')]);
    assert.equal(one?.id, 'tank/a@one', 'not read as deleted because another snapshot of the batch is gone');
    assert.equal(two, undefined);
  });
});
