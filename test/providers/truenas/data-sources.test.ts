// The truenas data sources and the ephemeral API key read in process against the simulator of each
// release, for what the real middleware answers: the synthetic container root every user.query
// lists, disks' pools only when asked for, local accounts only, configured interfaces not present
// yet, masked cloud credential fields, and lookups that find nothing failing on the attribute.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { AttributeError, pathToString } from '../../../src/framework/diagnostics.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { disksDataSource, groupsDataSource, networkInterfacesDataSource, usersDataSource } from '../../../src/providers/truenas/data-sources/lists.js';
import { cloudsyncCredentialDataSource } from '../../../src/providers/truenas/data-sources/credentials.js';
import { namingSchemaPattern, snapshotsDataSource } from '../../../src/providers/truenas/data-sources/snapshots.js';
import { filesystemAclDataSource } from '../../../src/providers/truenas/data-sources/acl.js';
import { datasetDataSource } from '../../../src/providers/truenas/data-sources/dataset.js';
import { zvolDataSource } from '../../../src/providers/truenas/data-sources/zvol.js';
import { iscsiTargetDataSource } from '../../../src/providers/truenas/data-sources/iscsi-target.js';
import { apiKeyEphemeral } from '../../../src/providers/truenas/ephemeral/api-key.js';
import { TRUENAS_RELEASES } from './harness.js';

const key = `1-${'d'.repeat(64)}`;
type Listed = { names: string[]; items: Record<string, unknown>[] };
type Readable = { read(ctx: unknown, config: Record<string, unknown>): Promise<unknown> };
const read = async (dataSource: unknown, client: unknown, config: Record<string, unknown>) =>
  (await (dataSource as Readable).read({ provider: { client } }, config)) as Record<string, unknown>;
const list = async (dataSource: unknown, client: unknown, nameRegex: string | null = null) =>
  (await read(dataSource, client, { name_regex: nameRegex })) as Listed;

