// `terraform destroy` with a configuration that shrinks a size: the shrink is refused for
// updates, but a destroy (whose first step is a plan of the configuration) must not trip on it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';
import { expectFailure, startTrueNASE2e, type TrueNASE2e } from '../providers/truenas/harness.js';

const MiB = 1024 * 1024;

describe('destroy with a shrunk size in the configuration', () => {
  let truenas: TrueNASE2e;
  let proxmox: ProxmoxE2e;
  before(async () => {
    [truenas, proxmox] = await Promise.all([startTrueNASE2e(), startProxmoxE2e()]);
  });
  after(async () => {
    await Promise.all([truenas?.close(), proxmox?.close()]);
  });

  it('truenas_zvol: the shrink is refused for an apply, and destroy removes the zvol', async () => {
    const zvol = (bytes: number) => `resource "truenas_zvol" "disk" {\n  name    = "tank/shrunk"\n  volsize = ${bytes}\n}\n`;
    truenas.config(zvol(64 * MiB));
    await truenas.ws.apply();
    truenas.config(zvol(32 * MiB));
    // Warned at plan time, refused at apply before any change, naming volsize and the way out.
    const plan = await truenas.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout + plan.stderr, /Warning: Cannot shrink a zvol/);
    const refused = await expectFailure(truenas.ws, ['apply', '-auto-approve']);
    assert.match(refused, /Error: Cannot shrink a zvol/);
    assert.match(refused, /volsize 33554432 \(32M\) is smaller than the current 67108864 \(64M\)/);
    assert.match(refused, /allow_shrink/);
    assert.equal(truenas.sim.state.datasets.get('tank/shrunk')?.props['volsize'], String(64 * MiB), 'nothing changed');
    await truenas.ws.destroy();
    assert.equal(truenas.sim.state.datasets.has('tank/shrunk'), false);
  });

  it('proxmox_vm: the shrink is refused for an apply, and destroy removes the VM', async () => {
    const vm = (size: string) =>
      `resource "proxmox_vm" "box" {\n  node = "pve"\n  name = "box"\n  disk {\n    interface = "scsi0"\n    storage   = "local-lvm"\n    size      = "${size}"\n  }\n}\n`;
    proxmox.config(vm('4G'));
    await proxmox.ws.apply();
    proxmox.config(vm('2G'));
    const refused = await proxmox.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /Disks cannot shrink/);
    await proxmox.ws.destroy();
    assert.equal(proxmox.sim.vms().length, 0);
  });
});
