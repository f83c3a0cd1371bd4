// Users, groups, roles, ACLs and API tokens with the real terraform against the simulator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

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

describe('access resources with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e();
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
    assert.match(result.stderr, /Set exactly one of user_id, group_id and token_id/);
    assert.match(result.stderr, /"user_id" must be like USER@REALM/);
  });

  it('creates users, groups, roles, ACLs and a token whose secret is sensitive and never logged', async () => {
    e2e.config(accessConfig());
    const applied = await e2e.ws.expect(['apply', '-auto-approve', '-no-color', '-input=false'], [0], { TF_LOG: 'trace' });
    const { state } = e2e.sim;
    const tokenSecret = state.users.get('alice@pve')?.tokens.get('ci')?.secret;
    assert.ok(tokenSecret);
    for (const secret of ['alice-pw-123', tokenSecret, PVE_TOKEN.split('=')[1] ?? PVE_TOKEN]) {
      assert.equal(applied.stderr.includes(secret), false, 'a secret reached terraform\'s logs');
    }
    assert.deepEqual([...(state.users.get('alice@pve')?.groups ?? [])], ['ops']);
    assert.deepEqual([...(state.roles.get('Operator')?.privs ?? [])].sort(), ['VM.Audit', 'VM.PowerMgmt']);
    assert.ok(state.acl.some((e) => e.path === '/vms' && e.type === 'group' && e.ugid === 'ops' && e.roleid === 'Operator'));
    assert.ok(state.acl.some((e) => e.path === '/' && e.type === 'token' && e.ugid === 'alice@pve!ci'));
    const token = await e2e.resource('proxmox_api_token.ci');
    const secret = state.users.get('alice@pve')?.tokens.get('ci')?.secret;
    assert.equal(token.values.value, `alice@pve!ci=${secret}`);
    assert.equal(token.sensitive_values?.secret, true);
    assert.equal(token.sensitive_values?.value, true);
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place and replaces a grant whose role changes', async () => {
    e2e.config(accessConfig({ email: 'alice@lab.example', privs: '"VM.Audit"', propagate: false, comment: 'ci' }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /0 to add, 4 to change, 0 to destroy/);
    await e2e.ws.apply();
    const { state } = e2e.sim;
    assert.equal(state.users.get('alice@pve')?.email, 'alice@lab.example');
    assert.deepEqual([...(state.roles.get('Operator')?.privs ?? [])], ['VM.Audit']);
    assert.equal(state.acl.find((e) => e.path === '/vms')?.propagate, false);
    assert.equal(state.users.get('alice@pve')?.tokens.get('ci')?.comment, 'ci');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('puts drift back and recreates what was deleted outside', async () => {
    const { state } = e2e.sim;
    const alice = state.users.get('alice@pve');
    assert.ok(alice);
    alice.email = 'mallory@example.com';
    state.acl = state.acl.filter((e) => e.path !== '/vms');
    state.groups.delete('ops');
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ email\s+= "mallory@example.com" -> "alice@lab.example"/);
    assert.match(plan.output, /proxmox_acl\.ops_vms will be created/);
    assert.match(plan.output, /proxmox_group\.ops will be created/);
    await e2e.ws.apply();
    assert.equal(alice.email, 'alice@lab.example');
    assert.ok(state.acl.some((e) => e.path === '/vms'));
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('imports a user, a role and an ACL', async () => {
    const { state } = e2e.sim;
    state.users.set('bob@pve', { userid: 'bob@pve', enable: true, expire: 0, groups: new Set(), tokens: new Map(), comment: 'legacy' });
    state.acl.push({ path: '/storage', type: 'user', ugid: 'bob@pve', roleid: 'PVEDatastoreUser', propagate: true });
    e2e.config(`${accessConfig({ email: 'alice@lab.example', privs: '"VM.Audit"', propagate: false, comment: 'ci' })}
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
}`);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /2 to import, 0 to add, 0 to change, 0 to destroy/);
    await e2e.ws.apply();
    e2e.ws.writeConfig('resource "proxmox_acl" "nope" {\n  path = "/"\n  role_id = "PVEAuditor"\n  user_id = "bob@pve"\n}\n', 'nope.tf');
    const bad = await e2e.ws.run(['import', '-no-color', '-input=false', 'proxmox_acl.nope', 'not-an-acl-id']);
    e2e.ws.removeConfig('nope.tf');
    assert.notEqual(bad.code, 0);
    assert.match(bad.stderr, /Expected PATH\|ROLE\|KIND:NAME/);
  });

  it('destroys everything', async () => {
    await e2e.ws.destroy();
    const { state } = e2e.sim;
    assert.deepEqual([...state.users.keys()], ['root@pam']);
    assert.equal(state.groups.size, 0);
    assert.equal(state.roles.has('Operator'), false);
    assert.deepEqual(state.acl, []);
  });
});
