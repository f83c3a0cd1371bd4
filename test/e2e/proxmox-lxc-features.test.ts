// Container features other than nesting are root@pam-only on a real server, and an API token is
// never root@pam: under a token the plan refuses them naming the attribute and the login to use;
// with a root@pam ticket login they apply.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, ticketWorkspace, PROXMOX_PROVIDER, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import type { Workspace } from '../helpers/terraform.js';

const ROOT_PASSWORD = 'root-login-secret';

const CONTAINER = `${PROXMOX_PROVIDER}
resource "proxmox_lxc" "docker" {
  node        = "pve"
  vmid        = 250
  template    = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
  nesting     = true
  keyctl      = true
  fuse        = true
  mount_types = ["nfs", "cifs"]
  started     = false
  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }
}
`;

describe('proxmox_lxc root@pam-only features', () => {
  let e2e: ProxmoxE2e;
  let rootWs: Workspace;

  before(async () => {
    e2e = await startProxmoxE2e({ users: [{ userid: 'root@pam', password: ROOT_PASSWORD }] });
    rootWs = ticketWorkspace(e2e.sim, 'root@pam', ROOT_PASSWORD);
  });
  after(async () => {
    rootWs?.cleanup();
    await e2e?.close();
  });

  it('under an API token, keyctl, fuse and mount are plan-time errors that ask for a root@pam ticket login', async () => {
    e2e.ws.writeConfig(CONTAINER);
    const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Needs a root@pam login/);
    assert.match(result.stderr, /the API token root@pam!tf is not root@pam/);
    assert.match(result.stderr, /PROXMOX_VE_USERNAME=root@pam/);
    for (const name of ['keyctl', 'fuse', 'mount_types']) assert.match(result.stderr, new RegExp(`${name}\\s+=`), name);
    assert.equal(e2e.sim.containers().length, 0);
  });

  it('with a root@pam ticket login they apply', async () => {
    rootWs.writeConfig(CONTAINER);
    await rootWs.init();
    await rootWs.apply();
    const container = e2e.sim.containers().find((c) => c.vmid === 250);
    assert.ok(container);
    assert.match(container.config.features ?? '', /keyctl=1/);
    assert.match(container.config.features ?? '', /fuse=1/);
    assert.match(container.config.features ?? '', /mount=cifs;nfs/);
    assert.equal((await rootWs.planHasChanges()).changes, false);
    await rootWs.destroy();
  });
});
