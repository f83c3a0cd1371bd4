// truenas_iscsi_targetextent: maps an extent to a target as a LUN.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { TargetExtent } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';

const targetExtentSchema = schema({
  description: 'Maps an iSCSI extent to a target as a LUN.',
  attributes: {
    id: numericId('mapping'),
    target: attr.number({ required: true, description: 'Id of the target (truenas_iscsi_target.id).', planModifiers: [planModifiers.requiresReplace()] }),
    extent: attr.number({ required: true, description: 'Id of the extent (truenas_iscsi_extent.id).', planModifiers: [planModifiers.requiresReplace()] }),
    lun_id: attr.number({
      optional: true,
      computed: true,
      description: 'LUN number on the target, 0 to 16382; the server assigns the lowest free one when unset.',
      // plugins/iscsi_/target_to_extent.py@TS-25.10.6:250-256 refuses only lunid > 16382.
      validators: [validators.integer(), validators.between(0, 16382)],
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
  },
});

type TargetExtentModel = ModelOf<typeof targetExtentSchema>;

function toModel(mapping: TargetExtent): TargetExtentModel {
  return { id: mapping.id, target: mapping.target, extent: mapping.extent, lun_id: mapping.lunid };
}

function input(plan: TargetExtentModel) {
  return { target: plan.target, extent: plan.extent, lunid: plan.lun_id };
}

export const iscsiTargetExtentResource = truenasResource({
  name: 'truenas_iscsi_targetextent',
  schema: targetExtentSchema,
  ...numericCrud({ importId: numericImportId('mapping'), group: (client) => client.iscsi.targetExtents, toModel, input }),
});
