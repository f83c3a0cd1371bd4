// What proxmox_node_disk_{zfs,lvm,lvmthin,directory} share. Each makes free disks of a node into
// a ZFS pool, a volume group, a thin pool or a mounted directory (pve-storage
// PVE/API2/Disks/*.pm). None can be reshaped in place, so every setting forces replacement; and
// since destroying one destroys its data, destroy only forgets it (with a warning) unless
// `wipe_on_destroy` asks for the real thing. Settings the server does not report (the device a
// directory was made on, a pool's ashift and compression) are adopted from the configuration
// after an import instead of forcing a replacement.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { ProxmoxApiError, ProxmoxTaskError } from '../../../clients/proxmox/errors.js';
import { attr } from '../../../framework/attributes.js';
import { AttributeError, attributePath } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { OperationContext, WriteContext } from '../../../framework/resource.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { replaceWhenChangedBetweenValues } from '../../common/create-only.js';
import { createByName } from './lost-create.js';

const replace = planModifiers.requiresReplace();

/**
 * Replacement for a change of a setting the server does not report: after an import (no prior
 * value) the configured one is taken as is; removed from the configuration, it keeps what the
 * object was made with (the server offers no way to unset it, and a replacement could not make a
 * directory without its device, while a pool made anew on the same disks would be refused or,
 * with wipe_on_destroy, wipe them only to restore a default).
 */
export const replaceOnceKnown = replaceWhenChangedBetweenValues(
  'changing it forces replacement; removing it keeps the setting the object was made with; after an import, where the server does not report it, the configured value is adopted',
);

/** A block device path under /dev (`verify_blockdev_path` refuses others). */
const devicePath = validators.textMatching(/^\/dev\/\S+$/, 'a block device path such as "/dev/sdb" or "/dev/disk/by-id/…"');

const freeDisk = (example: string) => `The free disk, such as "${example}" (data "proxmox_node_disks" with unused_only = true lists them).`;

/** The one free disk an object takes, such as "/dev/sdb", as the server reports it. */
export function diskDeviceAttr(example: string) {
  return attr.string({ required: true, description: freeDisk(example), validators: [devicePath], planModifiers: [replace] });
}

/**
 * The same when the server does not report it: needed to create the object, left unset by an
 * import (the configured one is adopted then; see `replaceOnceKnown`). Pair it with
 * `rules.oneOfToCreate('device')`.
 */
export function unreportedDiskDeviceAttr(example: string, why: string) {
  return attr.string({
    optional: true,
    description: `${freeDisk(example)} Needed to create it; an imported one may leave it unset, and removing it later keeps the object: ${why}`,
    validators: [devicePath],
    planModifiers: [replaceOnceKnown],
  });
}

interface NodeDiskModel {
  readonly node: string;
  readonly name: string;
  readonly add_storage: boolean | null;
  readonly wipe_on_destroy: boolean | null;
}

export function nodeDiskId(model: Pick<NodeDiskModel, 'node' | 'name'>): string {
  return `${model.node}/${model.name}`;
}

