// truenas_user fields whose rules differ between releases: `email` (pydantic `EmailStr` on 25.04
// and 25.10.1+, 26.0's looser `EmailString`), refused at plan time as the server would refuse it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emailAddressProblem, userResource } from '../../../src/providers/truenas/resources/user.js';
import { inProcess } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

const USER = { username: 'mail', full_name: 'Mail User', password: 'pw-123456', smb: false };

/** Plans and applies a user with `fields` against a simulator of `version`; the errors. */
async function applyErrors(version: string, fields: Record<string, string | boolean>): Promise<string[]> {
  const { sim, client } = await simWithClient({ version });
  try {
    return (await inProcess(userResource, client).apply({ ...USER, ...fields }, null)).errors;
  } finally {
    client.close();
    await sim.stop();
  }
}

describe('truenas_user email', () => {
  it('refuses what every release refuses, nothing 26.0 takes', () => {
    assert.equal(emailAddressProblem('no-at-sign'), "has no '@'");
    assert.equal(emailAddressProblem('@example.com'), "has nothing before its '@'");
    assert.equal(emailAddressProblem('user@'), "has nothing after its '@'");
    assert.equal(emailAddressProblem(`${'a'.repeat(250)}@b.cd`), 'is longer than 254 characters');
    for (const taken of ['', 'a@b', '@@b', 'first last@example.com', `${'a'.repeat(248)}@b.cd`]) assert.equal(emailAddressProblem(taken), undefined, taken);
  });

  it('refuses at plan time what EmailStr refuses on 25.10, takes it on 26.0', async () => {
    const refused = await applyErrors('25.10.6', { email: 'admin@localhost' });
    assert.equal(refused.length, 1);
    assert.match(refused[0]!, /^Invalid e-mail address: The e-mail address has a domain without a dot \("localhost"\): TrueNAS 25\.10\.6 refuses it/);
    assert.deepEqual(await applyErrors('26.0.0', { email: 'admin@localhost' }), []);
    assert.deepEqual(await applyErrors('25.10.6', { email: 'admin@example.com' }), []);
  });

  it('leaves an address 25.10.0 took alone on 25.10.1+ until the user is written again', async () => {
    // 25.10.0 took `EmailString` (as 26.0 does): after the upgrade to 25.10.1 the stored address
    // stays, and only a plan that writes the user (which sends `email`) is refused.
    const { sim, client } = await simWithClient({ version: '25.10.6' });
    try {
      const user = inProcess(userResource, client);
      const created = await user.apply({ ...USER, email: 'admin@example.com' }, null);
      assert.deepEqual(created.errors, []);
      const stored = sim.state.users.list().find((u) => u.username === USER.username)!;
      stored.email = 'admin@localhost';
      const prior = { ...created.state, email: 'admin@localhost' };
      assert.deepEqual(await user.planOnly({ ...USER, email: 'admin@localhost' }, prior), { errors: [], warnings: [], changes: false });
      const edited = await user.apply({ ...USER, full_name: 'Mail Person', email: 'admin@localhost' }, prior);
      assert.match(edited.errors.join('\n'), /^Invalid e-mail address: .*TrueNAS 25\.10\.6 refuses it/);
    } finally {
      client.close();
      await sim.stop();
    }
  });

  it('has the simulated 26.0 refuse an address as EmailString does', async () => {
    const { sim, client } = await simWithClient({ version: '26.0.0' });
    try {
      const create = (email: string) => client.call('user.create', [{ ...USER, group_create: true, email }]);
      await assert.rejects(create('nobody'), /user_create\.email: Value error, Missing '@' symbol\./);
      await assert.rejects(create('user@'), /user_create\.email: Value error, Missing domain part of email string/);
    } finally {
      client.close();
      await sim.stop();
    }
  });
});

describe('truenas_user webshare', () => {
  it('is refused at plan time before 26.0', async () => {
    assert.deepEqual(await applyErrors('25.10.6', { webshare: true }), [
      'webshare is not in TrueNAS 25.10.6: webshare exists in TrueNAS 26.0 and later; this server runs 25.10.6. Remove it from the configuration.',
    ]);
    assert.deepEqual(await applyErrors('25.10.6', {}), []);
  });

  it('is set and read back on 26.0, and refused for root as the server refuses it', async () => {
    const { sim, client } = await simWithClient({ version: '26.0.0' });
    try {
      const user = inProcess(userResource, client);
      const created = await user.apply({ ...USER, webshare: true }, null);
      assert.deepEqual([created.errors, created.state['webshare']], [[], true]);
      assert.deepEqual(await user.changesAfterRefresh({ ...USER, webshare: true }, created.state), []);
      const unset = await user.apply({ ...USER }, created.state);
      assert.deepEqual([unset.errors, unset.state['webshare']], [[], true]);

      const root = sim.state.users.list().find((u) => u.uid === 0)!;
      await assert.rejects(
        client.call('user.update', [root.id, { webshare: true }]),
        /user_update\.webshare: The root user is not allowed access via webshare\./,
      );
      const rootState = await user.refresh({ id: root.id, username: 'root', groups: [] });
      const rootConfig = { username: 'root', full_name: 'root', home: '/root', groups: rootState['groups'] as number[], smb: false, webshare: true };
      const refused = await user.apply(rootConfig, rootState);
      assert.deepEqual(refused.errors, ['WebShare not allowed for root: The root user is not allowed access via webshare.']);
    } finally {
      client.close();
      await sim.stop();
    }
  });
});
