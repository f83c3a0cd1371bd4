// Cloud sync tasks, rsync tasks and cloud backups on the simulated 25.04, 25.10 and 26.0: every
// call checked against the release's API schema, the middleware's rules and error texts
// (docs/simulators.md, "Backup tasks"), and the fields that differ between the releases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TrueNASCallError, type TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { clientFor, startSim } from '../../clients/truenas/fixtures.js';

/** The validation messages of a refused call, as "attribute: message". */
async function refusal(call: Promise<unknown>): Promise<string[]> {
  const error = await call.then(
    () => assert.fail('the call was accepted'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof TrueNASCallError, String(error));
  return error.issues.length > 0 ? error.issues.map((i) => `${i.attribute}: ${i.message}`) : [error.serverMessage];
}

for (const version of ['25.04.2', '25.10.0', '26.0.0']) {
  describe(`backup tasks on the simulated ${version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    let s3: number;
    let b2: number;
    let http: number;
    before(async () => {
      sim = await startSim({ version, pools: [{ name: 'tank', size: 1024 ** 4 }] });
      client = clientFor(sim);
      await client.datasets.create({ name: 'tank/data' });
      await client.datasets.create({ name: 'tank/nested' });
      await client.datasets.create({ name: 'tank/nested/child' });
      const credential = (name: string, provider: Record<string, unknown> & { type: string }) =>
        client.protection.cloudCredentials.create({ name, provider }).then((c) => c.id);
      s3 = await credential('s3', { type: 'S3', access_key_id: 'AK', secret_access_key: 'SK' });
      b2 = await credential('b2', { type: 'B2', account: 'acc', key: 'key' });
      http = await credential('http', { type: 'HTTP', url: 'https://example.net' });
    });
    after(async () => {
      client.close();
      await sim.stop();
    });

    it('creates, updates and deletes a cloud sync task, with the attributes the provider takes and their defaults', async () => {
      const tasks = client.protection.cloudSyncTasks;
      const task = await tasks.create({
        path: '/mnt/tank/data',
        credentials: s3,
        attributes: { bucket: 'photos', folder: '/nas' },
        direction: 'PUSH',
        transfer_mode: 'SYNC',
        encryption: true,
        encryption_password: 'pw',
        description: 'photos',
      });
      // The credential has no region and no skip_region: the server writes the bucket's location in (s3.py validate_task_basic).
      assert.deepEqual(task.attributes, { bucket: 'photos', folder: '/nas', fast_list: false, region: 'us-east-1', encryption: null, storage_class: '' });
      const skipping = await client.protection.cloudCredentials.create({
        name: 's3-skip',
        provider: { type: 'S3', access_key_id: 'AK', secret_access_key: 'SK', skip_region: true },
      });
      const kept = await tasks.create({
        path: '/mnt/tank/data',
        credentials: skipping.id,
        attributes: { bucket: 'b', folder: '' },
        direction: 'PUSH',
        transfer_mode: 'SYNC',
      });
      assert.equal(kept.attributes['region'], '', 'skip_region: the task keeps its own region');
      await tasks.delete(kept.id);
      await client.protection.cloudCredentials.delete(skipping.id);
      assert.equal(task.credentials.id, s3);
      assert.deepEqual(task.schedule, { minute: '00', hour: '*', dom: '*', month: '*', dow: '*' });
      assert.equal(task.encryption_password, 'pw', 'the server returns the password');
      const updated = await tasks.update(task.id, { transfer_mode: 'COPY', bwlimit: [{ time: '08:00', bandwidth: 1024 }] });
      assert.equal(updated.transfer_mode, 'COPY');
      assert.equal(updated.description, 'photos', 'an update merges');
      const row = (await tasks.query([['id', '=', task.id]]))[0] as unknown as Record<string, unknown>;
      assert.equal('relative_path' in row, version.startsWith('26'), '26.0 rows name the dataset and relative path');
      if (version.startsWith('26')) assert.deepEqual([row['dataset'], row['relative_path']], ['tank/data', '']);
      assert.match((await refusal(client.protection.cloudCredentials.delete(s3))).join(), /This credential is used by cloud sync task photos/);
      await tasks.delete(task.id);
      assert.equal(await tasks.find(task.id), undefined);
    });

    it("refuses what the middleware refuses for cloud sync tasks, with the middleware's texts", async () => {
      const tasks = client.protection.cloudSyncTasks;
      const base = { path: '/mnt/tank/data', credentials: s3, attributes: { bucket: 'b', folder: '' }, direction: 'PUSH', transfer_mode: 'SYNC' } as const;
      assert.deepEqual(await refusal(tasks.create({ ...base, credentials: 99 })), ['cloud_sync_create.credentials: Invalid credentials']);
      assert.deepEqual(await refusal(tasks.create({ ...base, attributes: { folder: '' } })), ['cloud_sync_create.attributes.bucket: Field required']);
      assert.deepEqual(await refusal(tasks.create({ ...base, credentials: b2, attributes: { bucket: 'b', folder: '', region: 'x' } })), [
        'cloud_sync_create.attributes.region: Extra inputs are not permitted',
      ]);
      assert.deepEqual(await refusal(tasks.create({ ...base, credentials: b2, attributes: { bucket: 'b', folder: '', chunk_size: 2 } })), [
        'chunk_size: Must be greater than or equal to 5',
      ]);
      assert.deepEqual(await refusal(tasks.create({ ...base, path: '/var/tmp' })), ['cloud_sync_create.path: The path must reside within a pool mount point']);
      assert.deepEqual(await refusal(tasks.create({ ...base, encryption: true })), [
        'cloud_sync_create.encryption_password: This field is required when encryption is enabled',
      ]);
      assert.deepEqual(await refusal(tasks.create({ ...base, direction: 'PULL', transfer_mode: 'MOVE', snapshot: true })), [
        'cloud_sync_create.snapshot: This option can only be enabled for PUSH tasks',
        'cloud_sync_create.snapshot: This option can not be used for MOVE transfer mode',
      ]);
      assert.deepEqual(await refusal(tasks.create({ ...base, path: '/mnt/tank/nested', snapshot: true })), [
        'cloud_sync_create.snapshot: This option is only available for datasets that have no further nesting',
      ]);
      assert.deepEqual(
        await refusal(
          tasks.create({
            ...base,
            bwlimit: [
              { time: '18:00', bandwidth: null },
              { time: '08:00', bandwidth: 1 },
            ],
          }),
        ),
        ['cloud_sync_create.bwlimit.1.time: Invalid time order: 18:00, 08:00'],
      );
      assert.deepEqual(await refusal(tasks.create({ ...base, credentials: http, attributes: { folder: '' } })), [
        'cloud_sync_create.direction: This remote is read-only',
      ]);
      assert.equal((await tasks.create({ ...base, credentials: http, attributes: { folder: '' }, direction: 'PULL' })).direction, 'PULL');
    });

    it('stores credential URLs as pydantic HttpUrl normalises them (S3 endpoint from 25.10)', async () => {
      const credentials = client.protection.cloudCredentials;
      assert.equal((await credentials.get(http)).provider['url'], 'https://example.net/');
      const s3 = await credentials.create({
        name: 's3-endpoint',
        provider: { type: 'S3', access_key_id: 'AK', secret_access_key: 'SK', endpoint: 'HTTPS://S3.Example.net:443' },
      });
      assert.equal(s3.provider['endpoint'], version.startsWith('25.04') ? 'HTTPS://S3.Example.net:443' : 'https://s3.example.net/');
      await credentials.delete(s3.id);
    });

    it("takes S3 path-style addressing (provider, force_path_style, sign_accept_encoding) on 26.0 only, with 26.0's defaults", async () => {
      const credentials = client.protection.cloudCredentials;
      const minio = { type: 'S3', access_key_id: 'AK', secret_access_key: 'SK', endpoint: 'https://minio.example.net/' };
      if (version.startsWith('26.')) {
        const created = await credentials.create({ name: 'minio', provider: { ...minio, force_path_style: false, provider: 'Minio' } });
        assert.deepEqual(
          [created.provider['force_path_style'], created.provider['sign_accept_encoding'], created.provider['provider']],
          [false, true, 'Minio'],
        );
        const plain = await credentials.get(s3);
        assert.deepEqual([plain.provider['force_path_style'], plain.provider['sign_accept_encoding'], plain.provider['provider']], [true, true, 'Other']);
        await credentials.delete(created.id);
        return;
      }
      for (const key of ['force_path_style', 'sign_accept_encoding', 'provider'])
        assert.match(
          (await refusal(credentials.create({ name: 'minio', provider: { ...minio, [key]: key === 'provider' ? 'Minio' : true } }))).join(),
          new RegExp(key),
        );
      assert.equal((await credentials.get(s3)).provider['force_path_style'], undefined);
    });

    it('creates rsync tasks in both modes and refuses what the middleware refuses', async () => {
      const tasks = client.protection.rsyncTasks;
      const module = await tasks.create({ path: '/mnt/tank/data', user: 'root', remotehost: 'backup.lan', remotemodule: 'nas', extra: ['--bwlimit=1000'] });
      assert.deepEqual([module.mode, module.direction, module.ssh_credentials, module.extra], ['MODULE', 'PUSH', null, ['--bwlimit=1000']]);
      // Stored space-joined, read back split like a shell line with the quotes made literal (rsync.py:116-122,157).
      const split = await tasks.update(module.id, { extra: ['--exclude=my dir', '--exclude "*.tmp"', "--exclude='*.iso'"] });
      assert.deepEqual(split.extra, ['--exclude=my', 'dir', '--exclude', '"*.tmp"', '--exclude="*.iso"']);
      const base = { path: '/mnt/tank/data', user: 'root' };
      assert.deepEqual(await refusal(tasks.create({ ...base, user: 'nobody here' })), ['rsync_task_create.user: User names cannot have spaces']);
      assert.deepEqual(await refusal(tasks.create({ ...base, user: 'ghost' })), ['rsync_task_create.user: Provided user "ghost" does not exist']);
      assert.deepEqual(await refusal(tasks.create(base)), [
        'rsync_task_create.remotehost: This field is required',
        'rsync_task_create.remotemodule: This field is required',
      ]);
      const pair = await client.protection.keychain.create({ name: 'k', type: 'SSH_KEY_PAIR', attributes: {} }).catch(() => undefined);
      const key =
        pair ??
        (await client.protection.keychain.create({ name: 'k2', type: 'SSH_KEY_PAIR', attributes: await client.protection.keychain.generateSshKeyPair() }));
      const connection = await client.protection.keychain.create({
        name: 'remote',
        type: 'SSH_CREDENTIALS',
        attributes: { host: 'backup.lan', private_key: key.id, remote_host_key: 'ssh-ed25519 AAAA' },
      });
      assert.deepEqual(await refusal(tasks.create({ ...base, mode: 'SSH', ssh_credentials: key.id, remotepath: '/srv' })), [
        'rsync_task_create.ssh_credentials: Credential is not of type SSH_CREDENTIALS',
      ]);
      assert.deepEqual(await refusal(tasks.create({ ...base, mode: 'SSH', ssh_credentials: connection.id, remotepath: '/srv' })), [
        'rsync_task_create.remotehost: Connection to the remote host backup.lan on port 22 failed.',
      ]);
      const ssh = await tasks.create({ ...base, mode: 'SSH', ssh_credentials: connection.id, remotepath: '/srv', validate_rpath: false });
      assert.equal(ssh.ssh_credentials?.id, connection.id);
      assert.deepEqual(await refusal(tasks.update(module.id, { ssh_credentials: connection.id })), [
        "rsync_task_update.ssh_credentials: SSH credentials can't be used when mode is MODULE",
      ]);
      assert.match((await refusal(client.protection.keychain.delete(connection.id))).join(), /This credential is used and no cascade option is specified/);
      for (const id of [module.id, ssh.id]) await tasks.delete(id);
      await client.protection.keychain.delete(connection.id);
    });

    it('creates cloud backups into a restic repository that must open with their password', async () => {
      const backups = client.protection.cloudBackups;
      const base = { path: '/mnt/tank/data', credentials: s3, attributes: { bucket: 'restic', folder: 'nas' }, password: 'one', keep_last: 3 };
      const backup = await backups.create({ ...base, description: 'nightly' });
      assert.equal(backup.transfer_setting, 'DEFAULT');
      assert.equal('cache_path' in backup, !version.startsWith('25.04'), 'cache_path and rate_limit are 25.10+');
      assert.deepEqual(await refusal(backups.create({ ...base, password: 'two' })), ['cloud_backup_create.password: Fatal: wrong password or no key found']);
      assert.deepEqual(await refusal(backups.create({ ...base, snapshot: true, absolute_paths: true })), [
        "cloud_backup_create.snapshot: This option can't be used when absolute paths are enabled",
      ]);
      assert.deepEqual(
        await refusal(backups.update(backup.id, { absolute_paths: true } as object)),
        ['data.absolute_paths: Extra inputs are not permitted'],
        'create only',
      );
      assert.match((await refusal(backups.create({ ...base, credentials: b2 }))).join(), /NotImplementedError/, 'restic has no B2 configuration');
      // A zvol path: 26.0 tells a filesystem and a system dataset from a missing zvol (plugins/cloud/crud.py:74-84).
      const zvolRefusal = (path: string) => refusal(backups.create({ ...base, path }));
      const newer = version.startsWith('26.');
      assert.deepEqual(await zvolRefusal('/dev/zvol/tank/none'), ['cloud_backup_create.path: Volume does not exist']);
      assert.deepEqual(await zvolRefusal('/dev/zvol/tank/data'), [
        `cloud_backup_create.path: ${newer ? "'tank/data' is not a volume" : 'Volume does not exist'}`,
      ]);
      if (newer) {
        sim.state.datasets.set('tank/.system/vol', { ...sim.state.datasets.get('tank/data')!, name: 'tank/.system/vol', type: 'VOLUME' });
        assert.deepEqual(await zvolRefusal('/dev/zvol/tank/.system/vol'), ["cloud_backup_create.path: 'tank/.system/vol' is an invalid location"]);
        sim.state.datasets.delete('tank/.system/vol');
      }
      if (!version.startsWith('25.04')) {
        assert.deepEqual(await refusal(backups.update(backup.id, { cache_path: '/tmp/cache' })), [
          'cloud_backup_update.cache_path: The path must be a directory',
          'cloud_backup_update.cache_path: The path must reside within a pool mount point',
        ]);
        assert.equal((await backups.update(backup.id, { cache_path: '/mnt/tank/data', rate_limit: 100 })).rate_limit, 100);
      }
      await backups.delete(backup.id);
      assert.deepEqual(sim.state.inventory()['resticRepositories'], [`${s3}:restic/nas`], 'the repository stays in the cloud');
    });
  });
}
