// truenas_nvmet_host_subsys and truenas_nvmet_port_subsys: the links that let a host into a
// subsystem and make a subsystem reachable through a port. One mapping for both.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { NvmetHostSubsysCreate, NvmetPortSubsysCreate, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId, type NumericCrudGroup } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { nvmetOnly } from '../shared/nvmet.js';

type Side = 'host' | 'port';

interface LinkRow {
  id: number;
  subsys: { id: number };
  host?: { id: number };
  port?: { id: number };
}

const endpoint = (side: Side) =>
  attr.number({ required: true, description: `The ${side} (\`truenas_nvmet_${side}.id\`).`, validators: [validators.integer()] });
const subsysId = () => attr.number({ required: true, description: 'The subsystem (`truenas_nvmet_subsys.id`).', validators: [validators.integer()] });

/** The CRUD operations of a link whose other end is `side`. */
function linkCrud<M extends { id: number | null; subsys_id: number }, C extends { subsys_id: number }>(
  side: Side,
  group: (client: TrueNASClient) => NumericCrudGroup<LinkRow, C, Partial<C>>,
) {
  const key = `${side}_id`;
  return numericCrud<M, M, LinkRow, C, Partial<C>>({
    importId: numericImportId('link'),
    group,
    toModel: (row) => ({ id: row.id, subsys_id: row.subsys.id, [key]: row[side]?.id ?? null }) as unknown as M,
    input: (plan) => ({ [key]: Number((plan as Record<string, unknown>)[key]), subsys_id: plan.subsys_id }) as unknown as C,
  });
}

const hostLinkSchema = schema({
  description: 'Lets an NVMe-oF host into a subsystem (needed unless the subsystem has `allow_any_host`). TrueNAS 25.10 or later.',
  attributes: { id: numericId('link'), host_id: endpoint('host'), subsys_id: subsysId() },
});

const portLinkSchema = schema({
  description: 'Makes an NVMe-oF subsystem reachable through a port. TrueNAS 25.10 or later.',
  attributes: { id: numericId('link'), port_id: endpoint('port'), subsys_id: subsysId() },
});

/** Name, import id and example of the link to `side`. */
const described = (side: Side) => ({
  name: `truenas_nvmet_${side}_subsys`,
  example: `resource "truenas_nvmet_${side}_subsys" "${side === 'host' ? 'pve1' : 'tcp'}_vm" {
  ${side}_id   = truenas_nvmet_${side}.${side === 'host' ? 'pve1' : 'tcp'}.id
  subsys_id = truenas_nvmet_subsys.vm.id
}`,
});

export const nvmetHostSubsysResource = truenasResource({
  ...described('host'),
  schema: hostLinkSchema,
  modifyPlan: nvmetOnly('host_id'),
  ...linkCrud<ModelOf<typeof hostLinkSchema>, NvmetHostSubsysCreate>('host', (client) => client.nvmet.hostSubsys),
});

export const nvmetPortSubsysResource = truenasResource({
  ...described('port'),
  schema: portLinkSchema,
  modifyPlan: nvmetOnly('port_id'),
  ...linkCrud<ModelOf<typeof portLinkSchema>, NvmetPortSubsysCreate>('port', (client) => client.nvmet.portSubsys),
});
