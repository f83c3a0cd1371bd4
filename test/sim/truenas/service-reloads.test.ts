// The service changes SMB share and iSCSI writes end with (`_service_change`,
// service/service_mixin.py @TS-25.10.6): a `service.control` job of the middleware's own under
// `service_<name>` when the service runs, which queues like any job of that lock.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { GiB, simWithClient, type Row } from '../../providers/truenas/sim-client.js';

let sim: TrueNASSimulator;
let client: TrueNASClient;

async function start(version = '25.10.6', running: readonly string[] = ['cifs', 'iscsitarget']): Promise<void> {
  ({ sim, client } = await simWithClient({ version }));
  for (const service of sim.state.services.list()) if (running.includes(service.service)) service.state = 'RUNNING';
}

afterEach(async () => {
  client.close();
  await sim.stop();
});

/** The `service.control` jobs `write` started, as [verb, service, options]. */
async function serviceJobsOf(write: () => Promise<unknown>): Promise<unknown[][]> {
  const known = new Set(sim.state.jobs.keys());
  await write();
  return [...sim.state.jobs.values()].filter((job) => !known.has(job.id) && job.method === 'service.control').map((job) => job.arguments as unknown[]);
}

const reload = (options: Record<string, unknown> = {}) => ['RELOAD', 'iscsitarget', options];
const noHa = { ha_propagate: false };

describe('TrueNAS simulator: service changes after share and iSCSI writes', () => {
  it('reloads iscsitarget after each iSCSI write but an extent create, as each write of the middleware does', async () => {
    await start();
    await client.call('pool.dataset.create', [{ name: 'tank/v', type: 'VOLUME', volsize: GiB }]);
    const call = (method: string, args: unknown[]) => () => client.call(method, args);
    let portal: Row | undefined;
    assert.deepEqual(await serviceJobsOf(async () => (portal = (await client.call('iscsi.portal.create', [{ listen: [{ ip: '0.0.0.0' }] }])) as Row)), [
      reload(),
    ]);
    assert.deepEqual(await serviceJobsOf(call('iscsi.portal.update', [portal!.id, { comment: 'c' }])), [reload()]);
    assert.deepEqual(await serviceJobsOf(call('iscsi.initiator.create', [{}])), [reload()]);
    assert.deepEqual(await serviceJobsOf(call('iscsi.auth.create', [{ tag: 1, user: 'u', secret: 'secretsecret12' }])), [reload()]);
    let target: Row | undefined;
    assert.deepEqual(await serviceJobsOf(async () => (target = (await client.call('iscsi.target.create', [{ name: 't1', groups: [] }])) as Row)), [
      reload(noHa),
    ]);
    let extent: Row | undefined;
    assert.deepEqual(
      await serviceJobsOf(async () => (extent = (await client.call('iscsi.extent.create', [{ name: 'e1', type: 'DISK', disk: 'zvol/tank/v' }])) as Row)),
      [],
    );
    assert.deepEqual(await serviceJobsOf(call('iscsi.extent.update', [extent!.id, { comment: 'c' }])), [reload(), reload()], 'twice: scstadmin');
    assert.deepEqual(await serviceJobsOf(call('iscsi.targetextent.create', [{ target: target!.id, extent: extent!.id }])), [reload(noHa)]);
    // The target's delete deletes its mapping, then the extent, then itself, each with its reload.
    assert.deepEqual(await serviceJobsOf(call('iscsi.target.delete', [target!.id, false, true])), [reload(noHa), reload(), reload(noHa)]);
    assert.equal(sim.state.extents.list().length, 0);
    assert.deepEqual(await serviceJobsOf(call('iscsi.portal.delete', [portal!.id])), [reload()]);
  });

  it('leaves a stopped iscsitarget alone, and runs no job on 25.04', async () => {
    await start('25.10.6', []);
    assert.deepEqual(await serviceJobsOf(() => client.call('iscsi.initiator.create', [{}])), []);
    client.close();
    await sim.stop();
    await start('25.04.2.6');
    assert.deepEqual(await serviceJobsOf(() => client.call('iscsi.initiator.create', [{}])), []);
  });

  it('reloads cifs after an SMB share save, restarts it for the first guest share, and leaves it alone on a delete', async () => {
    await start();
    for (const name of ['a', 'b', 'c']) await client.call('pool.dataset.create', [{ name: `tank/${name}` }]);
    const cifs = (verb: string) => [verb, 'cifs', {}];
    let plain: Row | undefined;
    assert.deepEqual(
      await serviceJobsOf(
        async () => (plain = (await client.call('sharing.smb.create', [{ name: 'a', path: '/mnt/tank/a', purpose: 'DEFAULT_SHARE' }])) as Row),
      ),
      [cifs('RELOAD')],
    );
    const guest = (name: string) => ({ name, path: `/mnt/tank/${name}`, purpose: 'LEGACY_SHARE', options: { purpose: 'LEGACY_SHARE', guestok: true } });
    // No share allowed guests yet: smb.conf lacks `map to guest = Bad User` (plugins/smb.py:1047-1069).
    assert.deepEqual(await serviceJobsOf(() => client.call('sharing.smb.create', [guest('b')])), [cifs('RESTART')]);
    assert.deepEqual(await serviceJobsOf(() => client.call('sharing.smb.create', [guest('c')])), [cifs('RELOAD')]);
    assert.deepEqual(await serviceJobsOf(() => client.call('sharing.smb.update', [plain!.id, { comment: 'x' }])), [cifs('RELOAD')]);
    assert.deepEqual(await serviceJobsOf(() => client.call('sharing.smb.delete', [plain!.id])), []);
  });

  it("queues the reloads of many iSCSI writes under the service's lock, the sixth meeting a full queue, and every write ends", async () => {
    await start();
    const release = sim.holdJobs();
    let writes: Promise<unknown>[];
    try {
      let ended = 0;
      writes = Array.from({ length: 7 }, () => client.call('iscsi.initiator.create', [{}]).finally(() => ended++));
      const reloads = () => [...sim.state.jobs.values()].filter((job) => job.method === 'service.control');
      // One reload runs (held), five wait; the seventh write's reload is answered with the fifth
      // waiting one. (Writes that ended would have queued nothing.)
      while (ended < 7 && (sim.state.initiators.list().length < 7 || !reloads().some((job) => job.state === 'RUNNING')))
        await new Promise((resolve) => setTimeout(resolve, 1));
      assert.equal(ended, 0, 'every write waits for its reload');
      assert.equal(reloads().length, 6, 'one job each for the running reload and the five waiting');
      assert.equal(reloads().filter((job) => job.state === 'WAITING').length, 5);
    } finally {
      release();
    }
    assert.equal((await Promise.all(writes)).length, 7);
  });
});
