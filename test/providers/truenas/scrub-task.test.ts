// truenas_scrub_task against the simulator: TrueNAS gives each pool a scrub task when it creates
// or imports it (plugins/pool_/pool.py:478 @TS-25.10.6) and refuses a second one, so create adopts it.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { scrubTaskResource } from '../../../src/providers/truenas/resources/scrub-task.js';
import { simWithClient } from './sim-client.js';

type Creating = { create(ctx: unknown, plan: Record<string, unknown>): Promise<Record<string, unknown>> };
const plan = { id: null, pool: 'tank', pool_id: null, threshold: 7, schedule: '0 3 * * 1', enabled: true };

describe('truenas_scrub_task create (25.10)', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  afterEach(async () => {
    client.close();
    await sim.stop();
  });
  const start = async (poolScrubTasks: boolean) => {
    ({ sim, client } = await simWithClient({ poolScrubTasks }));
  };

  it("the simulated pool has TrueNAS's scrub task and refuses a second", async () => {
    await start(true);
    assert.deepEqual(
      sim.state.scrubTasks.list().map((t) => [t.pool, t.threshold, t.enabled]),
      [[1, 35, true]],
    );
    await assert.rejects(client.call('pool.scrub.create', [{ pool: 1 }]), /A scrub with this pool already exists/);
  });

  it("adopts the pool's scrub task and sets it as planned", async () => {
    await start(true);
    const [seeded] = sim.state.scrubTasks.list();
    const model = await (scrubTaskResource as unknown as Creating).create({ provider: { client } }, plan);
    assert.equal(model['id'], seeded!.id);
    assert.deepEqual([model['threshold'], model['schedule'], model['pool_id']], [7, '0 3 * * 1', 1]);
    assert.equal(sim.state.scrubTasks.list().length, 1);
  });

  it('creates one on a pool without', async () => {
    await start(false);
    const model = await (scrubTaskResource as unknown as Creating).create({ provider: { client } }, plan);
    assert.equal(sim.state.scrubTasks.get(model['id'] as number)?.threshold, 7);
  });
});
