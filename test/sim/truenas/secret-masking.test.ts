// Secret fields of results come back "********" to a session that is neither a full admin nor
// holds the service's `<role_prefix>_WRITE` role, as the middleware's dump_result does
// (main.py:836-847 @TS-25.10.6).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';

const PASSWORD = 'Limited-pass-1';

describe('TrueNAS simulator: secrets masked by role', () => {
  let sim: TrueNASSimulator;
  let admin: TrueNASClient;
  const as = (username: string) => new TrueNASClient({ endpoint: sim.url, username, password: PASSWORD, cacheMaxItems: 0, maxRetries: 0 });
  before(async () => {
    ({ sim, client: admin } = await simWithClient({ version: '25.10.6', users: { viewer: PASSWORD, sharer: PASSWORD } }));
    for (const [username, gid] of [
      ['viewer', 951], // READONLY_ADMIN
      ['sharer', 952], // SHARING_ADMIN, which includes SHARING_WRITE > SHARING_ISCSI_WRITE > SHARING_ISCSI_AUTH_WRITE
    ] as const) {
      const group = (await admin.call('group.query', [[['gid', '=', gid]], { get: true }])) as { id: number };
      await admin.call('user.create', [{ username, full_name: username, password: PASSWORD, group_create: true, groups: [group.id] }]);
    }
    await admin.call('iscsi.auth.create', [{ tag: 1, user: 'initiator', secret: 'chap-secret-12', peeruser: 'target', peersecret: 'peer-secret-34' }]);
    const pair = (await admin.call('keychaincredential.generate_ssh_key_pair', [])) as { private_key: string; public_key: string };
    await admin.call('keychaincredential.create', [{ name: 'replication', type: 'SSH_KEY_PAIR', attributes: pair }]);
  });
  after(async () => {
    admin.close();
    await sim.stop();
  });

  it('masks iSCSI CHAP secrets and keychain attributes for READONLY_ADMIN, not for a full admin', async () => {
    const viewer = as('viewer');
    try {
      const [auth] = (await viewer.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.deepEqual([auth?.['user'], auth?.['secret'], auth?.['peersecret']], ['initiator', '********', '********']);
      const [credential] = (await viewer.call('keychaincredential.query', [[], {}])) as Record<string, unknown>[];
      assert.deepEqual([credential?.['name'], credential?.['attributes']], ['replication', '********']);
      const one = (await viewer.call('iscsi.auth.get_instance', [auth?.['id']])) as Record<string, unknown>;
      assert.equal(one['secret'], '********');
      const [full] = (await admin.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.equal(full?.['secret'], 'chap-secret-12');
    } finally {
      viewer.close();
    }
  });

  it('shows a service its write role grants, through the roles it includes', async () => {
    const sharer = as('sharer');
    try {
      const [auth] = (await sharer.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.equal(auth?.['secret'], 'chap-secret-12');
      const [credential] = (await sharer.call('keychaincredential.query', [[], {}])) as Record<string, unknown>[];
      assert.equal(credential?.['attributes'], '********', 'KEYCHAIN_CREDENTIAL_WRITE is not among them');
    } finally {
      sharer.close();
    }
  });
});
