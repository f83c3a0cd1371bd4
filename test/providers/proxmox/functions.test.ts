// The proxmox provider functions: volume ids and property strings, in and out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FunctionArgumentError } from '../../../src/framework/function.js';
import { buildPropertyStringFunction, parsePropertyStringFunction } from '../../../src/providers/proxmox/functions/property-string.js';
import { parseVolumeIdFunction } from '../../../src/providers/proxmox/functions/volume-id.js';

const blames = (argument: number, message: RegExp) => (error: unknown) =>
  error instanceof FunctionArgumentError && error.argument === argument && message.test(error.message);

describe('parse_volume_id', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['local-lvm:vm-100-disk-0', { storage: 'local-lvm', volume: 'vm-100-disk-0', name: 'vm-100-disk-0', vmid: 100, content_dir: null }],
    ['local:100/vm-100-disk-0.qcow2', { storage: 'local', volume: '100/vm-100-disk-0.qcow2', name: 'vm-100-disk-0.qcow2', vmid: 100, content_dir: null }],
    [
      'local:100/base-100-disk-0.raw/101/vm-101-disk-0.qcow2',
      { storage: 'local', volume: '100/base-100-disk-0.raw/101/vm-101-disk-0.qcow2', name: 'vm-101-disk-0.qcow2', vmid: 100, content_dir: null },
    ],
    ['zfs:subvol-205-disk-1', { storage: 'zfs', volume: 'subvol-205-disk-1', name: 'subvol-205-disk-1', vmid: 205, content_dir: null }],
    ['local:iso/debian-12.iso', { storage: 'local', volume: 'iso/debian-12.iso', name: 'debian-12.iso', vmid: null, content_dir: 'iso' }],
    [
      'local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
      {
        storage: 'local',
        volume: 'vztmpl/debian-12-standard_12.7-1_amd64.tar.zst',
        name: 'debian-12-standard_12.7-1_amd64.tar.zst',
        vmid: null,
        content_dir: 'vztmpl',
      },
    ],
    [
      'truenas-iscsi:0.0.0.scsi-36589cfc000000',
      { storage: 'truenas-iscsi', volume: '0.0.0.scsi-36589cfc000000', name: '0.0.0.scsi-36589cfc000000', vmid: null, content_dir: null },
    ],
  ];
  for (const [volid, expected] of cases) {
    it(volid, () => assert.deepEqual(parseVolumeIdFunction.run([volid]), expected));
  }

  it('refuses what is no volume id, blaming the argument', () => {
    for (const text of ['vm-100-disk-0', ':vm-100', 'local-:x', 'local:', '1local:vm-1-disk-0']) {
      assert.throws(() => parseVolumeIdFunction.run([text]), blames(0, /must be a volume id such as/), text);
    }
  });
});

describe('parse_property_string and build_property_string', () => {
  const cases: [string, string | null, Record<string, string>][] = [
    ['local-lvm:vm-100-disk-0,size=32G', 'file', { file: 'local-lvm:vm-100-disk-0', size: '32G' }],
    ['virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1', null, { virtio: 'BC:24:11:00:00:01', bridge: 'vmbr0', firewall: '1' }],
    ['ip=10.0.0.5/24,gw=10.0.0.1', 'ip', { ip: '10.0.0.5/24', gw: '10.0.0.1' }],
    ['', null, {}],
  ];
  for (const [text, defaultKey, map] of cases) {
    it(`"${text}" with default key ${String(defaultKey)}`, () => {
      assert.deepEqual(parsePropertyStringFunction.run([text, defaultKey]), map);
      const built = String(buildPropertyStringFunction.run([map, defaultKey]));
      assert.deepEqual(parsePropertyStringFunction.run([built, defaultKey]), map, 'round trip');
    });
  }

  it('writes the default key first without its name', () => {
    assert.equal(buildPropertyStringFunction.run([{ size: '32G', file: 'local-lvm:32', ssd: '1' }, 'file']), 'local-lvm:32,size=32G,ssd=1');
    assert.equal(buildPropertyStringFunction.run([{ bridge: 'vmbr0' }, 'model']), 'bridge=vmbr0', 'a default key that is absent is no part');
  });

  it('blames the argument of a bad input', () => {
    assert.throws(() => parsePropertyStringFunction.run(['local-lvm:32,ssd=1', null]), blames(1, /value without a key \("local-lvm:32"\)/));
    assert.throws(() => parsePropertyStringFunction.run(['local-lvm:32,file=x', 'file']), blames(0, /gives file twice/));
    assert.throws(() => buildPropertyStringFunction.run([{ bridge: 'a,b' }, null]), blames(0, /must not contain a comma/));
    assert.throws(() => buildPropertyStringFunction.run([{ 'a=b': 'x' }, null]), blames(0, /key "a=b" must be a word/));
  });
});
