import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildDisk,
  buildNetDevice,
  buildPropertyString,
  formatSize,
  formatUpid,
  parseDisk,
  parseNetDevice,
  parsePropertyString,
  parseSize,
  parseUpid,
  storageOfVolume,
} from '../../../src/clients/proxmox/index.js';

test('property strings parse into a bare value and keyed options, and build back', () => {
  assert.deepEqual(parsePropertyString('local-lvm:32,ssd=1,discard=on'), { bare: 'local-lvm:32', props: { ssd: '1', discard: 'on' } });
  assert.deepEqual(parsePropertyString('enabled=1,fstrim_cloned_disks=1'), { props: { enabled: '1', fstrim_cloned_disks: '1' } });
  assert.equal(buildPropertyString({ ssd: true, iothread: false, cache: undefined, discard: 'on' }, 'local-lvm:8'), 'local-lvm:8,ssd=1,iothread=0,discard=on');
});

test('NIC strings: model=MAC form, model-only form, options', () => {
  const nic = parseNetDevice('virtio=BC:24:11:AA:BB:CC,bridge=vmbr0,firewall=1,tag=10,rate=12.5');
  assert.deepEqual(nic, { model: 'virtio', macaddr: 'BC:24:11:AA:BB:CC', bridge: 'vmbr0', firewall: true, tag: 10, options: { rate: '12.5' } });
  assert.equal(buildNetDevice(nic), 'virtio=BC:24:11:AA:BB:CC,bridge=vmbr0,firewall=1,tag=10,rate=12.5');
  assert.equal(buildNetDevice({ model: 'e1000', bridge: 'vmbr1', options: {} }), 'model=e1000,bridge=vmbr1');
  assert.equal(parseNetDevice('model=e1000,macaddr=BC:24:11:00:00:01').macaddr, 'BC:24:11:00:00:01');
});

test('disk strings: volume, size and options', () => {
  const disk = parseDisk('local-lvm:vm-100-disk-0,discard=on,size=32G,ssd=1');
  assert.deepEqual(disk, { volume: 'local-lvm:vm-100-disk-0', size: '32G', options: { discard: 'on', ssd: '1' } });
  assert.equal(buildDisk(disk), 'local-lvm:vm-100-disk-0,discard=on,ssd=1');
  assert.equal(parseDisk('file=local:iso/x.iso,media=cdrom').volume, 'local:iso/x.iso');
  assert.equal(storageOfVolume('local-lvm:vm-100-disk-0'), 'local-lvm');
  assert.equal(storageOfVolume('none'), undefined);
});

test('sizes use the largest exact unit, as the server prints them', () => {
  assert.equal(parseSize('32G'), 32 * 1024 ** 3);
  assert.equal(parseSize('1.5G'), 1536 * 1024 ** 2);
  assert.equal(parseSize('abc'), undefined);
  assert.equal(formatSize(32 * 1024 ** 3), '32G');
  assert.equal(formatSize(1536 * 1024 ** 2), '1536M');
  assert.equal(formatSize(1000), '1000');
  assert.equal(formatSize(2 * 1024 ** 4), '2T');
});

test('UPIDs round-trip with upper-case zero-padded hex and the trailing colon', () => {
  const text = 'UPID:pve:000C2F3A:01A2B3C4:66F1A2B3:qmcreate:100:root@pam!tf:';
  const upid = parseUpid(text);
  assert.deepEqual(upid, { node: 'pve', pid: 0xc2f3a, pstart: 0x1a2b3c4, starttime: 0x66f1a2b3, type: 'qmcreate', id: '100', user: 'root@pam!tf' });
  assert.equal(formatUpid(upid!), text);
  assert.equal(parseUpid('UPID:pve:000C2F3A:01A2B3C4:66F1A2B3:qmcreate:100:root@pam!tf'), undefined);
  assert.equal(parseUpid('not a upid'), undefined);
});
