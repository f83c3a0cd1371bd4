// A proxmox_node_disk_* resource from what its kind of object is (a ZFS pool, a volume group,
// ...) and the storage type `add_storage` makes on it: the shared attributes and operations of
// shared/node-disk-storage.ts, the 20-minute create and delete (a disk is partitioned and
// formatted), and `add_storage` read back from the storage configuration.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { DiskDeviceParams, VolumeGroupEntry } from '../../../clients/proxmox/endpoints/disks.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ImportIdDoc, ResourceDefinition, ValidateContext } from '../../../framework/resource.js';
import type { AttributeRule } from '../../../framework/rules.js';
import type { AttributeNameOf, AttributeSpec, ModelOf, PlanModelOf, Schema } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { proxmoxResource, type ProxmoxProviderData } from '../provider-data.js';
import { diskDeviceAttr, nodeDiskCrud, type NodeDiskKind } from './node-disk-storage.js';
import { idAttribute } from './key-attributes.js';

const replace = planModifiers.requiresReplace();

/** pve-storage-id (PVE/JSONSchema.pm `pve-storage-id`), which names the pool, volume group or mount. */
const STORAGE_ID = /^[a-z][a-z0-9\-_.]*[a-z0-9]$/i;

/** What a resource makes of the disks: `what` names the object ("ZFS pool"), `storageType` the storage add_storage adds on it. */
export interface NodeDiskObject {
  readonly what: string;
  readonly storageType: string;
}

/** id, node, name, add_storage and wipe_on_destroy. */
function nodeDiskAttributes({ what, storageType }: NodeDiskObject) {
  return {
    id: idAttribute('NODE/NAME.'),
    node: attr.string({ required: true, description: 'The node whose disks are used.', planModifiers: [replace] }),
    name: attr.string({
      required: true,
      description: `Name of the ${what} (a storage id: with add_storage, also the storage's).`,
      validators: [validators.textMatching(STORAGE_ID, 'a storage id: letters, digits, "-", "_" and ".", starting with a letter')],
      planModifiers: [replace],
    }),
    // Optional and computed, not default false: the web UI's disk dialogs tick "Add Storage", and
    // an imported object's storage must not plan a replacement when the configuration leaves it out.
    add_storage: attr.bool({
      optional: true,
      computed: true,
      description: `Also add a storage of type ${storageType} named like it, for this node only (needs Datastore.Allocate on /storage). Destroying with wipe_on_destroy removes it again (cleanup-config). Unset: false for a new ${what}; for an imported one whether such a storage exists (the web UI adds one by default), kept. Changing it replaces the ${what}.`,
      planModifiers: [planModifiers.useStateForUnknown(), replace],
    }),
    wipe_on_destroy: attr.bool({
      default: false,
      description: `On destroy, destroy the ${what} and wipe its disks (cleanup-disks), so all data on it is lost. Default false: destroying only removes it from the Terraform state, with a warning, and leaves the ${what}, its data and its disks as they are. Set it to true and apply before destroying.`,
    }),
  };
}

type NodeDiskAttributes = ReturnType<typeof nodeDiskAttributes>;

/** What destroy does, the same for every node disk resource (see wipe_on_destroy). */
const DESTROY = 'Destroying it only removes it from the Terraform state unless wipe_on_destroy is true.';

/** The schema of a node disk resource: the shared attributes, then the object's own; the description ends with what destroy does. */
export function nodeDiskSchema<A extends Record<string, AttributeSpec>>(
  object: NodeDiskObject,
  input: { readonly description: string; readonly attributes: A; readonly rules?: readonly AttributeRule<NoInfer<keyof A & string>>[] },
) {
  const attributes: NodeDiskAttributes & A = { ...nodeDiskAttributes(object), ...input.attributes };
  return schema({ description: `${input.description} ${DESTROY}`, attributes, ...(input.rules && { rules: input.rules }) });
}

