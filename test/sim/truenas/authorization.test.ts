// The simulator refuses a method the session's roles do not grant, as the middleware does
// (main.py:875-926 @TS-25.10.6): JSON-RPC -32001 with EACCES "Not authorized" before the params
// are checked, the legacy /websocket's EACCES error, REST 403 for all but full admins, and
// core.bulk's own EPERM check. Full admins keep every right.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { request } from 'undici';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { expandRoles, rolesAllow } from '../../../src/sim/truenas/authorization.js';
import { TrueNASApiSchema } from '../../../src/sim/truenas/schema/api-schema.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';
import { parseRoles } from '../../../scripts/derive-truenas-roles.js';
import { RawSocket } from './raw.js';

const PASSWORD = 'Limited-pass-1';

/** Makes `username` a member of the builtin group whose privilege grants `gid`'s roles. */
async function memberOf(client: TrueNASClient, username: string, gid: number): Promise<void> {
  const group = (await client.call('group.query', [[['gid', '=', gid]], { get: true }])) as { id: number };
  await client.call('user.create', [{ username, full_name: username, password: PASSWORD, group_create: true, groups: [group.id] }]);
}

async function jsonRpcAs(sim: TrueNASSimulator, username: string): Promise<RawSocket> {
  const raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/api/current`);
  const login = await raw.rpc('auth.login_ex', [{ mechanism: 'PASSWORD_PLAIN', username, password: PASSWORD }]);
  assert.equal((login['result'] as { response_type: string }).response_type, 'SUCCESS');
  return raw;
}

const errorOf = (answer: Record<string, unknown>) => answer['error'] as { code: number; message: string; data?: Record<string, unknown> } | undefined;

describe('TrueNAS simulator: method authorization by role', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  before(async () => {
    ({ sim, client } = await simWithClient({ version: '25.10.6', users: { viewer: PASSWORD, sharer: PASSWORD, loner: PASSWORD }, badLoginDelayMs: 0 }));
    await memberOf(client, 'viewer', 951); // Read-Only Administrator: READONLY_ADMIN
    await memberOf(client, 'sharer', 952); // Sharing Administrator: SHARING_ADMIN
    // In no group that holds a privilege.
    await client.call('user.create', [{ username: 'loner', full_name: 'loner', password: PASSWORD, group_create: true }]);
  });
  after(async () => {
    client.close();
    await sim.stop();
  });

  it('refuses a READONLY_ADMIN session a write with EACCES "Not authorized" before checking its params, and lets it read', async () => {
    const viewer = await jsonRpcAs(sim, 'viewer');
    try {
      const refused = errorOf(await viewer.rpc('pool.dataset.create', [{ name: 'tank/x', bogus: true }]));
      assert.equal(refused?.code, -32001);
      assert.equal(refused?.message, 'Method call error');
      assert.deepEqual(
        { error: refused?.data?.['error'], errname: refused?.data?.['errname'], reason: refused?.data?.['reason'] },
        { error: 13, errname: 'EACCES', reason: '[EACCES] Not authorized' },
      );
      assert.equal(sim.state.datasets.has('tank/x'), false);
      // DATASET_READ is one of the *_READ roles READONLY_ADMIN includes; system.info names READONLY_ADMIN itself.
      assert.equal(errorOf(await viewer.rpc('pool.dataset.query', [[['id', '=', 'tank']]])), undefined);
      assert.equal(errorOf(await viewer.rpc('system.info')), undefined);
      // core.get_jobs is no_authz_required: any user session may call it.
      assert.equal(errorOf(await viewer.rpc('core.get_jobs', [[['id', '=', 0]]])), undefined);
    } finally {
      viewer.close();
    }
  });

  it('grants SHARING_ADMIN what the roles it includes grant: a dataset write reaches the params check', async () => {
    const sharer = await jsonRpcAs(sim, 'sharer');
    try {
      const answer = errorOf(await sharer.rpc('pool.dataset.create', [{ name: 'tank/x', bogus: true }]));
      assert.equal(answer?.code, -32602, 'DATASET_WRITE is included: the call gets as far as validation');
      // READONLY_ADMIN, which SHARING_ADMIN includes, includes KEYCHAIN_CREDENTIAL_READ.
      assert.equal(errorOf(await sharer.rpc('keychaincredential.query')), undefined);
      assert.equal(errorOf(await sharer.rpc('user.create', [{}]))?.data?.['errname'], 'EACCES', 'ACCOUNT_WRITE is not');
    } finally {
      sharer.close();
    }
  });

  it('refuses the login of a user whose groups hold no privilege (AUTH_ERR; legacy auth.login false)', async () => {
    const raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/api/current`);
    try {
      const login = await raw.rpc('auth.login_ex', [{ mechanism: 'PASSWORD_PLAIN', username: 'loner', password: PASSWORD }]);
      assert.equal((login['result'] as { response_type: string }).response_type, 'AUTH_ERR');
      assert.equal((await raw.rpc('auth.login', ['loner', PASSWORD]))['result'], false);
      assert.equal((await raw.rpc('auth.login', ['viewer', PASSWORD]))['result'], true, 'a user with a privilege logs in');
    } finally {
      raw.close();
    }
  });

  it("core.bulk fails EPERM when the caller's allowlist lacks the method it runs", async () => {
    const viewer = await jsonRpcAs(sim, 'viewer');
    try {
      // The call answers with the job's outcome (legacy_jobs off), so the test need not poll.
      await viewer.rpc('core.set_options', [{ legacy_jobs: false }]);
      const refused = errorOf(await viewer.rpc('core.bulk', ['pool.dataset.delete', [['tank/none']]]));
      assert.deepEqual({ errname: refused?.data?.['errname'], reason: refused?.data?.['reason'] }, { errname: 'EPERM', reason: '[EPERM] Not authorized' });
      // Its check asks the allowlist alone: core.get_jobs, which any user session may call, is refused too.
      const bulkRead = errorOf(await viewer.rpc('core.bulk', ['core.get_jobs', [[[]]]]));
      assert.equal(bulkRead?.data?.['errname'], 'EPERM');
      assert.equal(errorOf(await viewer.rpc('core.bulk', ['pool.dataset.query', [[[]]]])), undefined, 'DATASET_READ is on the allowlist');
    } finally {
      viewer.close();
    }
  });

  it('answers the legacy /websocket with the EACCES error object', async () => {
    const raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/websocket`);
    try {
      raw.send({ msg: 'connect', version: '1', support: ['1'] });
      await raw.next((m) => m['msg'] === 'connected');
      raw.send({ msg: 'method', id: 'login', method: 'auth.login', params: ['viewer', PASSWORD] });
      assert.equal((await raw.next((m) => m['id'] === 'login'))['result'], true);
      raw.send({ msg: 'method', id: 'create', method: 'pool.dataset.create', params: [{ name: 'tank/x' }] });
      const error = (await raw.next((m) => m['id'] === 'create'))['error'] as Record<string, unknown>;
      assert.deepEqual(
        { error: error['error'], errname: error['errname'], reason: error['reason'] },
        { error: 13, errname: 'EACCES', reason: '[EACCES] Not authorized' },
      );
    } finally {
      raw.close();
    }
  });

  it('answers REST 403 with an empty body to any credential without FULL_ADMIN, even for a read', async () => {
    const get = (auth: string) => request(`${sim.url}/api/v2.0/system/info`, { headers: { authorization: auth } });
    const refused = await get(`Basic ${Buffer.from(`viewer:${PASSWORD}`).toString('base64')}`);
    assert.deepEqual({ status: refused.statusCode, body: await refused.body.text() }, { status: 403, body: '' });
    // restful.py:78-127 `authenticate` @TS-25.10.6: each refusal with its own text.
    const wrong = await get(`Basic ${Buffer.from('root:unknown').toString('base64')}`);
    assert.deepEqual({ status: wrong.statusCode, body: await wrong.body.text() }, { status: 401, body: 'Bad username or password' });
    const loner = await get(`Basic ${Buffer.from(`loner:${PASSWORD}`).toString('base64')}`);
    assert.deepEqual(
      { status: loner.statusCode, body: await loner.body.text() },
      { status: 401, body: 'Bad username or password' },
      'a user without a privilege gets no credential',
    );
    const unknownScheme = await get('Digest x');
    assert.deepEqual({ status: unknownScheme.statusCode, body: await unknownScheme.body.text() }, { status: 401, body: '401: Unauthorized' });
  });

  it("privilege.create takes the release's roles: 25.10's SHARING_NVME_TARGET_WRITE, not 26.0's SHARING_WEBSHARE_WRITE", async () => {
    const group = (await client.call('group.create', [{ name: 'nvme-operators' }])) as number;
    const { gid } = (await client.call('group.query', [[['id', '=', group]], { get: true }])) as { gid: number };
    const create = (name: string, role: string) =>
      client.call('privilege.create', [{ name, local_groups: [gid], ds_groups: [], roles: [role], web_shell: false }]);
    assert.deepEqual(((await create('NVMe operators', 'SHARING_NVME_TARGET_WRITE')) as { roles: string[] }).roles, ['SHARING_NVME_TARGET_WRITE']);
    await assert.rejects(create('Web sharers', 'SHARING_WEBSHARE_WRITE'), /privilege_create\.roles\.0: Invalid role/);
  });

  it('reads which role includes which from each release: PRIVILEGE_WRITE includes PRIVILEGE_READ only from 26.0', async () => {
    assert.equal(expandRoles('25.10.6', ['PRIVILEGE_WRITE']).has('PRIVILEGE_READ'), false);
    assert.equal(expandRoles('26.0.0-beta3', ['PRIVILEGE_WRITE']).has('PRIVILEGE_READ'), true);
    const query = (await TrueNASApiSchema.forRelease('25.10.6')).method('privilege.query')!;
    assert.equal(rolesAllow('25.10.6', query, ['PRIVILEGE_WRITE']), false);
    assert.equal(rolesAllow('25.10.6', query, ['FULL_ADMIN']), true);
  });
});

describe('scripts/derive-truenas-roles.ts', () => {
  const roleFile = (after: string) =>
    [
      'ROLES = {',
      "    'A_READ': Role(),",
      "    # a comment with 'B_WRITE': Role()",
      "    'A_WRITE': Role(includes=['A_READ',",
      "                              'B_READ'], stig=None),",
      "    'B_READ': Role(),",
      "    'FULL_ADMIN': Role(full_admin=True, builtin=False),",
      '}',
      after,
      '',
    ].join('\n');
  const readonlyLine = "ROLES['READONLY_ADMIN'] = Role(includes=[role for role in ROLES if role.endswith('_READ')], builtin=False)";

  it("reads each role's includes across lines, FULL_ADMIN, and READONLY_ADMIN as every *_READ role", () => {
    assert.deepEqual(parseRoles(`\n${roleFile(readonlyLine)}`), {
      A_READ: { includes: [] },
      A_WRITE: { includes: ['A_READ', 'B_READ'] },
      B_READ: { includes: [] },
      FULL_ADMIN: { includes: [], full_admin: true },
      READONLY_ADMIN: { includes: ['A_READ', 'B_READ'] },
    });
  });

  it('fails on a role file it cannot read whole rather than misreading it', () => {
    assert.throws(() => parseRoles(`\n${roleFile(`${readonlyLine}\nROLES['X'] = Role()`)}`), /unexpected ROLES statements/);
    assert.throws(() => parseRoles(`\n${roleFile(readonlyLine).replace("'B_READ': Role(),", "'B_READ': make_role(),")}`), /unread text/);
  });
});
