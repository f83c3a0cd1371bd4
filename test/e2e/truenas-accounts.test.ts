// Users, groups, privileges, API keys, path permissions and certificates (truenas-certificates-case.ts) with the real terraform against
// TrueNAS simulators of 25.04, 25.10 and 26.0 (whose user and API key models differ), one workspace
// with a provider per release, on the lifecycle harness: create, update in place, import
// with an empty plan, destroy, nothing left on either server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { startTrueNASReleases, TRUENAS_RELEASES, type TrueNASRelease as Release, type TrueNASReleasesE2e } from '../providers/truenas/harness.js';
import { certificatesCase, importedPem } from './truenas-certificates-case.js';

const releases = TRUENAS_RELEASES;

function accounts(alias: string, v: { fullName: string; roles: string; keyName: string; mode: string; sudo: string; woVersion: number }): string {
  const p = `provider = truenas-${alias}`;
  return `
resource "truenas_dataset" "home_${alias}" {
  ${p}
  name = "tank/home"
}
resource "truenas_group" "staff_${alias}" {
  ${p}
  name          = "staff"
  smb           = false
  sudo_commands = [${v.sudo}]
}
resource "truenas_user" "alice_${alias}" {
  ${p}
  username  = "alice"
  full_name = "${v.fullName}"
  password  = "alice-pw-123"
  home      = truenas_dataset.home_${alias}.mountpoint
  shell     = "/usr/bin/bash"
  groups    = [truenas_group.staff_${alias}.id]
  sshpubkey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLE alice"
}
resource "truenas_user" "bob_${alias}" {
  ${p}
  username            = "bob"
  full_name           = "Bob"
  smb                 = false
  password_wo         = "bob-pw-${v.woVersion}"
  password_wo_version = ${v.woVersion}
  userns_idmap        = "${v.woVersion === 1 ? 'DIRECT' : '200000'}"
}
resource "truenas_privilege" "ops_${alias}" {
  ${p}
  name         = "ops"
  local_groups = [truenas_group.staff_${alias}.gid]
  roles        = [${v.roles}]
}
resource "truenas_api_key" "ci_${alias}" {
  ${p}
  name       = "${v.keyName}"
  username   = truenas_user.alice_${alias}.username
  expires_at = "2099-01-01T00:00:00Z"
  depends_on = [truenas_privilege.ops_${alias}]
}
resource "truenas_filesystem_permissions" "home_${alias}" {
  ${p}
  path  = truenas_dataset.home_${alias}.mountpoint
  user  = truenas_user.alice_${alias}.username
  group = truenas_group.staff_${alias}.name
  mode  = "${v.mode}"
}
`;
}

/** ACLs on an SMB (NFSv4) and a GENERIC (POSIX) dataset, an ACL template, and the data sources that read them. */
function acls(alias: string, v: { groupPerms: string; otherPerms: string; template: string }): string {
  const p = `provider = truenas-${alias}`;
  const rwx = '["READ", "WRITE", "EXECUTE"]';
  return `
resource "truenas_dataset" "share_${alias}" {
  ${p}
  name       = "tank/share"
  share_type = "SMB"
}
resource "truenas_dataset" "media_${alias}" {
  ${p}
  name = "tank/media"
}
resource "truenas_filesystem_acl" "share_${alias}" {
  ${p}
  path  = truenas_dataset.share_${alias}.mountpoint
  user  = truenas_user.alice_${alias}.username
  group = truenas_group.staff_${alias}.name
  nfs4_entries = [
    { tag = "USER", who = truenas_user.bob_${alias}.username, type = "DENY", perms = "MODIFY", flags = "NOINHERIT" },
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff_${alias}.name, perms = "${v.groupPerms}", flags = "INHERIT" },
    { tag = "everyone@", advanced_perms = ["READ_ATTRIBUTES", "READ_ACL"], advanced_flags = ["DIRECTORY_INHERIT"] },
  ]
}
resource "truenas_filesystem_acl" "media_${alias}" {
  ${p}
  path      = truenas_dataset.media_${alias}.mountpoint
  user      = "root"
  group     = truenas_group.staff_${alias}.name
  recursive = true
  posix_entries = [
    { tag = "USER_OBJ", perms = ${rwx} },
    { tag = "GROUP_OBJ", perms = ["READ", "EXECUTE"] },
    { tag = "GROUP", who = truenas_group.staff_${alias}.name, perms = ${rwx} },
    { tag = "MASK", perms = ${rwx} },
    { tag = "OTHER", perms = ${v.otherPerms} },
    { tag = "USER_OBJ", perms = ${rwx}, default = true },
    { tag = "GROUP_OBJ", perms = ["READ", "EXECUTE"], default = true },
    { tag = "OTHER", perms = [], default = true },
  ]
}
resource "truenas_acl_template" "staff_${alias}" {
  ${p}
  name    = "${v.template}"
  comment = "staff may modify"
  nfs4_entries = [
    { tag = "owner@", perms = "FULL_CONTROL", flags = "INHERIT" },
    { tag = "GROUP", who = truenas_group.staff_${alias}.name, perms = "MODIFY", flags = "INHERIT" },
  ]
}
data "truenas_filesystem_acl" "share_${alias}" {
  ${p}
  path = truenas_filesystem_acl.share_${alias}.path
}
data "truenas_acl_templates" "all_${alias}" {
  ${p}
  depends_on = [truenas_acl_template.staff_${alias}]
}
data "truenas_keychain_credentials" "all_${alias}" {
  ${p}
}
`;
}

