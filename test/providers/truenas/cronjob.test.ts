// truenas_cronjob against the simulated 26.0, which stores the user name NSS gives: the
// configured spelling stays while it names the same account.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cronjobResource } from '../../../src/providers/truenas/resources/cronjob.js';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';

interface Creatable {
  create(ctx: unknown, plan: Record<string, unknown>): Promise<Record<string, unknown>>;
  read(ctx: unknown, state: Record<string, unknown>): Promise<Record<string, unknown> | null>;
}
const resource = cronjobResource as unknown as Creatable;

describe('truenas_cronjob on 26.0', () => {
  it('keeps the configured spelling of a user the server canonicalises', async () => {
    const sim = await startSim({ version: '26.0.0' });
    const client = clientFor(sim);
    try {
      const plan = { id: null, user: 'Root', command: 'true', schedule: '0 3 * * *', description: '', enabled: true, stdout: true, stderr: false };
      const created = await resource.create({ provider: { client } }, plan);
      assert.equal(created['user'], 'Root');
      assert.equal((await client.systemSettings.cronJobs.get(Number(created['id']))).user, 'root');
      assert.equal((await resource.read({ provider: { client } }, created))?.['user'], 'Root');
      assert.equal((await resource.read({ provider: { client } }, { ...created, user: 'nobody' }))?.['user'], 'root');
    } finally {
      client.close();
      await sim.stop();
    }
  });
});