/** The attributes of an object made of one whole disk (a volume group, a thin pool): the disk and the size the server reports. */
export function singleDiskAttributes({ what }: NodeDiskObject, example: string) {
  return {
    device: diskDeviceAttr(example),
    size: attr.number({ computed: true, description: `Size of the ${what} in bytes.`, planModifiers: [planModifiers.useStateForUnknown()] }),
  };
}

/** The plan of an object made of one whole disk, as far as its create request needs it. */
interface SingleDiskPlan {
  readonly name: string;
  readonly device: string;
  readonly add_storage: boolean | null;
}

/** What creating an object on one whole disk sends (POST disks/lvm and disks/lvmthin take the same three parameters). */
export function singleDiskParams(plan: SingleDiskPlan): DiskDeviceParams {
  return { name: plan.name, device: plan.device, addStorage: plan.add_storage ?? false };
}

/** The disk of a single-disk object, so that "already in use" names the `device` attribute. */
export function singleDiskDevices(plan: SingleDiskPlan): { attribute: string; values: readonly string[] } {
  return { attribute: 'device', values: [plan.device] };
}

/** The disk a volume group lies on, as an import reads it: its first physical volume (a single-disk group has one). */
export function volumeGroupDisk(group: VolumeGroupEntry | undefined): string | null {
  return group?.children?.[0]?.name ?? null;
}

/**
 * Whether `add_storage` made a storage for the object: an entry of that name and type, for the
 * object (`matches` compares e.g. its pool), that covers the node.
 */
async function storageAdded(
  client: ProxmoxClient,
  node: string,
  name: string,
  type: string,
  matches: (entry: Record<string, unknown>) => boolean,
): Promise<boolean> {
  const entry = await client.storage.find(name);
  if (entry === undefined || entry.type !== type || !matches(entry)) return false;
  return entry.nodes === undefined || entry.nodes.split(',').includes(node);
}

type Model<S> = ModelOf<S> & {
  readonly id: string | null;
  readonly node: string;
  readonly name: string;
  readonly add_storage: boolean | null;
  readonly wipe_on_destroy: boolean | null;
};
type Plan<S> = PlanModelOf<S> & Model<S>;

export interface NodeDiskResourceDefinition<S extends Schema, T> extends NodeDiskObject, Omit<NodeDiskKind<Model<S>, Plan<S>, T>, 'what'> {
  readonly name: string;
  readonly schema: S;
  readonly importId: ImportIdDoc;
  /** Whether a storage entry of `storageType` and this name is the one add_storage made on `object`. */
  readonly storageOf: (entry: Record<string, unknown>, object: T, known: Model<S>) => boolean;
  readonly validateConfig?: (ctx: ValidateContext<AttributeNameOf<S>>) => void;
}

export function nodeDiskResource<S extends Schema, T>(definition: NodeDiskResourceDefinition<S, T>): ResourceDefinition<S, ProxmoxProviderData> {
  const { name, schema, importId, validateConfig, storageOf, storageType, toModel, ...kind } = definition;
  // After an import add_storage is unknown: the storage configuration says whether it was made.
  const withStorage = async (object: T, known: Model<S>, client: ProxmoxClient): Promise<Model<S>> => ({
    ...(await toModel(object, known, client)),
    add_storage: known.add_storage ?? (await storageAdded(client, known.node, known.name, storageType, (entry) => storageOf(entry, object, known))),
  });
  const operations = nodeDiskCrud<Model<S>, Plan<S>, T>({ ...kind, toModel: withStorage });
  return proxmoxResource({
    name,
    schema,
    importId,
    timeouts: { create: '20m', delete: '20m' },
    ...(validateConfig && { validateConfig }),
    // The operations are typed by the shared model; every node disk schema has its attributes.
    ...(operations as unknown as Pick<ResourceDefinition<S, ProxmoxProviderData>, 'create' | 'read' | 'update' | 'delete' | 'importState'>),
  });
}
