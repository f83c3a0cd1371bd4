// A limited-privilege API token under terraform, against the simulator's real privilege checks,
// on the lifecycle harness: a change its role does not cover fails with the server's own 403
// text (a refused step), and an object the token cannot list (lists are privilege-filtered) is
// still read directly, not planned anew. The root token makes every change that is applied.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ProxmoxClient } from '../../src/clients/proxmox/index.js';
import type { ProxmoxSimulator } from '../../src/sim/proxmox/index.js';
import { runLifecycles, type LifecycleCase } from '../helpers/lifecycle.js';
import { PROXMOX_PROVIDER, PVE_TOKEN, startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const NARROW_TOKEN = 'ops@pve!narrow=narrow-token-secret';
const NARROW_ID = 'ops@pve!narrow';
const AS_NARROW = { PROXMOX_VE_API_TOKEN: NARROW_TOKEN };

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

let vmid = 0;

const narrowCase: LifecycleCase<ProxmoxSimulator> = {
  name: 'a limited-privilege API token',
  steps: [
    {
      config: vmConfig(1),
      expect: { 'proxmox_vm.app': 'create', 'proxmox_storage.backups': 'create' },
      async check({ target: sim, ws, resource }) {
        vmid = Number((await resource('proxmox_vm.app')).values.vmid);
        const narrow = new ProxmoxClient({ endpoint: sim.url, caPem: sim.caPem, apiToken: NARROW_TOKEN });
        try {
          assert.deepEqual(
            (await narrow.storage.list()).map((s) => s.storage),
            [],
            'the token does not see the storage in /storage',
          );
        } finally {
          await narrow.close();
        }
        // It reads what it cannot list: the plan is empty under the narrow token.
        const plan = await ws.expect(['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0, 2], AS_NARROW);
        assert.equal(plan.code, 0, `a storage missing from the filtered list is not gone\n${plan.stdout}${plan.stderr}`);
      },
    },
    {
      config: vmConfig(2),
      expect: { 'proxmox_vm.app': 'update' },
      refused: {
        // A change the token may not make fails with the server's 403, naming the privilege and the attribute.
        config: vmConfig(2),
        env: AS_NARROW,
        check({ target: sim }, result) {
          const text = result.stderr.replace(/\s+/g, ' ');
          assert.match(text, new RegExp(`Permission check failed \\(/vms/${vmid}, VM\\.Config\\.CPU\\)`));
          assert.match(text, /cores/);
          assert.equal(sim.state.guests.get(vmid)?.config.cores, '1', 'nothing changed on the server');
        },
      },
      // The root token makes the change: the state was kept through the failure.
      check({ target: sim }) {
        assert.equal(sim.state.guests.get(vmid)?.config.cores, '2');
      },
    },
  ],
  imports: [{ address: 'proxmox_vm.app', id: (values) => `${String(values.node)}/${String(values.vmid)}` }, { address: 'proxmox_storage.backups' }],
  leftovers: (sim) => [...sim.vms().map((g) => `VM ${g.vmid}`), ...(sim.state.storages.has('backups') ? ['storage backups'] : [])],
};

describe('a limited-privilege API token with terraform', () => {
  let e2e: ProxmoxE2e;
  before(async () => {
    e2e = await startProxmoxE2e({ tokens: [PVE_TOKEN, { token: NARROW_TOKEN, privsep: true }] });
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

  it('reads what it cannot list, is refused what its role does not cover, and the root token completes the lifecycle', async () => {
    await runLifecycles({ ws: e2e.ws, providers: PROXMOX_PROVIDER, target: e2e.sim }, [narrowCase]);
  });
});
