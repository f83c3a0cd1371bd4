// The simulator's access, pool and job rules as the real server applies them, with raw calls:
// realm-sync jobs need scope, ACL paths are normalised then checked, the PVE role namespace, pool
// names, keep-all as a boolean, replication ids re-read as integers, marked replication jobs
// that stay until the replication run removes them, user.cfg texts as the file gives them back,
// and ACME DNS plugin data answered decoded.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../../src/sim/proxmox/index.js';
import { runReplicationRemovals } from '../../../src/sim/proxmox/handlers/jobs.js';
import { pveCall } from './pve-raw.js';

const ROOT = 'root@pam!tf=rules-secret';

let sim: ProxmoxSimulator;
before(async () => {
  sim = await startProxmoxSimulator({ tokens: [ROOT], taskDelayMs: 1, authFailureDelayMs: 0, extraNodes: ['pve2'] });
  sim.state.realms.domains.set('corp', { type: 'ldap', server1: 'ldap.example.com', base_dn: 'dc=example,dc=com', user_attr: 'uid' });
});
after(() => sim.stop());

test('realm-sync jobs: create without scope refused as check_config does; scope cannot be deleted', async () => {
  const missing = await pveCall(sim, ROOT, 'POST', '/cluster/jobs/realm-sync/corp-nightly', { realm: 'corp', schedule: 'daily' });
  assert.equal(missing.status, 500);
  assert.equal(missing.message, "missing value for required option 'scope'");
  const created = await pveCall(sim, ROOT, 'POST', '/cluster/jobs/realm-sync/corp-nightly', { realm: 'corp', schedule: 'daily', scope: 'users' });
  assert.equal(created.status, 200);
  const removed = await pveCall(sim, ROOT, 'PUT', '/cluster/jobs/realm-sync/corp-nightly', { schedule: 'daily', delete: 'scope' });
  assert.equal(removed.status, 500);
  assert.equal(removed.message, "unable to delete required option 'scope'");
  assert.equal(sim.state.realms.syncJobs.get('corp-nightly')?.scope, 'users');
});

test('realm-sync job updates: delete_from_config texts, the deletion of an optional option', async () => {
  await pveCall(sim, ROOT, 'POST', '/cluster/jobs/realm-sync/corp-weekly', { realm: 'corp', schedule: 'sun', scope: 'both', comment: 'weekly' });
  const put = (params: Record<string, string>) => pveCall(sim, ROOT, 'PUT', '/cluster/jobs/realm-sync/corp-weekly', params);
  assert.equal((await put({ schedule: 'sun', delete: 'purge' })).message, "no such option 'purge'");
  assert.equal((await put({ schedule: 'sun', comment: 'x', delete: 'comment' })).message, "cannot set and delete property 'comment' at the same time!");
  assert.equal(sim.state.realms.syncJobs.get('corp-weekly')?.comment, 'weekly', 'a refused update changes nothing');
  assert.equal((await put({ schedule: 'sun', delete: 'comment' })).status, 200);
  assert.equal(sim.state.realms.syncJobs.get('corp-weekly')?.comment, undefined);
});

test('ACL paths are stored normalised and checked with check_path', async () => {
  for (const given of ['/vms/100/', 'vms/100', '//vms//100']) {
    const answer = await pveCall(sim, ROOT, 'PUT', '/access/acl', { path: given, roles: 'PVEAuditor', users: 'root@pam' });
    assert.equal(answer.status, 200, given);
  }
  const listed = (await pveCall(sim, ROOT, 'GET', '/access/acl')).data as Array<{ path: string; roleid: string }>;
  assert.deepEqual(
    listed.filter((e) => e.roleid === 'PVEAuditor').map((e) => e.path),
    ['/vms/100'],
  );
  for (const bad of ['/vms/abc', '/unknown', '/pool/a/b/c/d', '/vms/1 00']) {
    const answer = await pveCall(sim, ROOT, 'PUT', '/access/acl', { path: bad, roles: 'PVEAuditor', users: 'root@pam' });
    assert.equal(answer.status, 400, bad);
    assert.equal(answer.errors?.path, `invalid ACL path '${bad}'`);
  }
  const removal = await pveCall(sim, ROOT, 'PUT', '/access/acl', { path: '/vms/100/', roles: 'PVEAuditor', users: 'root@pam', delete: 1 });
  assert.equal(removal.status, 200);
  assert.equal(
    sim.state.acl.some((e) => e.roleid === 'PVEAuditor'),
    false,
    'a removal with the unnormalised path finds the grant',
  );
});

