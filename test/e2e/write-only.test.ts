// Write-only secrets with the real terraform against both simulators, in one workspace: every
// `*_wo` secret reaches the server, and neither the saved plan (`terraform show -json`) nor the
// state (`terraform show -json` and the state file itself) holds it; bumping `*_wo_version` sends
// the new secret (in place for a user, a cloud-init password and CHAP secrets; a container takes
// a root password only at creation, so it is replaced).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startProxmoxSimulator, type ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../src/sim/truenas/index.js';
import { providerWorkspace } from '../helpers/providers.js';
import type { Workspace } from '../helpers/terraform.js';

const ROOT_PASSWORD = 'root-login-secret';
const TRUENAS_KEY = '1-wo0123456789abcdef0123456789abcdef0123456789abcdef0123456789abc';
const PLUGIN_KEY = '2-plugin456789abcdef0123456789abcdef0123456789abcdef0123456789ab';
const TEMPLATE = 'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst';

interface Secrets {
  readonly version: number;
  readonly user: string;
  readonly cloudInit: string;
  readonly root: string;
  readonly chap: string;
  readonly peer: string;
}

const FIRST: Secrets = { version: 1, user: 'user-pass-one', cloudInit: 'ci-pass-one', root: 'root-pass-one', chap: 'chap-secret-01', peer: 'peer-secret-01' };
const SECOND: Secrets = { version: 2, user: 'user-pass-two', cloudInit: 'ci-pass-two', root: 'root-pass-two', chap: 'chap-secret-02', peer: 'peer-secret-02' };

function config(s: Secrets): string {
  return `terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
    truenas = { source = "truemox/truenas" }
  }
}
provider "proxmox" {}
provider "truenas" {}

# Ephemeral variables: terraform keeps them out of the saved plan too (given again at apply).
variable "user_password" {
  type      = string
  ephemeral = true
}
variable "cloud_init_password" {
  type      = string
  ephemeral = true
}
variable "root_password" {
  type      = string
  ephemeral = true
}
variable "chap_secret" {
  type      = string
  ephemeral = true
}
variable "peer_secret" {
  type      = string
  ephemeral = true
}
variable "plugin_key" {
  type      = string
  ephemeral = true
}

resource "proxmox_user" "wo" {
  user_id             = "wo@pve"
  password_wo         = var.user_password
  password_wo_version = ${s.version}
}
resource "proxmox_vm" "wo" {
  node    = "pve"
  name    = "wo"
  started = false
  cloud_init {
    storage             = "local-lvm"
    user                = "admin"
    password_wo         = var.cloud_init_password
    password_wo_version = ${s.version}
  }
}
resource "proxmox_lxc" "wo" {
  node                = "pve"
  template            = "${TEMPLATE}"
  started             = false
  password_wo         = var.root_password
  password_wo_version = ${s.version}
  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
}
resource "proxmox_storage" "wo" {
  storage            = "wo-plugin"
  type               = "truenasplugin"
  api_host           = "127.0.0.1"
  api_key_wo         = var.plugin_key
  api_key_wo_version = 1
  dataset            = "tank/proxmox"
  target_iqn         = "iqn.2005-10.org.freenas.ctl:proxmox"
  discovery_portal   = "127.0.0.1:3260"
  content            = ["images"]
}
resource "truenas_iscsi_auth" "wo" {
  tag                   = 1
  user                  = "pve"
  secret_wo             = var.chap_secret
  secret_wo_version     = ${s.version}
  peeruser              = "nas"
  peersecret_wo         = var.peer_secret
  peersecret_wo_version = ${s.version}
}
`;
}

/** The secrets as the ephemeral variables' values (TF_VAR_*), for plan and apply alike. */
const variables = (s: Secrets): Record<string, string> => ({
  TF_VAR_user_password: s.user,
  TF_VAR_cloud_init_password: s.cloudInit,
  TF_VAR_root_password: s.root,
  TF_VAR_chap_secret: s.chap,
  TF_VAR_peer_secret: s.peer,
  TF_VAR_plugin_key: PLUGIN_KEY,
});

const everySecret = (s: Secrets): string[] => [s.user, s.cloudInit, s.root, s.chap, s.peer, PLUGIN_KEY];

