// proxmox_vm's mapping between model and QEMU config, and the diff an update applies.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configDiff } from '../../../src/providers/proxmox/resources/vm-apply.js';
import { decodeSshKeys, encodeSshKeys, newDiskValue, orderKeys, scalarValues, vmFromConfig } from '../../../src/providers/proxmox/resources/vm-config.js';
import { bootOrderLast, validateBootOrder } from '../../../src/providers/proxmox/resources/vm-boot-order.js';
import { ObjectView } from '../../../src/framework/object-view.js';
import { isUnknown, type Value } from '../../../src/values/types.js';
import { vmResource } from '../../../src/providers/proxmox/resources/vm.js';
import { BASE_EXTRAS, NO_DISK_EXTRAS, NO_HARDWARE, NO_NETWORK_EXTRAS } from './vm-fixtures.js';
import type { DiskModel, VmModel } from '../../../src/providers/proxmox/resources/vm-schema.js';

const disk = (fields: Partial<DiskModel> = {}): DiskModel => ({
  interface: 'scsi0',
  storage: 'local-lvm',
  size: '8G',
  format: null,
  cache: null,
  discard: null,
  ssd: null,
  iothread: null,
  volume: null,
  ...NO_DISK_EXTRAS,
  ...fields,
});

const plan = (fields: Partial<VmModel> = {}): VmModel => ({
  id: null,
  node: 'pve',
  vmid: 100,
  name: 'web',
  description: null,
  tags: ['web', 'prod'],
  cores: 2,
  sockets: 1,
  cpu_type: null,
  memory: 1024,
  balloon: null,
  bios: null,
  machine: null,
  os_type: null,
  scsi_hardware: null,
  boot_order: ['scsi0', 'net0'],
  agent: true,
  start_on_boot: null,
  template: null,
  cdrom: null,
  started: true,
  reboot_after_update: true,
  shutdown_timeout: 180,
  disk: [disk({ discard: true })],
  network: [{ model: 'virtio', bridge: 'vmbr0', vlan_id: 20, firewall: null, mac_address: null, ...NO_NETWORK_EXTRAS }],
  cloud_init: null,
  clone: null,
  ...NO_HARDWARE,
  ...fields,
});

const serverConfig = {
  name: 'web',
  tags: 'prod;web',
  cores: 2,
  sockets: 1,
  memory: '1024',
  boot: 'order=scsi0;net0',
  agent: '1',
  scsi0: 'local-lvm:vm-100-disk-0,discard=on,size=8G',
  net0: 'virtio=BC:24:11:0A:0B:0C,bridge=vmbr0,tag=20',
  smbios1: 'uuid=x',
  digest: 'abc',
};

describe('proxmox_vm config mapping', () => {
  it('allocates new disks in GiB with their options', () => {
    assert.equal(newDiskValue(disk({ size: '512M', ssd: true, discard: false })), 'local-lvm:0.5,discard=ignore,ssd=1');
  });

  it('writes sorted tags, the boot order and the agent flag', () => {
    const values = scalarValues(plan());
    assert.equal(values.tags, 'prod;web');
    assert.equal(values.boot, 'order=scsi0;net0');
    assert.equal(values.agent, '1');
    assert.equal(values.ide0, undefined);
  });

  it('reads a config back into the model it was made from', () => {
    const read = vmFromConfig({ id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS }, serverConfig, null);
    assert.equal(read.disk[0]?.volume, 'local-lvm:vm-100-disk-0');
    assert.equal(read.disk[0]?.discard, true);
    assert.equal(read.network[0]?.mac_address, 'BC:24:11:0A:0B:0C');
    assert.deepEqual(read.boot_order, ['scsi0', 'net0']);
    assert.equal(read.memory, 1024);
  });

  it('plans nothing when the server already matches, whatever the MAC it picked', () => {
    const current = vmFromConfig({ id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS }, serverConfig, null);
    const diff = configDiff({ ...plan(), disk: [disk({ discard: true, volume: 'local-lvm:vm-100-disk-0' })] }, current);
    assert.deepEqual(diff, { set: {}, remove: [], grow: {} });
  });

  it('grows disks, adds new ones, removes dropped keys and disks', () => {
    const current = vmFromConfig(
      { id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS },
      { ...serverConfig, scsi1: 'local-lvm:vm-100-disk-1,size=2G' },
      null,
    );
    const diff = configDiff(plan({ agent: null, disk: [disk({ size: '10G', discard: true }), disk({ interface: 'virtio0', size: '1G' })] }), current);
    assert.deepEqual(diff.grow, { scsi0: '10G' });
    assert.equal(diff.set.virtio0, 'local-lvm:1');
    assert.deepEqual(diff.remove.sort(), ['agent', 'scsi1']);
  });

  it('reads back a heredoc description, whose final newline Proxmox strips, as configured', () => {
    const prior = { ...plan(), description: 'line one\nline two\n' };
    const read = vmFromConfig(
      { id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS },
      { ...serverConfig, description: 'line one\nline two' },
      prior,
    );
    assert.equal(read.description, 'line one\nline two\n');
    const changed = vmFromConfig(
      { id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS },
      { ...serverConfig, description: 'other' },
      prior,
    );
    assert.equal(changed.description, 'other');
  });

  it('keeps SSH keys URL-encoded as Proxmox stores them', () => {
    const keys = ['ssh-ed25519 AAAA a@b', 'ssh-rsa BBBB c@d'];
    assert.equal(encodeSshKeys(keys), 'ssh-ed25519%20AAAA%20a%40b%0Assh-rsa%20BBBB%20c%40d');
    assert.deepEqual(decodeSshKeys(encodeSshKeys(keys)), keys);
  });

  it('orders devices as known first, then naturally', () => {
    assert.deepEqual(orderKeys(['scsi10', 'scsi2', 'virtio0', 'scsi1'], ['virtio0']), ['virtio0', 'scsi1', 'scsi2', 'scsi10']);
  });
});

