// The simulated filesystem ACLs and ACL templates: the ACL type follows the dataset, the
// server's checks and error texts, canonical order and basic sets, setperm against an ACL,
// the built-in templates and what may not be done to them.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient, type Nfs4Ace, type PosixAce } from '../../../src/clients/truenas/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { callFailure } from '../../helpers/truenas-failure.js';

const key = `1-${'b'.repeat(64)}`;
const GiB = 1024 ** 3;

const failure = callFailure;

const rwx = { READ: true, WRITE: true, EXECUTE: true };
const posix = (tag: string, isDefault = false, id = -1): PosixAce => ({ tag, default: isDefault, perms: rwx, id });
const nfs4 = (tag: string, type: string, basic: string, id: number | null = null): Nfs4Ace => ({
  tag,
  type,
  perms: { BASIC: basic },
  flags: { BASIC: 'INHERIT' },
  id,
});

for (const version of ['25.10.0', '26.0.0']) {
  describe(`simulated filesystem ACLs on ${version}`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    beforeEach(async () => {
      sim = await startTrueNASSimulator({ apiKeys: [key], version, pools: [{ name: 'tank', size: 100 * GiB }] });
      client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0 });
      await client.datasets.create({ name: 'tank/posix', acltype: 'POSIX', aclmode: 'DISCARD' });
      await client.datasets.create({ name: 'tank/nfs', acltype: 'NFSV4', aclmode: 'PASSTHROUGH' });
      await client.datasets.create({ name: 'tank/off', acltype: 'OFF', aclmode: 'DISCARD' });
    });
    afterEach(async () => {
      client.close();
      await sim.stop();
    });

    it('reads the trivial ACL of the mode, sets POSIX.1e ACLs by its rules, and setperm needs stripacl over one', async () => {
      const trivial = await client.filesystem.getAcl('/mnt/tank/posix');
      assert.equal(trivial.acltype, 'POSIX1E');
      assert.equal(trivial.trivial, true);
      assert.equal(trivial.user, 'root');
      const noMask = await failure(
        client.filesystem.setAcl({ path: '/mnt/tank/posix', dacl: [posix('USER_OBJ'), posix('GROUP_OBJ'), posix('OTHER'), posix('GROUP', false, 544)] }),
      );
      assert.match(noMask.serverMessage, /Named \(user or group\) POSIX ACL entries require a mask entry/);
      const missing = await failure(client.filesystem.setAcl({ path: '/mnt/tank/posix', dacl: [posix('USER_OBJ')], options: { recursive: true } }));
      assert.match(missing.serverMessage, /Presence of \[GROUP_OBJ\] entry is required/);
      assert.match(missing.serverMessage, /Default ACL entries are required in order to apply ACL recursively/);
      const wrongKind = await failure(client.filesystem.setAcl({ path: '/mnt/tank/posix', acltype: 'NFS4', dacl: [nfs4('owner@', 'ALLOW', 'FULL_CONTROL')] }));
      assert.equal(wrongKind.serverMessage, 'filesystem.setacl.dacl.acltype: ACL type is invalid for selected path');
      await client.filesystem.setAcl({
        path: '/mnt/tank/posix',
        acltype: 'POSIX1E',
        group: 'builtin_users',
        dacl: [posix('OTHER'), posix('GROUP', false, 544), posix('MASK'), posix('GROUP_OBJ'), posix('USER_OBJ')],
      });
      const set = await client.filesystem.getAcl('/mnt/tank/posix');
      assert.equal(set.trivial, false);
      assert.equal(set.group, 'builtin_users');
      assert.deepEqual(
        (set.acl ?? []).map((a) => a.tag),
        ['USER_OBJ', 'GROUP_OBJ', 'GROUP', 'MASK', 'OTHER'],
        'in the order the kernel keeps',
      );
      assert.equal((await client.filesystem.stat('/mnt/tank/posix')).acl, true);
      const refused = await failure(client.filesystem.setPermissions({ path: '/mnt/tank/posix', mode: '750' }));
      assert.match(refused.serverMessage, /Non-trivial ACL present on \[\/mnt\/tank\/posix\]\. Option "stripacl" required to change permission\./);
      await client.filesystem.setPermissions({ path: '/mnt/tank/posix', mode: '750', options: { stripacl: true } });
      assert.equal((await client.filesystem.getAcl('/mnt/tank/posix')).trivial, true);
    });

    it('sets NFSv4 ACLs in canonical order with basic sets read back, and refuses DENY for special entries', async () => {
      const deny = await failure(client.filesystem.setAcl({ path: '/mnt/tank/nfs', dacl: [nfs4('everyone@', 'DENY', 'READ')] }));
      assert.equal(deny.serverMessage, 'filesystem.setacl.dacl.0.tag: everyone@: DENY entries for specified tag are not permitted.');
      // The release's READ set spelt out (26.0 adds SYNCHRONIZE to nfs4xdr's, include/nfs4_json.h:43 @ee7b2d3).
      const read = ['READ_DATA', 'READ_NAMED_ATTRS', 'READ_ATTRIBUTES', 'READ_ACL', 'EXECUTE', ...(version.startsWith('26.') ? ['SYNCHRONIZE'] : [])];
      const perms = Object.fromEntries(read.map((p) => [p, true]));
      await client.filesystem.setAcl({
        path: '/mnt/tank/nfs',
        dacl: [
          nfs4('owner@', 'ALLOW', 'FULL_CONTROL'),
          { tag: 'GROUP', type: 'ALLOW', perms, flags: { BASIC: 'NOINHERIT' }, id: null, who: 'builtin_users' },
          nfs4('USER', 'DENY', 'MODIFY', 0),
        ],
      });
      const acl = await client.filesystem.getAcl('/mnt/tank/nfs');
      assert.equal(acl.acltype, 'NFS4');
      assert.deepEqual(
        acl.acl.map((a) => [a.tag, a.type, a.perms, a.who]),
        [
          ['USER', 'DENY', { BASIC: 'MODIFY' }, 'root'],
          ['owner@', 'ALLOW', { BASIC: 'FULL_CONTROL' }, 'root'],
          ['GROUP', 'ALLOW', { BASIC: 'READ' }, 'builtin_users'],
        ],
      );
      await assert.rejects(
        client.filesystem.setAcl({ path: '/mnt/tank/off', dacl: [nfs4('owner@', 'ALLOW', 'READ')] }),
        /\[EOPNOTSUPP\] \/mnt\/tank\/off: ACLs disabled on path\./,
      );
      assert.equal((await client.filesystem.getAcl('/mnt/tank/off')).acltype, 'DISABLED');
      assert.equal((await failure(client.filesystem.getAcl('/mnt/tank/none'))).errname, 'ENOENT');
    });

    it('lists the built-in templates, which cannot be changed or deleted, and keeps user templates', async () => {
      const all = await client.aclTemplates.query();
      assert.deepEqual(
        all.map((t) => t.name),
        ['NFS4_OPEN', 'NFS4_RESTRICTED', 'NFS4_HOME', 'NFS4_DOMAIN_HOME', 'POSIX_OPEN', 'POSIX_RESTRICTED', 'POSIX_HOME', 'NFS4_ADMIN', 'POSIX_ADMIN'],
      );
      const open = all.find((t) => t.name === 'NFS4_OPEN')!;
      // 26.0 lists built-in templates with builtin_users and builtin_administrators added.
      assert.equal(open.acl.length, version.startsWith('26') ? 5 : 3);
      assert.match((await failure(client.aclTemplates.update(open.id, { comment: 'x' }))).serverMessage, /built-in ACL templates may not be changed/);
      assert.match((await failure(client.aclTemplates.delete(open.id))).serverMessage, /Deletion of builtin templates is not permitted/);
      const byName = await failure(
        client.aclTemplates.create({ name: 't', acltype: 'NFS4', acl: [{ ...nfs4('USER', 'ALLOW', 'READ'), id: -1, who: 'root' }] }),
      );
      assert.equal(byName.errname, 'EFAULT', 'a name without an id fails as KeyError in the real server');
      const empty = await failure(client.aclTemplates.create({ name: 't', acltype: 'POSIX1E', acl: [] }));
      // gen_aclstring_posix1e still runs on the empty list and adds its own complaints.
      assert.match(
        empty.serverMessage,
        /^filesystem_acltemplate_create\.acl: At least one ACL entry must be specified\.; filesystem_acl\.dacl: Presence of \[USER_OBJ\]/,
      );
      const made = await client.aclTemplates.create({
        name: 't',
        acltype: 'POSIX1E',
        acl: [posix('USER_OBJ'), posix('GROUP_OBJ'), posix('OTHER')],
        comment: 'c',
      });
      assert.equal(made.builtin, false);
      assert.equal((await client.aclTemplates.update(made.id, { comment: 'd' })).comment, 'd');
      await client.aclTemplates.delete(made.id);
      assert.deepEqual(sim.state.inventory()['aclTemplates'], []);
    });
  });
}
