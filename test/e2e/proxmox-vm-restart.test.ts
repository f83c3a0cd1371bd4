// proxmox_vm on a real server's terms: template = true goes through POST .../template; changes
// that wait for a restart are applied by a graceful shutdown and a start (reboot_after_update,
// shutdown_timeout); cloud-init changes regenerate the drive; a guest that ignores the shutdown
// fails the update with an error naming the waiting changes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function vmConfig(fields: { cores?: number; user?: string; reboot?: boolean } = {}): string {
  return `
resource "proxmox_vm" "golden" {
  node     = "pve"
  vmid     = 9100
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
  }
}
resource "proxmox_vm" "web" {
  node             = "pve"
  vmid             = 300
  cores            = ${fields.cores ?? 2}
  shutdown_timeout = 45
  ${fields.reboot === undefined ? '' : `reboot_after_update = ${fields.reboot}`}
  cloud_init {
    storage = "local-lvm"
    user    = "${fields.user ?? 'admin'}"
  }
}`;
}

describe('proxmox_vm templates and restarts', () => {
  let e2e: ProxmoxE2e;
  const calls = (pattern: RegExp) => e2e.sim.requests.filter((r) => pattern.test(`${r.method} ${r.path}`));

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('template = true converts through POST .../template, not a config flag', async () => {
    e2e.config(vmConfig());
    await e2e.ws.apply();
    assert.equal(calls(/^POST \S*\/nodes\/pve\/qemu\/9100\/template$/).length, 1);
    const writes = calls(/^(POST|PUT) \S*\/nodes\/pve\/qemu(\/9100\/config)?$/);
    assert.ok(
      writes.every((r) => r.params.template === undefined),
      'no write sets the template flag itself',
    );
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 9100)?.config.template, '1');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('a pending change on a running VM: graceful shutdown with shutdown_timeout, then start', async () => {
    e2e.sim.requests.length = 0;
    e2e.config(vmConfig({ cores: 4 }));
    await e2e.ws.apply();
    const power = calls(/\/qemu\/300\/status\/(shutdown|start|reboot|stop)$/);
    assert.deepEqual(
      power.map((r) => r.path.split('/').pop()),
      ['shutdown', 'start'],
    );
    assert.equal(power[0]?.params.timeout, '45');
    assert.equal(power[0]?.params.forceStop, undefined);
    const guest = e2e.sim.vms().find((g) => g.vmid === 300);
    assert.equal(guest?.config.cores, '4');
    assert.equal(guest?.status, 'running');
  });

  it('a cloud-init change regenerates the drive and restarts the VM so the guest reads it', async () => {
    e2e.sim.requests.length = 0;
    e2e.config(vmConfig({ cores: 4, user: 'ops' }));
    await e2e.ws.apply();
    assert.equal(calls(/^PUT .*\/qemu\/300\/cloudinit$/).length, 1);
    assert.deepEqual(
      calls(/\/qemu\/300\/status\/(shutdown|start)$/).map((r) => r.path.split('/').pop()),
      ['shutdown', 'start'],
    );
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 300)?.config.ciuser, 'ops');
  });

  it('a guest ignoring the shutdown fails the update with an error naming the waiting change', async () => {
    Object.assign(e2e.sim.faults, { failTasks: 1, taskMatch: /qmshutdown/, taskFailureMessage: 'VM quit/powerdown failed - got timeout' });
    e2e.config(vmConfig({ cores: 6, user: 'ops' }));
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /VM 300 did not shut down within 45 s, so the changes to cores are not\s+applied/);
    assert.match(result.stderr, /ACPI/);
    assert.match(result.stderr, /quit\/powerdown failed - got timeout/);
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 300)?.status, 'running', 'not forced off');
  });

  it('reboot_after_update = false leaves the change pending and warns', async () => {
    e2e.sim.requests.length = 0;
    e2e.config(vmConfig({ cores: 8, user: 'ops', reboot: false }));
    const result = await e2e.ws.apply();
    assert.equal(calls(/\/qemu\/300\/status\/(shutdown|reboot|stop)$/).length, 0);
    assert.match(result.stdout + result.stderr, /Changes wait for a restart of VM 300/);
    assert.match(result.stdout + result.stderr, /cores/);
    assert.equal(e2e.sim.vms().find((g) => g.vmid === 300)?.pending.cores, '8');
  });

  it('destroys both', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(e2e.sim.vms(), []);
  });
});
