// truenas_nvmet_host: masked DH-CHAP keys (a session without SHARING_NVME_TARGET_WRITE reads
// "********", main.py:836-847 @TS-25.10.6) keep the known key, and a controller key needs the host key.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Value } from '../../../src/values/types.js';
import { nvmetHostResource } from '../../../src/providers/truenas/resources/nvmet-host.js';
import { configErrors } from '../../helpers/validate-config.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

const KEY = 'DHHC-1:00:bWFza2VkLWtleS1mb3ItdGVzdGluZy0xMjM0NTY3ODkwYWJj:';
const writeOnly = { dhchap_key_wo: null, dhchap_key_wo_version: null, dhchap_ctrl_key_wo: null, dhchap_ctrl_key_wo_version: null };

describe('truenas_nvmet_host', () => {
  it('keeps the known keys when the server masks them', async () => {
    const known = {
      id: 1,
      hostnqn: 'nqn.2014-08.org.nvmexpress:uuid:1',
      dhchap_key: KEY,
      dhchap_ctrl_key: KEY,
      dhchap_dhgroup: null,
      dhchap_hash: 'SHA-256',
      description: null,
      ...writeOnly,
    };
    const masked = { id: 1, hostnqn: known.hostnqn, dhchap_key: '********', dhchap_ctrl_key: '********', dhchap_dhgroup: null, dhchap_hash: 'SHA-256' };
    const client = { nvmet: { hosts: { find: async () => masked } } };
    const resource = nvmetHostResource as unknown as { read(ctx: unknown, state: typeof known): Promise<unknown> };
    assert.deepEqual(await resource.read({ provider: { client } }, known), known);
  });

  it('refuses a controller key without a host key', () => {
    const nulls = Object.fromEntries(Object.keys(nvmetHostResource.schema.attributes).map((name) => [name, null])) as Record<string, Value>;
    const errors = (config: Record<string, Value>) => configErrors(nvmetHostResource.validateConfig, { ...nulls, hostnqn: 'nqn.x', ...config });
    assert.deepEqual(errors({ dhchap_ctrl_key: KEY }), ['dhchap_ctrl_key: Controller key without host key']);
    assert.deepEqual(errors({ dhchap_ctrl_key: KEY, dhchap_key_wo: KEY, dhchap_key_wo_version: 1 }), []);
  });

  it('has a description on 26.0, refused at plan time on 25.10', async () => {
    const hostnqn = 'nqn.2014-08.org.nvmexpress:uuid:described';
    const older = await simWithClient({ version: '25.10.6' });
    try {
      const { errors } = await inProcess(nvmetHostResource, older.client).apply({ hostnqn, description: 'node 1' }, null);
      assert.deepEqual(errors, [
        'description is not in TrueNAS 25.10.6: description exists in TrueNAS 26.0 and later; this server runs 25.10.6. Remove it from the configuration.',
      ]);
      await assert.rejects(older.client.call('nvmet.host.create', [{ hostnqn, description: 'x' }]), /description: Extra inputs are not permitted/);
      // Unset, it is not sent: the 25.10 server refuses the field.
      assert.deepEqual((await inProcess(nvmetHostResource, older.client).apply({ hostnqn }, null)).errors, []);
    } finally {
      older.client.close();
      await older.sim.stop();
    }
    const { sim, client } = await simWithClient({ version: '26.0.0' });
    try {
      const host = inProcess(nvmetHostResource, client);
      const created = await host.apply({ hostnqn, description: 'node 1' }, null);
      assert.deepEqual([created.errors, created.state['description']], [[], 'node 1']);
      assert.deepEqual(await host.changesAfterRefresh({ hostnqn, description: 'node 1' }, created.state), []);
      const cleared = await host.apply({ hostnqn }, created.state);
      assert.deepEqual([cleared.errors, cleared.state['description'], sim.state.nvmet.hosts.list()[0]?.description], [[], null, '']);
      assert.deepEqual(await host.changesAfterRefresh({ hostnqn }, cleared.state), []);
    } finally {
      client.close();
      await sim.stop();
    }
  });
});
