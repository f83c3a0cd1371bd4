// truenas_dataset: a ZFS filesystem dataset with the properties people set.
import { attr, schema } from '../../../framework/attributes.js';
import { ProviderError } from '../../../framework/diagnostics.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { Dataset, DatasetCreate, DatasetUpdate, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { findDataset } from '../shared/datasets.js';
import { deleteDatasetGuarded } from '../shared/dataset-delete-guard.js';
import { keepIncompleteCreate } from '../shared/ids.js';
import { COMPRESSION, DEDUPLICATION, QUOTA_MINIMUM, RECORD_SIZES, SYNC, zfsBytes, zfsEnum, zfsSizeText, zfsSwitch, zfsText } from '../shared/zfs-attributes.js';
import { changedFields, createFields, readFields, zfsProperties } from '../shared/zfs-properties.js';
import { INHERITABLE_PROPERTIES, inheritAttribute, inheritFields, planInherit, setLocally, stillInherited, validateInherit } from '../shared/zfs-inherit.js';
import {
  changeKeyOptions,
  encryptionAttributes,
  encryptionCreateFields,
  encryptionFromDataset,
  planEncryption,
  validateEncryption,
} from './dataset-encryption.js';
import { datasetNameAttribute } from '../shared/dataset-name.js';
import { keptString, keyedImport } from '../shared/named-objects.js';
import { replaceWhenChangedBetweenValues } from '../../common/create-only.js';

export const datasetProperties = zfsProperties({
  text: ['comments'],
  enum: ['compression', 'sync', 'deduplication'],
  switch: ['atime', 'exec', 'readonly'],
  'size-text': ['recordsize'],
  bytes: ['quota', 'refquota', 'reservation', 'refreservation'],
});

/** Every inheritable property is one a filesystem models. */
const inheritable = INHERITABLE_PROPERTIES;

const SHARE_TYPES = ['GENERIC', 'MULTIPROTOCOL', 'NFS', 'SMB', 'APPS'] as const;

/**
 * share_type is an argument of pool.dataset.create only (api/v25_10_5/pool_dataset.py:471-475
 * @TS-25.10.6 excludes it from PoolDatasetUpdate, and the dataset keeps no record of it), so the
 * state holds what the configuration gave: removing it replaced the dataset with its data, for a
 * value nothing on the server changes with.
 */
const SHARE_TYPE_REPLACE = replaceWhenChangedBetweenValues('changing it from one preset to another forces replacement');
const datasetSchema = schema({
  description:
    "A ZFS filesystem dataset. Properties left unset are inherited from the parent and read back without planning changes; a property removed from the configuration keeps the value it has on the dataset (list it in `inherit` to inherit it again). With `encryption = true` it is an encryption root with its own key or passphrase; otherwise it inherits the parent's encryption.",
  attributes: {
    id: keptString("The dataset's full name, as the API identifies it."),
    name: datasetNameAttribute('Full name, such as "tank/media". Its parent must exist.'),
    share_type: attr.string({
      optional: true,
      description:
        'Preset of ACL and case-sensitivity settings for the intended sharing: GENERIC, MULTIPROTOCOL, NFS, SMB or APPS. Used at creation only (TrueNAS keeps no record of it): changing it from one preset to another replaces the dataset; removing it, or adding it to an imported dataset, changes nothing on the server.',
      validators: [validators.oneOf(...SHARE_TYPES)],
      planModifiers: [SHARE_TYPE_REPLACE],
    }),
    comments: zfsText('Free-text comment stored with the dataset.'),
    compression: zfsEnum('Compression algorithm, such as "lz4" or "zstd"; inherited when unset at creation.', COMPRESSION.pattern, COMPRESSION.explanation),
    sync: zfsEnum('Synchronous write behaviour: standard, always or disabled; inherited when unset at creation.', SYNC.pattern, SYNC.explanation),
    deduplication: zfsEnum('Deduplication: on, off or verify; inherited when unset at creation.', DEDUPLICATION.pattern, DEDUPLICATION.explanation),
    atime: zfsSwitch('Whether reads update access times; inherited when unset at creation.'),
    exec: zfsSwitch('Whether programs on the dataset may be executed; inherited when unset at creation.'),
    readonly: zfsSwitch('Whether the dataset is read-only; inherited when unset at creation.'),
    recordsize: zfsSizeText(
      'Largest block size for files, a power of two from 512 to 16M such as "128K" or "1M"; inherited when unset at creation.',
      RECORD_SIZES,
    ),
    quota: zfsBytes('Limit in bytes on the space the dataset and its children use; 0 for none (at least 1 GiB otherwise).', [QUOTA_MINIMUM]),
    refquota: zfsBytes('Limit in bytes on the space the dataset itself uses, excluding children and snapshots; 0 for none (at least 1 GiB otherwise).', [
      QUOTA_MINIMUM,
    ]),
    reservation: zfsBytes('Bytes guaranteed to the dataset and its children; 0 for none.'),
    refreservation: zfsBytes('Bytes guaranteed to the dataset itself; 0 for none.'),
    inherit: inheritAttribute(inheritable),
    mountpoint: keptString('Where the dataset is mounted, /mnt/<name>.'),
    used: attr.number({ computed: true, description: 'Bytes the dataset and its children use.' }),
    available: attr.number({ computed: true, description: 'Bytes available to the dataset.' }),
    ...encryptionAttributes,
  },
});