describe('proxmox_vm boot order against what a config update does to it', () => {
  const errorsOf = (config: Record<string, Value>): string[] => {
    const errors: string[] = [];
    validateBootOrder({ config: new ObjectView(config), error: (path) => errors.push(JSON.stringify(path)), warn: () => {} });
    return errors;
  };
  const base = { clone: null, disk: [{ interface: 'scsi0' }], cdrom: null, cdrom_interface: null, cloud_init: null, network: [{}], usb: [], hostpci: [] };

  it('refuses at plan time a configured order naming a device the configuration does not define', () => {
    assert.deepEqual(errorsOf({ ...base, boot_order: ['scsi0', 'net0'] }), []);
    assert.equal(errorsOf({ ...base, boot_order: ['scsi0', 'ide2', 'net1'] }).length, 2);
    assert.deepEqual(errorsOf({ ...base, cdrom: 'local:iso/a.iso', cdrom_interface: 'sata0', boot_order: ['sata0'] }), []);
    // A clone inherits devices its configuration does not name.
    assert.deepEqual(errorsOf({ ...base, clone: { source_vmid: 9000 }, boot_order: ['virtio0'] }), []);
  });

  it('sends a configured order after a CD-ROM change, in a request of its own (the append may come after it)', () => {
    const current = vmFromConfig({ id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS }, serverConfig, null);
    const diff = configDiff({ ...plan(), cdrom: 'local:iso/a.iso', disk: [disk({ discard: true, volume: 'local-lvm:vm-100-disk-0' })] }, current);
    assert.deepEqual(bootOrderLast(diff.set), [{ ide2: 'local:iso/a.iso,media=cdrom' }, { boot: 'order=scsi0;net0' }]);
    assert.deepEqual(bootOrderLast({ cores: 2 }), [{ cores: 2 }]);
  });
});

describe('proxmox_vm machine against the version Proxmox pins for Windows guests', () => {
  const planned = (config: Record<string, Value>, prior: Record<string, Value>, plan: Record<string, Value>): Value => {
    let machine: Value = plan.machine ?? null;
    const hook = vmResource.modifyPlan as unknown as (ctx: object) => void;
    hook({
      creating: false,
      config: new ObjectView({ clone: null, disk: [], network: [], cloud_init: null, ...config }),
      prior: new ObjectView(prior),
      planned: new ObjectView({ clone: null, disk: [], network: [], cloud_init: null, ...plan }),
      provider: undefined,
      setPlanned: (name: string, value: Value) => {
        if (name === 'machine') machine = value;
      },
      requireReplace: () => {},
      error: () => {},
      warn: () => {},
      refuseUpdate: () => {},
    });
    return machine;
  };

  it('plans an unset machine as known after apply when the update makes the guest a Windows one', () => {
    assert.ok(isUnknown(planned({ machine: null, os_type: 'win11' }, { machine: null, os_type: 'l26' }, { machine: null, os_type: 'win11' })));
    assert.equal(planned({ machine: null, os_type: 'l26' }, { machine: null, os_type: 'win11' }, { machine: null, os_type: 'l26' }), null);
    assert.equal(planned({ machine: null, os_type: 'win11' }, { machine: 'q35', os_type: 'l26' }, { machine: 'q35', os_type: 'win11' }), 'q35');
  });

  it('sends a known machine along with an ostype change, so Proxmox pins nothing', () => {
    const current = vmFromConfig(
      { id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS },
      { ...serverConfig, machine: 'q35', ostype: 'l26' },
      null,
    );
    const diff = configDiff({ ...plan(), machine: 'q35', os_type: 'win11', disk: [disk({ discard: true, volume: 'local-lvm:vm-100-disk-0' })] }, current);
    assert.deepEqual(diff.set, { ostype: 'win11', machine: 'q35' });
  });
});
