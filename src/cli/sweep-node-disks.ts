// What an acceptance run given a spare disk (TRUEMOX_ACC_PROXMOX_SPARE_DISK) can leave on a node:
// a ZFS pool, an LVM volume group, an LVM thin pool or a mounted directory named with its
// prefix. Each is destroyed and its disk wiped (cleanup-disks), as the resources do with
// wipe_on_destroy; the storage entry on it, also named with the prefix, is removed with the
// other storage definitions afterwards.
import type { ProxmoxClient } from '../clients/proxmox/index.js';
import type { Leftover } from './sweep.js';

const WIPE = { config: false, disks: true } as const;

/** One kind of disk object: the names of the node's, and how to destroy one. */
interface Kind {
  readonly kind: string;
  names(client: ProxmoxClient, node: string): Promise<string[]>;
  destroy(client: ProxmoxClient, node: string, name: string): Promise<void>;
}

// Thin pools first: wiping a thin pool's disk also ends its volume group (named like it), which
// the volume group lister finds too; a removal finds the object gone then and does nothing.
const KINDS: readonly Kind[] = [
  {
    kind: 'LVM thin pool',
    names: async (c, node) => (await c.disks.thinPools(node)).filter((p) => p.vg === p.lv).map((p) => p.lv),
    destroy: (c, node, name) => c.disks.deleteThinPool(node, name, name, WIPE),
  },
  {
    kind: 'LVM volume group',
    names: async (c, node) => (await c.disks.volumeGroups(node)).map((vg) => vg.name),
    destroy: (c, node, name) => c.disks.deleteVolumeGroup(node, name, WIPE),
  },
  {
    kind: 'ZFS pool',
    names: async (c, node) => (await c.disks.zfsPools(node)).map((p) => p.name),
    destroy: (c, node, name) => c.disks.deleteZfsPool(node, name, WIPE),
  },
  {
    kind: 'disk directory',
    names: async (c, node) => (await c.disks.directories(node)).flatMap((d) => (d.path.startsWith('/mnt/pve/') ? [d.path.slice('/mnt/pve/'.length)] : [])),
    destroy: (c, node, name) => c.disks.deleteDirectory(node, name, WIPE),
  },
];

/** The run's disk objects on every node, thin pools before volume groups. */
export async function proxmoxNodeDiskLeftovers(client: ProxmoxClient, prefix: string): Promise<Leftover[]> {
  const found: Leftover[] = [];
  // An offline node answers no disk call (and can hold nothing a run could reach).
  for (const { node } of (await client.cluster.nodes()).filter((n) => n.status !== 'offline')) {
    for (const kind of KINDS) {
      for (const name of (await kind.names(client, node)).filter((n) => n.startsWith(prefix))) {
        found.push({
          server: 'proxmox',
          kind: kind.kind,
          name: `${node}/${name}`,
          async remove() {
            if ((await kind.names(client, node)).includes(name)) await kind.destroy(client, node, name);
          },
        });
      }
    }
  }
  return found;
}
