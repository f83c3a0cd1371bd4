// proxmox_vm's hardware settings, disk/NIC options and firmware disks: written to the QEMU config
// and read back the same (table cases), the moves a storage change makes, the agent's outputs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configDiff } from '../../../src/providers/proxmox/resources/vm-apply.js';
import { scalarValues, vmFromConfig, newDiskValue, networkValue } from '../../../src/providers/proxmox/resources/vm-config.js';
import { diskMoves } from '../../../src/providers/proxmox/resources/vm-disk-move.js';
import { guestNetworkOutputs } from '../../../src/providers/proxmox/resources/vm-guest-network.js';
import type { VmModel } from '../../../src/providers/proxmox/resources/vm-schema.js';
import { BASE_EXTRAS, NO_CLOUD_INIT_EXTRAS, NO_DISK_EXTRAS, NO_NETWORK_EXTRAS, plainVm } from './vm-fixtures.js';

const vm = (fields: Partial<VmModel> = {}): VmModel => plainVm(fields);

const read = (config: Record<string, string | number>, prior: VmModel | null = null): VmModel =>
  vmFromConfig({ id: 'pve/100', node: 'pve', vmid: 100, started: true, clone: null, ...BASE_EXTRAS }, { ...config, digest: 'd' }, prior);

/** Each setting, the config values it writes; reading those back gives the setting again. */
const roundTrips: Array<{ name: string; model: Partial<VmModel>; config: Record<string, string | number> }> = [
  { name: 'CPU model with flags', model: { cpu_type: 'host', cpu_flags: ['+aes', '-pcid'] }, config: { cpu: 'host,flags=+aes;-pcid' } },
  {
    name: 'CPU tuning',
    model: { vcpus: 2, cpu_limit: 1.5, cpu_units: 200, cpu_affinity: '0-3,8', numa: true },
    config: { vcpus: 2, cpulimit: 1.5, cpuunits: 200, affinity: '0-3,8', numa: 1 },
  },
  { name: 'memory tuning', model: { memory_shares: 500, hugepages: '2' }, config: { shares: 500, hugepages: '2' } },
  {
    name: 'protection and hookscript',
    model: { protection: true, hookscript: 'local:snippets/hook.pl' },
    config: { protection: 1, hookscript: 'local:snippets/hook.pl' },
  },
  { name: 'agent with trim and type', model: { agent: true, agent_trim: true, agent_type: 'isa' }, config: { agent: '1,fstrim_cloned_disks=1,type=isa' } },
  { name: 'hotplug', model: { hotplug: ['disk', 'memory', 'network'] }, config: { hotplug: 'disk,memory,network' } },
  { name: 'hotplug off', model: { hotplug: [] }, config: { hotplug: '0' } },
  { name: 'serial ports', model: { serial: ['socket', '/dev/ttyS0'] }, config: { serial0: 'socket', serial1: '/dev/ttyS0' } },
  { name: 'start order', model: { startup: { order: 3, up: 30, down: null } }, config: { startup: 'order=3,up=30' } },
  { name: 'VGA', model: { vga: { type: 'qxl', memory: 32, clipboard: 'vnc' } }, config: { vga: 'type=qxl,memory=32,clipboard=vnc' } },
  {
    name: 'USB host and mapping',
    model: {
      usb: [
        { host: '0781:5567', mapping: null, usb3: null },
        { host: null, mapping: 'stick', usb3: true },
      ],
    },
    config: { usb0: 'host=0781:5567', usb1: 'mapping=stick,usb3=1' },
  },
  {
    name: 'PCI raw and mapped',
    model: {
      hostpci: [
        { device: '0000:01:00', mapping: null, pcie: true, rombar: false, mdev: null, x_vga: true },
        { device: null, mapping: 'gpu', pcie: null, rombar: null, mdev: 'nvidia-63', x_vga: null },
      ],
    },
    config: { hostpci0: 'host=0000:01:00,pcie=1,rombar=0,x-vga=1', hostpci1: 'mapping=gpu,mdev=nvidia-63' },
  },
  {
    name: 'RNG',
    model: { rng: { source: '/dev/urandom', max_bytes: 1024, period: 1000 } },
    config: { rng0: 'source=/dev/urandom,max_bytes=1024,period=1000' },
  },
  { name: 'watchdog', model: { watchdog: { model: 'i6300esb', action: 'reset' } }, config: { watchdog: 'model=i6300esb,action=reset' } },
  { name: 'audio', model: { audio: { device: 'ich9-intel-hda', driver: 'spice' } }, config: { audio0: 'device=ich9-intel-hda,driver=spice' } },
  {
    name: 'SMBIOS',
    model: { smbios: { uuid: null, manufacturer: 'truemox', product: 'lab', version: null, serial: null, sku: null, family: null } },
    config: { smbios1: 'manufacturer=truemox,product=lab' },
  },
];

