// `proxmox_node_disk_lvm`: an LVM volume group on a free disk of a node (POST
// /nodes/{node}/disks/lvm, pve-storage PVE/API2/Disks/LVM.pm), optionally with an lvm storage on
// it. Destroying it forgets it unless wipe_on_destroy (see shared/node-disk-storage.ts).
import { nodeDiskResource, nodeDiskSchema, singleDiskAttributes, singleDiskDevices, singleDiskParams, volumeGroupDisk } from '../shared/node-disk-resource.js';
import { taskOptions } from '../shared/tasks.js';

const VOLUME_GROUP = { what: 'volume group', storageType: 'lvm' };

const lvmSchema = nodeDiskSchema(VOLUME_GROUP, {
  description:
    'An LVM volume group on a free disk of a node, optionally with a storage (type lvm) on it. Every change replaces it; Proxmox VE refuses a disk that holds anything.',
  attributes: singleDiskAttributes(VOLUME_GROUP, '/dev/sdb'),
});

export const nodeDiskLvmResource = nodeDiskResource({
  name: 'proxmox_node_disk_lvm',
  schema: lvmSchema,
  importId: { description: 'NODE/NAME', example: 'pve/vmdata' },
  ...VOLUME_GROUP,
  find: async (client, node, name) => (await client.disks.volumeGroups(node)).find((vg) => vg.name === name),
  create: (client, plan, ctx) => client.disks.createVolumeGroup(plan.node, singleDiskParams(plan), taskOptions(ctx)),
  destroy: (client, state, config, ctx) => client.disks.deleteVolumeGroup(state.node, state.name, { config, disks: true }, taskOptions(ctx)),
  devices: singleDiskDevices,
  storageOf: (entry, _vg, known) => entry['vgname'] === known.name,
  // The device is read on import only: the configuration may name the disk by another path.
  toModel: (vg, known) => ({ ...known, device: known.device ?? volumeGroupDisk(vg), size: vg.size ?? null }),
});
