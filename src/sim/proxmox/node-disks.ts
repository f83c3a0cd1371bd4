// A node's physical disks as pve-storage's PVE/Diskmanage.pm `get_disks` reports them: `used`
// says what holds a disk (partitions, LVM, ZFS, a mounted file system); a disk without it is free
// for the disk-creating calls (`/nodes/{node}/disks/{lvm,lvmthin,zfs,directory}`).

export interface SimDisk {
  devpath: string;
  size: number;
  /** What the disk holds; absent for an unused disk. */
  used?: string;
  type: 'hdd' | 'ssd' | 'nvme';
  model: string;
  serial: string;
  vendor: string;
  wwn: string;
  /** Its /dev/disk/by-id link, which ZFS pools name their members by. */
  by_id_link: string;
  /** A GPT partition table. */
  gpt: boolean;
  mounted: boolean;
}

const GIB = 1024 ** 3;

const MODELS: Readonly<Record<SimDisk['type'], string>> = { nvme: 'Samsung SSD 990 PRO 2TB', ssd: 'QEMU HARDDISK SSD', hdd: 'WDC WD10EFRX-68F' };

/** A default install: the system disk (partitions: BIOS boot, EFI, LVM "pve"), two empty HDDs, an empty SSD, an empty NVMe. */
export function seedNodeDisks(node: string): SimDisk[] {
  const disk = (devpath: string, size: number, type: SimDisk['type'], index: number, used?: string): SimDisk => {
    const model = MODELS[type];
    const serial = `${node.toUpperCase()}-${index.toString().padStart(4, '0')}`;
    return {
      devpath,
      size,
      ...(used !== undefined ? { used } : {}),
      type,
      model,
      serial,
      vendor: type === 'hdd' ? 'ATA' : 'unknown',
      // udev has no ID_WWN for the QEMU disk: Diskmanage.pm get_udev_info then says 'unknown'.
      wwn: model.startsWith('QEMU') ? 'unknown' : `0x5000c500${(0xa0000000 + index).toString(16)}`,
      // udev's first by-id link (Diskmanage.pm get_udev_info): bus, model and serial.
      by_id_link: `/dev/disk/by-id/${type === 'nvme' ? 'nvme' : 'ata'}-${model.replace(/ /g, '_')}_${serial}`,
      gpt: used === 'partitions',
      mounted: false,
    };
  };
  return [
    disk('/dev/sda', 256 * GIB, 'ssd', 1, 'partitions'),
    disk('/dev/sdb', 1000 * GIB, 'hdd', 2),
    disk('/dev/sdc', 1000 * GIB, 'hdd', 3),
    disk('/dev/sdd', 480 * GIB, 'ssd', 5),
    disk('/dev/nvme0n1', 2000 * GIB, 'nvme', 4),
  ];
}
