// proxmox_backup_job's exclude: the server takes it only as the exceptions of `all`. A pool job
// ignores it (pve-manager PVE/VZDump.pm:1580-1601 @14a22df) and its next update drops it
// (PVE/API2/Backup.pm:618-630); without a pool the server sets `all` for it (VZDump.pm:1548), so
// `all = false` reads back true. Either configuration would plan a change on every refresh: both
// are refused by validate (before any plan), naming exclude.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { backupJobResource } from '../../../src/providers/proxmox/resources/backup-job.js';
import { inProcessWith, type Attributes } from '../truenas/plan-apply.js';
import { startHarness, type Harness } from '../../clients/proxmox/harness.js';
import { providerData } from './in-process.js';

let h: Harness;
before(async () => {
  h = await startHarness();
  h.sim.state.pools.set('web', { comment: '', members: new Set() });
});
after(() => h.close());

describe('proxmox_backup_job exclude', () => {
  const job = () => inProcessWith(backupJobResource, providerData(h.client));

  it('what the server does with it: dropped from a pool job by an update, and all set for it', async () => {
    await h.client.datacenter.create('backup', 'pooled', { schedule: 'sun 01:00', pool: 'web', exclude: '101' });
    assert.equal(h.sim.state.datacenter.backupJobs.get('pooled')?.exclude, '101', 'a create keeps it');
    await h.client.datacenter.update('backup', 'pooled', { schedule: 'sat 01:00', pool: 'web' }, []);
    assert.equal(h.sim.state.datacenter.backupJobs.get('pooled')?.exclude, undefined, 'an update of a pool job drops it');
    await h.client.datacenter.create('backup', 'notall', { schedule: 'sun 01:00', all: false, exclude: '101' });
    assert.equal(h.sim.state.datacenter.backupJobs.get('notall')?.all, '1', 'exclude sets all');
  });

  it('with a pool, or with all = false: refused by validate', async () => {
    const configs: Attributes[] = [
      { job_id: 'pool-exclude', schedule: 'sun 01:00', pool: 'web', exclude: ['101'] },
      { job_id: 'notall-exclude', schedule: 'sun 01:00', all: false, exclude: ['101'] },
    ];
    for (const config of configs) {
      const errors = job().validate(config);
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.match(errors[0] ?? '', /^exclude needs all = true: /);
    }
  });

  it('with all = true: taken, and the next plan is empty', async () => {
    const config = { job_id: 'all-exclude', schedule: 'sun 01:00', all: true, exclude: ['101'] };
    const applied = await job().apply(config, null);
    assert.deepEqual(applied.errors, []);
    assert.deepEqual(await job().changesAfterRefresh(config, applied.state), []);
  });
});
