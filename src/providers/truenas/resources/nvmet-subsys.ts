// truenas_nvmet_subsys: an NVMe-oF subsystem, the unit hosts connect to; its namespaces are the
// disks they see.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { NvmetSubsys, NvmetSubsysCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { sameFields, sameFieldsOrNull } from '../../common/same-fields.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { nvmetOnly } from '../shared/nvmet.js';
import { keptString } from '../shared/named-objects.js';

const subsysSchema = schema({
  description:
    'An NVMe-oF subsystem: what hosts connect to. Give it namespaces (`truenas_nvmet_namespace`), make it reachable through ports (`truenas_nvmet_port_subsys`) and let hosts in (`allow_any_host` or `truenas_nvmet_host_subsys`). TrueNAS 25.10 or later.',
  attributes: {
    id: numericId('subsystem'),
    name: attr.string({ required: true, description: 'Unique name; the default NQN is `<basenqn>:<name>`.', validators: [validators.lengthBetween(1, 223)] }),
    subnqn: attr.string({
      optional: true,
      computed: true,
      description: "The subsystem's NQN; unset, TrueNAS makes it `<basenqn>:<name>` at creation and keeps it.",
      validators: [validators.lengthBetween(11, 223)],
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    serial: keptString('Serial number TrueNAS generated for the subsystem.'),
    allow_any_host: attr.bool({ default: false, description: 'Let every host connect, not only the linked ones.' }),
    pi_enable: attr.bool({ optional: true, description: 'Protection information; unset for the default.' }),
    qid_max: attr.number({
      optional: true,
      description: 'Most I/O queues a host may create; unset for the default.',
      validators: [validators.integer(), validators.between(1, 65535)],
    }),
    ieee_oui: attr.string({ optional: true, description: 'IEEE OUI reported for the subsystem; unset for the default.' }),
    ana: attr.bool({
      optional: true,
      description: 'Asymmetric Namespace Access for this subsystem (HA systems only); unset follows `truenas_nvmet_global.ana`.',
    }),
  },
});

type SubsysModel = ModelOf<typeof subsysSchema>;

/** Settings the server leaves out when unset, under the same names. */
const OPTIONAL_FIELDS = ['pi_enable', 'qid_max', 'ieee_oui', 'ana'] as const;

function toModel(subsys: NvmetSubsys): SubsysModel {
  return {
    id: subsys.id,
    name: subsys.name,
    subnqn: subsys.subnqn ?? null,
    serial: subsys.serial,
    allow_any_host: subsys.allow_any_host ?? false,
    ...sameFieldsOrNull(subsys, OPTIONAL_FIELDS),
  };
}

function input(plan: PlanModelOf<typeof subsysSchema>): NvmetSubsysCreate {
  return {
    name: plan.name,
    ...(plan.subnqn !== null ? { subnqn: plan.subnqn } : {}),
    allow_any_host: plan.allow_any_host,
    ...sameFields(plan, OPTIONAL_FIELDS),
  };
}

export const nvmetSubsysResource = truenasResource({
  name: 'truenas_nvmet_subsys',
  schema: subsysSchema,
  modifyPlan: nvmetOnly('name'),
  ...numericCrud({ importId: numericImportId('subsystem'), group: (client) => client.nvmet.subsystems, toModel, input }),
});
