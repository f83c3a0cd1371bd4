// The simulator's job locks, as the middleware's job queue keeps them: one job of a lock runs,
// at most five wait, and a call past that is answered with the id of the last waiting job.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';

describe('TrueNAS simulator: job locks', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  before(async () => ({ sim, client } = await simWithClient()));
  after(async () => {
    client.close();
    await sim.stop();
  });

  it('queues five jobs of a lock and answers the calls past them with the last waiting job', async () => {
    // The first job runs until the test has seen all eight calls meet its lock, however slow the machine.
    const release = sim.holdJobs();
    for (let i = 0; i < 8; i++) sim.state.systemSettings.sysctls.set(`net.core.locked_${i}`, '0');
    try {
      const ids = await Promise.all(
        Array.from({ length: 8 }, (_, i) => client.call('tunable.create', [{ type: 'SYSCTL', var: `net.core.locked_${i}`, value: '1' }])),
      );
      assert.equal(new Set(ids.slice(0, 6)).size, 6, `one job each for the running one and the five waiting: ${ids.join(',')}`);
      assert.deepEqual(ids.slice(6), [ids[5], ids[5]], 'the seventh and eighth calls are told the sixth job');
      const states = (await client.call('core.get_jobs', [[['id', 'in', ids]]])) as { state: string }[];
      assert.ok(states.filter((job) => job.state === 'WAITING').length >= 5, 'five wait for the lock the first one holds');
    } finally {
      release();
    }
  });
});
