// The simulator's job locks, as the middleware's job queue keeps them: one job of a lock runs,
// at most five wait, and a call past that is answered with the id of the last waiting job.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { TrueNASCallError } from '../../../src/clients/truenas/errors.js';
import { Errno } from '../../../src/clients/truenas/errno.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';

const OPERATOR_PASSWORD = 'Operator-pass-1';

/** A client logged in as `operator`, whose only role is SERVICE_WRITE. */
const operator = (maxRetries: number) =>
  new TrueNASClient({ endpoint: sim.url, username: 'operator', password: OPERATOR_PASSWORD, cacheMaxItems: 0, maxRetries, backoff: { baseMs: 1, maxMs: 2 } });

let sim: TrueNASSimulator;

describe('TrueNAS simulator: job locks', () => {
  let client: TrueNASClient;
  before(async () => {
    ({ sim, client } = await simWithClient({ users: { operator: OPERATOR_PASSWORD } }));
    // A user whose privilege grants SERVICE_WRITE but not FULL_ADMIN: it may call service.control,
    // and its credential is limited to its own jobs (utils/privilege.py:90-94).
    await client.call('user.create', [{ username: 'operator', full_name: 'Operator', password: OPERATOR_PASSWORD, group_create: true }]);
    const group = (await client.call('group.query', [[['group', '=', 'operator']], { get: true }])) as { gid: number };
    await client.call('privilege.create', [
      { name: 'Service operators', local_groups: [group.gid], ds_groups: [], roles: ['SERVICE_WRITE'], web_shell: false },
    ]);
  });
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

  it("refuses a caller limited to its own jobs EBUSY when the full queue holds only others' jobs, and the client retries it a bounded number of times", async () => {
    const release = sim.holdJobs();
    const limited = operator(2);
    try {
      // The middleware's own reloads of nfs: one runs, five wait.
      const reloads = await Promise.all(Array.from({ length: 6 }, () => sim.runInternalJob('service.control', ['RELOAD', 'nfs', {}])));
      assert.equal(new Set(reloads.map((r) => r.id)).size, 6);
      // A full admin is handed the last waiting job (job.py:134-147).
      assert.equal(await client.call('service.control', ['RELOAD', 'nfs', {}]), reloads[5]!.id);
      const before = sim.callCounts.get('service.control') ?? 0;
      const refused = await limited.call('service.control', ['RELOAD', 'nfs', {}]).catch((e: unknown) => e);
      assert.ok(refused instanceof TrueNASCallError, String(refused));
      assert.equal(refused.errno, Errno.EBUSY);
      assert.match(refused.message, /This job is already being performed by another user/);
      assert.equal((sim.callCounts.get('service.control') ?? 0) - before, 3, 'sent once and retried twice (maxRetries), no more');
    } finally {
      limited.close();
      release();
    }
  });

  it('hands a caller limited to its own jobs the last waiting job of its own when the queue is full', async () => {
    const release = sim.holdJobs();
    const limited = operator(0);
    try {
      // One runs, three wait; then the operator's own waits fourth and one of the middleware's fifth.
      const first = await Promise.all(Array.from({ length: 4 }, () => sim.runInternalJob('service.control', ['RELOAD', 'ssh', {}])));
      const own = await limited.call('service.control', ['RELOAD', 'ssh', {}]);
      const last = await sim.runInternalJob('service.control', ['RELOAD', 'ssh', {}]);
      assert.equal(new Set([...first.map((r) => r.id), own, last.id]).size, 6, 'six jobs of their own');
      // The queue is full: the operator is handed its own job, not the last one.
      assert.equal(await limited.call('service.control', ['RELOAD', 'ssh', {}]), own);
      // And sees only that one of the six (core_service.py:119-148, job.py:113-124): a full admin sees all.
      const listed = async (caller: TrueNASClient) =>
        (
          (await caller.call('core.get_jobs', [
            [
              ['method', '=', 'service.control'],
              ['arguments.1', '=', 'ssh'],
            ],
          ])) as { id: number }[]
        ).map((job) => job.id);
      assert.deepEqual(await listed(limited), [own]);
      assert.equal((await listed(client)).length, 6);
    } finally {
      limited.close();
      release();
    }
  });
});
