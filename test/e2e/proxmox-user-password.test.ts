// A password change on proxmox_user keeps the user (its ACLs and API tokens): it goes through
// PUT /access/password, which Proxmox allows only with a ticket login, never with an API token;
// under a token the plan says so, naming the attribute.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, ticketWorkspace, PROXMOX_PROVIDER, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import type { Workspace } from '../helpers/terraform.js';

const ROOT_PASSWORD = 'root-login-secret';

function userConfig(password: string): string {
  return `${PROXMOX_PROVIDER}
resource "proxmox_user" "ops" {
  user_id  = "ops@pve"
  password = "${password}"
  comment  = "operator"
}
resource "proxmox_acl" "ops" {
  path    = "/vms"
  role_id = "PVEVMUser"
  user_id = proxmox_user.ops.user_id
}
resource "proxmox_api_token" "ops" {
  user_id    = proxmox_user.ops.user_id
  token_name = "ci"
}
`;
}

describe('proxmox_user password changes', () => {
  let e2e: ProxmoxE2e;
  let ticketWs: Workspace;
  const user = () => e2e.sim.state.users.get('ops@pve');

  before(async () => {
    e2e = await startProxmoxE2e({ users: [{ userid: 'root@pam', password: ROOT_PASSWORD }] });
    ticketWs = ticketWorkspace(e2e.sim, 'root@pam', ROOT_PASSWORD);
  });
  after(async () => {
    ticketWs?.cleanup();
    await e2e?.close();
  });

  it('creates the user with its password, an ACL and a token under the API token', async () => {
    e2e.ws.writeConfig(userConfig('first-pass'));
    await e2e.ws.apply();
    assert.equal(user()?.password, 'first-pass');
    assert.equal(user()?.tokens.has('ci'), true);
  });

  it('under an API token, a changed password is a plan-time error that asks for a ticket login', async () => {
    e2e.ws.writeConfig(userConfig('second-pass'));
    const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Password change needs a ticket login/);
    assert.match(result.stderr, /PROXMOX_VE_USERNAME and PROXMOX_VE_PASSWORD/);
    assert.match(result.stderr, /proxmox_user\.ops/);
    assert.doesNotMatch(result.stdout + result.stderr, /must be replaced/);
  });

  it('under a ticket login, the password changes in place: the user keeps its ACL and token', async () => {
    // The same state, driven by a root@pam ticket login.
    ticketWs.writeConfig(userConfig('second-pass'));
    await ticketWs.init();
    copyFileSync(join(e2e.ws.configDir, 'terraform.tfstate'), join(ticketWs.configDir, 'terraform.tfstate'));
    const plan = await ticketWs.planHasChanges();
    assert.match(plan.output, /proxmox_user\.ops will be updated in-place/);
    assert.doesNotMatch(plan.output, /must be replaced/);
    await ticketWs.apply();
    assert.equal(user()?.password, 'second-pass');
    assert.equal(user()?.tokens.has('ci'), true, 'the token survives');
    assert.ok(
      e2e.sim.state.acl.some((entry) => entry.ugid === 'ops@pve'),
      'the ACL survives',
    );
    assert.equal((await ticketWs.planHasChanges()).changes, false);
  });
});
