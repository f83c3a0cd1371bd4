// data "truenas_snapshots": the snapshots of a dataset or zvol, oldest first (what periodic
// snapshot tasks and replications made there), optionally only those a naming schema names.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { truenasDataSource } from '../provider-data.js';

/** A naming schema as a pattern over snapshot names (%Y four digits, the other codes two). */
function schemaPattern(namingSchema: string): RegExp {
  const parts = namingSchema.split(/(%.)/).map((part) => {
    if (part === '%Y') return '\\d{4}';
    if (/^%[mdHMS]$/.test(part)) return '\\d{2}';
    if (part === '%s') return '\\d+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('')}$`);
}

export const snapshotsDataSource = truenasDataSource({
  name: 'truenas_snapshots',
  schema: schema({
    description: 'The snapshots of one dataset or zvol, oldest first, such as those a periodic snapshot task or a replication made.',
    attributes: {
      dataset: attr.string({ required: true, description: 'Full name of the dataset or zvol, such as "tank/vms/vm-100-disk-0".' }),
      naming_schema: attr.string({ optional: true, description: 'Only snapshots whose names this naming schema produces (e.g. "auto-%Y-%m-%d_%H-%M").' }),
      names: attr.list(ty.string, { computed: true, description: 'Snapshot names (the part after @), oldest first.' }),
      ids: attr.list(ty.string, { computed: true, description: 'Full snapshot names (dataset@name), oldest first.' }),
    },
  }),
  async read(ctx, config) {
    const pattern = config.naming_schema === null ? undefined : schemaPattern(config.naming_schema);
    const snapshots = (await ctx.provider.client.snapshots.query([['dataset', '=', config.dataset]]))
      .filter((snap) => pattern === undefined || pattern.test(snap.snapshotName))
      .sort((a, b) => a.createtxg - b.createtxg);
    return { ...config, names: snapshots.map((snap) => snap.snapshotName), ids: snapshots.map((snap) => snap.id) };
  },
});
