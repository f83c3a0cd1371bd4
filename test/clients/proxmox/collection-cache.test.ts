// Lookups of one kind cost one list request per client until a write: concurrent and later
// lookups share it, writes drop it, and the answers equal the one-object reads they replace.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CollectionCache } from '../../../src/clients/proxmox/collection-cache.js';
import { startHarness, type Harness } from './harness.js';

const N = 25;
let h: Harness;
before(async () => (h = await startHarness()));
after(() => h.close());

/** How many requests `run` sent. */
async function requestsOf(client: Harness['client'], run: () => Promise<unknown>): Promise<number> {
  const before = client.stats.requests;
  await run();
  return client.stats.requests - before;
}

const ids = Array.from({ length: N }, (_, i) => `p${i}`);

test('pools: N concurrent and N sequential lookups cost one request; a write drops the cache', async () => {
  for (const id of ids) await h.client.pools.create(id, `pool ${id}`);
  let found: Array<{ comment?: string | undefined } | undefined> = [];
  assert.equal(await requestsOf(h.client, async () => (found = await Promise.all(ids.map((id) => h.client.pools.find(id))))), 1);
  assert.deepEqual(
    found.map((pool) => pool?.comment),
    ids.map((id) => `pool ${id}`),
  );
  assert.equal(
    await requestsOf(h.client, async () => {
      for (const id of ids) assert.equal((await h.client.pools.find(id))?.comment, `pool ${id}`);
    }),
    0,
  );
  // An id the list lacks is read directly before it is called absent (lists are privilege-filtered).
  assert.equal(await requestsOf(h.client, async () => assert.equal(await h.client.pools.find('absent'), undefined)), 1);
  await h.client.pools.update('p3', { comment: 'changed' });
  assert.equal(await requestsOf(h.client, async () => assert.equal((await h.client.pools.find('p3'))?.comment, 'changed')), 1);
  await h.client.pools.delete('p4');
  assert.equal(await h.client.pools.find('p4'), undefined);
});

test('users, tokens, groups, roles, ACLs and storages: one list each, the same answers as the one-object reads', async () => {
  const { access, storage } = h.client;
  await access.createGroup('ops', 'operators');
  await access.createUser('alice@pve', { email: 'alice@example.com', groups: ['ops'], comment: 'Alice' });
  await access.createToken('alice@pve', 'ci', { comment: 'CI', privsep: false });
  await access.createRole('Watcher', ['VM.Console', 'VM.Audit']);
  await access.updateAcl({ path: '/vms', roles: ['Watcher'], groups: ['ops'] });
  await storage.create('nas', 'nfs', { server: '10.0.0.5', export: '/mnt/tank/pve', path: '/mnt/pve/nas', content: 'images,iso' });

  const aclKey = { path: '/vms', roleid: 'Watcher', type: 'group', ugid: 'ops' } as const;
  const lookups = () =>
    Promise.all([
      access.findUser('alice@pve'),
      access.findUser('root@pam'),
      access.findToken('alice@pve', 'ci'),
      access.findGroup('ops'),
      access.findRole('Watcher'),
      access.findAcl(aclKey),
      storage.find('nas'),
      storage.find('local'),
    ]);
  let cached: Awaited<ReturnType<typeof lookups>> | undefined;
  assert.equal(await requestsOf(h.client, async () => (cached = await lookups())), 5, 'users, groups, roles, acl, storage');
  assert.equal(await requestsOf(h.client, lookups), 0);
  const [alice, root, token, group, role, acl, nas, local] = cached ?? [];

  const { tokens: _tokens, ...aliceDetail } = await access.user('alice@pve');
  // The list row also carries list-only fields (`realm-type`); every field of the one-user read is the same.
  assert.deepEqual(Object.fromEntries(Object.keys(aliceDetail).map((key) => [key, alice?.[key]])), aliceDetail);
  assert.deepEqual(alice?.groups, ['ops']);
  assert.equal(root?.enable, true);
  assert.deepEqual(token, { tokenid: 'ci', ...(await access.token('alice@pve', 'ci')) });
  assert.deepEqual(group, await access.group('ops'));
  assert.deepEqual(group?.members, ['alice@pve']);
  assert.deepEqual(role, await access.role('Watcher'));
  assert.deepEqual(
    acl,
    (await access.acl()).find((e) => e.path === '/vms' && e.ugid === 'ops'),
  );
  assert.deepEqual(nas, await storage.get('nas'));
  assert.deepEqual(local, await storage.get('local'));

  for (const absent of [
    access.findUser('bob@pve'),
    access.findToken('alice@pve', 'nope'),
    access.findToken('bob@pve', 'ci'),
    access.findGroup('nope'),
    access.findRole('nope'),
    access.findAcl({ ...aclKey, ugid: 'nope' }),
    storage.find('nope'),
  ]) {
    assert.equal(await absent, undefined);
  }

  await access.deleteUser('alice@pve');
  assert.equal(await access.findToken('alice@pve', 'ci'), undefined);
  assert.deepEqual((await access.findGroup('ops'))?.members, []);
});

test('with the cache off, or a list longer than the bound, each lookup reads its one object', async () => {
  for (const cacheMaxItems of [0, 3]) {
    const other = await startHarness({}, { cacheMaxItems });
    try {
      for (const id of ['a', 'b', 'c', 'd']) await other.client.pools.create(id, id.toUpperCase());
      const listing = cacheMaxItems === 0 ? 0 : 1;
      assert.equal(
        await requestsOf(other.client, async () => {
          assert.deepEqual(
            (await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => other.client.pools.find(id)))).map((pool) => pool?.comment),
            ['A', 'B', 'C', 'D', undefined],
          );
        }),
        listing + 5,
      );
      // The too-long verdict is kept until a write: no second list.
      assert.equal(await requestsOf(other.client, () => other.client.pools.find('a')), 1);
    } finally {
      await other.close();
    }
  }
});

test('an object missing from a privilege-filtered list is read directly, not called deleted', async () => {
  // A narrow token lists only what it may audit: the list lacks "hidden", the direct read finds it.
  const cache = new CollectionCache(100);
  const visible = cache.collection(
    async () => [{ id: 'visible' }],
    (row) => row.id,
  );
  let directReads = 0;
  const readOne = async () => {
    directReads++;
    return { id: 'hidden' };
  };
  assert.deepEqual(await visible.find('hidden', (row) => row, readOne), { id: 'hidden' });
  assert.deepEqual(await visible.find('visible', (row) => row, readOne), { id: 'visible' });
  assert.equal(directReads, 1);
});
