// Which of a VM's disks cannot be snapshotted, so proxmox_vm_snapshot can say so before Proxmox
// answers "snapshot feature is not available" (pve-guest-common AbstractConfig.pm, snapshot_create).
// The rules follow each storage plugin's volume_has_feature for `snapshot` (pve-storage):
// file storages snapshot qcow2 only (Plugin.pm; raw is their default format: DirPlugin.pm,
// NFSPlugin.pm, CIFSPlugin.pm), iSCSI LUNs never (ISCSIPlugin.pm, ISCSIDirectPlugin.pm), thick
// LVM only with snapshot-as-volume-chain (LVMPlugin.pm); LVM-thin, ZFS, RBD and Btrfs always.
import type { GuestConfig, StorageConfig } from '../../../clients/proxmox/index.js';
import { parseDisk, parsePropertyString, storageOfVolume } from '../../../clients/proxmox/property-string.js'; // not the index: the client loads lazily

/** The config keys of a VM's drives (disks, CD-ROMs, EFI disk, TPM state). */
export const VM_DRIVE_KEY = /^(scsi|virtio|sata|ide|efidisk|tpmstate)\d+$/;
const FILE_STORAGES = new Set(['dir', 'nfs', 'cifs', 'glusterfs', 'cephfs']);
const NEVER = new Set(['iscsi', 'iscsidirect']);

export interface UnsnapshottableDisk {
  readonly key: string;
  readonly volume: string;
  readonly reason: string;
}

/** The format of a volume on a file storage: the `format` option, else its file name's extension, else raw. */
function fileFormat(volume: string, options: Readonly<Record<string, string>>): string {
  return options.format ?? /\.(qcow2|vmdk|raw)$/.exec(volume)?.[1] ?? 'raw';
}

function reasonFor(storage: StorageConfig, volume: string, options: Readonly<Record<string, string>>): string | undefined {
  if (NEVER.has(storage.type)) return `storage ${storage.storage} is ${storage.type}, whose LUNs cannot be snapshotted`;
  if (FILE_STORAGES.has(storage.type)) {
    const format = fileFormat(volume, options);
    return format === 'qcow2' ? undefined : `it is a ${format} image on ${storage.type} storage ${storage.storage}; only qcow2 images there can be snapshotted`;
  }
  if (storage.type === 'lvm' && String(storage['snapshot-as-volume-chain'] ?? '0') !== '1')
    return `storage ${storage.storage} is thick LVM without snapshot-as-volume-chain`;
  return undefined;
}

/** The disks of `config` that cannot be snapshotted; `storageOf` looks up a storage (undefined: unknown, assumed able). */
export async function unsnapshottableDisks(config: GuestConfig, storageOf: (id: string) => Promise<StorageConfig | undefined>): Promise<UnsnapshottableDisk[]> {
  const found: UnsnapshottableDisk[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (!VM_DRIVE_KEY.test(key)) continue;
    const text = String(value);
    if (parsePropertyString(text).props.media === 'cdrom') continue;
    const { volume, options } = parseDisk(text);
    const storageId = storageOfVolume(volume);
    const storage = storageId === undefined ? undefined : await storageOf(storageId);
    const reason = storage === undefined ? undefined : reasonFor(storage, volume, options);
    if (reason !== undefined) found.push({ key, volume, reason });
  }
  return found;
}

/** One sentence per disk, for diagnostics. */
export function describeUnsnapshottable(vmid: number, disks: readonly UnsnapshottableDisk[]): string {
  const lines = disks.map((disk) => `${disk.key} (${disk.volume}): ${disk.reason}`);
  return `VM ${vmid} has disks Proxmox cannot snapshot:\n${lines.join('\n')}\nMove them to a storage that can (LVM-thin, ZFS, Ceph RBD, or qcow2 on a directory/NFS/CIFS storage), or snapshot them on the storage side.`;
}
