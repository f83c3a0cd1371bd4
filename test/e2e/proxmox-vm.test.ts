// proxmox_vm driven by the real terraform against the Proxmox simulator: create, stable plans,
// in-place updates, disk growth and refused shrink, replacement, drift, deletion outside,
// import, clone from a template, a start that fails, destroy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startProxmoxE2e, type ProxmoxE2e } from '../providers/proxmox/harness.js';

function vmConfig(fields: { cores?: number; size?: string; mac?: string; extraDisk?: boolean; tags?: string; node?: string } = {}): string {
  return `
resource "proxmox_vm" "web" {
  node        = "${fields.node ?? 'pve'}"
  name        = "web"
  description = "managed by terraform"
  cores       = ${fields.cores ?? 2}
  memory      = 1024
  tags        = [${fields.tags ?? '"web", "prod"'}]
  boot_order  = ["scsi0", "net0"]
  cdrom       = "local:iso/debian-12.7.0-amd64-netinst.iso"

  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "${fields.size ?? '8G'}"
    discard   = true
    ssd       = true
  }
${
  fields.extraDisk
    ? `  disk {
    interface = "scsi1"
    storage   = "local-lvm"
    size      = "2G"
  }
`
    : ''
}
  network {
    bridge  = "vmbr0"
    vlan_id = 20
    ${fields.mac ? `mac_address = "${fields.mac}"` : ''}
  }

  cloud_init {
    storage   = "local-lvm"
    user      = "admin"
    password  = "s3cret-pw"
    ssh_keys  = ["ssh-ed25519 AAAAC3Nza admin@laptop"]
    ip_config = ["ip=dhcp"]
    dns_servers = ["10.0.0.1"]
  }
}
`;
}

