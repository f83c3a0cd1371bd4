// The `inherit` attribute of truenas_dataset and truenas_zvol: property attributes that must
// inherit from the parent. A property attribute left out of the configuration keeps whatever the
// dataset holds (zfs-attributes.ts), so putting a property back to inheriting needs its own
// statement: "INHERIT" in pool.dataset.update, which clears the local value (`{'source': 'INHERIT'}`
// to zfs.dataset.update, plugins/pool_/dataset.py@TS-25.10.6:756-757, @TS-25.04.2.6:914-915;
// `iprops`, @TS-26.0.0-BETA.3:840-843).
//
// State holds the listed names whose `source` on the server is not LOCAL: a property set locally
// outside terraform drops out at refresh, and the plan inherits it again. Unset is the empty
// list, which is also what an import reads (it cannot know the configuration's list): names newly
// listed over it that the dataset already inherits are no change (terraform keeps a prior value
// the provider deems equivalent), so a dataset made outside terraform imports without a no-op
// update; one set locally is inherited by the plan.
import { attr } from '../../../framework/attributes.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { UNKNOWN, type Value } from '../../../values/types.js';
import type { Dataset } from '../../../clients/truenas/index.js';
import type { TrueNASProviderData } from '../provider-data.js';

/**
 * The properties pool.dataset.update takes "INHERIT" for on 25.04, 25.10 and 26.0 alike
 * (`inheritable` true in the update's property table: plugins/pool_/dataset.py@TS-25.10.6:722-748,
 * @TS-25.04.2.6:880-906; `POOL_BASE_PROPERTIES` in plugins/pool_/utils.py@TS-26.0.0-BETA.3:261-290).
 * Not comments (its "INHERIT" is stored as the text itself on update), nor quotas and reservations
 * (not inheritable in ZFS; the schema takes only sizes).
 */
export const INHERITABLE_PROPERTIES = ['compression', 'sync', 'deduplication', 'atime', 'exec', 'readonly', 'recordsize'] as const;
export type InheritableProperty = (typeof INHERITABLE_PROPERTIES)[number];

/** The `inherit` attribute, for the property attributes `names` (a subset of INHERITABLE_PROPERTIES). */
export function inheritAttribute(names: readonly InheritableProperty[], note = '') {
  return attr.set(ty.string, {
    default: [],
    description:
      `Property attributes that inherit from the parent dataset (or take the ZFS default at the top): any of ${names.join(', ')}. ` +
      'Each one listed is put back to inheriting (TrueNAS "INHERIT") and may not be set in the configuration; its attribute reads the value it inherits. ' +
      'A listed property set on the dataset outside terraform is inherited again at the next apply. Removing a name from the list leaves the property as it is. ' +
      'After an import the state lists nothing; listing properties the dataset already inherits plans no change.' +
      note,
    validators: [validators.each(validators.oneOf(...names))],
  });
}

function listedNames(view: { get(name: 'inherit'): Value }): string[] {
  const value = view.get('inherit');
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
}

/** A property both set and listed in `inherit` is an error on the property. */
export function validateInherit<K extends string>(ctx: ValidateContext<K | 'inherit'>, names: readonly (K & InheritableProperty)[]): void {
  for (const name of listedNames(ctx.config)) {
    const property = names.find((candidate) => candidate === name);
    if (property !== undefined && !ctx.config.isNull(property)) {
      ctx.error(
        property,
        'Property both set and inherited',
        `"${property}" is set and also listed in "inherit". Remove it from "inherit" to keep the value set, or remove the "${property}" argument to inherit it from the parent.`,
      );
    }
  }
}

/**
 * A property newly listed in `inherit` takes the parent's value, which the plan cannot know. When
 * every newly listed property is one the dataset already inherits (an imported dataset, whose
 * state lists nothing), nothing changes: the plan keeps the prior list.
 */
export async function planInherit<K extends string>(
  ctx: PlanContext<TrueNASProviderData, K | 'inherit' | 'name'>,
  names: readonly (K & InheritableProperty)[],
): Promise<void> {
  const already = ctx.creating ? [] : listedNames(ctx.prior);
  const added = listedNames(ctx.planned).filter((name) => !already.includes(name));
  if (added.length === 0) return;
  if (!ctx.creating && !ctx.prior.isNull('inherit') && (await alreadyInherited(ctx, added))) {
    ctx.keepPrior('inherit');
    return;
  }
  for (const name of added) {
    const property = names.find((candidate) => candidate === name);
    if (property !== undefined) ctx.setPlanned(property, UNKNOWN);
  }
}

/** Whether the dataset inherits every one of `listed` now (none is set on it locally). */
async function alreadyInherited(ctx: PlanContext<TrueNASProviderData, 'name'>, listed: readonly string[]): Promise<boolean> {
  const client = ctx.provider?.client;
  const name = ctx.prior.string('name');
  if (client === undefined || name === undefined) return false;
  const dataset = await client.datasets.find(name);
  return dataset !== undefined && listed.every((property) => !isLocal(dataset, property));
}

/** The API fields that put the properties newly listed (not in `prior`) back to inheriting. */
export function inheritFields(listed: readonly string[] | null, prior: readonly string[] | null = null): Record<string, 'INHERIT'> {
  return Object.fromEntries((listed ?? []).filter((name) => !(prior ?? []).includes(name)).map((name) => [name, 'INHERIT']));
}

/** The listed names the dataset does not set locally (nothing listed, or an import: none). */
export function stillInherited(dataset: Dataset, listed: readonly string[] | null): string[] {
  return (listed ?? []).filter((name) => !isLocal(dataset, name));
}

/** The listed names the dataset nevertheless sets locally (a create preset overrode them). */
export function setLocally(dataset: Dataset, listed: readonly string[] | null): string[] {
  return (listed ?? []).filter((name) => isLocal(dataset, name));
}

function isLocal(dataset: Dataset, name: string): boolean {
  return dataset.sources[name as keyof Dataset['sources']] === 'LOCAL';
}