test('roles: ids starting with PVE (any case) are refused', async () => {
  for (const roleid of ['PVEOps', 'pveops']) {
    const answer = await pveCall(sim, ROOT, 'POST', '/access/roles', { roleid, privs: 'VM.Audit' });
    assert.equal(answer.status, 400, roleid);
    assert.equal(answer.errors?.roleid, "cannot use role ID starting with the (case-insensitive) 'PVE' namespace");
  }
  assert.equal((await pveCall(sim, ROOT, 'POST', '/access/roles', { roleid: 'MyPVE', privs: 'VM.Audit' })).status, 200);
});

test('pools: "." allowed, each new level starts with a letter, at most 3 levels', async () => {
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'lab.v2' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'lab.v2/web' })).status, 200);
  const digit = await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'lab.v2/1web' });
  assert.equal(digit.status, 500);
  assert.equal(digit.message, 'pool name must start with a letter');
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: '1lab' })).message, 'pool name must start with a letter');
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'a/b/c/d' })).status, 400);
  const notMember = await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'lab.v2', storage: 'local', delete: 1 });
  assert.match(notMember.message, /Storage 'local' is not a pool member/);
});

test('pools: an update refused for one member writes nothing (user.cfg is written once, under its lock); a storage may be in several pools', async () => {
  for (const vmid of [820, 821]) assert.equal((await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'members', comment: 'old' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'others' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'members', vms: '821', storage: 'local' })).status, 200);
  const refused = await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'members', vms: '820,821', comment: 'new' });
  assert.equal(refused.status, 500);
  assert.equal(refused.message, 'update pools failed: VM 821 is already a pool member');
  assert.deepEqual([[...(sim.state.pools.get('members')?.members ?? [])], sim.state.pools.get('members')?.comment], [['vm/821', 'storage/local'], 'old']);
  const leaving = await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'members', vms: '821,820', delete: 1 });
  assert.equal(leaving.message, 'update pools failed: VM 820 is not a pool member');
  assert.ok(sim.state.pools.get('members')?.members.has('vm/821'), 'the first VM stays a member');
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'others', storage: 'local' })).status, 200);
  const again = await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'others', storage: 'local' });
  assert.equal(again.message, "update pools failed: Storage 'local' is already a pool member");
});

test('pools: an unknown vmid or storage is recorded, listed once it exists, and does not keep the pool from being deleted (Pool.pm update_pool, index, delete_pool)', async () => {
  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'ahead' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'ahead', vms: '870', storage: 'later' })).status, 200);
  const listed = async () =>
    ((await pveCall(sim, ROOT, 'GET', '/pools', { poolid: 'ahead' })).data as Array<{ members: Array<{ id: string }> }>)[0]?.members.map((m) => m.id);
  assert.deepEqual(await listed(), []);
  const again = await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'ahead', vms: '870' });
  assert.equal(again.message, 'update pools failed: VM 870 is already a pool member');
  assert.equal((await pveCall(sim, ROOT, 'POST', '/nodes/pve/qemu', { vmid: 870 })).status, 200);
  assert.deepEqual(await listed(), ['qemu/870']);
  assert.equal((await pveCall(sim, ROOT, 'DELETE', '/nodes/pve/qemu/870')).status, 200);
  await Promise.all([...sim.tasks.values()].map((task) => task.done));
  assert.deepEqual(await listed(), []);
  assert.equal((await pveCall(sim, ROOT, 'DELETE', '/pools', { poolid: 'ahead' })).status, 200, 'the unknown storage does not count');
});

