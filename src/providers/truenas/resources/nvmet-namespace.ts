// truenas_nvmet_namespace: a zvol or file a subsystem exports as one NVMe namespace.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { NvmetNamespace, NvmetNamespaceCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { nvmetOnly, updateDisablingFirst } from '../shared/nvmet.js';
import { keptString } from '../shared/named-objects.js';

const namespaceSchema = schema({
  description: 'An NVMe-oF namespace: a zvol or a file a subsystem exports to its hosts. TrueNAS 25.10 or later.',
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
      description: 'Size in bytes of a FILE namespace (required for a new file; it may only grow).',
      validators: [validators.integer(), validators.atLeast(1)],
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
  },
});

type NamespaceModel = ModelOf<typeof namespaceSchema>;

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
}

function toModel(ns: NvmetNamespace): NamespaceModel {
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
  modifyPlan: nvmetOnly('subsys_id'),
  ...namespaceCrud,
  update: (ctx, plan, prior) =>
    updateDisablingFirst(ctx.provider.client.nvmet.namespaces, plan, prior, ACTIVE_NAMESPACE_FIXED, () => namespaceCrud.update(ctx, plan, prior)),
});
