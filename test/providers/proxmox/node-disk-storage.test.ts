// The mappings of proxmox_node_disk_*: ZFS layouts refused at plan time, a pool's layout read
// back from `zpool status -P`, the import id, and the in-use refusal as an attribute error.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProxmoxApiError, ProxmoxTaskError } from '../../../src/clients/proxmox/errors.js';
import type { NodeDisk, ZfsVdev } from '../../../src/clients/proxmox/index.js';
import { AttributeError, pathToString } from '../../../src/framework/diagnostics.js';
import { inUseError, parseNodeDiskId } from '../../../src/providers/proxmox/shared/node-disk-storage.js';
import { zfsLayoutOf, zfsLayoutProblem, type ZfsLayout } from '../../../src/providers/proxmox/shared/zfs-raid-layout.js';

describe('zfsLayoutProblem: the disk counts PVE/API2/Disks/ZFS.pm checks', () => {
  const cases: Array<[ZfsLayout, string | undefined]> = [
    [{ raidlevel: 'single', devices: 1 }, undefined],
    [{ raidlevel: 'single', devices: 2 }, 'devices: single takes exactly one disk, not 2; use mirror, raid10 or raidz for more.'],
    [{ raidlevel: 'mirror', devices: 1 }, 'devices: mirror needs at least 2 disks, not 1.'],
    [{ raidlevel: 'mirror', devices: 3 }, undefined],
    [{ raidlevel: 'raid10', devices: 4 }, undefined],
    [{ raidlevel: 'raid10', devices: 5 }, 'devices: raid10 stripes over mirrored pairs and needs an even number of disks, not 5.'],
    [{ raidlevel: 'raid10', devices: 2 }, 'devices: raid10 needs at least 4 disks, not 2.'],
    [{ raidlevel: 'raidz', devices: 3 }, undefined],
    [{ raidlevel: 'raidz2', devices: 3 }, 'devices: raidz2 needs at least 4 disks, not 3.'],
    [{ raidlevel: 'raidz3', devices: 5 }, undefined],
    [{ raidlevel: 'draid', devices: 3 }, undefined],
    [
      { raidlevel: 'draid', devices: 3, draidData: 2, draidSpares: 1 },
      'devices: This dRAID configuration (draid, data 2, spares 1) needs at least 4 disks, not 3.',
    ],
    [{ raidlevel: 'draid2', devices: 6, draidData: 3, draidSpares: 1 }, undefined],
    [{ raidlevel: 'mirror', devices: 2, draidData: 1, draidSpares: 0 }, 'draid_data: draid_data and draid_spares are for the dRAID levels only, not "mirror".'],
  ];
  for (const [layout, expected] of cases) {
    it(`${layout.raidlevel} on ${layout.devices} disk(s)${layout.draidData !== undefined ? ` (data ${layout.draidData}, spares ${layout.draidSpares})` : ''}`, () => {
      const problem = zfsLayoutProblem(layout);
      assert.equal(problem === undefined ? undefined : `${problem.attribute}: ${problem.detail}`, expected);
    });
  }
});