/** The passwords the accepted calls of one method carried, in order. */
function passwordsSent(sim: TrueNASSimulator, method: string): string[] {
  return sim.acceptedCalls
    .filter((call) => call.method === method)
    .map((call) => call.params.find((p): p is { password: string } => typeof p === 'object' && p !== null && 'password' in p)?.password)
    .filter((password): password is string => password !== undefined);
}

function accountsCase(release: Release): LifecycleCase<Map<string, TrueNASSimulator>> {
  const { alias } = release;
  const at = (name: string) => `${name}_${alias}`;
  const sim = (sims: Map<string, TrueNASSimulator>) => sims.get(alias)!;
  return {
    name: `truenas accounts on ${release.version}`,
    steps: [
      {
        config:
          accounts(alias, { fullName: 'Alice', roles: '"READONLY_ADMIN"', keyName: 'ci', mode: '750', sudo: '', woVersion: 1 }) +
          acls(alias, { groupPerms: 'MODIFY', otherPerms: '["READ", "EXECUTE"]', template: 'STAFF' }),
        expect: {
          [`truenas_user.${at('alice')}`]: 'create',
          [`truenas_user.${at('bob')}`]: 'create',
          [`truenas_api_key.${at('ci')}`]: 'create',
          [`truenas_filesystem_acl.${at('share')}`]: 'create',
          [`truenas_filesystem_acl.${at('media')}`]: 'create',
          [`truenas_acl_template.${at('staff')}`]: 'create',
        },
        async check({ target, applied, resource }) {
          const state = sim(target).state;
          const share = state.pathAcls.get('/mnt/tank/share');
          assert.equal(share?.acltype, 'NFS4');
          assert.deepEqual(
            share.acl.map((a) => [a.tag, a.type]),
            [
              ['USER', 'DENY'],
              ['owner@', 'ALLOW'],
              ['GROUP', 'ALLOW'],
              ['everyone@', 'ALLOW'],
            ],
          );
          assert.equal(state.pathAcls.get('/mnt/tank/media')?.acltype, 'POSIX1E');
          const read = await resource(`data.truenas_filesystem_acl.${at('share')}`);
          assert.equal(read.values['acltype'], 'NFS4');
          assert.equal(read.values['user'], 'alice');
          const templates = await resource(`data.truenas_acl_templates.${at('all')}`);
          assert.ok((templates.values['names'] as string[]).includes('NFS4_OPEN') && (templates.values['names'] as string[]).includes('STAFF'));
          assert.deepEqual((await resource(`data.truenas_keychain_credentials.${at('all')}`)).values['names'], []);
          const alice = state.users.list().find((u) => u.username === 'alice')!;
          const staff = state.groups.list().find((g) => g.name === 'staff')!;
          assert.equal(state.groups.get(alice.group)?.name, 'alice', 'without group_id the server made a primary group');
          assert.ok(alice.groups.includes(staff.id));
          assert.deepEqual(state.pathPerms.get('/mnt/tank/home'), { uid: alice.uid, gid: staff.gid, mode: 0o750 });
          const [key] = state.apiKeys.list();
          assert.ok(key);
          const saved = await resource(`truenas_api_key.${at('ci')}`);
          assert.equal(saved.values['key'], `${key.id}-${key.secret}`, 'the key shown at creation is kept');
          assert.equal(saved.sensitive_values?.['key'], true);
          for (const secret of ['alice-pw-123', key.secret]) assert.equal(applied.stdout.includes(secret) || applied.stderr.includes(secret), false);
          assert.deepEqual(passwordsSent(sim(target), 'user.create').sort(), ['alice-pw-123', 'bob-pw-1']);
          const bob = await resource(`truenas_user.${at('bob')}`);
          assert.equal(bob.values['password_wo'], null, 'the write-only password is not in state');
          assert.equal(bob.values['password_wo_version'], 1);
          assert.deepEqual([bob.values['userns_idmap'], state.users.list().find((u) => u.username === 'bob')?.userns_idmap], ['DIRECT', 'DIRECT']);
        },
      },
      {
        config:
          accounts(alias, { fullName: 'Alice Liddell', roles: '"SHARING_ADMIN"', keyName: 'ci-2', mode: '770', sudo: '"/usr/bin/ls"', woVersion: 2 }) +
          acls(alias, { groupPerms: 'READ', otherPerms: '[]', template: 'STAFF_READ' }),
        expect: {
          [`truenas_filesystem_acl.${at('share')}`]: 'update',
          [`truenas_filesystem_acl.${at('media')}`]: 'update',
          [`truenas_acl_template.${at('staff')}`]: 'update',
          [`truenas_user.${at('alice')}`]: 'update',
          [`truenas_user.${at('bob')}`]: 'update',
          [`truenas_group.${at('staff')}`]: 'update',
          [`truenas_privilege.${at('ops')}`]: 'update',
          [`truenas_api_key.${at('ci')}`]: 'update',
          [`truenas_filesystem_permissions.${at('home')}`]: 'update',
        },
        check({ target }) {
          const state = sim(target).state;
          assert.equal(state.users.list().find((u) => u.username === 'alice')?.full_name, 'Alice Liddell');
          assert.equal(state.users.list().find((u) => u.username === 'bob')?.userns_idmap, 200000, 'a target uid, as a number');
          assert.deepEqual(state.privileges.list().find((p) => p.name === 'ops')?.roles, ['SHARING_ADMIN']);
          assert.equal(state.pathPerms.get('/mnt/tank/home')?.mode, 0o770);
          assert.equal(state.apiKeys.list()[0]?.name, 'ci-2');
          assert.equal(state.aclTemplates.list().find((t) => !t.builtin)?.name, 'STAFF_READ');
          const media = state.pathAcls.get('/mnt/tank/media');
          assert.deepEqual(media?.acltype === 'POSIX1E' && media.acl.find((a) => a.tag === 'OTHER' && !a.default)?.perms, {
            READ: false,
            WRITE: false,
            EXECUTE: false,
          });
          assert.deepEqual(
            passwordsSent(sim(target), 'user.update'),
            ['bob-pw-2'],
            "a new password_wo_version sends password_wo again; alice's unchanged password is not re-sent",
          );
        },
      },
    ],
    imports: [
      { address: `truenas_group.${at('staff')}` },
      // Whether the server made the primary group is known only to the apply that created the user.
      { address: `truenas_user.${at('alice')}`, unreadable: ['password', 'created_group_id'] },
      { address: `truenas_user.${at('bob')}`, unreadable: ['password_wo_version', 'created_group_id'] },
      { address: `truenas_privilege.${at('ops')}` },
      { address: `truenas_api_key.${at('ci')}`, unreadable: ['key'] },
      { address: `truenas_filesystem_permissions.${at('home')}` },
      // The server gives the ids of the entries written by name.
      { address: `truenas_filesystem_acl.${at('share')}`, unreadable: ['nfs4_entries.id'] },
      { address: `truenas_filesystem_acl.${at('media')}`, unreadable: ['posix_entries.id', 'recursive'] },
      { address: `truenas_acl_template.${at('staff')}`, unreadable: ['nfs4_entries.id'] },
    ],
    leftovers(target) {
      const inventory = sim(target).state.inventory();
      return [
        ...(inventory['users'] ?? []).filter((id) => id !== undefined).map((id) => `user ${id}`),
        ...(inventory['groups'] ?? []).map((id) => `group ${id}`),
        ...(inventory['privileges'] ?? []).map((id) => `privilege ${id}`),
        ...(inventory['apiKeys'] ?? []).map((id) => `api key ${id}`),
        ...(inventory['aclTemplates'] ?? []).map((id) => `ACL template ${id}`),
        ...(inventory['pathAcls'] ?? []).map((path) => `ACL of ${path}`),
        ...(inventory['datasets'] ?? []).filter((name) => name !== 'tank').map((name) => `dataset ${name}`),
      ];
    },
  };
}

describe('truenas accounts and permissions with terraform on every release', () => {
  let e2e: TrueNASReleasesE2e;
  before(async () => {
    e2e = await startTrueNASReleases(releases, { recordCalls: true });
  });
  after(() => e2e?.close());

  it('creates, updates, imports and destroys users, groups, privileges, API keys, permissions and certificates; secrets stay out of the output', async () => {
    const pem = await importedPem();
    await runLifecycles({ ws: e2e.ws, providers: e2e.providers, target: e2e.sims }, [
      ...releases.map(accountsCase),
      ...releases.map((release) => certificatesCase(release, pem)),
    ]);
  });
});
