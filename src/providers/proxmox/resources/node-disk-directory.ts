// `proxmox_node_disk_directory`: a file system on a free disk of a node, mounted at
// /mnt/pve/NAME by a systemd mount unit (POST /nodes/{node}/disks/directory, pve-storage
// PVE/API2/Disks/Directory.pm), optionally with a dir storage on it. Destroying it forgets it
// unless wipe_on_destroy (see shared/node-disk-storage.ts).
import { attr } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { nodeDiskResource, nodeDiskSchema } from '../shared/node-disk-resource.js';
import { unreportedDiskDeviceAttr } from '../shared/node-disk-storage.js';
import { taskOptions } from '../shared/tasks.js';

const DIRECTORY = { what: 'directory', storageType: 'dir' };

const directorySchema = nodeDiskSchema(DIRECTORY, {
  description:
    'A file system (ext4 or xfs) on a free disk of a node, mounted at /mnt/pve/NAME, optionally with a storage (type dir) on it. ' +
    'Every change replaces it; Proxmox VE refuses a disk that holds anything.',
  attributes: {
    device: unreportedDiskDeviceAttr('/dev/sdd', 'the server names the file system by UUID only.'),
    filesystem: attr.string({
      default: 'ext4',
      description: 'File system: ext4 (default) or xfs.',
      validators: [validators.oneOf('ext4', 'xfs')],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    path: attr.string({ computed: true, description: 'Where it is mounted: /mnt/pve/NAME.', planModifiers: [planModifiers.useStateForUnknown()] }),
  },
  rules: [rules.oneOfToCreate('device')],
});

export const nodeDiskDirectoryResource = nodeDiskResource({
  name: 'proxmox_node_disk_directory',
  schema: directorySchema,
  importId: { description: 'NODE/NAME (the device is not reported: the configured one is adopted)', example: 'pve/backup' },
  ...DIRECTORY,
  find: async (client, node, name) => (await client.disks.directories(node)).find((dir) => dir.path === `/mnt/pve/${name}`),
  create: (client, plan, ctx) => {
    if (plan.device === null) throw new AttributeError('device', 'Missing required attribute', 'Set "device" to create the directory.');
    return client.disks.createDirectory(
      plan.node,
      { name: plan.name, device: plan.device, filesystem: plan.filesystem as 'ext4' | 'xfs', addStorage: plan.add_storage ?? false },
      taskOptions(ctx),
    );
  },
  destroy: (client, state, config, ctx) => client.disks.deleteDirectory(state.node, state.name, { config, disks: true }, taskOptions(ctx)),
  devices: (plan) => ({ attribute: 'device', values: plan.device === null ? [] : [plan.device] }),
  storageOf: (entry, dir) => entry['path'] === dir.path,
  toModel: (dir, known) => ({ ...known, device: known.device ?? null, filesystem: dir.type ?? known.filesystem, path: dir.path }),
});