type DatasetModel = ModelOf<typeof datasetSchema>;
/** The property attributes' values, as readFields returns them for datasetProperties. */
export type DatasetPropertyValues = Pick<
  DatasetModel,
  'comments' | 'compression' | 'sync' | 'deduplication' | 'atime' | 'exec' | 'readonly' | 'recordsize' | 'quota' | 'refquota' | 'reservation' | 'refreservation'
>;

function toModel(dataset: Dataset, known: Partial<DatasetModel>): DatasetModel {
  return {
    id: dataset.id,
    name: dataset.name,
    share_type: known.share_type ?? null,
    ...(readFields(datasetProperties, dataset) as DatasetPropertyValues),
    inherit: stillInherited(dataset, known.inherit ?? null),
    mountpoint: dataset.mountpoint,
    used: dataset.used,
    available: dataset.available,
    ...encryptionFromDataset(dataset, known),
  };
}

async function readDataset(client: TrueNASClient, name: string, known: Partial<DatasetModel>): Promise<DatasetModel | null> {
  const dataset = await findDataset(client, name, 'FILESYSTEM');
  return dataset ? toModel(dataset, known) : null;
}

export const datasetResource = truenasResource({
  name: 'truenas_dataset',
  schema: datasetSchema,
  ...keyedImport('name', { description: "the dataset's full name", example: 'tank/media' }),
  validateConfig(ctx) {
    validateEncryption(ctx);
    validateInherit(ctx, inheritable);
  },
  async modifyPlan(ctx) {
    await planEncryption(ctx);
    await planInherit(ctx, inheritable);
  },
  async create(ctx, plan) {
    const client = ctx.provider.client;
    const input = {
      name: plan.name,
      type: 'FILESYSTEM',
      ...(plan.share_type !== null ? { share_type: plan.share_type } : {}),
      ...createFields(datasetProperties, plan),
      ...inheritFields(plan.inherit),
      ...encryptionCreateFields(plan),
    } as DatasetCreate;
    // pool.dataset.create answers with the dataset as a query would: no read-back needed.
    const created = await keepIncompleteCreate(
      ctx,
      () => client.datasets.create(input),
      (dataset) => toModel(dataset, plan),
    );
    // The APPS, MULTIPROTOCOL and NFS share types set atime=OFF over what was sent
    // (plugins/pool_/dataset.py@TS-25.10.6:445-449, @TS-25.04.2.6:580-584, @TS-26.0.0-BETA.3:516-520):
    // a listed property the preset set is put back to inheriting, as the plan promised.
    const overridden = setLocally(created, plan.inherit);
    if (overridden.length === 0) return toModel(created, plan);
    ctx.savePartialState(toModel(created, plan));
    return toModel(await client.datasets.update(plan.name, inheritFields(overridden) as DatasetUpdate), plan);
  },
  async read(ctx, state) {
    return readDataset(ctx.provider.client, state.id ?? state.name, state);
  },
  async update(ctx, plan, prior) {
    const name = prior.id ?? prior.name;
    const patch = { ...changedFields(datasetProperties, plan, prior), ...inheritFields(plan.inherit, prior.inherit) } as DatasetUpdate;
    if (Object.keys(patch).length > 0) await ctx.provider.client.datasets.update(name, patch);
    const rekey = changeKeyOptions(plan, prior);
    if (rekey) await ctx.provider.client.datasets.changeKey(name, rekey);
    const fresh = await readDataset(ctx.provider.client, name, plan);
    if (!fresh) throw new ProviderError('Dataset vanished', `Dataset ${name} disappeared during the update.`);
    return fresh;
  },
  delete: (ctx, state) => deleteDatasetGuarded(ctx.provider.client, state.id ?? state.name, 'dataset'),
});
