// truenas_user / truenas_group userns_idmap (every release: api/v25_04_2, v25_10_5, v26_0_0
// user.py/group.py): "DIRECT" or a target id, sent only when set or changed (group.update refuses
// the field's presence for builtin and privileged groups), removed with null; the server's refusals.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userResource } from '../../../src/providers/truenas/resources/user.js';
import { groupResource } from '../../../src/providers/truenas/resources/group.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

const USER = { username: 'app', full_name: 'App User', password: 'pw-123456', smb: false };

for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
  describe(`userns_idmap on TrueNAS ${version}`, () => {
    it('truenas_user: DIRECT, a target uid, removed; refused for a member of a privileged group', async () => {
      const { sim, client } = await simWithClient({ version });
      try {
        const user = inProcess(userResource, client);
        const stored = () => sim.state.users.list().find((u) => u.username === 'app')!;
        const direct = await user.apply({ ...USER, userns_idmap: 'DIRECT' }, null);
        assert.deepEqual([direct.errors, direct.state['userns_idmap'], stored().userns_idmap], [[], 'DIRECT', 'DIRECT']);
        assert.deepEqual(await user.changesAfterRefresh({ ...USER, userns_idmap: 'DIRECT' }, direct.state), []);
        const target = await user.apply({ ...USER, userns_idmap: '200000' }, direct.state);
        assert.deepEqual([target.errors, target.state['userns_idmap'], stored().userns_idmap], [[], '200000', 200000]);
        assert.deepEqual(await user.changesAfterRefresh({ ...USER, userns_idmap: '200000' }, target.state), []);
        const removed = await user.apply(USER, target.state);
        assert.deepEqual([removed.errors, removed.state['userns_idmap'], stored().userns_idmap], [[], null, null]);

        assert.deepEqual(user.validate({ ...USER, userns_idmap: '0' }).length, 1);
        assert.deepEqual(user.validate({ ...USER, userns_idmap: 'direct' }).length, 1);

        const admins = sim.state.groups.list().find((g) => g.gid === 951)!;
        await assert.rejects(
          client.call('user.update', [stored().id, { groups: [admins.id], userns_idmap: 'DIRECT' }]),
          /user_update\.userns_idmap: User namespace idmaps may not be configured for privileged accounts\./,
        );
      } finally {
        client.close();
        await sim.stop();
      }
    });

    it('truenas_group: set and removed; an unchanged mapping not sent; refused for builtin and privileged groups', async () => {
      const { sim, client } = await simWithClient({ version });
      try {
        const group = inProcess(groupResource, client);
        const stored = () => sim.state.groups.list().find((g) => g.name === 'ctusers')!;
        const created = await group.apply({ name: 'ctusers', userns_idmap: '300000' }, null);
        assert.deepEqual([created.errors, created.state['userns_idmap'], stored().userns_idmap], [[], '300000', 300000]);
        assert.deepEqual(await group.changesAfterRefresh({ name: 'ctusers', userns_idmap: '300000' }, created.state), []);
        const removed = await group.apply({ name: 'ctusers' }, created.state);
        assert.deepEqual([removed.errors, stored().userns_idmap], [[], null]);

        // Once a privilege grants the group roles, any userns_idmap in group.update is refused:
        // an update of something else must not send it.
        await client.call('privilege.create', [{ name: 'ops', local_groups: [stored().gid], roles: ['READONLY_ADMIN'], web_shell: false }]);
        const renamed = await group.apply({ name: 'ctusers', sudo_commands: ['/usr/bin/true'] }, removed.state);
        assert.deepEqual(renamed.errors, []);
        await assert.rejects(
          client.call('group.update', [stored().id, { userns_idmap: null }]),
          /group_update\.userns_idmap: User namespace idmaps may not be configured for privileged accounts\./,
        );
        const builtin = sim.state.groups.list().find((g) => g.name === 'builtin_users')!;
        await assert.rejects(
          client.call('group.update', [builtin.id, { userns_idmap: 'DIRECT' }]),
          /group_update\.userns_idmap: User namespace idmaps may not be configured for builtin accounts\./,
        );
      } finally {
        client.close();
        await sim.stop();
      }
    });
  });
}