test('backup jobs: keep-all is a boolean in prune-backups', async () => {
  const bad = await pveCall(sim, ROOT, 'POST', '/cluster/backup', { id: 'keepall', schedule: 'daily', all: 1, 'prune-backups': 'keep-all=2' });
  assert.notEqual(bad.status, 200);
  assert.equal(sim.state.datacenter.backupJobs.has('keepall'), false);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/backup', { id: 'keepall', schedule: 'daily', all: 1, 'prune-backups': 'keep-all=1' })).status, 200);
});

test('replication: ids re-read as integers; a deleted job stays marked until the replication run removes it', async () => {
  const { state } = sim;
  state.storages.set('tank', { storage: 'tank', type: 'zfspool', options: { pool: 'tank', content: 'images' }, secrets: {}, capacity: 2 ** 40 });
  state.guests.set(100, {
    kind: 'qemu',
    vmid: 100,
    node: 'pve',
    config: { scsi0: 'tank:vm-100-disk-0,size=8G' },
    pending: {},
    pendingDelete: new Set(),
    status: 'stopped',
    snapshots: new Map(),
  });
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/replication', { id: '100-01', target: 'pve2', type: 'local' })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'GET', '/cluster/replication/100-01')).status, 500, 'not found under the id as given');
  assert.equal((await pveCall(sim, ROOT, 'GET', '/cluster/replication/100-1')).status, 200);

  assert.equal((await pveCall(sim, ROOT, 'DELETE', '/cluster/replication/100-1')).status, 200);
  assert.equal(state.datacenter.replication.get('100-1')?.remove_job, 'full');
  const again = await pveCall(sim, ROOT, 'POST', '/cluster/replication', { id: '100-1', target: 'pve2', type: 'local' });
  assert.equal(again.status, 500);
  assert.equal(again.message, "replication job '100-1' already exists");
  assert.deepEqual(runReplicationRemovals(state), ['100-1']);
  assert.equal(state.datacenter.replication.has('100-1'), false);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/replication', { id: '100-1', target: 'pve2', type: 'local' })).status, 200);
});

test('users: a comment or name of "0" is stored as nothing, as user.cfg does', async () => {
  assert.equal((await pveCall(sim, ROOT, 'POST', '/access/users', { userid: 'zero@pve', comment: '0', firstname: '0', email: 'z@example.com' })).status, 200);
  const user = (await pveCall(sim, ROOT, 'GET', '/access/users/zero@pve')).data as Record<string, unknown>;
  assert.equal(user.comment, undefined);
  assert.equal(user.firstname, undefined);
  assert.equal(user.email, 'z@example.com');
});