/** NODE/NAME. */
export function parseNodeDiskId(id: string): { node: string; name: string } {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(id);
  if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/NAME such as "pve/tank", got "${id}".`);
  return { node: match[1]!, name: match[2]! };
}

/** What a resource's kind of object does on the server. */
export interface NodeDiskKind<M extends NodeDiskModel, PM extends M, T> {
  /** "ZFS pool", "volume group", …, for messages. */
  readonly what: string;
  /** The object on the node, undefined when it has none of that name. */
  readonly find: (client: ProxmoxClient, node: string, name: string) => Promise<T | undefined>;
  readonly create: (client: ProxmoxClient, plan: PM, ctx: OperationContext<ProxmoxProviderData>) => Promise<void>;
  /** Destroys it, wiping its disks; `config` also removes the storage entry. */
  readonly destroy: (client: ProxmoxClient, state: M, config: boolean, ctx: OperationContext<ProxmoxProviderData>) => Promise<void>;
  /** The model from the server's object; `known` is the plan, state or import it replaces. */
  readonly toModel: (object: T, known: M, client: ProxmoxClient) => M | Promise<M>;
  /** The attribute naming the devices (for the in-use error) and their configured values. */
  readonly devices: (plan: PM) => { attribute: string; values: readonly string[] };
}

type Ctx = OperationContext<ProxmoxProviderData>;

/** pve-storage PVE/Diskmanage.pm `assert_disk_unused`: "device '/dev/sdb' is already in use". */
const IN_USE = /device '([^']+)' is already in use/;

function serverText(error: unknown): string | undefined {
  if (error instanceof ProxmoxApiError) return error.serverMessage;
  if (error instanceof ProxmoxTaskError) return error.exitStatus;
  return undefined;
}

/** The in-use refusal as an error on the device's attribute, with what to do about it. */
export function inUseError(error: unknown, devices: { attribute: string; values: readonly string[] }): AttributeError | undefined {
  const match = IN_USE.exec(serverText(error) ?? '');
  if (!match) return undefined;
  const device = match[1]!;
  const index = devices.values.indexOf(device);
  const path = index >= 0 && devices.attribute === 'devices' ? attributePath(devices.attribute, index) : attributePath(devices.attribute);
  return new AttributeError(
    path,
    'Disk in use',
    `Proxmox VE refuses ${device}: the disk already holds something (partitions, LVM, ZFS or a file system). ` +
      'Pick a free disk (data "proxmox_node_disks" with unused_only = true lists them); a disk is never wiped to make room.',
  );
}

export function nodeDiskCrud<M extends NodeDiskModel & { readonly id: string | null }, PM extends M, T>(kind: NodeDiskKind<M, PM, T>) {
  async function read(ctx: Ctx, known: M): Promise<M | null> {
    const object = await kind.find(ctx.provider.client, known.node, known.name);
    if (object === undefined) return null;
    const model = await kind.toModel(object, { ...known, id: nodeDiskId(known) }, ctx.provider.client);
    return { ...model, wipe_on_destroy: known.wipe_on_destroy ?? false };
  }
  return {
    async create(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM): Promise<M> {
      try {
        // A task that failed after making the object (adding the storage entry, say), or whose
        // answer was lost, leaves it on the node: it is recorded (tainted), so it is not orphaned.
        // One of that name there before is refused, for a volume group only inside the task
        // (pve-storage API2/Disks/LVM.pm): it is never taken for one this create made.
        await createByName({
          what: `the ${kind.what} "${plan.name}"`,
          exists: async () => (await kind.find(ctx.provider.client, plan.node, plan.name)) !== undefined,
          create: () => kind.create(ctx.provider.client, plan, ctx),
          record: () => ctx.savePartialState({ ...plan, id: nodeDiskId(plan) }),
        });
      } catch (error) {
        throw inUseError(error, kind.devices(plan)) ?? error;
      }
      const model = await read(ctx, plan);
      if (model === null) throw new Error(`the ${kind.what} "${plan.name}" was created but node "${plan.node}" does not list it`);
      return model;
    },
    read,
    // Only wipe_on_destroy changes in place (every other attribute forces replacement), and
    // settings adopted after an import: both are Terraform's alone.
    async update(ctx: WriteContext<ProxmoxProviderData, M>, plan: PM): Promise<M> {
      const model = await read(ctx, plan);
      if (model === null) throw new Error(`the ${kind.what} "${plan.name}" is gone from node "${plan.node}"`);
      return model;
    },
    async delete(ctx: Ctx, state: M): Promise<void> {
      if (state.wipe_on_destroy !== true) {
        ctx.warn(
          `The ${kind.what} "${state.name}" was kept`,
          `Destroying removed ${nodeDiskId(state)} from the Terraform state only: the ${kind.what}, its data and its disks on node "${state.node}" are unchanged` +
            `${state.add_storage === true ? `, and so is the storage "${state.name}"` : ''}. ` +
            'To destroy it and wipe its disks, set wipe_on_destroy = true and apply before destroying.',
        );
        return;
      }
      if ((await kind.find(ctx.provider.client, state.node, state.name)) === undefined) return;
      await kind.destroy(ctx.provider.client, state, state.add_storage === true, ctx);
    },
    importState(id: string) {
      return parseNodeDiskId(id);
    },
  };
}
