// What a node's disks hold beyond the disk list (node-disks.ts): ZFS pools, LVM volume groups,
// LVM thin pools and the directory mounts pve-storage's PVE/API2/Disks/{ZFS,LVM,LVMThin,Directory}.pm
// create. A default install has the volume group "pve" on the system disk's third partition, with
// the thin pool "data" (storage local-lvm).

export type ZfsRaidLevel = 'single' | 'mirror' | 'raid10' | 'raidz' | 'raidz2' | 'raidz3' | 'draid' | 'draid2' | 'draid3';

export interface SimZfsPool {
  name: string;
  raidlevel: ZfsRaidLevel;
  /** Member disks by device path (/dev/sdb); `zpool status -P` names them by their by-id link. */
  devices: string[];
  ashift: number;
  compression: string;
  draid?: { data?: number; spares?: number };
}

export interface SimVolumeGroup {
  name: string;
  /** Physical volumes by device path. */
  pvs: string[];
}

export interface SimThinPool {
  vg: string;
  lv: string;
}

export interface SimDirectoryMount {
  /** The storage id; mounted at /mnt/pve/<name>. */
  name: string;
  /** The disk the file system's partition is on. */
  disk: string;
  filesystem: 'ext4' | 'xfs';
  uuid: string;
}

export interface SimDiskStorage {
  zfsPools: Map<string, SimZfsPool>;
  volumeGroups: Map<string, SimVolumeGroup>;
  /** By `vg/lv`. */
  thinPools: Map<string, SimThinPool>;
  directories: Map<string, SimDirectoryMount>;
}

export function seedDiskStorage(): SimDiskStorage {
  return {
    zfsPools: new Map(),
    volumeGroups: new Map([['pve', { name: 'pve', pvs: ['/dev/sda3'] }]]),
    thinPools: new Map([['pve/data', { vg: 'pve', lv: 'data' }]]),
    directories: new Map(),
  };
}
