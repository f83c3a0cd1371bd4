// What truenas_iscsi_extent and truenas_nvmet_namespace share about the zvols and files they
// export. From 25.10 a device is exported over one protocol only: an iSCSI extent on a zvol or
// file an NVMe-oF namespace uses is refused ("Disk currently in use by NVMe-oF subsystem <name>
// NSID <n>", plugins/iscsi_/extents.py@TS-25.10.6:472-476,519-523), and a namespace on one an
// extent uses ("This device_path already used by iSCSI extent: <name>",
// plugins/nvmet/namespace.py@TS-25.10.6:296-307); 26.0 the same. Both are said at plan time when
// the other object exists already; two new ones in one configuration are refused at apply, by
// the server, before anything is created.
//
// Both also leave a FILE device's backing file on the pool when they are deleted, unless the
// delete asks for `remove` (iscsi.extent.delete's `remove`, nvmet.namespace.delete's
// `options.remove`: only a FILE's file is unlinked, never a zvol — `remove_extent_file`,
// extents.py@TS-25.10.6:32-41; `remove_file`, namespace.py@TS-25.10.6:30-38; the same in 25.04
// and 26.0): `remove_file_on_destroy` opts in.
import { isDeepStrictEqual } from 'node:util';
import { attr } from '../../../framework/attributes.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { NvmetNamespace, TrueNASClient } from '../../../clients/truenas/index.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { deleteIfPresent, requireId } from './ids.js';

/** The NVMe-oF namespace exporting this device (`zvol/<name>` or a file path), if any. */
export async function namespaceOn(client: TrueNASClient, device: string): Promise<NvmetNamespace | undefined> {
  return (await client.nvmet.namespaces.query([['device_path', '=', device]]))[0];
}

/** How the server names a namespace in its refusals: `subsystem <name> NSID <n>`. */
export function namespaceLabel(ns: NvmetNamespace): string {
  return `subsystem ${ns.subsys.name ?? `#${ns.subsys.id}`} NSID ${ns.nsid ?? '?'}`;
}

/** The attribute's value when the plan creates the object or changes it; undefined otherwise (unknown, unset, unchanged). */
export function changedValue<K extends string>(ctx: PlanContext<TrueNASProviderData, K>, name: K): string | undefined {
  const value = ctx.config.isKnown(name) ? ctx.config.string(name) : undefined;
  if (!value || (!ctx.creating && ctx.prior.string(name) === value)) return undefined;
  return value;
}

/**
 * A FILE device's `filesize` may only grow: on the same path the server refuses a smaller one
 * ("Shrinking an extent is not allowed. This can lead to data loss.", extents.py@TS-25.10.6:637-642;
 * "Shrinking an namespace file is not allowed. …", namespace.py@TS-25.10.6:217-219). A warning at
 * plan time and the error at apply, before any call, as for a zvol's volsize (a destroy plans
 * the configuration first).
 */
export function refuseFileShrink<K extends string>(ctx: PlanContext<TrueNASProviderData, K | 'filesize'>, pathAttribute: K, owner: string): void {
  if (ctx.creating || !ctx.config.isKnown('filesize') || !ctx.config.isKnown(pathAttribute)) return;
  const size = ctx.config.number('filesize');
  const prior = ctx.prior.number('filesize');
  const path = ctx.config.string(pathAttribute);
  if (!size || !prior || size >= prior || path !== ctx.prior.string(pathAttribute)) return;
  ctx.refuseUpdate(
    'filesize',
    `Cannot shrink the ${owner}'s file`,
    `filesize ${size} is smaller than the current ${prior} of ${path}: TrueNAS only grows a FILE ${owner}'s file (shrinking loses data). Keep ${prior} or more.`,
  );
}

/** The `remove_file_on_destroy` attribute of a FILE extent or namespace (`owner`). */
export function removeFileOnDestroy(owner: string) {
  return attr.bool({
    default: false,
    description:
      `FILE ${owner}s only: also delete the backing file from the pool when the ${owner} is destroyed or replaced (its data is lost). ` +
      `Off by default: the server leaves the file, and a later FILE extent or namespace on the same path uses it as it is. ` +
      'Destroy reads this from the state: set it and apply before removing the resource from the configuration. A zvol is never deleted this way.',
  });
}

/** `remove_file_on_destroy = true` is for FILE devices only (`isFile`: undefined while the type is unknown). */
export function refuseRemoveFileUnlessFile<K extends string>(ctx: ValidateContext<K>, name: K, isFile: boolean | undefined, owner: string): void {
  if (isFile === false && ctx.config.bool(name) === true)
    ctx.error(
      name,
      `remove_file_on_destroy is for FILE ${owner}s`,
      `A zvol has no file to remove (the server never deletes a zvol with its ${owner}); remove the attribute.`,
    );
}

/**
 * An update that changes only `remove_file_on_destroy` (the provider's own setting) sends
 * nothing to the server; any other change goes through `update`.
 */
export async function updateUnlessOnlyRemoveFile<M extends { remove_file_on_destroy: boolean | null }>(
  plan: M,
  prior: M,
  update: () => Promise<M>,
): Promise<M> {
  const keys = Object.keys(plan) as (keyof M)[];
  const serverChanges = keys.filter((key) => key !== 'remove_file_on_destroy' && !isDeepStrictEqual(plan[key], prior[key]));
  return serverChanges.length > 0 ? update() : { ...prior, remove_file_on_destroy: plan.remove_file_on_destroy };
}

/**
 * Deletes an extent or namespace (one already gone counts as deleted), asking the server to
 * unlink the backing file only for a FILE export whose `remove_file_on_destroy` is true: the
 * remove option is never sent for a zvol. `send` makes the call, with or without that option.
 */
export async function deleteExport(
  state: { readonly id: number | null; readonly remove_file_on_destroy: boolean | null },
  fileBacked: boolean,
  send: (id: number, removeFile: boolean) => Promise<void>,
): Promise<void> {
  const id = requireId(state.id);
  await deleteIfPresent(() => send(id, fileBacked && state.remove_file_on_destroy === true));
}