describe('write-only secrets', () => {
  let proxmox: ProxmoxSimulator;
  let truenas: TrueNASSimulator;
  let ws: Workspace;

  const lxcCreates = () => proxmox.requests.filter((r) => r.method === 'POST' && r.template === '/nodes/{node}/lxc');
  const chap = () => [...truenas.state.auths.rows.values()].find((a) => a.user === 'pve');

  const planOut = (s: Secrets) => ws.expect(['plan', '-no-color', '-input=false', '-out=wo.tfplan'], [0], variables(s));
  const applyPlan = (s: Secrets) => ws.expect(['apply', '-no-color', '-input=false', 'wo.tfplan'], [0], variables(s));
  /** Plans into a file, which must hold no changes (`-detailed-exitcode` exits 2 when it has some). */
  const planEmptyOut = (s: Secrets) => ws.expect(['plan', '-no-color', '-input=false', '-detailed-exitcode', '-out=wo.tfplan'], [0], variables(s));
  const showState = async () => (await ws.expect(['show', '-json', '-no-color'])).stdout;

  /**
   * Checks neither the saved plan nor the state (`show -json`'s text, when given, and the state
   * file) holds any of the secrets. Each `terraform show` costs seconds: a caller that already
   * read the state passes its text, and before an apply the state holds nothing new to look at.
   */
  async function assertNowhere(s: Secrets, shownState?: string): Promise<void> {
    const texts = [
      (await ws.expect(['show', '-json', '-no-color', 'wo.tfplan'])).stdout,
      ...(shownState === undefined ? [] : [shownState]),
      readFileSync(join(ws.configDir, 'terraform.tfstate'), 'utf8'),
    ];
    for (const text of texts) for (const secret of everySecret(s)) assert.equal(text.includes(secret), false, `a secret is stored: ${secret}`);
  }

  before(async () => {
    proxmox = await startProxmoxSimulator({ taskDelayMs: 5, authFailureDelayMs: 0, users: [{ userid: 'root@pam', password: ROOT_PASSWORD }] });
    truenas = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], loginRateLimit: false, badLoginDelayMs: 0 });
    // A ticket login: Proxmox lets no API token change a user's password.
    ws = providerWorkspace({
      PROXMOX_VE_ENDPOINT: proxmox.url,
      PROXMOX_VE_USERNAME: 'root@pam',
      PROXMOX_VE_PASSWORD: ROOT_PASSWORD,
      PROXMOX_VE_INSECURE: 'true',
      TRUENAS_ENDPOINT: truenas.url,
      TRUENAS_API_KEY: TRUENAS_KEY,
    });
    ws.writeConfig(config(FIRST));
    await ws.init();
  });

  after(async () => {
    ws?.cleanup();
    await proxmox?.stop();
    await truenas?.stop();
  });

  it('sends every write-only secret to the servers, and keeps none in the plan or state', async () => {
    // A direct apply (the next test applies a saved plan).
    await ws.expect(['apply', '-auto-approve', '-no-color', '-input=false'], [0], variables(FIRST));
    assert.equal(proxmox.state.users.get('wo@pve')?.password, FIRST.user);
    assert.equal(proxmox.vms()[0]?.config.cipassword, FIRST.cloudInit);
    assert.deepEqual(
      lxcCreates().map((r) => r.params.password),
      [FIRST.root],
    );
    assert.equal(proxmox.state.storages.get('wo-plugin')?.options.api_key, PLUGIN_KEY, 'the plugin keeps its key in storage.cfg');
    assert.deepEqual([chap()?.secret, chap()?.peersecret], [FIRST.chap, FIRST.peer]);
    const shown = await showState();
    const state = JSON.parse(shown) as {
      values: { root_module: { resources: Array<{ address: string; values: Record<string, unknown> }> } };
    };
    const values = Object.fromEntries(state.values.root_module.resources.map((r) => [r.address, r.values]));
    assert.equal(values['proxmox_user.wo']?.password_wo, null);
    assert.equal(values['proxmox_user.wo']?.password_wo_version, 1);
    assert.equal(values['truenas_iscsi_auth.wo']?.secret, null, 'the server returns the secret; state does not keep it');
    assert.equal(values['proxmox_storage.wo']?.api_key, null, 'the plugin returns its key; state does not keep it');
    await planEmptyOut(FIRST);
    await assertNowhere(FIRST, shown);
  });

  it('a new *_wo_version sends the new secrets: in place, but for the container (replaced); unchanged, nothing is sent again', async () => {
    ws.writeConfig(config(SECOND));
    const plan = await planOut(SECOND);
    for (const address of ['proxmox_user.wo', 'proxmox_vm.wo', 'truenas_iscsi_auth.wo']) {
      assert.match(plan.stdout, new RegExp(`# ${address.replace('.', '\\.')} will be updated in-place`));
    }
    assert.match(plan.stdout, /# proxmox_lxc\.wo must be replaced/);
    await assertNowhere(SECOND);
    await applyPlan(SECOND);
    assert.equal(proxmox.state.users.get('wo@pve')?.password, SECOND.user);
    assert.equal(proxmox.vms()[0]?.config.cipassword, SECOND.cloudInit);
    assert.deepEqual(
      lxcCreates().map((r) => r.params.password),
      [FIRST.root, SECOND.root],
    );
    assert.deepEqual([chap()?.secret, chap()?.peersecret], [SECOND.chap, SECOND.peer]);
    // The plan after the apply is empty, and writes nothing (a plan only reads).
    proxmox.requests.length = 0;
    await planEmptyOut(SECOND);
    const writes = proxmox.requests.filter((r) => r.method !== 'GET' && r.template !== '/access/ticket');
    assert.deepEqual(
      writes.map((r) => `${r.method} ${r.path}`),
      [],
      'a plan writes nothing',
    );
    await assertNowhere(SECOND, await showState());
  });

  it('destroy leaves nothing behind', async () => {
    await ws.expect(['destroy', '-auto-approve', '-no-color', '-input=false'], [0], variables(SECOND));
    assert.deepEqual([proxmox.vms(), proxmox.containers(), proxmox.state.users.has('wo@pve'), proxmox.state.storages.has('wo-plugin')], [[], [], false, false]);
    assert.equal(chap(), undefined);
  });
});
