// truenas_zvol: a ZFS volume (block device), typically exported over iSCSI.
import { attr, schema } from '../../../framework/attributes.js';
import { ProviderError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { PlanContext } from '../../../framework/resource.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { Dataset, DatasetCreate, DatasetUpdate, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { findDataset } from '../shared/datasets.js';
import { deleteDatasetGuarded } from '../shared/dataset-delete-guard.js';
import { keepIncompleteCreate } from '../shared/ids.js';
import { formatSize, parseSize, sameSize } from '../../../clients/common/sizes.js';
import { COMPRESSION, DEDUPLICATION, SYNC, keepEquivalentState, zfsEnum, zfsSwitch, zfsText } from '../shared/zfs-attributes.js';
import { changedFields, createFields, readFields, zfsProperties } from '../shared/zfs-properties.js';
import { inheritAttribute, inheritFields, planInherit, stillInherited, validateInherit, type InheritableProperty } from '../shared/zfs-inherit.js';
import { datasetNameAttribute } from '../shared/dataset-name.js';
import { keptString, keyedImport } from '../shared/named-objects.js';

/**
 * The server's default volblocksize: 16K, or 128K on a dRAID pool, where it takes none below 32K
 * (plugins/pool_/dataset.py@TS-25.10.6:313-322, the same @TS-25.04.2.6:375-391 and @TS-26.0.0-BETA.3:270-279).
 */
const DEFAULT_VOLBLOCKSIZE = '16K';
const DRAID_DEFAULT_VOLBLOCKSIZE = '128K';
const DRAID_MIN_VOLBLOCKSIZE = 32 * 1024;
const VOLBLOCKSIZES = [512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072];

const properties = zfsProperties({ enum: ['compression', 'sync', 'deduplication'], switch: ['readonly'], text: ['comments'] });

/**
 * Not readonly: an iSCSI extent on the zvol sets it locally whenever the extent is created or
 * updated (plugins/iscsi_/extents.py@TS-25.10.6:132-143,178-188), and "INHERIT" turns the extent
 * read-write, which sets it locally again (plugins/pool_/dataset.py@TS-25.10.6:794-799,
 * plugins/iscsi_/global_linux.py:92-103: anything but "on" is read-write), so it would not stay inherited.
 */
const inheritable = ['compression', 'sync', 'deduplication'] as const satisfies readonly InheritableProperty[];

function volblocksizeProblem(text: string): string | undefined {
  try {
    return VOLBLOCKSIZES.includes(parseSize(text)) ? undefined : `must be a power of two from 512 to 128K, got "${text}"`;
  } catch (error) {
    return (error as Error).message;
  }
}

export const zvolSchema = schema({
  description: 'A ZFS volume (zvol): a block device on a pool, typically exported over iSCSI.',
  attributes: {
    id: keptString("The zvol's full name, as the API identifies it."),
    name: datasetNameAttribute('Full name of the zvol, such as "tank/vm/disk0". Its parent dataset must exist.'),
    volsize: attr.number({
      required: true,
      description:
        'Size in bytes (write provider::truenas::parse_size("32G") for readable sizes); a multiple of volblocksize. Growing it resizes in place; shrinking is refused unless allow_shrink is set.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    volblocksize: attr.string({
      optional: true,
      computed: true,
      description:
        'Block size of the volume, a power of two from 512 to 128K, such as "16K". Unset, the server picks 16K, or 128K on a dRAID pool (which takes no less than 32K); the value read back is kept.',
      validators: [validators.custom('a power of two from 512 to 128K', (v) => (typeof v === 'string' ? volblocksizeProblem(v) : undefined))],
      semanticEquals: (a, b) => typeof a === 'string' && typeof b === 'string' && sameSize(a, b),
      planModifiers: [keepEquivalentState(sameSize), planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    // Optional and computed rather than defaulting to false: a zvol cannot change between thin and
    // thick in place (pool.dataset.update takes no `sparse`), so with a default, removing
    // `sparse = true` planned false and replaced the zvol, its data lost.
    sparse: attr.bool({
      optional: true,
      computed: true,
      description:
        'Thin provisioning: reserve no space for the volume up front (false when unset at creation). Changing it replaces the zvol; removing it from the configuration keeps the zvol as it is.',
      planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    force_size: attr.bool({ default: false, description: 'Allow a volsize above 80% of the space available on the pool (the server refuses that otherwise).' }),
    allow_shrink: attr.bool({
      default: false,
      description:
        'Allow a smaller volsize: TrueNAS cannot shrink a zvol in place, so the zvol is destroyed and created anew, and its data is lost. Off by default: shrinking is refused (a warning at plan time, the error at apply, before any change).',
    }),
    compression: zfsEnum(
      'Compression algorithm, such as "lz4" or "zstd"; inherited from the parent when unset at creation.',
      COMPRESSION.pattern,
      COMPRESSION.explanation,
    ),
    sync: zfsEnum('Synchronous write behaviour: standard, always or disabled; inherited when unset at creation.', SYNC.pattern, SYNC.explanation),
    deduplication: zfsEnum('Deduplication: on, off or verify; inherited when unset at creation.', DEDUPLICATION.pattern, DEDUPLICATION.explanation),
    readonly: zfsSwitch(
      "Whether the volume is read-only; inherited when unset at creation. For a zvol exported by a truenas_iscsi_extent leave it unset: the extent's ro decides and the server couples the two (setting one rewrites the other). Not offered in `inherit`: an extent sets it on the zvol.",
      false,
    ),
    comments: zfsText('Free-text comment stored with the zvol.'),
    inherit: inheritAttribute(inheritable),
    device_path: keptString('The block device path, /dev/zvol/<name>.'),
    used: attr.number({ computed: true, description: 'Bytes the zvol uses on the pool (its reservation unless sparse).' }),
    available: attr.number({ computed: true, description: 'Bytes available to the zvol.' }),
  },
});

export type ZvolModel = ModelOf<typeof zvolSchema>;

export function zvolToModel(zvol: Dataset, known: Partial<ZvolModel>): ZvolModel {
  return {
    id: zvol.id,
    name: zvol.name,
    volsize: zvol.volsize ?? 0,
    // What the zvol has (the default depends on the pool's layout); what is known when a server leaves it out.
    volblocksize: zvol.volblocksize !== null ? formatSize(zvol.volblocksize) : (known.volblocksize ?? null),
    sparse: (zvol.refreservation ?? 0) === 0,
    force_size: known.force_size ?? false,
    allow_shrink: known.allow_shrink ?? false,
    ...(readFields(properties, zvol) as Pick<ZvolModel, 'compression' | 'sync' | 'deduplication' | 'readonly' | 'comments'>),
    inherit: stillInherited(zvol, known.inherit ?? null),
    device_path: `/dev/zvol/${zvol.name}`,
    used: zvol.used,
    available: zvol.available,
  };
}

async function readZvol(client: TrueNASClient, name: string, known: Partial<ZvolModel>): Promise<ZvolModel | null> {
  const zvol = await findDataset(client, name, 'VOLUME');
  return zvol ? zvolToModel(zvol, known) : null;
}

/** Whether the pool is dRAID (`pool.is_draid_pool`: a data vdev, or on 26.0 a special one, of type draid; plugins/pool_/pool.py@TS-25.10.6:616-621, @TS-26.0.0-BETA.3:752-758). */
async function isDraidPool(client: TrueNASClient, poolName: string): Promise<boolean> {
  const [pool] = await client.system.pools([['name', '=', poolName]]);
  const vdevs = [...(pool?.topology?.data ?? []), ...((await client.serverAtLeast('26.0')) ? (pool?.topology?.special ?? []) : [])];
  return vdevs.some((vdev) => vdev.type.toUpperCase().startsWith('DRAID'));
}

/** Per client, each pool's answer: a plan of many new zvols asks once per pool (a pool's layout does not change during a command). */
const draidPools = new WeakMap<TrueNASClient, Map<string, Promise<boolean>>>();

function onDraidPool(client: TrueNASClient, zvolName: string): Promise<boolean> {
  const poolName = zvolName.split('/')[0] ?? '';
  let pools = draidPools.get(client);
  if (pools === undefined) draidPools.set(client, (pools = new Map()));
  let answer = pools.get(poolName);
  if (answer === undefined) {
    answer = isDraidPool(client, poolName);
    // A failed query is not remembered: the next plan asks again.
    answer.catch(() => pools.delete(poolName));
    pools.set(poolName, answer);
  }
  return answer;
}

/**
 * The block size the zvol will have, when known at plan time. On create the server's default
 * depends on the pool's layout, and a dRAID pool refuses small ones: asked of the server when
 * the configuration's name is known.
 */
async function plannedVolblocksize(ctx: PlanContext<TrueNASProviderData>): Promise<string | undefined> {
  const configured = ctx.config.isNull('volblocksize') ? undefined : ctx.config.string('volblocksize');
  if (!ctx.creating) return configured ?? ctx.prior.string('volblocksize');
  const client = ctx.provider?.client;
  const name = ctx.config.isKnown('name') ? ctx.config.string('name') : undefined;
  const draid = client !== undefined && name !== undefined && name !== null && (await onDraidPool(client, name));
  if (draid && configured !== undefined && volblocksizeProblem(configured) === undefined && parseSize(configured) < DRAID_MIN_VOLBLOCKSIZE) {
    ctx.error(
      'volblocksize',
      'volblocksize too small for a dRAID pool',
      `Pool "${name.split('/')[0]}" is dRAID, where TrueNAS takes a volblocksize of 32K or more ("Volume block size must be greater than or equal to 32K for dRAID pools"), not ${configured}. Set 32K or more, or leave it unset for the pool's default, 128K.`,
    );
  }
  return configured ?? (draid ? DRAID_DEFAULT_VOLBLOCKSIZE : DEFAULT_VOLBLOCKSIZE);
}

async function planVolsize(ctx: PlanContext<TrueNASProviderData>): Promise<void> {
  const blocksizeText = await plannedVolblocksize(ctx);
  const volsize = ctx.config.number('volsize');
  if (volsize === undefined) return;
  const prior = ctx.prior.number('volsize');
  if (!ctx.creating && prior !== undefined && volsize < prior) {
    if (ctx.config.bool('allow_shrink') === true) ctx.requireReplace('volsize');
    else {
      // Refused at apply (a warning now): terraform destroy plans the configuration first.
      ctx.refuseUpdate(
        'volsize',
        'Cannot shrink a zvol',
        `volsize ${volsize} (${formatSize(volsize)}) is smaller than the current ${prior} (${formatSize(prior)}) of ${ctx.prior.string('name') ?? 'the zvol'}. TrueNAS cannot shrink a zvol in place; set allow_shrink = true to replace it with a new, empty one (its data is lost).`,
      );
    }
  }
  if (blocksizeText === undefined || volblocksizeProblem(blocksizeText) !== undefined) return;
  const blocksize = parseSize(blocksizeText);
  if (volsize % blocksize !== 0) {
    ctx.error(
      'volsize',
      'volsize is not a multiple of volblocksize',
      `volsize ${volsize} must be a multiple of the volume block size ${blocksizeText} (${blocksize} bytes); for example ${Math.ceil(volsize / blocksize) * blocksize}.`,
    );
  }
}

export const zvolResource = truenasResource({
  name: 'truenas_zvol',
  schema: zvolSchema,
  ...keyedImport('name', { description: "the zvol's full name", example: 'tank/vm/disk0' }),
  validateConfig: (ctx) => validateInherit(ctx, inheritable),
  async modifyPlan(ctx) {
    await planVolsize(ctx);
    await planInherit(ctx, inheritable);
  },
  async create(ctx, plan) {
    const input = {
      name: plan.name,
      type: 'VOLUME',
      volsize: plan.volsize,
      sparse: plan.sparse ?? false,
      force_size: plan.force_size,
      ...(plan.volblocksize !== null ? { volblocksize: formatSize(parseSize(plan.volblocksize)) } : {}),
      ...createFields(properties, plan),
      ...inheritFields(plan.inherit),
    } as DatasetCreate;
    // pool.dataset.create answers with the zvol as a query would: no read-back needed.
    const toModel = (zvol: Dataset) => zvolToModel(zvol, plan);
    return toModel(await keepIncompleteCreate(ctx, () => ctx.provider.client.datasets.create(input), toModel));
  },
  async read(ctx, state) {
    return readZvol(ctx.provider.client, state.id ?? state.name, state);
  },
  async update(ctx, plan, prior) {
    const patch = { ...changedFields(properties, plan, prior), ...inheritFields(plan.inherit, prior.inherit) } as DatasetUpdate;
    if (plan.volsize !== prior.volsize) Object.assign(patch, { volsize: plan.volsize, force_size: plan.force_size });
    if (Object.keys(patch).length > 0) await ctx.provider.client.datasets.update(prior.id ?? prior.name, patch);
    const fresh = await readZvol(ctx.provider.client, prior.id ?? prior.name, plan);
    if (!fresh) throw new ProviderError('zvol vanished', `zvol ${plan.name} disappeared during the update.`);
    return fresh;
  },
  delete: (ctx, state) => deleteDatasetGuarded(ctx.provider.client, state.id ?? state.name, 'zvol'),
});