/** The error a read fails with, which must be about `attribute`. */
async function refusedOn(attribute: string, reading: Promise<unknown>): Promise<AttributeError> {
  const error = await reading.then(
    () => assert.fail('the read should fail'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof AttributeError, `an error on an attribute, got ${String(error)}`);
  assert.equal(pathToString(error.path), attribute);
  return error;
}

for (const release of TRUENAS_RELEASES) {
  describe(`truenas data sources on ${release.version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    before(async () => {
      sim = await startTrueNASSimulator({ apiKeys: [key], version: release.version, loginRateLimit: false });
      client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0 });
    });
    after(async () => {
      client.close();
      await sim.stop();
    });

    it('lists the synthetic container root user.query answers, whose primary group is empty', async () => {
      const users = await list(usersDataSource, client, '^truenas_');
      assert.deepEqual(users.names, ['truenas_admin', 'truenas_container_unpriv_root']);
      assert.deepEqual(users.items[1], {
        id: 2247000001,
        uid: 2147000001,
        username: 'truenas_container_unpriv_root',
        full_name: 'Unprivileged root user for containers',
        home: '/var/empty',
        shell: '/usr/sbin/nologin',
        smb: false,
        builtin: true,
        locked: true,
      });
    });

    it("reads each disk's pool, which the server fills only when asked", async () => {
      const disks = await list(disksDataSource, client);
      assert.deepEqual(
        disks.items.map((d) => [d['name'], d['pool']]),
        [['sda', 'tank']],
      );
      const [unasked] = await client.system.disks();
      assert.equal(unasked?.pool, null, 'disk.query without extra.pools names no pool');
    });

    it('reads a configured interface that is not present yet without a link', async () => {
      await client.interfaces.create({
        name: 'br7',
        type: 'BRIDGE',
        bridge_members: [],
        description: '',
        mtu: null,
        ipv4_dhcp: false,
        ipv6_auto: false,
        aliases: [],
      });
      try {
        const bridge = (await list(networkInterfacesDataSource, client, '^br7$')).items[0];
        assert.deepEqual([bridge?.['fake'], bridge?.['link_state'], bridge?.['link_address']], [true, null, null]);
        const nic = (await list(networkInterfacesDataSource, client, '^enp1s0$')).items[0];
        assert.equal(nic?.['link_state'], 'LINK_STATE_UP');
      } finally {
        await client.interfaces.rollback();
      }
    });

    it('names the attribute of a lookup that finds nothing, and says when it is the other kind', async () => {
      await client.datasets.create({ name: 'tank/vm0', type: 'VOLUME', volsize: 1024 ** 3, volblocksize: '16K' });
      await client.datasets.create({ name: 'tank/files' });
      await client.snapshots.create({ dataset: 'tank/files', name: 'auto-2025-01-02_03-04' });
      assert.match((await refusedOn('name', read(datasetDataSource, client, { name: 'tank/vm0' }))).detail, /It is a zvol: read it with data "truenas_zvol"/);
      assert.match((await refusedOn('name', read(zvolDataSource, client, { name: 'tank/files' }))).detail, /It is a filesystem dataset/);
      await refusedOn('name', read(cloudsyncCredentialDataSource, client, { name: 'none' }));
      await refusedOn('path', read(filesystemAclDataSource, client, { path: '/mnt/tank/none' }));
      const snapshots = await read(snapshotsDataSource, client, { dataset: 'tank/files', naming_schema: 'auto-%Y-%m-%d_%H-%M' });
      assert.deepEqual(snapshots['names'], ['auto-2025-01-02_03-04']);
      assert.deepEqual((await read(snapshotsDataSource, client, { dataset: 'tank/vm0', naming_schema: null }))['names'], [], 'a dataset without snapshots');
      assert.deepEqual((await read(snapshotsDataSource, client, { dataset: 'backup/later', naming_schema: null }))['names'], [], 'a dataset not made yet');
    });

    it('reads an alias stored as "" as unset', async () => {
      await client.iscsi.targets.create({ name: 'blank-alias', alias: '' });
      assert.equal((await read(iscsiTargetDataSource, client, { name: 'blank-alias' }))['alias'], null);
    });

    it('refuses an ephemeral key for a user the server does not have on username', async () => {
      const open = (config: Record<string, unknown>) =>
        (apiKeyEphemeral as unknown as { open(ctx: unknown, config: Record<string, unknown>): Promise<unknown> }).open({ provider: { client } }, config);
      const opening = open({ username: 'nobody-here', name: null, expire_in: 3600 });
      assert.match((await refusedOn('username', opening)).detail, /no user "nobody-here"/);
      const forContainerRoot = open({ username: 'truenas_container_unpriv_root', name: null, expire_in: 3600 });
      assert.match((await refusedOn('username', forContainerRoot)).detail, /TrueNAS gives API keys only to such users/);
    });
  });
}

describe('truenas list data sources ask for local accounts only', () => {
  it('filters users and groups on local = true (no directory service accounts)', async () => {
    const asked: unknown[] = [];
    const query = async (filters: unknown) => {
      asked.push(filters);
      return [];
    };
    const client = { accounts: { users: { query }, groups: { query } } };
    await list(usersDataSource, client);
    await list(groupsDataSource, client);
    assert.deepEqual(asked, [[['local', '=', true]], [['local', '=', true]]]);
  });
});

describe('truenas_cloudsync_credential with masked fields', () => {
  const reading = (provider: Record<string, unknown>) => {
    const query = async () => [{ id: 4, name: 'offsite', provider }];
    return read(cloudsyncCredentialDataSource, { protection: { cloudCredentials: { query } } }, { name: 'offsite' });
  };

  it('leaves masked settings out, counts masked secrets and not empty ones', async () => {
    // What a key without CLOUD_SYNC_WRITE reads of an S3 credential on 25.10 (every Secret field masked).
    const masked = {
      type: 'S3',
      access_key_id: '********',
      secret_access_key: '********',
      endpoint: 'https://s3.lan/',
      region: '********',
      max_upload_parts: '********',
    };
    assert.deepEqual(await reading(masked), {
      name: 'offsite',
      id: 4,
      provider_type: 'S3',
      settings: { endpoint: 'https://s3.lan/' },
      secret_fields: ['secret_access_key'],
    });
    const plain = { type: 'S3', access_key_id: 'AK', secret_access_key: '', endpoint: '', region: 'eu', max_upload_parts: 10000 };
    const read = await reading(plain);
    assert.deepEqual([read['settings'], read['secret_fields']], [{ access_key_id: 'AK', endpoint: '', region: 'eu', max_upload_parts: '10000' }, []]);
  });
});

describe('truenas_snapshots naming schemas', () => {
  it('matches what zettarepl names, a UTC offset written with ":" for "+"', () => {
    assert.ok(namingSchemaPattern('auto-%Y%m%d.%H%M%z').test('auto-20250102.0304:0100'));
    assert.ok(namingSchemaPattern('auto-%Y%m%d.%H%M%z').test('auto-20250102.0304-0500'));
    assert.ok(namingSchemaPattern('snap-%s').test('snap-1735786000'));
    assert.equal(namingSchemaPattern('auto-%Y-%m-%d_%H-%M').test('manual-2025-01-02_03-04'), false);
  });
});