describe('zfsLayoutOf: RAID level and member disks from the status tree', () => {
  const disks: NodeDisk[] = [
    { devpath: '/dev/sdb', by_id_link: '/dev/disk/by-id/ata-DISK_B' },
    { devpath: '/dev/sdc', by_id_link: '/dev/disk/by-id/ata-DISK_C' },
    { devpath: '/dev/sdd', by_id_link: '/dev/disk/by-id/ata-DISK_D' },
    { devpath: '/dev/nvme0n1', by_id_link: '/dev/disk/by-id/nvme-DISK_N' },
  ];
  const leaf = (name: string): ZfsVdev => ({ name, state: 'ONLINE' });
  const tree = (...top: ZfsVdev[]) => ({ children: [{ name: 'tank', children: top }] });
  const cases: Array<[string, { children?: ZfsVdev[] }, { raidlevel: string; devices: string[] }]> = [
    ['a single disk', tree(leaf('/dev/disk/by-id/ata-DISK_B-part1')), { raidlevel: 'single', devices: ['/dev/sdb'] }],
    [
      'a mirror',
      tree({ name: 'mirror-0', children: [leaf('/dev/disk/by-id/ata-DISK_B-part1'), leaf('/dev/disk/by-id/ata-DISK_C-part1')] }),
      { raidlevel: 'mirror', devices: ['/dev/sdb', '/dev/sdc'] },
    ],
    [
      'raid10: two mirrors',
      tree(
        { name: 'mirror-0', children: [leaf('/dev/disk/by-id/ata-DISK_B-part1'), leaf('/dev/disk/by-id/ata-DISK_C-part1')] },
        { name: 'mirror-1', children: [leaf('/dev/disk/by-id/ata-DISK_D-part1'), leaf('/dev/disk/by-id/nvme-DISK_N-part1')] },
      ),
      { raidlevel: 'raid10', devices: ['/dev/sdb', '/dev/sdc', '/dev/sdd', '/dev/nvme0n1'] },
    ],
    [
      'raidz2',
      tree({ name: 'raidz2-0', children: [leaf('/dev/sdb1'), leaf('/dev/sdc1'), leaf('/dev/nvme0n1p1')] }),
      { raidlevel: 'raidz2', devices: ['/dev/sdb', '/dev/sdc', '/dev/nvme0n1'] },
    ],
    [
      'raidz (raidz1)',
      tree({ name: 'raidz1-0', children: [leaf('/dev/sdb'), leaf('/dev/sdc'), leaf('/dev/sdd')] }),
      { raidlevel: 'raidz', devices: ['/dev/sdb', '/dev/sdc', '/dev/sdd'] },
    ],
    [
      'draid',
      tree({ name: 'draid1:1d:3c:0s-0', children: [leaf('/dev/sdb'), leaf('/dev/sdc'), leaf('/dev/sdd')] }),
      { raidlevel: 'draid', devices: ['/dev/sdb', '/dev/sdc', '/dev/sdd'] },
    ],
    [
      'a member of no known disk keeps its name',
      tree(leaf('/dev/disk/by-id/wwn-0x5000-part1')),
      { raidlevel: 'single', devices: ['/dev/disk/by-id/wwn-0x5000-part1'] },
    ],
  ];
  for (const [name, status, expected] of cases) {
    it(name, () => assert.deepEqual(zfsLayoutOf(status, disks), expected));
  }
});

describe('parseNodeDiskId', () => {
  it('splits NODE/NAME', () => assert.deepEqual(parseNodeDiskId('pve/tank'), { node: 'pve', name: 'tank' }));
  for (const bad of ['tank', 'pve/', '/tank', 'pve/tank/x', 'pve tank/x']) {
    it(`refuses "${bad}"`, () =>
      assert.throws(
        () => parseNodeDiskId(bad),
        (error: unknown) => error instanceof AttributeError && /Expected NODE\/NAME/.test(error.detail),
      ));
  }
});

describe('inUseError: the refusal of a disk in use, on the device it names', () => {
  const inUse = new ProxmoxApiError('POST /nodes/pve/disks/zfs', 500, "device '/dev/sdc' is already in use");
  it('points at the element of devices', () => {
    const error = inUseError(inUse, { attribute: 'devices', values: ['/dev/sdb', '/dev/sdc'] });
    assert.equal(error && pathToString(error.path), 'devices[1]');
    assert.equal(error?.summary, 'Disk in use');
    assert.match(error?.detail ?? '', /Proxmox VE refuses \/dev\/sdc: the disk already holds something/);
  });
  it('points at device, also when the task (under the disk lock) refuses it', () => {
    const error = inUseError(new ProxmoxTaskError('UPID:pve:1', "device '/dev/sdc' is already in use", []), { attribute: 'device', values: ['/dev/sdc'] });
    assert.equal(error && pathToString(error.path), 'device');
  });
  it('names the whole list when the server resolved another spelling', () => {
    const error = inUseError(inUse, { attribute: 'devices', values: ['/dev/disk/by-id/ata-X'] });
    assert.equal(error && pathToString(error.path), 'devices');
  });
  it('leaves other errors alone', () => {
    assert.equal(inUseError(new ProxmoxApiError('POST', 500, 'raid10 needs an even number of disks'), { attribute: 'devices', values: [] }), undefined);
    assert.equal(inUseError(new Error("device '/dev/sdc' is already in use"), { attribute: 'device', values: [] }), undefined);
  });
});
