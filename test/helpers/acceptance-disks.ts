// The node disk resources in the disruptive tier, only when the operator gives up a disk with
// TRUEMOX_ACC_PROXMOX_SPARE_DISK (such as /dev/sdb): a ZFS pool, a volume group, a thin pool and
// a mounted directory are made on it one after another (one disk holds one at a time), each with
// a storage entry, and destroyed with wipe_on_destroy, which wipes the disk. Everything on that
// disk is lost; Proxmox VE refuses a disk that holds anything, so a wrong name fails instead.
import type { LifecycleCase } from './lifecycle.js';
import type { AcceptanceServers } from './lifecycle-acceptance.js';

/** The node disk resource types, the attributes each makes the object with, and what an import cannot give back. */
const KINDS = [
  // The server names a pool's disks by their /dev/disk/by-id links; ashift and compression are not reported.
  { type: 'zfs', suffix: 'zfs', attrs: (disk: string) => `raidlevel = "single"\n  devices = ["${disk}"]`, unreadable: ['ashift', 'compression', 'devices'] },
  { type: 'lvm', suffix: 'vg', attrs: (disk: string) => `device = "${disk}"`, unreadable: [] },
  { type: 'lvmthin', suffix: 'thin', attrs: (disk: string) => `device = "${disk}"`, unreadable: [] },
  // The mount unit names the file system by UUID only.
  { type: 'directory', suffix: 'mnt', attrs: (disk: string) => `device = "${disk}"\n  filesystem = "ext4"`, unreadable: ['device'] },
] as const;

/**
 * One case per type, to be run one after another: created (kept on destroy), then
 * wipe_on_destroy set in place, imported, destroyed and wiped. An object left by a failed run is
 * found and wiped by `truemox sweep` (src/cli/sweep-node-disks.ts).
 */
export function proxmoxSpareDiskCases(
  prefix: string,
  node: string,
  disk: string,
  leftovers: LifecycleCase<AcceptanceServers>['leftovers'],
): LifecycleCase<AcceptanceServers>[] {
  return KINDS.map((kind) => {
    const address = `proxmox_node_disk_${kind.type}.acc`;
    const config = (wipe: boolean) => `resource "proxmox_node_disk_${kind.type}" "acc" {
  node            = "${node}"
  name            = "${prefix}-${kind.suffix}"
  ${kind.attrs(disk)}
  add_storage     = true
  wipe_on_destroy = ${wipe}
}`;
    return {
      name: `${address.split('.')[0]} on ${node}:${disk} (disruptive, spare disk)`,
      steps: [
        { config: config(false), expect: { [address]: 'create' } },
        { config: config(true), expect: { [address]: 'update' } },
      ],
      // wipe_on_destroy is Terraform's alone.
      imports: [{ address, unreadable: ['wipe_on_destroy', ...kind.unreadable] }],
      leftovers,
    };
  });
}
