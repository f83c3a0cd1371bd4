// Parallel creates never collide: /cluster/nextid reserves nothing, so thirty VMs applied with
// -parallelism=30 would all hear the same id; the provider's allocator gives each its own.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, stateFileResources, type ProxmoxE2e } from '../providers/proxmox/harness.js';

const COUNT = 30;

/** Five VMs without a vmid under a provider block with this vmid_range. */
function rangedConfig(range: string): string {
  return `terraform {
  required_providers {
    proxmox = { source = "truemox/proxmox" }
  }
}
provider "proxmox" {
  vmid_range = "${range}"
}
resource "proxmox_vm" "ranged" {
  count   = 5
  node    = "pve"
  started = false
}`;
}

describe('proxmox_vm: thirty parallel creates', () => {
  let e2e: ProxmoxE2e;

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it(`applies ${COUNT} VMs without a vmid at -parallelism=${COUNT}: every one succeeds with its own id`, async () => {
    e2e.config(`
resource "proxmox_vm" "fleet" {
  count   = ${COUNT}
  node    = "pve"
  name    = "fleet-\${count.index}"
  started = false
  network {}
}`);
    await e2e.ws.apply([`-parallelism=${COUNT}`]);
    const ids = stateFileResources(e2e.ws)
      .filter((r) => r.type === 'proxmox_vm')
      .map((r) => Number(r.values.vmid));
    assert.equal(ids.length, COUNT);
    assert.equal(new Set(ids).size, COUNT, `distinct ids: ${ids.join(',')}`);
    assert.equal(e2e.sim.vms().length, COUNT);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('draws ids from vmid_range when the provider sets one', async () => {
    e2e.ws.writeConfig(rangedConfig('50000-50999'));
    await e2e.ws.apply(['-parallelism=5']);
    const ids = stateFileResources(e2e.ws)
      .filter((r) => r.type === 'proxmox_vm')
      .map((r) => Number(r.values.vmid));
    assert.equal(ids.length, 5);
    assert.equal(new Set(ids).size, 5);
    for (const id of ids) assert.ok(id >= 50000 && id <= 50999, `${id} in range`);
  });

  it('refuses a malformed vmid_range naming the setting', async () => {
    e2e.ws.writeConfig(rangedConfig('900-100'));
    const result = await e2e.ws.run(['plan', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /"vmid_range" must be a range "MIN-MAX" of VM ids/);
  });

  it('destroys them', async () => {
    e2e.ws.writeConfig('');
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.vms(), []);
  });
});
