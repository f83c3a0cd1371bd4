// truenas_iscsi_initiator: a group of initiators (IQNs) allowed to connect to a target.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { Initiator } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';

const initiatorSchema = schema({
  description: 'An iSCSI initiator group: the initiators allowed to connect to the targets that name it.',
  attributes: {
    id: numericId('initiator group'),
    initiators: attr.list(ty.string, { default: [], description: 'Initiator IQNs, such as "iqn.1993-08.org.debian:01:abc"; every initiator when empty.' }),
    comment: freeTextAttr('comment'),
  },
});

type InitiatorModel = ModelOf<typeof initiatorSchema>;

function toModel(initiator: Initiator): InitiatorModel {
  return { id: initiator.id, initiators: initiator.initiators, comment: initiator.comment };
}

function input(plan: PlanModelOf<typeof initiatorSchema>) {
  return { initiators: plan.initiators, comment: plan.comment };
}

export const iscsiInitiatorResource = truenasResource({
  name: 'truenas_iscsi_initiator',
  schema: initiatorSchema,
  ...numericCrud({ importId: numericImportId('initiator group'), group: (client) => client.iscsi.initiators, toModel, input }),
});
