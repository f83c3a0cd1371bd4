// truenas_iscsi_portal: the addresses the iSCSI service listens on.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { Portal } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';

const portalSchema = schema({
  description: 'An iSCSI portal: the IP addresses the iSCSI service listens on (port from the global iSCSI configuration).',
  attributes: {
    id: numericId('portal'),
    listen: attr.list(ty.string, {
      required: true,
      description: 'IP addresses to listen on, such as ["0.0.0.0"] for every IPv4 address.',
      validators: [
        validators.custom('at least one address', (v) => (Array.isArray(v) && v.length === 0 ? 'must list at least one address' : undefined)),
        validators.each(validators.ipAddress()),
      ],
    }),
    comment: freeTextAttr('comment'),
    tag: attr.number({
      computed: true,
      description:
        'The portal group tag the server assigned: the count of portals + 1 at create; a portal delete numbers the others 1, 2, … again, so it can change then.',
    }),
    port: attr.number({ computed: true, description: 'The TCP port the portal listens on (the global iSCSI listen port).' }),
  },
});

type PortalModel = ModelOf<typeof portalSchema>;

function toModel(portal: Portal): PortalModel {
  return { id: portal.id, listen: portal.listen.map((l) => l.ip), comment: portal.comment, tag: portal.tag, port: portal.listen[0]?.port ?? null };
}

function input(plan: PlanModelOf<typeof portalSchema>) {
  return { listen: plan.listen.map((ip) => ({ ip })), comment: plan.comment };
}

export const iscsiPortalResource = truenasResource({
  name: 'truenas_iscsi_portal',
  schema: portalSchema,
  ...numericCrud({ importId: numericImportId('portal'), group: (client) => client.iscsi.portals, toModel, input }),
});
