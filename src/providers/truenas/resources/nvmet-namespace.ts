// truenas_nvmet_namespace: a zvol or file a subsystem exports as one NVMe namespace.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { NvmetNamespace, NvmetNamespaceCreate } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { NVMET_SINCE, nvmetOnly, updateDisablingFirst } from '../shared/nvmet.js';
import {
  changedValue,
  deleteExport,
  namespaceLabel,
  refuseFileShrink,
  refuseRemoveFileUnlessFile,
  removeFileOnDestroy,
  updateUnlessOnlyRemoveFile,
} from '../shared/exported-devices.js';
import { keptString } from '../shared/named-objects.js';

const namespaceSchema = schema({
  description:
    "An NVMe-oF namespace: a zvol or a file a subsystem exports to its hosts. TrueNAS 25.10 or later. A FILE namespace's file is made by the server (at `filesize`) when missing and stays on the pool when the namespace is destroyed, unless `remove_file_on_destroy` is set. A zvol or file is exported by one namespace only, and not by a namespace and an iSCSI extent at once: refused at plan time when the other one exists, at apply (before anything is created) when both are new.",
  attributes: {
    id: numericId('namespace'),
    subsys_id: attr.number({ required: true, description: 'The subsystem that exports it (`truenas_nvmet_subsys.id`).', validators: [validators.integer()] }),
    device_type: attr.string({ required: true, description: 'ZVOL or FILE.', validators: [validators.oneOf('ZVOL', 'FILE')] }),
    device_path: attr.string({
      required: true,
      description: 'For ZVOL, "zvol/<pool>/<name>" (such as `"zvol/${truenas_zvol.disk.name}"`); for FILE, a file path under /mnt/<pool>.',
    }),
    filesize: attr.number({
      optional: true,
      computed: true,
      description:
        'Size in bytes of a FILE namespace (required for a new file; it may only grow). Removing it from the configuration keeps the size TrueNAS has stored. A namespace made over an existing file without filesize has none stored, and TrueNAS cannot add one later (its update fails): grow the file, or replace the namespace.',
      validators: [validators.integer(), validators.atLeast(1)],
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    nsid: attr.number({
      optional: true,
      computed: true,
      description: 'Namespace id within the subsystem; unset, the lowest free one.',
      validators: [validators.integer(), validators.between(1, 4294967294)],
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    device_uuid: keptString('UUID TrueNAS generated for the namespace.'),
    device_nguid: keptString('NGUID TrueNAS generated for the namespace.'),
    enabled: attr.bool({ default: true, description: 'Export the namespace.' }),
    remove_file_on_destroy: removeFileOnDestroy('namespace'),
  },
});

type NamespaceModel = ModelOf<typeof namespaceSchema>;
type NamespaceAttribute = keyof NamespaceModel & string;

/** Each device type takes its own path form (plugins/nvmet/namespace.py `clean_type_and_path`). */
function validateDevice(ctx: ValidateContext): void {
  const type = ctx.config.isKnown('device_type') ? ctx.config.string('device_type') : undefined;
  const path = ctx.config.isKnown('device_path') ? ctx.config.string('device_path') : undefined;
  if (type === 'ZVOL') {
    if (path !== undefined && path !== null && !path.startsWith('zvol/'))
      ctx.error('device_path', 'Not a zvol path', `A ZVOL namespace takes "zvol/<pool>/<name>", got "${path}".`);
    if (!ctx.config.isNull('filesize')) ctx.error('filesize', 'filesize is for FILE namespaces', 'A ZVOL namespace has the size of its zvol.');
  } else if (type === 'FILE') {
    if (path !== undefined && path !== null && !/^\/mnt\/[^/]+\/.+[^/]$/.test(path))
      ctx.error('device_path', 'Not a file under /mnt', `A FILE namespace takes a file path on a dataset, such as "/mnt/tank/nvme/disk0.img", got "${path}".`);
  }
  refuseRemoveFileUnlessFile(ctx, 'remove_file_on_destroy', type === undefined || type === null ? undefined : type === 'FILE', 'namespace');
}

/**
 * The release gate, then what the server refuses about the device when another object exports it
 * already (plugins/nvmet/namespace.py@TS-25.10.6:286-307, the same @TS-26.0.0-BETA.3): a zvol or
 * file of an iSCSI extent ("This device_path already used by iSCSI extent: <name>") or of another
 * namespace ("This device_path already used by subsystem: <name>"). Two new ones in the same
 * plan are refused at apply, before anything is created.
 */
async function planDeviceFree(ctx: PlanContext<TrueNASProviderData, NamespaceAttribute>): Promise<void> {
  await nvmetOnly('subsys_id')(ctx);
  refuseFileShrink(ctx, 'device_path', 'namespace');
  planFilesize(ctx);
  const client = ctx.provider?.client;
  const path = changedValue(ctx, 'device_path');
  if (!path || !client || !(await client.serverAtLeast(NVMET_SINCE))) return;
  const extent = (await client.iscsi.extents.query([['path', '=', path]]))[0];
  if (extent) {
    ctx.error(
      'device_path',
      'Device already exported over iSCSI',
      `iSCSI extent "${extent.name}" (id ${extent.id}) already exports ${path}, and TrueNAS refuses a namespace on it too ("This device_path already used by iSCSI extent: ${extent.name}"). Export each zvol or file over one protocol: choose another device, or remove the extent first, in an apply of its own (terraform does not order destroying it before creating this namespace).`,
    );
  }
  const priorId = ctx.prior.number('id');
  const other = (await client.nvmet.namespaces.query([['device_path', '=', path]])).find((ns) => ns.id !== priorId);
  if (other) {
    ctx.error(
      'device_path',
      'Device already exported over NVMe-oF',
      `NVMe-oF namespace ${namespaceLabel(other)} (id ${other.id}) already exports ${path}; TrueNAS allows one namespace per device ("This device_path already used by subsystem: ${other.subsys.name ?? other.subsys.id}").`,
    );
  }
}

/**
 * A ZVOL namespace has no filesize (a stored one from a FILE past is not kept). A FILE namespace
 * stored without one (made over an existing file) cannot be given one: the server's update compares
 * the new size with `int(old['filesize'])` and fails on None ("int() argument must be … not
 * 'NoneType'", plugins/nvmet/namespace.py save_file @TS-25.10.6:208-219, the same @TS-26.0.0-BETA.3:218-229).
 */
function planFilesize(ctx: PlanContext<TrueNASProviderData, NamespaceAttribute>): void {
  if (ctx.config.isKnown('device_type') && ctx.config.string('device_type') === 'ZVOL' && ctx.config.isNull('filesize')) ctx.setPlanned('filesize', null);
  if (ctx.creating || ctx.config.string('device_type') !== 'FILE' || ctx.prior.string('device_type') !== 'FILE') return;
  if (!ctx.prior.isNull('filesize') || ctx.config.isNull('filesize') || !ctx.config.isKnown('filesize')) return;
  ctx.error(
    'filesize',
    'TrueNAS cannot add a size to this namespace',
    `Namespace ${ctx.prior.number('id') ?? ''} was made over an existing file without filesize, so TrueNAS stores none, and its update fails on a new one (it compares it with the missing size). Leave filesize unset and grow the file outside TrueNAS, or replace the namespace (terraform apply -replace) with filesize set.`,
  );
}

function toModel(ns: NvmetNamespace, known: Partial<NamespaceModel>): NamespaceModel {
  return {
    id: ns.id,
    subsys_id: ns.subsys.id,
    device_type: ns.device_type,
    device_path: ns.device_path,
    filesize: ns.filesize ?? null,
    nsid: ns.nsid ?? null,
    device_uuid: ns.device_uuid,
    device_nguid: ns.device_nguid,
    enabled: ns.enabled ?? true,
    remove_file_on_destroy: known.remove_file_on_destroy ?? false,
  };
}

function input(plan: PlanModelOf<typeof namespaceSchema>): NvmetNamespaceCreate {
  return {
    subsys_id: plan.subsys_id,
    device_type: plan.device_type as NvmetNamespaceCreate['device_type'],
    device_path: plan.device_path,
    filesize: plan.filesize,
    ...(plan.nsid !== null ? { nsid: plan.nsid } : {}),
    enabled: plan.enabled,
  };
}

/** What an enabled namespace cannot change while the target runs (plugins/nvmet/namespace.py:309-320). */
const ACTIVE_NAMESPACE_FIXED = ['subsys_id', 'device_type', 'device_path', 'nsid'] as const;

const namespaceCrud = numericCrud({ importId: numericImportId('namespace'), group: (client) => client.nvmet.namespaces, toModel, input });

export const nvmetNamespaceResource = truenasResource({
  name: 'truenas_nvmet_namespace',
  schema: namespaceSchema,
  validateConfig: validateDevice,
  modifyPlan: planDeviceFree,
  ...namespaceCrud,
  update: (ctx, plan, prior) =>
    updateUnlessOnlyRemoveFile(plan, prior, () =>
      updateDisablingFirst(ctx.provider.client.nvmet.namespaces, plan, prior, ACTIVE_NAMESPACE_FIXED, () => namespaceCrud.update(ctx, plan, prior)),
    ),
  delete: (ctx, state) =>
    deleteExport(state, state.device_type === 'FILE', (id, removeFile) =>
      removeFile ? ctx.provider.client.nvmet.namespaces.delete(id, { remove: true }) : ctx.provider.client.nvmet.namespaces.delete(id),
    ),
});
