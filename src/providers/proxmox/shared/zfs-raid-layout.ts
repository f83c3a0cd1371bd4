// The RAID levels of POST /nodes/{node}/disks/zfs and the disk counts pve-storage
// PVE/API2/Disks/ZFS.pm `create` checks (known at plan time, so refused there), and the way back:
// a pool's RAID level and member disks from its `zpool status -P` tree, whose members are the
// disks' by-id links with the partition ZFS made ("…-part1").
import type { NodeDisk, ZfsVdev } from '../../../clients/proxmox/index.js';

export const ZFS_RAID_LEVELS = ['single', 'mirror', 'raid10', 'raidz', 'raidz2', 'raidz3', 'draid', 'draid2', 'draid3'] as const;
export type ZfsRaidLevel = (typeof ZFS_RAID_LEVELS)[number];

export const ZFS_COMPRESSION = ['on', 'off', 'gzip', 'lz4', 'lzjb', 'zle', 'zstd'] as const;

const MIN_DISKS: Readonly<Record<ZfsRaidLevel, number>> = { single: 1, mirror: 2, raid10: 4, raidz: 3, raidz2: 4, raidz3: 5, draid: 3, draid2: 4, draid3: 5 };

export interface ZfsLayout {
  raidlevel: string;
  devices: number;
  draidData?: number | undefined;
  draidSpares?: number | undefined;
}

/** What the server would refuse about the layout, with the attribute to blame; undefined when it is fine. */
export function zfsLayoutProblem(layout: ZfsLayout): { attribute: string; detail: string } | undefined {
  const level = layout.raidlevel as ZfsRaidLevel;
  const draid = level.startsWith('draid');
  if (!draid && (layout.draidData !== undefined || layout.draidSpares !== undefined)) {
    return {
      attribute: layout.draidData !== undefined ? 'draid_data' : 'draid_spares',
      detail: `draid_data and draid_spares are for the dRAID levels only, not "${level}".`,
    };
  }
  const count = layout.devices;
  if (level === 'raid10' && count % 2 !== 0)
    return { attribute: 'devices', detail: `raid10 stripes over mirrored pairs and needs an even number of disks, not ${count}.` };
  if (level === 'single' && count > 1)
    return { attribute: 'devices', detail: `single takes exactly one disk, not ${count}; use mirror, raid10 or raidz for more.` };
  const min = MIN_DISKS[level];
  if (count < min) return { attribute: 'devices', detail: `${level} needs at least ${min} disks, not ${count}.` };
  if (draid) {
    const needed = min - 2 + (layout.draidData ?? 0) + (layout.draidSpares ?? 0);
    if (count < needed)
      return {
        attribute: 'devices',
        detail: `This dRAID configuration (${level}, data ${layout.draidData ?? 0}, spares ${layout.draidSpares ?? 0}) needs at least ${needed} disks, not ${count}.`,
      };
  }
  return undefined;
}

/** The RAID level a top-level vdev's name says (mirror-0, raidz2-0, draid1:2d:4c:1s-0); undefined for a plain disk. */
function levelOfVdev(name: string): ZfsRaidLevel | undefined {
  if (/^mirror-\d+$/.test(name)) return 'mirror';
  const raidz = /^raidz([123])-\d+$/.exec(name);
  if (raidz) return raidz[1] === '1' ? 'raidz' : (`raidz${raidz[1]}` as ZfsRaidLevel);
  const draid = /^draid([123]):/.exec(name);
  if (draid) return draid[1] === '1' ? 'draid' : (`draid${draid[1]}` as ZfsRaidLevel);
  return undefined;
}

/** A member's device path: the disk whose by-id link (or device path) it names, with or without ZFS's partition. */
function memberDevice(member: string, disks: readonly NodeDisk[]): string {
  const whole = member.replace(/-part\d+$/, '').replace(/^(\/dev\/(?:sd[a-z]+|vd[a-z]+|nvme\d+n\d+))p?\d+$/, '$1');
  const disk = disks.find((d) => d.by_id_link === whole || d.devpath === whole);
  return disk?.devpath ?? member;
}

/** The pool's RAID level and member devices from its status tree (the root's one child is the pool's own line). */
export function zfsLayoutOf(tree: { children?: ZfsVdev[] | undefined }, disks: readonly NodeDisk[]): { raidlevel: ZfsRaidLevel; devices: string[] } {
  const top = tree.children?.[0]?.children ?? [];
  const levels = top.map((vdev) => levelOfVdev(vdev.name));
  const members = top.flatMap((vdev) => (vdev.children && vdev.children.length > 0 ? vdev.children : [vdev])).map((m) => memberDevice(m.name, disks));
  const first = levels[0];
  const raidlevel: ZfsRaidLevel = first === undefined ? 'single' : first === 'mirror' && top.length > 1 ? 'raid10' : first;
  return { raidlevel, devices: members };
}
