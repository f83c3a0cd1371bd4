// Every typed method of the TrueNAS client, on every transport, against the simulator.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASCallError, isNotFound, type TransportKind } from '../../../src/clients/truenas/index.js';
import { GiB, clientFor, startSim } from './fixtures.js';
import { replicationDefaults } from './protection-defaults.js';
import { externalCertificate } from '../../helpers/certificates.js';

const transports: { kind: TransportKind; version: string }[] = [
  { kind: 'websocket', version: '25.10.0' },
  { kind: 'legacy-websocket', version: '24.10.2' },
  { kind: 'rest', version: '25.04.2' },
];

for (const { kind, version } of transports) {
  describe(`TrueNAS client over ${kind} (server ${version})`, () => {
    let sim: Awaited<ReturnType<typeof startSim>>;
    let client: ReturnType<typeof clientFor>;
    before(async () => {
      // The portal test listens on 10.1.1.1: 25.10+ refuses a portal IP that no interface has.
      sim = await startSim({ version, interfaceAddresses: ['127.0.0.1', '10.1.1.1'] });
      client = clientFor(sim, { transport: kind });
    });
    after(async () => {
      client.close();
      await sim.stop();
    });

    it('reads system facts, pools and disks', async () => {
      const info = await client.system.info();
      assert.equal(info.version, version);
      assert.ok(info.boottime instanceof Date);
      assert.equal(await client.system.version(), `TrueNAS-SCALE-${version}`);
      const [pool] = await client.system.pools();
      assert.equal(pool?.name, 'tank');
      assert.equal((await client.system.disks()).length, 1);
      assert.equal(client.transport, kind);
    });

    it('creates, reads, updates and deletes datasets and zvols with flattened properties', async () => {
      const fs = await client.datasets.create({ name: 'tank/apps', compression: 'ZSTD', comments: 'hello' });
      assert.equal(fs.type, 'FILESYSTEM');
      assert.equal(fs.compression, 'ZSTD');
      assert.equal(fs.sources.compression, 'LOCAL');
      assert.equal(fs.comments, 'hello');
      assert.equal(fs.mountpoint, '/mnt/tank/apps');
      const zvol = await client.datasets.create({ name: 'tank/apps/disk0', type: 'VOLUME', volsize: 4 * GiB, volblocksize: '64K' });
      assert.equal(zvol.volsize, 4 * GiB);
      assert.equal(zvol.volblocksize, 65536);
      assert.equal(zvol.refreservation, 4 * GiB, 'not sparse: space reserved');
      assert.equal(zvol.compression, 'ZSTD');
      assert.equal(zvol.sources.compression, 'INHERITED');
      const grown = await client.datasets.update('tank/apps/disk0', { volsize: 8 * GiB, comments: 'bigger' });
      assert.equal(grown.volsize, 8 * GiB);
      assert.equal((await client.datasets.get('tank/apps/disk0')).comments, 'bigger');
      const inherited = await client.datasets.update('tank/apps', { compression: 'INHERIT' });
      assert.equal(inherited.compression, 'LZ4');
      assert.equal(inherited.sources.compression, 'INHERITED');
      assert.equal((await client.datasets.queryOne([['type', '=', 'VOLUME']]))?.name, 'tank/apps/disk0');
      assert.equal(await client.datasets.queryOne([['name', '=', 'tank/none']]), undefined);
      assert.equal(await client.datasets.count([['name', '^', 'tank/apps']]), 2);
      const listed = await client.datasets.query([['name', '^', 'tank/apps']], { order_by: ['name'] });
      assert.deepEqual(
        listed.map((d) => d.name),
        ['tank/apps', 'tank/apps/disk0'],
      );
      await client.datasets.delete('tank/apps', { recursive: true });
      assert.equal(await client.datasets.find('tank/apps'), undefined);
      await assert.rejects(client.datasets.get('tank/apps'), (err) => isNotFound(err));
    });

    it('reports validation errors with errname and attribute, and not-found distinguishably', async () => {
      const err = await client.datasets.create({ name: 'tank/bad', type: 'VOLUME', volsize: 1000 }).catch((e: unknown) => e);
      assert.ok(err instanceof TrueNASCallError);
      assert.equal(err.attribute, 'pool_dataset_create.volsize');
      assert.equal(err.errname, 'EINVAL');
      assert.match(err.message, /multiple of volume block size/);
      const missing = await client.datasets.delete('tank/nothing').catch((e: unknown) => e);
      assert.ok(isNotFound(missing), String(missing));
      const gone = await client.iscsi.targets.update(999, { alias: 'x' }).catch((e: unknown) => e);
      assert.ok(isNotFound(gone), String(gone));
    });

    it('manages snapshots, clones and rollback under the version-appropriate method names', async () => {
      await client.datasets.create({ name: 'tank/snaps' });
      const first = await client.snapshots.create({ dataset: 'tank/snaps', name: 'one' });
      assert.equal(first.id, 'tank/snaps@one');
      assert.equal(first.snapshotName, 'one');
      await client.snapshots.create({ dataset: 'tank/snaps', name: 'two' });
      const dup = await client.snapshots.create({ dataset: 'tank/snaps', name: 'two' }).catch((e: unknown) => e);
      assert.ok(dup instanceof TrueNASCallError && dup.errname === 'EEXIST', String(dup));
      await client.snapshots.clone({ snapshot: 'tank/snaps@one', dataset_dst: 'tank/snaps-clone' });
      assert.ok(await client.datasets.find('tank/snaps-clone'));
      await assert.rejects(client.snapshots.rollback('tank/snaps@one'), /more recent snapshots/);
      await client.snapshots.rollback('tank/snaps@one', { recursive: true });
      assert.deepEqual(
        (await client.snapshots.query([['dataset', '=', 'tank/snaps']])).map((s) => s.snapshotName),
        ['one'],
      );
      await client.datasets.delete('tank/snaps-clone');
      await client.snapshots.delete('tank/snaps@one');
      assert.equal(await client.snapshots.find('tank/snaps@one'), undefined);
      const expected = version >= '25.10' ? 'pool.snapshot.create' : 'zfs.snapshot.create';
      assert.ok(sim.callCounts.get(expected)! >= 1, `called ${expected}`);
    });

    it('manages the iSCSI portal, initiator, auth, target, extent and mapping objects', async () => {
      const global = await client.iscsi.updateGlobalConfig({ basename: 'iqn.2005-10.org.example' });
      assert.equal(global.basename, 'iqn.2005-10.org.example');
      assert.equal((await client.iscsi.globalConfig()).listen_port, 3260);
      const portal = await client.iscsi.portals.create({ listen: [{ ip: '0.0.0.0' }], comment: 'all' });
      assert.deepEqual(portal.listen, [{ ip: '0.0.0.0', port: 3260 }]);
      const initiator = await client.iscsi.initiators.create({ initiators: ['iqn.1993-08.org.debian:01:abc'] });
      const auth = await client.iscsi.auth.create({ tag: 1, user: 'chap', secret: 'secret123456' });
      const target = await client.iscsi.targets.create({
        name: 'vm100',
        groups: [{ portal: portal.id, initiator: initiator.id, authmethod: 'CHAP', auth: auth.tag }],
      });
      assert.equal(target.groups[0]?.authmethod, 'CHAP');
      await client.datasets.create({ name: 'tank/lun0', type: 'VOLUME', volsize: GiB, sparse: true });
      const extent = await client.iscsi.extents.create({ name: 'lun0', disk: 'zvol/tank/lun0' });
      assert.equal(extent.disk, 'zvol/tank/lun0');
      assert.equal(extent.path, 'zvol/tank/lun0');
      assert.equal(extent.serial.length, 15);
      const mapping = await client.iscsi.targetExtents.create({ target: target.id, extent: extent.id });
      assert.equal(mapping.lunid, 0);
      const renamed = await client.iscsi.extents.update(extent.id, { comment: 'boot disk' });
      assert.equal(renamed.comment, 'boot disk');
      await client.iscsi.targetExtents.delete(mapping.id);
      await client.iscsi.extents.delete(extent.id);
      await client.iscsi.targets.delete(target.id);
      await client.iscsi.auth.delete(auth.id);
      await client.iscsi.initiators.delete(initiator.id);
      await client.iscsi.portals.delete(portal.id);
      assert.deepEqual(await client.iscsi.targets.query(), []);
    });

    it('updates and reads back every other kind by id', async () => {
      await client.datasets.create({ name: 'tank/upd', type: 'VOLUME', volsize: GiB });
      const snapshot = await client.snapshots.create({ dataset: 'tank/upd', name: 's' });
      const labelled = await client.snapshots.update(snapshot.id, { user_properties_update: [{ key: 'truemox:label', value: 'x' }] });
      assert.equal(labelled.userProperties['truemox:label'], 'x');
      assert.equal((await client.snapshots.get(snapshot.id)).dataset, 'tank/upd');
      const portal = await client.iscsi.portals.create({ listen: [{ ip: '10.1.1.1' }] });
      assert.equal((await client.iscsi.portals.update(portal.id, { comment: 'lan' })).comment, 'lan');
      const initiator = await client.iscsi.initiators.create({});
      assert.deepEqual((await client.iscsi.initiators.update(initiator.id, { initiators: ['iqn.x'] })).initiators, ['iqn.x']);
      const auth = await client.iscsi.auth.create({ tag: 2, user: 'u', secret: 'abcdefghijkl' });
      assert.equal((await client.iscsi.auth.update(auth.id, { user: 'v' })).user, 'v');
      const target = await client.iscsi.targets.create({ name: 'upd' });
      assert.equal((await client.iscsi.targets.update(target.id, { alias: 'renamed', groups: [{ portal: portal.id }] })).alias, 'renamed');
      const extent = await client.iscsi.extents.create({ name: 'upd', disk: 'zvol/tank/upd' });
      const mapping = await client.iscsi.targetExtents.create({ target: target.id, extent: extent.id, lunid: 5 });
      assert.equal((await client.iscsi.targetExtents.update(mapping.id, { lunid: 7 })).lunid, 7);
      assert.equal((await client.iscsi.targetExtents.get(mapping.id)).lunid, 7);
      assert.equal((await client.iscsi.targets.get(target.id)).groups[0]?.portal, portal.id);
      await client.iscsi.targets.delete(target.id, false, true);
      assert.equal(await client.iscsi.extents.find(extent.id), undefined, 'delete_extents removed the extent');
      await client.datasets.create({ name: 'tank/smbupd' });
      const smb = await client.sharing.smb.create({ path: '/mnt/tank/smbupd', name: 'upd' });
      assert.equal((await client.sharing.smb.update(smb.id, { comment: 'c' })).comment, 'c');
      assert.equal((await client.sharing.smb.get(smb.id)).name, 'upd');
      await client.sharing.smb.delete(smb.id);
      await client.datasets.delete('tank/upd', { recursive: true });
    });

    it('manages NFS and SMB shares', async () => {
      await client.datasets.create({ name: 'tank/share' });
      const nfs = await client.sharing.nfs.create({ path: '/mnt/tank/share', networks: ['10.0.0.0/24'] });
      assert.deepEqual(nfs.networks, ['10.0.0.0/24']);
      assert.equal((await client.sharing.nfs.update(nfs.id, { ro: true })).ro, true);
      const smb = await client.sharing.smb.create({ path: '/mnt/tank/share', name: 'Share' });
      const dup = await client.sharing.smb.create({ path: '/mnt/tank/share', name: 'share' }).catch((e: unknown) => e);
      assert.ok(dup instanceof TrueNASCallError && dup.attribute === 'sharingsmb_create.name', String(dup));
      await client.sharing.smb.delete(smb.id);
      await client.sharing.nfs.delete(nfs.id);
      assert.deepEqual(await client.sharing.nfs.query(), []);
    });

    it('runs periodic snapshot tasks and local replications, and refuses what the middleware refuses', async () => {
      const { snapshotTasks, replication, keychain, scrubTasks } = client.protection;
      await client.datasets.create({ name: 'tank/prot' });
      await client.datasets.create({ name: 'tank/prot/disk', type: 'VOLUME', volsize: GiB });
      const task = await snapshotTasks.create({ dataset: 'tank/prot', recursive: true, naming_schema: 'hourly-%Y%m%d-%H%M' });
      assert.equal(task.schedule.minute, '00', 'the model default schedule: hourly');
      await snapshotTasks.run(task.id);
      const taken = await client.snapshots.query([['dataset', '=', 'tank/prot/disk']]);
      assert.equal(taken.length, 1);
      assert.match(taken[0]!.snapshotName, /^hourly-\d{8}-\d{4}$/);
      const base = { ...replicationDefaults, periodic_snapshot_tasks: [task.id] };
      const local = await replication.create({
        ...base,
        name: 'prot',
        transport: 'LOCAL',
        ssh_credentials: null,
        source_datasets: ['tank/prot'],
        target_dataset: 'tank/prot-copy',
        recursive: true,
      });
      await replication.run(local.id);
      assert.equal((await client.snapshots.query([['dataset', '=', 'tank/prot-copy/disk']])).length, 1, 'the snapshot was copied');
      assert.equal((await replication.get(local.id)).state?.state, 'FINISHED');
      // An hour later on the simulated clock the task takes another snapshot and the replication follows it.
      sim.advanceClock(3_600_000);
      assert.equal((await client.snapshots.query([['dataset', '=', 'tank/prot-copy/disk']])).length, 2);
      const lastTask = await snapshotTasks.delete(task.id).catch((e: unknown) => e);
      assert.ok(
        lastTask instanceof TrueNASCallError && /last periodic snapshot task bound to enabled replication task 'prot'/.test(lastTask.message),
        String(lastTask),
      );
      const pair = await keychain.generateSshKeyPair();
      const key = await keychain.create({ name: 'prot-key', type: 'SSH_KEY_PAIR', attributes: { private_key: pair.private_key } });
      assert.equal(
        key.type === 'SSH_KEY_PAIR' && key.attributes !== '********' && key.attributes.public_key?.split(' ').slice(0, 2).join(' '),
        pair.public_key.split(' ').slice(0, 2).join(' '),
      );
      const badKey = await keychain.create({ name: 'bad-key', type: 'SSH_KEY_PAIR', attributes: { private_key: 'nope' } }).catch((e: unknown) => e);
      assert.ok(badKey instanceof TrueNASCallError && badKey.attribute === 'keychain_credential_create.attributes.private_key', String(badKey));
      const remote = await keychain.create({
        name: 'prot-remote',
        type: 'SSH_CREDENTIALS',
        attributes: { host: 'offsite.invalid', private_key: key.id, remote_host_key: pair.public_key },
      });
      const inUse = await keychain.delete(key.id).catch((e: unknown) => e);
      assert.ok(inUse instanceof TrueNASCallError && inUse.attribute === 'options.cascade', String(inUse));
      const overSsh = await replication.create({
        ...base,
        name: 'prot-ssh',
        transport: 'SSH',
        ssh_credentials: remote.id,
        source_datasets: ['tank/prot'],
        target_dataset: 'backup/prot',
      });
      await assert.rejects(replication.run(overSsh.id), /Connection refused/);
      assert.equal((await replication.get(overSsh.id)).state?.state, 'ERROR');
      const localWithKey = await replication.update(local.id, { ssh_credentials: remote.id }).catch((e: unknown) => e);
      assert.ok(localWithKey instanceof TrueNASCallError && localWithKey.attribute === 'replication_update.ssh_credentials', String(localWithKey));
      const [pool] = await client.system.pools();
      const scrub = await scrubTasks.create({ pool: pool!.id });
      assert.equal(scrub.pool_name, 'tank');
      const twice = await scrubTasks.create({ pool: pool!.id }).catch((e: unknown) => e);
      assert.ok(twice instanceof TrueNASCallError && twice.attribute === 'pool_scrub_create.pool', String(twice));
      for (const id of [overSsh.id, local.id]) await replication.delete(id);
      await snapshotTasks.delete(task.id);
      await keychain.delete(remote.id);
      await keychain.delete(key.id);
      await scrubTasks.delete(scrub.id);
      await client.datasets.delete('tank/prot-copy', { recursive: true });
      await client.datasets.delete('tank/prot', { recursive: true });
    });

    it('manages cloud sync tasks, rsync tasks and cloud backups', async () => {
      const { cloudCredentials, cloudSyncTasks, rsyncTasks, cloudBackups } = client.protection;
      await client.datasets.create({ name: 'tank/backup-src' });
      const s3 = await cloudCredentials.create({ name: 'tasks-s3', provider: { type: 'S3', access_key_id: 'AKIA', secret_access_key: 'secret' } });
      const target = { path: '/mnt/tank/backup-src', credentials: s3.id, attributes: { bucket: 'b', folder: 'f' } };
      const sync = await cloudSyncTasks.create({ ...target, direction: 'PUSH', transfer_mode: 'SYNC', description: 'sync' });
      assert.equal((await cloudSyncTasks.update(sync.id, { transfer_mode: 'COPY' })).transfer_mode, 'COPY');
      assert.equal((await cloudSyncTasks.find(sync.id))?.credentials.id, s3.id);
      const backup = await cloudBackups.create({ ...target, password: 'pw', keep_last: 2 });
      assert.equal((await cloudBackups.update(backup.id, { keep_last: 4 })).keep_last, 4);
      const wrong = await cloudBackups.create({ ...target, password: 'other', keep_last: 2 }).catch((e: unknown) => e);
      assert.ok(wrong instanceof TrueNASCallError && wrong.attribute === 'cloud_backup_create.password', String(wrong));
      const rsync = await rsyncTasks.create({ path: '/mnt/tank/backup-src', user: 'root', remotehost: 'h', remotemodule: 'm' });
      assert.equal((await rsyncTasks.update(rsync.id, { desc: 'to h' })).desc, 'to h');
      await cloudSyncTasks.delete(sync.id);
      await cloudBackups.delete(backup.id);
      await rsyncTasks.delete(rsync.id);
      assert.equal(await rsyncTasks.find(rsync.id), undefined);
      await cloudCredentials.delete(s3.id);
      await client.datasets.delete('tank/backup-src', { recursive: true });
    });

    it("manages users, groups, privileges, API keys and path permissions with the server's rules", async () => {
      await client.datasets.create({ name: 'tank/home' });
      const group = await client.accounts.groups.create({ name: 'staff', smb: false });
      assert.equal(group.gid, 3000, 'gids are handed out from 3000');
      assert.equal((await client.accounts.groups.update(group.id, { sudo_commands: ['/usr/bin/ls'] })).sudo_commands[0], '/usr/bin/ls');
      const noPassword = await client.accounts.users.create({ username: 'bob', full_name: 'Bob', group: group.id }).catch((e: unknown) => e);
      assert.ok(noPassword instanceof TrueNASCallError && noPassword.attribute === 'user_create.password', String(noPassword));
      const user = await client.accounts.users.create({
        username: 'alice',
        full_name: 'Alice',
        group: group.id,
        password: 'pw-123456',
        home: '/mnt/tank/home',
      });
      assert.equal(user.uid, 3000);
      const builtinUsers = (await client.accounts.groups.queryOne([['group', '=', 'builtin_users']]))!;
      assert.deepEqual(user.groups, [builtinUsers.id], 'an SMB user joins builtin_users');
      const dup = await client.accounts.users.create({ username: 'alice', full_name: 'A', group: group.id, password: 'x' }).catch((e: unknown) => e);
      assert.ok(dup instanceof TrueNASCallError && /already exists/.test(dup.message), String(dup));
      const keyless = await client.accounts.apiKeys.createKey({ name: 'k', username: 'alice' }).catch((e: unknown) => e);
      assert.ok(keyless instanceof TrueNASCallError && /lacks privilege role membership/.test(keyless.message), String(keyless));
      const privilege = await client.accounts.privileges.create({ name: 'ops', local_groups: [group.gid], roles: ['READONLY_ADMIN'], web_shell: false });
      assert.deepEqual(
        privilege.local_groups.map((g) => g.gid),
        [group.gid],
      );
      const inUse = await client.accounts.groups.delete(group.id).catch((e: unknown) => e);
      assert.ok(inUse instanceof TrueNASCallError && /used by privilege 'ops'/.test(inUse.message), String(inUse));
      const key = await client.accounts.apiKeys.createKey({ name: 'k', username: 'alice' });
      assert.match(key.key, new RegExp(`^${key.id}-[0-9a-f]{64}$`));
      assert.equal((await client.accounts.apiKeys.get(key.id)).username, 'alice');
      await client.filesystem.setPermissions({ path: '/mnt/tank/home', mode: '750', user: 'alice', group: 'staff' });
      const stat = await client.filesystem.stat('/mnt/tank/home');
      assert.deepEqual([stat.uid, stat.gid, stat.mode & 0o777, stat.user], [3000, 3000, 0o750, 'alice']);
      const badPath = await client.filesystem.stat('/mnt/tank/none').catch((e: unknown) => e);
      assert.ok(isNotFound(badPath), String(badPath));
      const rwx = { READ: true, WRITE: true, EXECUTE: true };
      const dacl = ['USER_OBJ', 'GROUP_OBJ', 'OTHER', 'MASK'].map((tag) => ({ tag, default: false, perms: rwx, id: -1 }));
      await client.filesystem.setAcl({
        path: '/mnt/tank/home',
        acltype: 'POSIX1E',
        dacl: [...dacl, { tag: 'USER', default: false, perms: rwx, id: null, who: 'alice' }],
      });
      const acl = await client.filesystem.getAcl('/mnt/tank/home');
      assert.deepEqual([acl.acltype, acl.trivial, acl.user], ['POSIX1E', false, 'alice']);
      assert.ok(isNotFound(await client.filesystem.getAcl('/mnt/tank/none').catch((e: unknown) => e)));
      const template = await client.aclTemplates.create({ name: 'home', acltype: 'POSIX1E', acl: dacl });
      assert.equal((await client.aclTemplates.update(template.id, { comment: 'c' })).comment, 'c');
      assert.ok((await client.aclTemplates.query()).some((t) => t.name === 'POSIX_OPEN' && t.builtin));
      await client.aclTemplates.delete(template.id);
      const root = await client.accounts.users.queryOne([['username', '=', 'root']]);
      const builtin = await client.accounts.users.delete(root!.id).catch((e: unknown) => e);
      assert.ok(builtin instanceof TrueNASCallError && /built-in user/.test(builtin.message), String(builtin));
      await client.accounts.apiKeys.delete(key.id);
      await client.accounts.privileges.delete(privilege.id);
      await client.accounts.users.delete(user.id);
      assert.equal(await client.accounts.groups.find(group.id), undefined, 'the primary group went with its last user');
      await client.datasets.delete('tank/home');
    });

    it("reads and changes the SSH and NFS settings, with nfs.update's own checks", async () => {
      assert.equal((await client.serviceConfigs.config('ssh'))['tcpport'], 22);
      assert.equal((await client.serviceConfigs.update('ssh', { tcpport: 2222 }))['tcpport'], 2222);
      const none = await client.serviceConfigs.update('nfs', { protocols: [] }).catch((e: unknown) => e);
      assert.ok(none instanceof TrueNASCallError && none.attribute === 'nfs_update.protocols', String(none));
      const v3 = await client.serviceConfigs.update('nfs', { protocols: ['NFSV3'], v4_domain: 'lan' }).catch((e: unknown) => e);
      assert.ok(v3 instanceof TrueNASCallError && /does not apply to NFSv3/.test(v3.message), String(v3));
      assert.deepEqual((await client.serviceConfigs.update('nfs', { protocols: ['NFSV4'] }))['protocols'], ['NFSV4']);
      await client.serviceConfigs.update('ssh', { tcpport: 22 });
    });

    it('stages network interface changes, commits them with rollback, checks in and rolls back', async () => {
      const base = { description: 'uplink', mtu: null, ipv4_dhcp: false, ipv6_auto: false, aliases: [] };
      const vlan = await client.interfaces.create({ ...base, name: 'vlan30', type: 'VLAN', vlan_parent_interface: 'enp1s0', vlan_tag: 30 });
      assert.deepEqual([vlan.id, vlan.type, vlan.vlan_tag, vlan.fake], ['vlan30', 'VLAN', 30, true]);
      assert.equal(await client.interfaces.hasPendingChanges(), true);
      await client.interfaces.commit({ rollback: true, checkin_timeout: 60 });
      assert.equal(typeof (await client.interfaces.checkinWaiting()), 'number');
      await client.interfaces.checkin();
      assert.equal(await client.interfaces.checkinWaiting(), null);
      assert.equal((await client.interfaces.get('vlan30')).fake, false);
      await client.interfaces.update('vlan30', { vlan_pcp: 5 });
      await client.interfaces.rollback();
      assert.equal((await client.interfaces.get('vlan30')).vlan_pcp, null, 'the staged update is gone');
      await client.interfaces.delete('vlan30');
      await client.interfaces.commit({ rollback: false, checkin_timeout: 0 });
      assert.equal(await client.interfaces.find('vlan30'), undefined);
    });

    it('manages certificates (jobs) and ACME DNS authenticators, dropping the private key the server returns', async () => {
      const { certificates, dnsAuthenticators } = client.crypto;
      const made = await externalCertificate('methods.example.com');
      const cert = await certificates.create({
        name: 'methods_cert',
        create_type: 'CERTIFICATE_CREATE_IMPORTED',
        certificate: made.certificate,
        privatekey: made.privateKey,
      });
      assert.equal(cert.common, 'methods.example.com');
      assert.ok(!('privatekey' in cert));
      assert.equal((await certificates.update(cert.id, { name: 'methods_renamed' })).name, 'methods_renamed');
      const auth = await dnsAuthenticators.create({ name: 'r53', attributes: { authenticator: 'route53', access_key_id: 'a', secret_access_key: 'b' } });
      assert.equal((await dnsAuthenticators.update(auth.id, { name: 'r53-2' })).name, 'r53-2');
      await dnsAuthenticators.delete(auth.id);
      await certificates.delete(cert.id);
      assert.equal(await certificates.find(cert.id), undefined);
    });

    it('queries, enables, starts and stops services', async () => {
      const before = await client.services.find('iscsitarget');
      assert.equal(before?.state, 'STOPPED');
      assert.equal(typeof (await client.services.update('iscsitarget', { enable: true })), 'number');
      assert.equal(await client.services.start('iscsitarget'), true);
      const running = await client.services.find('iscsitarget');
      assert.equal(running?.enable, true);
      assert.equal(running?.state, 'RUNNING');
      await client.services.stop('iscsitarget');
      assert.equal((await client.services.find('iscsitarget'))?.state, 'STOPPED');
    });
  });
}
