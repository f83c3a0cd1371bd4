// Users, groups, roles, ACLs and API tokens with the real terraform against the simulator, on
// the lifecycle harness (create, update, drift, import, destroy, nothing left on the server).
// The workspace logs in as root@pam with a ticket: a password change on proxmox_user keeps the
// user (its ACLs and API tokens) by PUT /access/password, which Proxmox allows only with a
// ticket login, never with an API token; under a token (TOKEN_LOGIN) the plan says so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, PVE_TOKEN, ROOT_LOGIN, startProxmoxE2e, TOKEN_LOGIN, useTicketLogin, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function accessConfig(fields: { email?: string; privs?: string; propagate?: boolean; comment?: string } = {}): string {
  return `
resource "proxmox_group" "ops" {
  group_id = "ops"
  comment  = "operators"
}
resource "proxmox_user" "alice" {
  user_id  = "alice@pve"
  password = "alice-pw-123"
  email    = "${fields.email ?? 'alice@example.com'}"
  groups   = [proxmox_group.ops.group_id]
}
resource "proxmox_role" "operator" {
  role_id    = "Operator"
  privileges = [${fields.privs ?? '"VM.Audit", "VM.PowerMgmt"'}]
}
resource "proxmox_acl" "ops_vms" {
  path      = "/vms"
  role_id   = proxmox_role.operator.role_id
  group_id  = proxmox_group.ops.group_id
  propagate = ${fields.propagate ?? true}
}
resource "proxmox_api_token" "ci" {
  user_id    = proxmox_user.alice.user_id
  token_name = "ci"
  comment    = "${fields.comment ?? 'ci runs'}"
}
resource "proxmox_acl" "ci_token" {
  path     = "/"
  role_id  = "PVEAuditor"
  token_id = proxmox_api_token.ci.id
}
output "token" {
  value     = proxmox_api_token.ci.value
  sensitive = true
}
`;
}

const updated = accessConfig({ email: 'alice@lab.example', privs: '"VM.Audit"', propagate: false, comment: 'ci' });

const accessCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox access resources',
  steps: [
    {
      config: accessConfig(),
      expect: { 'proxmox_group.ops': 'create', 'proxmox_user.alice': 'create', 'proxmox_api_token.ci': 'create', 'proxmox_acl.ci_token': 'create' },
      async check({ target: { state }, applied, resource }) {
        const tokenSecret = state.users.get('alice@pve')?.tokens.get('ci')?.secret;
        assert.ok(tokenSecret);
        for (const secret of ['alice-pw-123', tokenSecret, PVE_TOKEN.split('=')[1] ?? PVE_TOKEN, ROOT_LOGIN.password, 'first-pass']) {
          assert.equal(applied.stderr.includes(secret), false, "a secret reached terraform's logs");
        }
        assert.match(applied.stderr, /\[TRACE\]/, 'the apply ran with trace logging');
        assert.deepEqual([...(state.users.get('alice@pve')?.groups ?? [])], ['ops']);
        assert.deepEqual([...(state.roles.get('Operator')?.privs ?? [])].sort(), ['VM.Audit', 'VM.PowerMgmt']);
        assert.ok(state.acl.some((e) => e.path === '/vms' && e.type === 'group' && e.ugid === 'ops' && e.roleid === 'Operator'));
        assert.ok(state.acl.some((e) => e.path === '/' && e.type === 'token' && e.ugid === 'alice@pve!ci'));
        const token = await resource('proxmox_api_token.ci');
        assert.equal(token.values.value, `alice@pve!ci=${tokenSecret}`);
        assert.equal(token.sensitive_values?.secret, true);
        assert.equal(token.sensitive_values?.value, true);
      },
    },
    {
      config: updated,
      expect: { 'proxmox_user.alice': 'update', 'proxmox_role.operator': 'update', 'proxmox_acl.ops_vms': 'update', 'proxmox_api_token.ci': 'update' },
      check({ target: { state }, plan }) {
        assert.doesNotMatch(plan, /must be replaced|will be destroyed/);
        assert.equal(state.users.get('alice@pve')?.email, 'alice@lab.example');
        assert.deepEqual([...(state.roles.get('Operator')?.privs ?? [])], ['VM.Audit']);
        assert.equal(state.acl.find((e) => e.path === '/vms')?.propagate, false);
        assert.equal(state.users.get('alice@pve')?.tokens.get('ci')?.comment, 'ci');
      },
    },
    {
      // Drift: changed and deleted outside terraform; the plan puts it back.
      config: updated,
      expect: { 'proxmox_acl.ops_vms': 'create', 'proxmox_group.ops': 'create' },
      prepare({ target: { state } }) {
        const alice = state.users.get('alice@pve');
        assert.ok(alice);
        alice.email = 'mallory@example.com';
        state.acl = state.acl.filter((e) => e.path !== '/vms');
        state.groups.delete('ops');
      },
      check({ target: { state }, plan }) {
        assert.match(plan, /~ email\s+= "mallory@example.com" -> "alice@lab.example"/);
        assert.equal(state.users.get('alice@pve')?.email, 'alice@lab.example');
        assert.ok(state.acl.some((e) => e.path === '/vms'));
      },
    },
    {
      // Objects made outside terraform, adopted with import blocks.
      config: `${updated}
import {
  to = proxmox_user.bob
  id = "bob@pve"
}
resource "proxmox_user" "bob" {
  user_id = "bob@pve"
  comment = "legacy"
}
import {
  to = proxmox_acl.bob_storage
  id = "/storage|PVEDatastoreUser|user:bob@pve"
}
resource "proxmox_acl" "bob_storage" {
  path    = "/storage"
  role_id = "PVEDatastoreUser"
  user_id = proxmox_user.bob.user_id
}`,
      prepare({ target: { state } }) {
        state.users.set('bob@pve', { userid: 'bob@pve', enable: true, expire: 0, groups: new Set(), tokens: new Map(), comment: 'legacy' });
        state.acl.push({ path: '/storage', type: 'user', ugid: 'bob@pve', roleid: 'PVEDatastoreUser', propagate: true });
      },
      check({ plan }) {
        assert.match(plan, /2 to import, 0 to add, 0 to change, 0 to destroy/);
      },
    },
  ],
  imports: [
    { address: 'proxmox_group.ops' },
    { address: 'proxmox_user.alice', unreadable: ['password'] },
    { address: 'proxmox_role.operator' },
    { address: 'proxmox_acl.ops_vms' },
    { address: 'proxmox_acl.ci_token' },
    { address: 'proxmox_api_token.ci', unreadable: ['secret', 'value'] },
    { address: 'proxmox_user.bob' },
    { address: 'proxmox_acl.bob_storage' },
  ],
  leftovers: ({ state }) => [
    ...[...state.users.keys()].filter((id) => id !== 'root@pam' && id !== 'oper@pve').map((id) => `user ${id}`),
    ...[...state.groups.keys()].map((id) => `group ${id}`),
    ...(state.roles.has('Operator') ? ['role Operator'] : []),
    ...state.acl.filter((e) => e.ugid !== 'oper@pve').map((e) => `acl ${e.path} ${e.ugid}`),
  ],
};

