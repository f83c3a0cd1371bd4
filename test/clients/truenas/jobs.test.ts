// Job methods: awaited to completion with progress, failures surfaced with the job's error,
// core.bulk results per item.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASJobError, type JobProgress } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { clientFor, startSim } from './fixtures.js';

describe('TrueNAS client jobs', () => {
  let sim: TrueNASSimulator;
  let client: ReturnType<typeof clientFor>;
  before(async () => {
    sim = await startSim({ version: '25.10.0' });
    client = clientFor(sim);
  });
  after(async () => {
    client.close();
    await sim.stop();
  });

  it('waits for service.control (a job on 25.10) and reports progress', async () => {
    const progress: JobProgress[] = [];
    assert.equal(await client.services.control('START', 'nfs', (p) => progress.push(p)), true);
    assert.equal(sim.state.services.list().find((s) => s.service === 'nfs')?.state, 'RUNNING');
    assert.ok(progress.length >= 1);
    assert.equal(progress.at(-1)?.percent, 100);
    assert.ok(sim.callCounts.get('core.get_jobs')! >= 1);
  });

  it('surfaces a failed job as a TrueNASJobError with the job error', async () => {
    sim.faults.failNextJobs = 1;
    const err = await client.services.stop('nfs').catch((e: unknown) => e);
    assert.ok(err instanceof TrueNASJobError, String(err));
    assert.equal(err.state, 'FAILED');
    assert.match(err.message, /service\.control: job \d+ FAILED: \[EFAULT\] Simulated job failure/);
  });

  it('runs core.bulk and returns each item result or error', async () => {
    await client.datasets.create({ name: 'tank/bulk' });
    const results = await client.bulk('pool.snapshot.create', [[{ dataset: 'tank/bulk', name: 'a' }], [{ dataset: 'tank/missing', name: 'b' }]]);
    assert.equal(results.length, 2);
    assert.equal(results[0]?.error, null);
    assert.match(results[1]?.error ?? '', /Dataset does not exist/);
    assert.ok(sim.state.snapshots.has('tank/bulk@a'));
  });
});
