// Users, groups, privileges, API keys, path permissions and certificates (truenas-certificates-case.ts) with the real terraform against
// TrueNAS simulators of 25.04, 25.10 and 26.0 (whose user and API key models differ), one workspace
// with a provider alias per release, on the lifecycle harness: create, update in place, import
// with an empty plan, destroy, nothing left on either server.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { startTrueNASReleases, TRUENAS_RELEASES, type TrueNASRelease as Release, type TrueNASReleasesE2e } from '../providers/truenas/harness.js';
import { certificatesCase, importedPem } from './truenas-certificates-case.js';

const releases = TRUENAS_RELEASES;

function accounts(alias: string, v: { fullName: string; roles: string; keyName: string; mode: string; sudo: string; woVersion: number }): string {
  const p = `provider = truenas.${alias}`;
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
        config: accounts(alias, { fullName: 'Alice', roles: '"READONLY_ADMIN"', keyName: 'ci', mode: '750', sudo: '', woVersion: 1 }),
        expect: { [`truenas_user.${at('alice')}`]: 'create', [`truenas_user.${at('bob')}`]: 'create', [`truenas_api_key.${at('ci')}`]: 'create' },
        async check({ target, applied, resource }) {
          const state = sim(target).state;
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
        },
      },
      {
        config: accounts(alias, { fullName: 'Alice Liddell', roles: '"SHARING_ADMIN"', keyName: 'ci-2', mode: '770', sudo: '"/usr/bin/ls"', woVersion: 2 }),
        expect: {
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
          assert.deepEqual(state.privileges.list().find((p) => p.name === 'ops')?.roles, ['SHARING_ADMIN']);
          assert.equal(state.pathPerms.get('/mnt/tank/home')?.mode, 0o770);
          assert.equal(state.apiKeys.list()[0]?.name, 'ci-2');
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
      { address: `truenas_user.${at('alice')}`, unreadable: ['password'] },
      { address: `truenas_user.${at('bob')}`, unreadable: ['password_wo_version'] },
      { address: `truenas_privilege.${at('ops')}` },
      { address: `truenas_api_key.${at('ci')}`, unreadable: ['key'] },
      { address: `truenas_filesystem_permissions.${at('home')}` },
    ],
    leftovers(target) {
      const inventory = sim(target).state.inventory();
      return [
        ...(inventory['users'] ?? []).filter((id) => id !== undefined).map((id) => `user ${id}`),
        ...(inventory['groups'] ?? []).map((id) => `group ${id}`),
        ...(inventory['privileges'] ?? []).map((id) => `privilege ${id}`),
        ...(inventory['apiKeys'] ?? []).map((id) => `api key ${id}`),
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
