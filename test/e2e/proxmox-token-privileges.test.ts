// A limited-privilege API token under terraform, against the simulator's real privilege checks:
// a change its role does not cover fails with the server's own 403 text, and an object the
// token cannot list (lists are privilege-filtered) is still read directly, not planned anew.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import { PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const NARROW_TOKEN = 'ops@pve!narrow=narrow-token-secret';
const NARROW_ID = 'ops@pve!narrow';

function vmConfig(cores: number): string {
  return `
resource "proxmox_vm" "app" {
  node    = "pve"
  name    = "app"
  cores   = ${cores}
  started = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "2G"
  }
}
resource "proxmox_storage" "backups" {
  storage = "backups"
  type    = "nfs"
  server  = "192.0.2.10"
  export  = "/mnt/tank/backups"
  content = ["backup"]
}
`;
}

describe('a limited-privilege API token with terraform', () => {
  let e2e: ProxmoxE2e;
  const asNarrow = { PROXMOX_VE_API_TOKEN: NARROW_TOKEN };
  before(async () => {
    e2e = await startProxmoxE2e({ tokens: [PVE_TOKEN, { token: NARROW_TOKEN, privsep: true }] });
    e2e.config(vmConfig(1));
    await e2e.ws.apply(); // with the root token
    // Disks only on guests; Datastore.Allocate (no Audit) on the storage: /storage does not list it,
    // GET /storage/{storage} allows it (pve-storage API2/Storage/Config.pm index and read).
    e2e.sim.addRole('DiskAndAudit', ['VM.Audit', 'VM.Config.Disk']);
    e2e.sim.addRole('StorageAllocate', ['Datastore.Allocate']);
    for (const ugid of ['ops@pve', NARROW_ID]) {
      e2e.sim.grant('/vms', ugid, 'DiskAndAudit');
      e2e.sim.grant('/storage/backups', ugid, 'StorageAllocate');
    }
  });
  after(() => e2e?.close());

  it('reads what it cannot list: the plan is empty under the narrow token', async () => {
    const narrow = new ProxmoxClient({ endpoint: e2e.sim.url, caPem: e2e.sim.caPem, apiToken: NARROW_TOKEN });
    assert.deepEqual(
      (await narrow.storage.list()).map((s) => s.storage),
      [],
      'the token does not see the storage in /storage',
    );
    await narrow.close();
    const plan = await e2e.ws.expect(['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0, 2], asNarrow);
    assert.equal(plan.code, 0, `a storage missing from the filtered list is not gone\n${plan.stdout}${plan.stderr}`);
  });

  it("a change the token may not make fails with the server's 403, naming the privilege and the attribute", async () => {
    const vmid = Number((await e2e.resource('proxmox_vm.app')).values.vmid);
    e2e.config(vmConfig(2));
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], asNarrow);
    assert.equal(result.code, 1, result.stdout);
    const text = result.stderr.replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`Permission check failed \\(/vms/${vmid}, VM\\.Config\\.CPU\\)`));
    assert.match(text, /cores/);
    assert.equal(e2e.sim.vms().find((g) => g.vmid === vmid)?.config.cores, '1', 'nothing changed on the server');
    // The root token makes the change; the state was kept through the failure.
    await e2e.ws.apply();
    assert.equal(e2e.sim.vms().find((g) => g.vmid === vmid)?.config.cores, '2');
    await e2e.ws.destroy();
    assert.deepEqual([e2e.sim.vms().length, e2e.sim.state.storages.has('backups')], [0, false]);
  });
});