describe('proxmox_vm hardware settings map to the QEMU config and back', () => {
  for (const { name, model, config } of roundTrips) {
    it(name, () => {
      const values = scalarValues(vm(model));
      for (const [key, value] of Object.entries(config)) assert.equal(String(values[key]), String(value), key);
      const back = read(config, vm(model));
      for (const [attr, value] of Object.entries(model)) assert.deepEqual(back[attr as keyof VmModel], value, attr);
    });
  }

  it('reads the bare forms Proxmox also accepts (vga, usb, hostpci, rng, watchdog, audio)', () => {
    const back = read({ vga: 'std', usb0: 'spice', hostpci0: '01:00.0,pcie=1', rng0: '/dev/random', watchdog: 'ib700', audio0: 'AC97' });
    assert.equal(back.vga?.type, 'std');
    assert.equal(back.usb[0]?.host, 'spice');
    assert.equal(back.hostpci[0]?.device, '01:00.0');
    assert.equal(back.hostpci[0]?.pcie, true);
    assert.equal(back.rng?.source, '/dev/random');
    assert.equal(back.watchdog?.model, 'ib700');
    assert.deepEqual(back.audio, { device: 'AC97', driver: 'spice' });
  });

  it('a UUID Proxmox generated is not shown as an smbios block the configuration never set', () => {
    assert.equal(read({ smbios1: 'uuid=5b3f0f3e-8c7a-4d2e-9a57-1f0e0b6c2d11' }).smbios, null);
    assert.equal(read({ smbios1: 'uuid=5b3f0f3e-8c7a-4d2e-9a57-1f0e0b6c2d11,manufacturer=x' }).smbios?.manufacturer, 'x');
  });

  it('never removes smbios1 (Proxmox writes the UUID itself)', () => {
    const diff = configDiff(vm(), read({ smbios1: 'uuid=5b3f0f3e-8c7a-4d2e-9a57-1f0e0b6c2d11,manufacturer=x' }));
    assert.equal(diff.remove.includes('smbios1'), false);
  });
});

describe('proxmox_vm firmware disks and disk moves', () => {
  const efi = { storage: 'local-lvm', type: '4m', pre_enrolled_keys: true, format: null, volume: null };
  const tpm = { storage: 'local-lvm', version: 'v2.0', volume: null };

  it('creates an EFI disk and TPM state as STORAGE:1 with their options', () => {
    const diff = configDiff(vm({ efi_disk: efi, tpm_state: tpm }), vm());
    assert.equal(diff.set.efidisk0, 'local-lvm:1,efitype=4m,pre-enrolled-keys=1');
    assert.equal(diff.set.tpmstate0, 'local-lvm:1,version=v2.0');
  });

  it("reads them back from the stored values (ms-cert and size are the server's)", () => {
    const back = read({
      efidisk0: 'local-lvm:vm-100-disk-0,efitype=4m,ms-cert=2023k,pre-enrolled-keys=1,size=528K',
      tpmstate0: 'local-lvm:vm-100-disk-1,size=4M,version=v2.0',
    });
    assert.deepEqual(back.efi_disk, { ...efi, volume: 'local-lvm:vm-100-disk-0' });
    assert.deepEqual(back.tpm_state, { ...tpm, volume: 'local-lvm:vm-100-disk-1' });
    assert.deepEqual(configDiff(vm({ efi_disk: efi, tpm_state: tpm }), back), { set: {}, remove: [], grow: {} });
  });

  it('a storage change is a move, not a new disk; an unchanged storage moves nothing', () => {
    const disk = {
      interface: 'scsi0',
      storage: 'local-lvm',
      size: '8G',
      format: null,
      cache: null,
      discard: null,
      ssd: null,
      iothread: null,
      volume: 'local-lvm:vm-100-disk-2',
      ...NO_DISK_EXTRAS,
    };
    const current = vm({ disk: [disk], efi_disk: { ...efi, volume: 'local-lvm:vm-100-disk-0' } });
    assert.deepEqual(diskMoves(current, current), []);
    const moved = vm({ disk: [{ ...disk, storage: 'fast', format: 'qcow2', volume: null }], efi_disk: { ...efi, storage: 'fast' } });
    assert.deepEqual(diskMoves(moved, current), [
      { disk: 'scsi0', storage: 'fast', format: 'qcow2' },
      { disk: 'efidisk0', storage: 'fast' },
    ]);
  });
});

