// Ephemeral credentials with the real terraform against the Proxmox and TrueNAS simulators, in
// one workspace: an ephemeral Proxmox API token, a Proxmox login ticket and a TrueNAS API key
// each configure a second provider, which creates an object with them; terraform closes the
// token and the key (deleted on the servers) and no credential lands in a plan or state.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';

const ROOT_PASSWORD = 'root-login-secret';
const PVE_TOKEN = 'root@pam!tf=0d5e1c2a-eph-secret';
const TRUENAS_KEY = '1-eph0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

const CONFIG = `terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
    truenas = { source = "truemox/truenas" }
  }
}
variable "truenas_endpoint" {
  type = string
}
variable "endpoint" {
  type = string
}
variable "api_token" {
  type      = string
  ephemeral = true
}
variable "root_password" {
  type      = string
  ephemeral = true
}

provider "proxmox" {
  endpoint  = var.endpoint
  api_token = var.api_token
  insecure  = true
}

ephemeral "proxmox_api_token" "short" {
  user_id              = "root@pam"
  token_name           = "eph"
  expire_in            = 600
  privilege_separation = false
}
provider "proxmox" {
  alias     = "token"
  endpoint  = var.endpoint
  api_token = ephemeral.proxmox_api_token.short.value
  insecure  = true
}
resource "proxmox_pool" "by_token" {
  provider = proxmox.token
  pool_id  = "eph-pool"
}

ephemeral "proxmox_ticket" "login" {
  username = "root@pam"
  password = var.root_password
}
provider "proxmox" {
  alias    = "ticket"
  endpoint = var.endpoint
  username = "root@pam"
  password = ephemeral.proxmox_ticket.login.ticket
  insecure = true
}
resource "proxmox_group" "by_ticket" {
  provider = proxmox.ticket
  group_id = "eph-group"
}

provider "truenas" {
  endpoint = var.truenas_endpoint
}
ephemeral "truenas_api_key" "short" {
  username  = "root"
  name      = "eph-key"
  expire_in = 600
}
provider "truenas" {
  alias    = "key"
  endpoint = var.truenas_endpoint
  api_key  = ephemeral.truenas_api_key.short.key
}
resource "truenas_dataset" "by_key" {
  provider = truenas.key
  name     = "tank/eph"
}
`;

describe('ephemeral credentials', () => {
  let sim: ProxmoxSimulator;
  let nas: TrueNASSimulator;
  let ws: Workspace;
  let env: Record<string, string>;

  const keyNames = () => nas.state.apiKeys.list().map((k) => k.name);
  const tokenIds = () => sim.tokens().map((t) => `${t.userid}!${t.tokenid}`);
  /** `terraform COMMAND -no-color -input=false ARGS…` (a plan file goes last). */
  const run = ([command, ...args]: readonly string[], codes: readonly number[] = [0]) =>
    ws.expect([command!, '-no-color', '-input=false', ...args], codes, env);
  /** The saved plan and the state: no trace of the ephemeral values. */
  async function assertNothingStored(): Promise<void> {
    const texts = [(await ws.expect(['show', '-json', '-no-color', 'eph.tfplan'])).stdout, readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8')];
    for (const text of texts) {
      assert.equal(text.includes('root@pam!eph'), false, 'the token id is stored');
      assert.equal(text.includes('PVE:root@pam'), false, 'a ticket is stored');
      assert.equal(/"\d+-[0-9a-f]{64}"/.test(text), false, 'a TrueNAS key is stored');
    }
  }

  before(async () => {
    sim = await startProxmoxSimulator({ tokens: [PVE_TOKEN], taskDelayMs: 5, authFailureDelayMs: 0, users: [{ userid: 'root@pam', password: ROOT_PASSWORD }] });
    nas = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0 });
    env = {
      TF_VAR_endpoint: sim.url,
      TF_VAR_api_token: PVE_TOKEN,
      TF_VAR_root_password: ROOT_PASSWORD,
      TF_VAR_truenas_endpoint: nas.url,
      TRUENAS_API_KEY: TRUENAS_KEY,
    };
    ws = providerWorkspace({});
    ws.writeConfig(CONFIG);
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    await sim?.stop();
    await nas?.stop();
  });

  it('opens the token and the ticket, configures two more providers with them, and closes the token', async () => {
    sim.requests.length = 0;
    await run(['plan', '-out=eph.tfplan']);
    await run(['apply', 'eph.tfplan']);
    assert.ok(sim.state.pools.has('eph-pool'), 'the provider configured with the ephemeral token created the pool');
    assert.ok(sim.state.groups.has('eph-group'), 'the provider configured with the ephemeral ticket created the group');
    const tokenCalls = sim.requests.filter((r) => r.template === '/access/users/{userid}/token/{tokenid}').map((r) => `${r.method} ${r.params.tokenid}`);
    assert.ok(tokenCalls.includes('POST eph') && tokenCalls.includes('DELETE eph'), `opened and closed: ${tokenCalls.join(', ')}`);
    assert.equal(tokenCalls.filter((c) => c === 'POST eph').length, tokenCalls.filter((c) => c === 'DELETE eph').length, 'every token opened was closed');
    const expiry = sim.requests.find((r) => r.method === 'POST' && r.params.tokenid === 'eph')?.params.expire;
    assert.ok(Number(expiry) > Date.now() / 1000, 'the token carries an expiry');
    assert.deepEqual(tokenIds(), ['root@pam!tf'], 'nothing left on the server but the workspace token');
    assert.ok(nas.state.datasets.has('tank/eph'), 'the provider configured with the ephemeral key created the dataset');
    const created = nas.callCounts.get('api_key.create') ?? 0;
    assert.ok(created > 0, 'the key was opened');
    assert.equal(nas.callCounts.get('api_key.delete'), created, 'every key opened was closed');
    assert.deepEqual(keyNames(), [], 'the ephemeral key is deleted on close');
  });

  it('keeps them out of the plan and state, and plans no change', async () => {
    // One plan, saved for the check and with no changes (`-detailed-exitcode` exits 2 when it has some).
    const plan = await run(['plan', '-detailed-exitcode', '-out=eph.tfplan'], [0, 2]);
    assert.equal(plan.code, 0, plan.stdout);
    await assertNothingStored();
    // The state file itself (read without another terraform run): every object it holds.
    const stateFile = JSON.parse(readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8')) as {
      resources: Array<{ mode: string; type: string; name: string }>;
    };
    assert.deepEqual(
      stateFile.resources.map((r) => `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`).sort(),
      ['proxmox_group.by_ticket', 'proxmox_pool.by_token', 'truenas_dataset.by_key'],
      'state holds the managed objects only',
    );
    assert.deepEqual(tokenIds(), ['root@pam!tf']);
    assert.deepEqual(keyNames(), []);
  });

  it('destroys with them too, leaving nothing', async () => {
    await run(['destroy', '-auto-approve']);
    assert.equal(sim.state.pools.has('eph-pool'), false);
    assert.equal(sim.state.groups.has('eph-group'), false);
    assert.equal(nas.state.datasets.has('tank/eph'), false);
    assert.deepEqual(tokenIds(), ['root@pam!tf']);
    assert.deepEqual(keyNames(), []);
  });
});
