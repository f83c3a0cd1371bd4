// truenas_nfs_share expose_snapshots (every release; Enterprise only: plugins/nfs.py `validate`
// @TS-25.10.6:637-658): false sent and read back, true refused at plan on Community Edition as the
// server refuses it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nfsShareResource } from '../../../src/providers/truenas/resources/nfs-share.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
  describe(`truenas_nfs_share expose_snapshots on TrueNAS ${version}`, () => {
    it('is off by default and refused on a Community system, at plan and by the server', async () => {
      const { sim, client } = await simWithClient({ version });
      try {
        const share = inProcess(nfsShareResource, client);
        const created = await share.apply({ path: '/mnt/tank' }, null);
        assert.deepEqual([created.errors, created.state['expose_snapshots']], [[], false]);
        assert.equal(sim.state.nfsShares.list()[0]?.['expose_snapshots'], false);
        assert.deepEqual(await share.changesAfterRefresh({ path: '/mnt/tank' }, created.state), []);
        const refused = await share.apply({ path: '/mnt/tank', expose_snapshots: true }, created.state);
        assert.deepEqual(refused.errors, [
          'Exposing snapshots over NFS needs TrueNAS Enterprise: This system is COMMUNITY_EDITION; TrueNAS refuses expose_snapshots there ("This is an enterprise feature and may not be enabled without a valid license."). Remove expose_snapshots or set it to false.',
        ]);
        await assert.rejects(
          client.call('sharing.nfs.update', [created.state['id'], { expose_snapshots: true }]),
          /expose_snapshots: This is an enterprise feature and may not be enabled without a valid license\./,
        );
      } finally {
        client.close();
        await sim.stop();
      }
    });
  });
}
