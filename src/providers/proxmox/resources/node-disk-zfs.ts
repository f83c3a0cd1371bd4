// `proxmox_node_disk_zfs`: a ZFS pool made of free disks of a node (POST /nodes/{node}/disks/zfs,
// pve-storage PVE/API2/Disks/ZFS.pm), optionally with a zfspool storage on it. Destroying it
// forgets it unless wipe_on_destroy (see shared/node-disk-storage.ts).
import { attr } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { isListValue } from '../../../framework/values-util.js';
import { nodeDiskResource, nodeDiskSchema } from '../shared/node-disk-resource.js';
import { replaceOnceKnown } from '../shared/node-disk-storage.js';
import { taskOptions } from '../shared/tasks.js';
import { ZFS_COMPRESSION, ZFS_RAID_LEVELS, zfsLayoutOf, zfsLayoutProblem } from '../shared/zfs-raid-layout.js';

const replace = planModifiers.requiresReplace();

const ZFS_POOL = { what: 'ZFS pool', storageType: 'zfspool' };

const zfsSchema = nodeDiskSchema(ZFS_POOL, {
  description:
    'A ZFS pool made of free disks of a node, optionally with a storage (type zfspool) on it. A pool cannot be reshaped: every change replaces it. ' +
    'Proxmox VE refuses disks that hold anything.',
  attributes: {
    raidlevel: attr.string({
      required: true,
      description: `RAID level: ${ZFS_RAID_LEVELS.join(', ')} (raid10: mirrored pairs, in the order of devices).`,
      validators: [validators.oneOf(...ZFS_RAID_LEVELS)],
      planModifiers: [replace],
    }),
    devices: attr.list(ty.string, {
      required: true,
      description: 'The free disks, such as ["/dev/sdb", "/dev/sdc"] (data "proxmox_node_disks" with unused_only = true lists them).',
      validators: [
        validators.custom('block device paths under /dev', (value) =>
          isListValue(value) && value.some((d) => typeof d === 'string' && !/^\/dev\/\S+$/.test(d))
            ? 'every device must be a block device path under /dev, such as "/dev/sdb"'
            : undefined,
        ),
      ],
      planModifiers: [replace],
    }),
    ashift: attr.number({
      optional: true,
      description: "Sector size exponent (9-16); unset: the server's default 12 (4 KiB). Removing it later keeps the pool's.",
      validators: [validators.between(9, 16), validators.integer()],
      planModifiers: [replaceOnceKnown],
    }),
    compression: attr.string({
      optional: true,
      description: `Compression: ${ZFS_COMPRESSION.join(', ')}; unset: the server's default "on". Removing it later keeps the pool's.`,
      validators: [validators.oneOf(...ZFS_COMPRESSION)],
      planModifiers: [replaceOnceKnown],
    }),
    draid_data: attr.number({
      optional: true,
      description: 'dRAID only: data devices per redundancy group (the server takes data and spares together).',
      validators: [validators.atLeast(1), validators.integer()],
      planModifiers: [replaceOnceKnown],
    }),
    draid_spares: attr.number({
      optional: true,
      description: "dRAID only: distributed spares. Removing draid_data and draid_spares later keeps the pool's layout.",
      validators: [validators.atLeast(0), validators.integer()],
      planModifiers: [replaceOnceKnown],
    }),
    size: attr.number({ computed: true, description: 'Pool size in bytes.', planModifiers: [planModifiers.useStateForUnknown()] }),
    health: attr.string({ computed: true, description: 'Pool health, such as "ONLINE" or "DEGRADED".' }),
  },
  // draid-config's format (PVE/API2/Disks/ZFS.pm) makes both properties required.
  rules: [rules.requiredWith('draid_data', 'draid_spares'), rules.requiredWith('draid_spares', 'draid_data')],
});

export const nodeDiskZfsResource = nodeDiskResource({
  name: 'proxmox_node_disk_zfs',
  schema: zfsSchema,
  importId: { description: 'NODE/NAME (ashift, compression and the dRAID settings are not reported: the configured ones are adopted)', example: 'pve/tank' },
  ...ZFS_POOL,
  validateConfig(ctx) {
    const raidlevel = ctx.config.string('raidlevel');
    const devices = ctx.config.get('devices');
    if (raidlevel === undefined || !isListValue(devices)) return;
    const problem = zfsLayoutProblem({
      raidlevel,
      devices: devices.length,
      draidData: ctx.config.number('draid_data'),
      draidSpares: ctx.config.number('draid_spares'),
    });
    if (problem) ctx.error(problem.attribute as 'devices', 'Invalid ZFS pool layout', problem.detail);
  },
  find: async (client, node, name) => (await client.disks.zfsPools(node)).find((p) => p.name === name),
  create: (client, plan, ctx) =>
    client.disks.createZfsPool(
      plan.node,
      {
        name: plan.name,
        raidlevel: plan.raidlevel,
        devices: plan.devices,
        ashift: plan.ashift ?? undefined,
        compression: plan.compression ?? undefined,
        draidData: plan.draid_data ?? undefined,
        draidSpares: plan.draid_spares ?? undefined,
        addStorage: plan.add_storage ?? false,
      },
      taskOptions(ctx),
    ),
  destroy: (client, state, config, ctx) => client.disks.deleteZfsPool(state.node, state.name, { config, disks: true }, taskOptions(ctx)),
  devices: (plan) => ({ attribute: 'devices', values: plan.devices }),
  storageOf: (entry, _pool, known) => entry['pool'] === known.name,
  async toModel(pool, known, client) {
    // The layout is read on import only: a pool keeps it, and the server names the disks by
    // their by-id links, which the configuration may spell otherwise.
    const layout =
      known.devices && known.raidlevel ? undefined : zfsLayoutOf(await client.disks.zfsPool(known.node, known.name), await client.status.disks(known.node));
    return {
      ...known,
      raidlevel: layout?.raidlevel ?? known.raidlevel,
      devices: layout?.devices ?? known.devices,
      ashift: known.ashift ?? null,
      compression: known.compression ?? null,
      draid_data: known.draid_data ?? null,
      draid_spares: known.draid_spares ?? null,
      size: pool.size ?? null,
      health: pool.health ?? null,
    };
  },
});
