// truenas_nvmet_port: an address and transport the NVMe-oF target listens on.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { NvmetPort, NvmetPortCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { sameFields, sameFieldsOrNull } from '../../common/same-fields.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { nvmetOnly, updateDisablingFirst } from '../shared/nvmet.js';
import { keptString } from '../shared/named-objects.js';

const portSchema = schema({
  description:
    'An NVMe-oF port: a transport, address and service id the target listens on. Link subsystems to it with `truenas_nvmet_port_subsys`. TrueNAS 25.10 or later.',
  attributes: {
    id: numericId('port'),
    addr_trtype: attr.string({
      required: true,
      description: 'Transport: TCP, or RDMA (needs an RDMA-capable NIC and `truenas_nvmet_global.rdma`).',
      validators: [validators.oneOf('TCP', 'RDMA')],
    }),
    addr_traddr: attr.string({
      required: true,
      description: 'IPv4 or IPv6 address to listen on (one the system has, or 0.0.0.0 / ::).',
      validators: [validators.ipAddress()],
    }),
    addr_trsvcid: attr.number({
      default: 4420,
      description: 'TCP port (1024-65535, default 4420).',
      validators: [validators.integer(), validators.between(1024, 65535)],
    }),
    addr_adrfam: keptString('Address family TrueNAS derived from addr_traddr: IPV4 or IPV6.'),
    inline_data_size: attr.number({
      optional: true,
      description: 'Inline data size in bytes; unset for the default.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    max_queue_size: attr.number({
      optional: true,
      description: 'Largest queue size; unset for the default.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    pi_enable: attr.bool({ optional: true, description: 'Protection information; unset for the default.' }),
    enabled: attr.bool({ default: true, description: 'Listen on this port.' }),
  },
});

type PortModel = ModelOf<typeof portSchema>;

/** Settings the server leaves out when unset, under the same names. */
const OPTIONAL_FIELDS = ['inline_data_size', 'max_queue_size', 'pi_enable'] as const;

function toModel(port: NvmetPort): PortModel {
  return {
    id: port.id,
    addr_trtype: port.addr_trtype,
    addr_traddr: port.addr_traddr,
    addr_trsvcid: Number(port.addr_trsvcid),
    addr_adrfam: port.addr_adrfam,
    ...sameFieldsOrNull(port, OPTIONAL_FIELDS),
    enabled: port.enabled ?? true,
  };
}

function input(plan: PlanModelOf<typeof portSchema>): NvmetPortCreate {
  return {
    addr_trtype: plan.addr_trtype as NvmetPortCreate['addr_trtype'],
    addr_traddr: plan.addr_traddr,
    addr_trsvcid: plan.addr_trsvcid,
    ...sameFields(plan, OPTIONAL_FIELDS),
    enabled: plan.enabled,
  };
}

/** What an enabled port with linked subsystems cannot change while the target runs (plugins/nvmet/port.py:299-314). */
const ACTIVE_PORT_FIXED = ['addr_trtype', 'addr_traddr', 'addr_trsvcid', 'inline_data_size', 'max_queue_size', 'pi_enable'] as const;

const portCrud = numericCrud({ importId: numericImportId('port'), group: (client) => client.nvmet.ports, toModel, input });

export const nvmetPortResource = truenasResource({
  name: 'truenas_nvmet_port',
  schema: portSchema,
  modifyPlan: nvmetOnly('addr_traddr'),
  ...portCrud,
  update: (ctx, plan, prior) => updateDisablingFirst(ctx.provider.client.nvmet.ports, plan, prior, ACTIVE_PORT_FIXED, () => portCrud.update(ctx, plan, prior)),
});
