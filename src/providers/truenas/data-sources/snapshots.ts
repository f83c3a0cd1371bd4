// data "truenas_snapshots": the snapshots of a dataset or zvol, oldest first (what periodic
// snapshot tasks and replications made there), optionally only those a naming schema names.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { truenasDataSource } from '../provider-data.js';
import { namingSchemaValidator } from '../resources/periodic-snapshot-task.js';

/**
 * A naming schema as a pattern over snapshot names. zettarepl writes a name with strftime and
 * turns "+" into ":" (zettarepl/snapshot/name.py get_snapshot_name), so %z, a UTC offset, reads
 * as ":0200" or "-0500"; %Y is four digits, %s any number, the other codes a run of characters.
 */
export function namingSchemaPattern(namingSchema: string): RegExp {
  const parts = namingSchema.split(/(%.)/).map((part) => {
    if (part === '%Y') return '\\d{4}';
    if (/^%[mdHMSy]$/.test(part)) return '\\d{2}';
    if (part === '%s') return '\\d+';
    if (part === '%z') return '[:-]\\d{4}';
    if (/^%.$/.test(part)) return '.+?';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

export const snapshotsDataSource = truenasDataSource({
  name: 'truenas_snapshots',
  schema: schema({
    description:
      'The snapshots of one dataset or zvol, oldest first, such as those a periodic snapshot task or a replication made. A dataset that does not exist (yet, such as a replication target before its first run) has none: the lists are empty.',
    attributes: {
      dataset: attr.string({ required: true, description: 'Full name of the dataset or zvol, such as "tank/vms/vm-100-disk-0".' }),
      naming_schema: attr.string({
        optional: true,
        description:
          'Only snapshots whose names this naming schema produces (e.g. "auto-%Y-%m-%d_%H-%M"); the rules of a periodic snapshot task\'s naming_schema apply.',
        validators: [namingSchemaValidator],
      }),
      names: attr.list(ty.string, { computed: true, description: 'Snapshot names (the part after @), oldest first.' }),
      ids: attr.list(ty.string, { computed: true, description: 'Full snapshot names (dataset@name), oldest first.' }),
    },
  }),
  async read(ctx, config) {
    const { client } = ctx.provider;
    const pattern = config.naming_schema === null ? undefined : namingSchemaPattern(config.naming_schema);
    // A dataset that does not exist has no snapshots: the server answers an empty list for it
    // (plugins/zfs_/snapshot.py query @TS-25.10.6; pool_/snapshot.py:258-270 @TS-26.0.0-BETA.3),
    // and so does this data source, as a replication target reads before its first run.
    const snapshots = (await client.snapshots.query([['dataset', '=', config.dataset]]))
      .filter((snap) => pattern === undefined || pattern.test(snap.snapshotName))
      .sort((a, b) => a.createtxg - b.createtxg);
    return { ...config, names: snapshots.map((snap) => snap.snapshotName), ids: snapshots.map((snap) => snap.id) };
  },
});
