// A cloned proxmox_vm manages only what its configuration names: what it inherited from the
// template is neither deleted by the diff nor shown in state.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configDiff } from '../../../src/providers/proxmox/resources/vm-apply.js';
import { vmFromConfig } from '../../../src/providers/proxmox/resources/vm-config.js';
import { managedPart } from '../../../src/providers/proxmox/resources/vm-inherit.js';
import type { VmModel } from '../../../src/providers/proxmox/resources/vm-schema.js';
import { BASE_EXTRAS, NO_DISK_EXTRAS, NO_HARDWARE, NO_NETWORK_EXTRAS } from './vm-fixtures.js';

/** A clone whose configuration states only `cores`. */
const clonePlan = (fields: Partial<VmModel> = {}): VmModel => ({
  id: null,
  node: 'pve',
  vmid: 101,
  name: null,
  description: null,
  tags: null,
  cores: 4,
  sockets: null,
  cpu_type: null,
  memory: null,
  balloon: null,
  bios: null,
  machine: null,
  os_type: null,
  scsi_hardware: null,
  boot_order: null,
  agent: null,
  start_on_boot: null,
  template: null,
  cdrom: null,
  started: true,
  reboot_after_update: true,
  shutdown_timeout: 180,
  disk: [],
  network: [],
  cloud_init: null,
  clone: { source_vmid: 9000, full: true, snapshot: null },
  ...NO_HARDWARE,
  ...fields,
});

/** What the clone of an OVMF template with a disk, two NICs and cloud-init looks like. */
const clonedConfig = {
  name: 'Copy-of-golden',
  cores: '2',
  memory: '4096',
  bios: 'ovmf',
  machine: 'q35',
  boot: 'order=scsi0;net0',
  agent: '1',
  scsihw: 'virtio-scsi-single',
  scsi0: 'local-lvm:vm-101-disk-0,cache=writeback,iothread=1,size=16G',
  efidisk0: 'local-lvm:vm-101-disk-1,size=4M',
  net0: 'virtio=BC:24:11:00:00:01,bridge=vmbr0,tag=20',
  net1: 'e1000=BC:24:11:00:00:02,bridge=vmbr1',
  ide0: 'local-lvm:vm-101-cloudinit,media=cdrom',
  ciuser: 'debian',
  ipconfig0: 'ip=dhcp',
  digest: 'd',
};

const whole = (config: Record<string, string> = clonedConfig) =>
  vmFromConfig(
    { id: 'pve/101', node: 'pve', vmid: 101, started: true, clone: { source_vmid: 9000, full: true, snapshot: null }, ...BASE_EXTRAS },
    config,
    null,
  );

describe('a cloned proxmox_vm keeps what it inherits', () => {
  it('changes only the declared setting: no disk, NIC, firmware or memory is removed', () => {
    const diff = configDiff(clonePlan(), whole());
    assert.deepEqual(diff, { set: { cores: 4 }, remove: [], grow: {} });
  });

  it('a VM created empty is still brought to exactly its configuration', () => {
    const diff = configDiff({ ...clonePlan(), clone: null }, whole());
    assert.ok(diff.remove.includes('scsi0') && diff.remove.includes('net1') && diff.remove.includes('bios'), JSON.stringify(diff.remove));
    assert.ok(!diff.remove.includes('boot') && !diff.remove.includes('machine'), 'keys Proxmox writes itself are left alone');
  });

  it('a declared disk or NIC keeps the options it inherited and only changes what it states', () => {
    const plan = clonePlan({
      disk: [
        {
          interface: 'scsi0',
          storage: null,
          size: '32G',
          format: null,
          cache: null,
          discard: true,
          ssd: null,
          iothread: null,
          volume: null,
          ...NO_DISK_EXTRAS,
        },
      ],
      network: [{ model: 'virtio', bridge: 'vmbr0', vlan_id: null, firewall: true, mac_address: null, ...NO_NETWORK_EXTRAS }],
    });
    const diff = configDiff(plan, whole());
    assert.equal(diff.set.scsi0, 'local-lvm:vm-101-disk-0,cache=writeback,discard=on,iothread=1');
    assert.equal(diff.set.net0, 'virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1,tag=20');
    assert.deepEqual(diff.grow, { scsi0: '32G' });
    assert.deepEqual(diff.remove, []);
  });

  it('state shows only the managed part, so an unstated setting never plans a change', () => {
    const plan = clonePlan({ network: [{ model: 'virtio', bridge: 'vmbr0', vlan_id: null, firewall: null, mac_address: null, ...NO_NETWORK_EXTRAS }] });
    const state = managedPart(whole(), plan);
    assert.equal(state.bios, null);
    assert.equal(state.name, null);
    assert.equal(state.agent, null);
    assert.deepEqual(state.disk, []);
    assert.equal(state.network.length, 1);
    assert.equal(state.network[0]?.vlan_id, null);
    assert.equal(state.network[0]?.mac_address, 'BC:24:11:00:00:01');
    assert.equal(state.cloud_init, null);
    // Computed settings show what the clone has.
    assert.equal(state.cores, 2);
    assert.equal(state.memory, 4096);
    assert.equal(state.machine, 'q35');
    assert.deepEqual(state.boot_order, ['scsi0', 'net0']);
  });

  it('a managed setting still shows drift', () => {
    const state = managedPart(whole({ ...clonedConfig, bios: 'seabios' }), clonePlan({ bios: 'ovmf' }));
    assert.equal(state.bios, 'seabios');
  });
});