describe('proxmox_vm with terraform', () => {
  let e2e: ProxmoxE2e;
  const vm = () => e2e.resource('proxmox_vm.web');
  const simVm = async () => {
    const vmid = Number((await vm()).values.vmid);
    const found = e2e.sim.vms().find((g) => g.vmid === vmid);
    assert.ok(found, `VM ${vmid} exists in the simulator`);
    return found;
  };

  before(async () => {
    e2e = await startProxmoxE2e();
  });
  after(() => e2e?.close());

  it('refuses bad configuration with diagnostics naming the attribute', async () => {
    e2e.config(`
resource "proxmox_vm" "bad" {
  node = "pve"
  cores = 0
  tags = ["Web"]
  template = true
  disk {
    interface = "scsi99"
    storage = "local-lvm"
    size = "8 gigs"
  }
}`);
    const result = await e2e.ws.run(['validate', '-no-color']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /"cores" must be between 1 and 1024, got 0/);
    assert.match(result.stderr, /"interface" must be scsiN/);
    assert.match(result.stderr, /"size" must be a size with a unit/);
    assert.match(result.stderr, /Set started = false on a VM with template = true/);
    assert.match(result.stderr, /"tags" must hold lower-case tags [^]*got "Web"/);
  });

  it('creates a started VM with disks, a NIC with a generated MAC and cloud-init', async () => {
    e2e.config(vmConfig());
    await e2e.ws.apply();
    const state = await vm();
    assert.equal(state.values.id, `pve/${state.values.vmid}`);
    assert.equal(state.values.started, true);
    const [disk] = state.values.disk as Array<Record<string, unknown>>;
    assert.match(String(disk?.volume), /^local-lvm:vm-\d+-disk-0$/);
    const [nic] = state.values.network as Array<Record<string, unknown>>;
    assert.match(String(nic?.mac_address), /^BC:24:11:/);
    const guest = await simVm();
    assert.equal(guest.status, 'running');
    assert.match(guest.config.scsi0 ?? '', /discard=on/);
    assert.match(guest.config.net0 ?? '', /tag=20/);
    assert.equal(guest.config.ciuser, 'admin');
    assert.equal(guest.config.ide0, `local-lvm:vm-${guest.vmid}-cloudinit,media=cdrom`);
    assert.match(JSON.stringify(state.sensitive_values?.cloud_init), /"password":true/);
  });

  it('plans no changes after apply', async () => {
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('keeps plans empty across unit, case and order spellings', async () => {
    const mac = String(((await vm()).values.network as Array<Record<string, unknown>>)[0]?.mac_address).toLowerCase();
    e2e.config(vmConfig({ size: '8192M', mac, tags: '"prod", "web"' }));
    const plan = await e2e.ws.planHasChanges();
    assert.equal(plan.changes, false, plan.output);
  });

  it('updates in place: cores, a grown disk and a new disk', async () => {
    const before = await simVm();
    e2e.config(vmConfig({ cores: 4, size: '12G', extraDisk: true }));
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /will be updated in-place/);
    await e2e.ws.apply();
    const guest = await simVm();
    assert.equal(guest.vmid, before.vmid);
    assert.equal(guest.config.cores, '4');
    assert.match(guest.config.scsi0 ?? '', /size=12G/);
    assert.match(guest.config.scsi1 ?? '', /size=2G/);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('refuses to shrink a disk, naming the attribute: warned at plan time, refused at apply before any change', async () => {
    e2e.config(vmConfig({ cores: 4, size: '4G', extraDisk: true }));
    const plan = await e2e.ws.expect(['plan', '-no-color', '-input=false']);
    assert.match(plan.stdout + plan.stderr, /Warning: Disks cannot shrink/);
    const result = await e2e.ws.run(['apply', '-auto-approve', '-no-color', '-input=false']);
    assert.equal(result.code, 1);
    assert.match(e2e.sim.vms().find((g) => g.config.name === 'web')?.config.scsi0 ?? '', /size=12G/, 'nothing changed');
    assert.match(result.stderr, /Disks cannot shrink/);
    assert.match(result.stderr, /scsi0 is 12G; Proxmox cannot shrink it to 4G/);
    assert.match(result.stderr, /disk\[0\]\.size|size\s+=\s+"4G"/);
  });

  it('removes a dropped disk and its volume', async () => {
    e2e.config(vmConfig({ cores: 4, size: '12G' }));
    await e2e.ws.apply();
    const guest = await simVm();
    assert.equal(guest.config.scsi1, undefined);
    assert.equal(e2e.sim.volumes('local-lvm').filter((v) => v.vmid === guest.vmid && v.name.includes('disk-1')).length, 0);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('detects drift and puts it back', async () => {
    const guest = await simVm();
    guest.config.cores = '7';
    guest.status = 'stopped';
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /~ cores\s+= 7 -> 4/);
    assert.match(plan.output, /~ started\s+= false -> true/);
    await e2e.ws.apply();
    assert.equal((await simVm()).config.cores, '4');
    assert.equal((await simVm()).status, 'running');
  });

  it('recreates a VM deleted outside terraform', async () => {
    const guest = await simVm();
    e2e.sim.state.guests.delete(guest.vmid);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /proxmox_vm\.web will be created/);
    await e2e.ws.apply();
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('imports a VM by NODE/VMID', async () => {
    e2e.sim.state.guests.set(990, {
      kind: 'qemu',
      vmid: 990,
      node: 'pve',
      config: { name: 'legacy', cores: '2', memory: '2048', net0: 'virtio=BC:24:11:AA:BB:CC,bridge=vmbr0' },
      pending: {},
      pendingDelete: new Set(),
      status: 'stopped',
      snapshots: new Map(),
    });
    e2e.config(`${vmConfig({ cores: 4, size: '12G' })}
import {
  to = proxmox_vm.legacy
  id = "pve/990"
}
resource "proxmox_vm" "legacy" {
  node    = "pve"
  name    = "legacy"
  cores   = 2
  memory  = 2048
  started = false
  network {}
}`);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /proxmox_vm\.legacy will be imported/);
    assert.doesNotMatch(plan.output, /proxmox_vm\.legacy will be updated/);
    await e2e.ws.apply();
    const missing = await e2e.ws.run(['import', '-no-color', '-input=false', 'proxmox_vm.ghost', 'pve/4242']);
    assert.notEqual(missing.code, 0);
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('clones a template, full and linked', async () => {
    e2e.config(`${vmConfig({ cores: 4, size: '12G' })}
resource "proxmox_vm" "template" {
  node     = "pve"
  vmid     = 9000
  name     = "golden"
  template = true
  started  = false
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "4G"
  }
  network {}
}
resource "proxmox_vm" "clone" {
  node   = "pve"
  name   = "from-golden"
  memory = 768
  clone {
    source_vmid = proxmox_vm.template.vmid
  }
  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "6G"
  }
  network {}
}`);
    await e2e.ws.apply();
    const clone = await e2e.resource('proxmox_vm.clone');
    const guest = e2e.sim.vms().find((g) => g.vmid === Number(clone.values.vmid));
    assert.ok(guest);
    assert.equal(guest.config.name, 'from-golden');
    assert.equal(guest.config.memory, '768');
    assert.match(guest.config.scsi0 ?? '', /size=6G/);
    assert.equal(guest.status, 'running');
    assert.equal((await e2e.ws.planHasChanges()).changes, false);
  });

  it('replaces the VM when its vmid changes', async () => {
    const before = Number((await vm()).values.vmid);
    e2e.config(`${vmConfig({ cores: 4, size: '12G' }).replace('node        = "pve"', 'node = "pve"\n  vmid = 4321')}`);
    const plan = await e2e.ws.planHasChanges();
    assert.match(plan.output, /must be replaced/);
    await e2e.ws.apply();
    assert.equal(Number((await vm()).values.vmid), 4321);
    assert.equal(
      e2e.sim.vms().some((g) => g.vmid === before),
      false,
    );
  });

  it('destroys every VM', async () => {
    await e2e.ws.destroy();
    assert.deepEqual(await e2e.ws.resources(), []);
    assert.deepEqual(
      e2e.sim.vms().map((g) => g.vmid),
      [],
    );
  });
});