describe('proxmox_vm disk and NIC options', () => {
  const disk = {
    interface: 'scsi1',
    storage: 'local-lvm',
    size: null,
    format: null,
    cache: null,
    discard: true,
    ssd: null,
    iothread: null,
    volume: null,
    ...NO_DISK_EXTRAS,
  };

  it('imports a disk with the special size 0', () => {
    assert.equal(newDiskValue({ ...disk, import_from: 'local:import/debian.qcow2' }), 'local-lvm:0,discard=on,import-from=local:import/debian.qcow2');
  });

  it('writes and reads the limits and flags', () => {
    const options = { aio: 'native', backup: false, replicate: false, serial: 'abc', mbps_rd: 100, mbps_wr: 50.5, iops_rd: 1000, iops_wr: 500 };
    const value = newDiskValue({ ...disk, size: '8G', ...options });
    assert.equal(value, 'local-lvm:8,discard=on,aio=native,backup=0,replicate=0,serial=abc,mbps_rd=100,mbps_wr=50.5,iops_rd=1000,iops_wr=500');
    const back = read({ scsi1: `local-lvm:vm-100-disk-0,${value.split(',').slice(1).join(',')},size=8G` });
    assert.deepEqual(
      { ...back.disk[0], import_from: null },
      { ...disk, size: '8G', storage: 'local-lvm', format: null, volume: 'local-lvm:vm-100-disk-0', ...options, import_from: null },
    );
  });

  it('writes NIC options and reads them back, trunks as numbers', () => {
    const nic = {
      model: 'virtio',
      bridge: 'vmbr0',
      vlan_id: null,
      firewall: null,
      mac_address: 'BC:24:11:00:00:01',
      ...NO_NETWORK_EXTRAS,
      mtu: 9000,
      rate: 12.5,
      queues: 4,
      trunks: [10, 20],
      link_down: true,
    };
    const value = networkValue(nic);
    assert.equal(value, 'virtio=BC:24:11:00:00:01,bridge=vmbr0,mtu=9000,rate=12.5,queues=4,trunks=10;20,link_down=1');
    assert.deepEqual(read({ net0: value }).network[0], nic);
  });

  it('writes cicustom and ciupgrade with the other cloud-init keys', () => {
    const cloudInit = {
      storage: 'local-lvm',
      user: null,
      password: null,
      ssh_keys: null,
      ip_config: null,
      dns_servers: null,
      search_domain: null,
      ...NO_CLOUD_INIT_EXTRAS,
      user_data: 'local:snippets/user.yaml',
      network_data: 'local:snippets/net.yaml',
      upgrade: false,
    };
    const values = scalarValues(vm({ cloud_init: cloudInit }));
    assert.equal(values.cicustom, 'user=local:snippets/user.yaml,network=local:snippets/net.yaml');
    assert.equal(values.ciupgrade, 0);
    const back = read({ ide0: 'local-lvm:vm-100-cloudinit,media=cdrom', cicustom: String(values.cicustom), ciupgrade: 0 });
    assert.deepEqual(back.cloud_init, cloudInit);
  });
});

describe('proxmox_vm guest agent outputs', () => {
  it('leaves out loopback interfaces and loopback/link-local addresses', () => {
    const outputs = guestNetworkOutputs([
      { name: 'lo', 'ip-addresses': [{ 'ip-address': '127.0.0.1', 'ip-address-type': 'ipv4' }] },
      {
        name: 'eth0',
        'ip-addresses': [
          { 'ip-address': '192.168.1.20', 'ip-address-type': 'ipv4', prefix: 24 },
          { 'ip-address': '169.254.3.3', 'ip-address-type': 'ipv4', prefix: 16 },
          { 'ip-address': 'fe80::1', 'ip-address-type': 'ipv6', prefix: 64 },
          { 'ip-address': '2001:db8::20', 'ip-address-type': 'ipv6', prefix: 64 },
        ],
      },
      { name: 'docker0' },
    ]);
    assert.deepEqual(outputs, { ipv4_addresses: ['192.168.1.20'], ipv6_addresses: ['2001:db8::20'], network_interface_names: ['eth0', 'docker0'] });
  });
});
