// Cluster, storage, pools and access endpoints against the simulator, including permission
// checks for a privilege-separated token.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxApiError, ProxmoxClient, isNotFound } from '../../../src/clients/proxmox/index.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

test('version, nodes, node status, cluster resources, nextid', async () => {
  assert.equal((await h.client.cluster.version()).release, '9.1');
  assert.deepEqual(
    (await h.client.cluster.nodes()).map((n) => n.node),
    ['pve'],
  );
  assert.ok(((await h.client.cluster.nodeStatus('pve')).memory?.total ?? 0) > 0);
  const storages = await h.client.cluster.resources('storage');
  assert.deepEqual(storages.map((r) => r.storage).sort(), ['local', 'local-lvm']);
  assert.equal(await h.client.cluster.nextId(), 100);
  assert.equal(await h.client.cluster.nextId(555), 555);
  await h.client.qemu.create('pve', { vmid: 100 });
  await assert.rejects(
    h.client.cluster.nextId(100),
    (err: unknown) => err instanceof ProxmoxApiError && err.status === 400 && err.errors.vmid === 'VM 100 already exists',
  );
  assert.equal((await h.client.cluster.resources('vm'))[0]?.id, 'qemu/100');
});

test('storage: create nfs and dir, read back, update, fixed options, delete', async () => {
  const created = await h.client.storage.create('nas', 'nfs', { server: '10.0.0.5', export: '/mnt/tank/pve', path: '/mnt/pve/nas', content: 'images,iso' });
  assert.deepEqual(created, { storage: 'nas', type: 'nfs' });
  const nas = await h.client.storage.get('nas');
  assert.equal(nas.shared, 1);
  assert.deepEqual(nas.content?.split(',').sort(), ['images', 'iso']);
  await assert.rejects(
    h.client.storage.create('nas', 'nfs', { server: 'x', export: '/x', path: '/x' }),
    /create storage failed: storage ID 'nas' already defined/,
  );
  // SectionConfig `check_config` dies (500) on a missing required option; the API schema cannot require it.
  await assert.rejects(
    h.client.storage.create('bad', 'nfs', { server: 'x' }),
    (err: unknown) => err instanceof ProxmoxApiError && err.status === 500 && /missing value for required option 'export'/.test(err.serverMessage),
  );
  await h.client.storage.update('nas', { content: 'backup', disable: true }, { digest: String(nas.digest) });
  await assert.rejects(
    h.client.storage.update('nas', { content: 'iso' }, { digest: String(nas.digest) }),
    /update storage failed: detected modified configuration/,
  );
  await assert.rejects(h.client.storage.update('nas', { server: '10.0.0.6' }), /can't change value of fixed parameter 'server'/);
  await assert.rejects(h.client.storage.update('nas', {}, { delete: ['export'] }), /unable to delete fixed option 'export'/);
  await h.client.storage.create('pbs1', 'pbs', {
    server: 'pbs.lan',
    datastore: 'main',
    username: 'backup@pbs',
    password: 'pbs-secret',
    fingerprint: Array.from({ length: 32 }, () => 'ab').join(':'),
  });
  const pbs = await h.client.storage.get('pbs1');
  assert.equal(pbs.password, undefined, 'secrets are never returned');
  assert.equal(pbs.content, 'backup');
  assert.ok((await h.client.storage.list('nfs')).every((s) => s.type === 'nfs'));
  await h.client.storage.delete('pbs1');
  await h.client.storage.delete('nas');
  await assert.rejects(h.client.storage.delete('nas'), /delete storage failed: storage 'nas' does not exist/);
  await assert.rejects(h.client.storage.get('nas'), (err: unknown) => isNotFound(err));
});

test('node storages, content, volume attributes and volume deletion', async () => {
  const local = (await h.client.storage.nodeStorages('pve', { storage: 'local' }))[0];
  assert.ok(local && local.total !== undefined && local.avail !== undefined && local.total > local.avail);
  const isos = await h.client.storage.content('pve', 'local', { content: 'iso' });
  assert.equal(isos.length, 1);
  const iso = isos[0]?.volid ?? '';
  assert.match(iso, /^local:iso\/.+\.iso$/);
  assert.equal((await h.client.storage.volume('pve', 'local', iso)).size, isos[0]?.size);
  await h.client.qemu.update('pve', 100, { scsi0: 'local-lvm:2' });
  await h.client.qemu.update('pve', 100, {}, { delete: ['scsi0'] });
  await h.client.storage.deleteVolume('pve', 'local-lvm', 'local-lvm:vm-100-disk-0');
  assert.deepEqual(await h.client.storage.content('pve', 'local-lvm'), []);
  await assert.rejects(h.client.storage.volume('pve', 'local-lvm', 'local-lvm:vm-100-disk-0'), (err: unknown) => isNotFound(err));
});

test('pools: create nested, members, move rules, delete when empty', async () => {
  await h.client.pools.create('team', 'the team');
  await h.client.pools.create('team/dev');
  await assert.rejects(h.client.pools.create('team'), /pool 'team' already exists/);
  await h.client.pools.update('team', { vms: [100], storage: ['local'], comment: 'changed' });
  const team = await h.client.pools.get('team');
  assert.equal(team.comment, 'changed');
  assert.deepEqual(team.members.map((m) => m.id).sort(), ['qemu/100', 'storage/pve/local']);
  await assert.rejects(h.client.pools.update('team/dev', { vms: [100] }), /belongs already to pool 'team' and 'allow-move' is not set/);
  await h.client.pools.update('team/dev', { vms: [100], allowMove: true });
  assert.deepEqual(
    (await h.client.pools.get('team/dev', 'qemu')).members.map((m) => m.vmid),
    [100],
  );
  await assert.rejects(h.client.pools.delete('team/dev'), /is not empty \(contains VM 100\)/);
  await h.client.pools.update('team/dev', { vms: [100], remove: true });
  await h.client.pools.update('team', { storage: ['local'], remove: true });
  // A member that already left reads as gone: a pool membership's destroy after the fact succeeds.
  await assert.rejects(h.client.pools.update('team/dev', { vms: [100], remove: true }), (err: unknown) => isNotFound(err));
  await assert.rejects(h.client.pools.update('team', { storage: ['local'], remove: true }), (err: unknown) => isNotFound(err));
  await h.client.pools.delete('team/dev');
  await h.client.pools.delete('team');
  assert.deepEqual(await h.client.pools.list(), []);
  await assert.rejects(h.client.pools.get('team'), (err: unknown) => isNotFound(err));
});

test('users, groups, tokens, roles and ACLs', async () => {
  await h.client.access.createGroup('ops', 'operators');
  await h.client.access.createUser('alice@pve', { email: 'alice@example.com', groups: ['ops'], password: 'alice-password' });
  await assert.rejects(h.client.access.createUser('bob@pve', { groups: ['nosuch'] }), /no such group 'nosuch'/);
  const alice = await h.client.access.user('alice@pve');
  assert.deepEqual(alice.groups, ['ops']);
  assert.equal(alice.enable, true);
  await h.client.access.updateUser('alice@pve', { firstname: 'Alice', expire: 0 });
  assert.equal((await h.client.access.user('alice@pve')).firstname, 'Alice');
  const created = await h.client.access.createToken('alice@pve', 'ci', { comment: 'ci token' });
  assert.equal(created['full-tokenid'], 'alice@pve!ci');
  assert.match(created.value, /^[0-9a-f-]{36}$/);
  assert.equal(created.info.privsep, true);
  await assert.rejects(
    h.client.access.createToken('alice@pve', 'ci'),
    (err: unknown) => err instanceof ProxmoxApiError && err.errors.tokenid === 'Token already exists.',
  );
  assert.equal((await h.client.access.updateToken('alice@pve', 'ci', { comment: 'renamed' })).comment, 'renamed');
  assert.deepEqual(
    (await h.client.access.tokens('alice@pve')).map((t) => t.tokenid),
    ['ci'],
  );
  assert.equal((await h.client.access.token('alice@pve', 'ci')).comment, 'renamed');
  const full = (await h.client.access.users({ full: true })).find((u) => u.userid === 'alice@pve');
  assert.equal(full?.groups, 'ops');
  assert.equal(full?.tokens?.[0]?.tokenid, 'ci');
  assert.deepEqual((await h.client.access.group('ops')).members, ['alice@pve']);
  await h.client.access.updateGroup('ops', 'operations');
  assert.equal((await h.client.access.groups()).find((g) => g.groupid === 'ops')?.comment, 'operations');

  await h.client.access.createRole('VMWatcher', ['VM.Audit', 'VM.PowerMgmt']);
  assert.deepEqual(await h.client.access.role('VMWatcher'), ['VM.Audit', 'VM.PowerMgmt']);
  await h.client.access.updateRole('VMWatcher', ['Datastore.Audit'], true);
  assert.equal((await h.client.access.roles()).find((r) => r.roleid === 'VMWatcher')?.privs, 'Datastore.Audit,VM.Audit,VM.PowerMgmt');
  await assert.rejects(h.client.access.updateRole('PVEAdmin', ['VM.Audit']), /auto-generated role 'PVEAdmin' cannot be modified/);

  await h.client.access.updateAcl({ path: '/vms/100', roles: ['VMWatcher'], users: ['alice@pve'], tokens: ['alice@pve!ci'] });
  await h.client.access.updateAcl({ path: '/', roles: ['PVEAuditor'], groups: ['ops'], propagate: false });
  const acl = await h.client.access.acl();
  assert.deepEqual(acl.map((e) => `${e.path} ${e.type} ${e.ugid} ${e.roleid} ${e.propagate}`).sort(), [
    '/ group ops PVEAuditor false',
    '/vms/100 token alice@pve!ci VMWatcher true',
    '/vms/100 user alice@pve VMWatcher true',
  ]);
  await assert.rejects(
    h.client.access.updateAcl({ path: '/nowhere', roles: ['PVEAuditor'], users: ['alice@pve'] }),
    (err: unknown) => err instanceof ProxmoxApiError && err.errors.path === "invalid ACL path '/nowhere'",
  );

  // The privilege-separated token sees what both it and alice are granted, nothing more.
  const aliceToken = new ProxmoxClient({ endpoint: h.sim.url, caPem: h.sim.caPem, apiToken: `alice@pve!ci=${created.value}` });
  assert.equal((await aliceToken.qemu.status('pve', 100)).status, 'stopped');
  await assert.rejects(aliceToken.qemu.update('pve', 100, { cores: 2 }), (err: unknown) => err instanceof ProxmoxApiError && err.status === 403);
  await assert.rejects(aliceToken.storage.create('x1', 'dir', { path: '/x' }), (err: unknown) => err instanceof ProxmoxApiError && err.status === 403);
  await aliceToken.close();

  await h.client.access.updateAcl({ path: '/vms/100', roles: ['VMWatcher'], users: ['alice@pve'], tokens: ['alice@pve!ci'], remove: true });
  await h.client.access.updateAcl({ path: '/', roles: ['PVEAuditor'], groups: ['ops'], remove: true });
  assert.deepEqual(await h.client.access.acl(), []);
  await h.client.access.deleteRole('VMWatcher');
  await h.client.access.deleteToken('alice@pve', 'ci');
  await assert.rejects(h.client.access.token('alice@pve', 'ci'), (err: unknown) => isNotFound(err));
  await h.client.access.deleteUser('alice@pve');
  await assert.rejects(h.client.access.user('alice@pve'), (err: unknown) => isNotFound(err));
  await h.client.access.deleteGroup('ops');
  await assert.rejects(h.client.access.group('ops'), (err: unknown) => isNotFound(err));
});
