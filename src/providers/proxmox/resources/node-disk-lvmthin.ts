// `proxmox_node_disk_lvmthin`: an LVM thin pool filling a free disk of a node (POST
// /nodes/{node}/disks/lvmthin, pve-storage PVE/API2/Disks/LVMThin.pm): a volume group and a thin
// pool both named `name`, optionally with an lvmthin storage on it. Destroying it forgets it
// unless wipe_on_destroy (see shared/node-disk-storage.ts).
import { nodeDiskResource, nodeDiskSchema, singleDiskAttributes, singleDiskDevices, singleDiskParams, volumeGroupDisk } from '../shared/node-disk-resource.js';
import { taskOptions } from '../shared/tasks.js';

const THIN_POOL = { what: 'thin pool', storageType: 'lvmthin' };

const lvmThinSchema = nodeDiskSchema(THIN_POOL, {
  description:
    'An LVM thin pool filling a free disk of a node (a volume group and a thin pool, both named `name`), optionally with a storage (type lvmthin) on it. ' +
    'Every change replaces it; Proxmox VE refuses a disk that holds anything.',
  attributes: singleDiskAttributes(THIN_POOL, '/dev/nvme0n1'),
});

export const nodeDiskLvmThinResource = nodeDiskResource({
  name: 'proxmox_node_disk_lvmthin',
  schema: lvmThinSchema,
  importId: { description: 'NODE/NAME (the volume group and the thin pool are both named NAME)', example: 'pve/fast' },
  ...THIN_POOL,
  find: async (client, node, name) => (await client.disks.thinPools(node)).find((pool) => pool.vg === name && pool.lv === name),
  create: (client, plan, ctx) => client.disks.createThinPool(plan.node, singleDiskParams(plan), taskOptions(ctx)),
  // Wiping the disk (cleanup-disks) also ends the volume group the pool had to itself.
  destroy: (client, state, config, ctx) => client.disks.deleteThinPool(state.node, state.name, state.name, { config, disks: true }, taskOptions(ctx)),
  devices: singleDiskDevices,
  storageOf: (entry, _pool, known) => entry['vgname'] === known.name && entry['thinpool'] === known.name,
  // The device is read on import only: the configuration may name the disk by another path.
  toModel: async (pool, known, client) => ({
    ...known,
    device: known.device ?? volumeGroupDisk((await client.disks.volumeGroups(known.node)).find((vg) => vg.name === known.name)),
    size: pool.lv_size ?? null,
  }),
});