test('user.cfg texts read back as the file gives them: "0" as nothing and the spaces at their ends trimmed, for users, groups, tokens and pools', async () => {
  const sent = { comment: '0' };
  assert.equal((await pveCall(sim, ROOT, 'POST', '/access/groups', { groupid: 'zeros', ...sent })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/access/groups', { groupid: 'spaced', comment: '  ops team ' })).status, 200);
  const groups = (await pveCall(sim, ROOT, 'GET', '/access/groups')).data as Array<Record<string, unknown>>;
  assert.deepEqual(
    groups.filter((g) => ['zeros', 'spaced'].includes(String(g.groupid))).map((g) => [g.groupid, g.comment]),
    [
      ['zeros', undefined],
      ['spaced', 'ops team'],
    ],
  );
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/access/groups/zeros')).data as Record<string, unknown>).comment, undefined);
  // Updating to "0" clears it too.
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/access/groups/spaced', sent)).status, 200);
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/access/groups/spaced')).data as Record<string, unknown>).comment, undefined);

  assert.equal((await pveCall(sim, ROOT, 'POST', '/access/users', { userid: 'spaced@pve', firstname: ' Ann', comment: 'tabs\tstay ' })).status, 200);
  const user = (await pveCall(sim, ROOT, 'GET', '/access/users/spaced@pve')).data as Record<string, unknown>;
  assert.deepEqual([user.firstname, user.comment, user.email], ['Ann', 'tabs\tstay', ''], 'every user line gives an e-mail, empty or not');
  // email-opt: an address, or a text Perl reads as false.
  const badEmail = await pveCall(sim, ROOT, 'PUT', '/access/users/spaced@pve', { email: 'not-an-address' });
  assert.equal(badEmail.status, 400);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/access/users/spaced@pve', { email: '0' })).status, 200);

  // A token's create and update answer with the comment as sent; user.cfg keeps what it can.
  const created = (await pveCall(sim, ROOT, 'POST', '/access/users/spaced@pve/token/ci', { comment: ' ci ' })).data as { info: Record<string, unknown> };
  assert.equal(created.info.comment, ' ci ');
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/access/users/spaced@pve/token/ci')).data as Record<string, unknown>).comment, 'ci');
  const updated = (await pveCall(sim, ROOT, 'PUT', '/access/users/spaced@pve/token/ci', sent)).data as Record<string, unknown>;
  assert.equal(updated.comment, '0');
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/access/users/spaced@pve/token/ci')).data as Record<string, unknown>).comment, undefined);

  assert.equal((await pveCall(sim, ROOT, 'POST', '/pools', { poolid: 'zeropool', ...sent })).status, 200);
  const pools = (await pveCall(sim, ROOT, 'GET', '/pools', { poolid: 'zeropool' })).data as Array<Record<string, unknown>>;
  assert.equal(pools[0]?.comment, undefined);
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/pools', { poolid: 'zeropool', comment: 'lab ' })).status, 200);
  assert.equal(sim.state.pools.get('zeropool')?.comment, 'lab');
});

test('ACME DNS plugins: data is taken base64(url) encoded and answered decoded, as plugins.cfg is parsed', async () => {
  const text = 'CF_Account_ID=acct-1\nCF_Token=a+b/c=?';
  const standard = Buffer.from(text).toString('base64');
  const url = Buffer.from(text).toString('base64url');
  assert.notEqual(standard, url, 'the two alphabets and the padding differ for this text');
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/acme/plugins', { id: 'cf-std', type: 'dns', api: 'cf', data: standard })).status, 200);
  assert.equal((await pveCall(sim, ROOT, 'POST', '/cluster/acme/plugins', { id: 'cf-url', type: 'dns', api: 'cf', data: url })).status, 200);
  for (const id of ['cf-std', 'cf-url']) {
    assert.equal(((await pveCall(sim, ROOT, 'GET', `/cluster/acme/plugins/${id}`)).data as Record<string, unknown>).data, text, id);
  }
  const listed = (await pveCall(sim, ROOT, 'GET', '/cluster/acme/plugins')).data as Array<Record<string, unknown>>;
  assert.equal(listed.find((p) => p.plugin === 'cf-std')?.data, text);
  const broken = await pveCall(sim, ROOT, 'PUT', '/cluster/acme/plugins/cf-std', { data: `${standard}\n` });
  assert.equal(broken.status, 500);
  assert.equal(broken.message, 'property contains a line feed');
  // Empty data is written as a bare `data` line, which parse_config skips.
  assert.equal((await pveCall(sim, ROOT, 'PUT', '/cluster/acme/plugins/cf-url', { data: '' })).status, 200);
  assert.equal(((await pveCall(sim, ROOT, 'GET', '/cluster/acme/plugins/cf-url')).data as Record<string, unknown>).data, undefined);
});
