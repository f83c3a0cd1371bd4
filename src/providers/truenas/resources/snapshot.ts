// truenas_snapshot: a ZFS snapshot of a dataset or zvol. Rolling back is deliberately not an
// action of this resource: it destroys data and belongs to a person, not to a plan.
import { validators } from '../../../framework/validators.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { Snapshot, TrueNASClient } from '../../../clients/truenas/index.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { truenasResource } from '../provider-data.js';
import { sameFields } from '../../common/same-fields.js';
import { deleteIfPresent } from '../shared/ids.js';
import { datasetNameAttribute } from '../shared/dataset-name.js';
import { keptString } from '../shared/named-objects.js';

const snapshotSchema = schema({
  description: 'A ZFS snapshot of a dataset or zvol. Every argument replaces the snapshot when changed; rollback is not a resource action.',
  attributes: {
    id: keptString("The snapshot's full name, <dataset>@<name>."),
    dataset: datasetNameAttribute('Full name of the dataset or zvol to snapshot, such as "tank/vm/disk0".'),
    name: attr.string({
      required: true,
      description: 'Snapshot name (the part after @), such as "before-upgrade".',
      validators: [validators.textMatching(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : and - only')],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    // Optional and computed rather than defaulting to false: with a default, removing
    // `recursive = true` planned false and replaced the snapshot (the point in time, and the
    // children's snapshots, deleted) for a value the snapshot cannot change.
    recursive: attr.bool({
      optional: true,
      computed: true,
      description:
        'Also snapshot every child dataset (and delete their snapshots with this one); false when unset at creation. Changing it replaces the snapshot; removing it from the configuration keeps the snapshot as it is.',
      planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    createtxg: attr.number({
      computed: true,
      description: 'The ZFS transaction group that created the snapshot.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    used: attr.number({ computed: true, description: 'Bytes held only by this snapshot.' }),
    referenced: attr.number({ computed: true, description: 'Bytes of data the snapshot refers to.' }),
  },
});

type SnapshotModel = ModelOf<typeof snapshotSchema>;

function toModel(snapshot: Snapshot, known: Partial<SnapshotModel>): SnapshotModel {
  return {
    ...sameFields(snapshot, ['id', 'dataset', 'createtxg', 'used', 'referenced']),
    name: snapshot.snapshotName,
    recursive: known.recursive ?? false,
  };
}

function splitId(id: string): { id: string; dataset: string; name: string } {
  const at = id.indexOf('@');
  if (at <= 0 || at === id.length - 1)
    throw new AttributeError('id', 'Invalid import id', `The import id is the snapshot's full name <dataset>@<name>, such as "tank/data@daily", got "${id}".`);
  return { id, dataset: id.slice(0, at), name: id.slice(at + 1) };
}

const fullName = (model: SnapshotModel): string => model.id ?? `${model.dataset}@${model.name}`;

/**
 * Whether the snapshot was taken recursively: a recursive snapshot gives every descendant of
 * the dataset a snapshot of the same name, atomically (zfs snapshot -r). A dataset without
 * descendants reads as not recursive. Two queries, on import only.
 */
async function madeRecursively(client: TrueNASClient, snapshot: Snapshot): Promise<boolean> {
  const descendants = await client.datasets.query([['id', '^', `${snapshot.dataset}/`]]);
  if (descendants.length === 0) return false;
  const ids = descendants.map((d) => `${d.id}@${snapshot.snapshotName}`);
  const found = await client.snapshots.query([['id', 'in', ids]]);
  return found.length === ids.length;
}

export const snapshotResource = truenasResource({
  name: 'truenas_snapshot',
  schema: snapshotSchema,
  importId: { description: "the snapshot's full name, <dataset>@<name>", example: 'tank/vm/disk0@before-upgrade' },
  importState: splitId,
  async create(ctx, plan) {
    const recursive = plan.recursive ?? false;
    const created = await ctx.provider.client.snapshots.create({ dataset: plan.dataset, name: plan.name, recursive });
    return toModel(created, { ...plan, recursive });
  },
  async read(ctx, state) {
    const snapshot = await ctx.provider.client.snapshots.find(fullName(state));
    if (!snapshot) return null;
    // After an import `recursive` is unknown; it forces replacement, so learn it from the server.
    const recursive = state.recursive ?? (await madeRecursively(ctx.provider.client, snapshot));
    return toModel(snapshot, { ...state, recursive });
  },
  async update(ctx, plan, prior) {
    // Every argument replaces the snapshot, so an update only settles recomputed values.
    const snapshot = await ctx.provider.client.snapshots.get(fullName(prior));
    return toModel(snapshot, plan);
  },
  async delete(ctx, state) {
    await deleteIfPresent(() => ctx.provider.client.snapshots.delete(fullName(state), { recursive: state.recursive ?? false }));
  },
});