function passwordConfig(password: string): string {
  return `
resource "proxmox_user" "oper" {
  user_id  = "oper@pve"
  password = "${password}"
  comment  = "operator"
}
resource "proxmox_acl" "oper" {
  path    = "/storage"
  role_id = "PVEDatastoreUser"
  user_id = proxmox_user.oper.user_id
}
resource "proxmox_api_token" "oper" {
  user_id    = proxmox_user.oper.user_id
  token_name = "ci"
}
`;
}

const passwordCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'proxmox_user password changes',
  steps: [
    {
      config: passwordConfig('first-pass'),
      expect: { 'proxmox_user.oper': 'create', 'proxmox_acl.oper': 'create', 'proxmox_api_token.oper': 'create' },
      check({ target: { state } }) {
        assert.equal(state.users.get('oper@pve')?.password, 'first-pass');
        assert.equal(state.users.get('oper@pve')?.tokens.has('ci'), true);
      },
    },
    {
      // Under the ticket login the password changes in place: the user keeps its ACL and token.
      config: passwordConfig('second-pass'),
      expect: { 'proxmox_user.oper': 'update' },
      async prepare({ ws }) {
        // Under an API token, a changed password is a plan-time error that asks for a ticket login.
        const result = await ws.run(['plan', '-no-color', '-input=false'], TOKEN_LOGIN);
        assert.equal(result.code, 1);
        assert.match(result.stderr, /Password change needs a ticket login/);
        assert.match(result.stderr, /PROXMOX_VE_USERNAME and PROXMOX_VE_PASSWORD/);
        assert.match(result.stderr, /proxmox_user\.oper/);
        assert.doesNotMatch(result.stdout + result.stderr, /proxmox_user\.oper must be replaced/);
      },
      check({ target: { state } }) {
        assert.equal(state.users.get('oper@pve')?.password, 'second-pass');
        assert.equal(state.users.get('oper@pve')?.tokens.has('ci'), true, 'the token survives');
        assert.ok(
          state.acl.some((entry) => entry.ugid === 'oper@pve'),
          'the ACL survives',
        );
      },
    },
  ],
  imports: [
    { address: 'proxmox_user.oper', unreadable: ['password'] },
    { address: 'proxmox_acl.oper' },
    { address: 'proxmox_api_token.oper', unreadable: ['secret', 'value'] },
  ],
  leftovers: ({ state }) => [
    ...(state.users.has('oper@pve') ? ['user oper@pve'] : []),
    ...state.acl.filter((e) => e.ugid === 'oper@pve').map((e) => `acl ${e.path} ${e.ugid}`),
  ],
};

describe('access resources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ users: [ROOT_LOGIN] });
    useTicketLogin(e2e.ws);
  });
  after(() => e2e?.close());

  it('refuses an ACL with two principals and a malformed user id', async () => {
    e2e.config(`resource "proxmox_acl" "bad" {
  path     = "/"
  role_id  = "PVEAuditor"
  user_id  = "alice@pve"
  group_id = "ops"
}
resource "proxmox_user" "bad" {
  user_id = "no-realm"
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Set exactly one of "user_id", "group_id" and "token_id"; "user_id" and\s+"group_id" are set/);
    assert.match(result.stderr, /"user_id" must be like USER@REALM/);
  });

  it('refuses a malformed ACL import id', async () => {
    e2e.config('resource "proxmox_acl" "nope" {\n  path = "/"\n  role_id = "PVEAuditor"\n  user_id = "bob@pve"\n}\n');
    const bad = await e2e.ws.run(['import', '-no-color', '-input=false', 'proxmox_acl.nope', 'not-an-acl-id']);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /Expected PATH\|ROLE\|KIND:NAME/);
  });

  it('creates, updates, repairs drift, imports and destroys users, groups, roles, ACLs and tokens; a password changes in place; a secret is never logged', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim, applyEnv: { TF_LOG: 'trace' } }, [accessCase, passwordCase]);
  });
});
