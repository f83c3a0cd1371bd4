// `proxmox_sdn_ipam`: an IPAM SDN zones register subnets and guest addresses in (netbox,
// phpipam; "pve" is built in). IPAMs are written directly, without an apply.
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { sdnKeyAttributes, sdnResource, sdnTypeAttribute } from '../shared/sdn-resource.js';
import { typeOptionProblems } from '../shared/type-option-problems.js';
import { secretToSend, writeOnlyTwin } from '../shared/write-only-secret.js';
const apiToken = writeOnlyTwin('token', 'The API token');

const ipamSchema = schema({
  description: 'An SDN IPAM: NetBox or phpIPAM (the built-in "pve" IPAM always exists). Applies at once, no SDN apply needed.',
  attributes: {
    ...sdnKeyAttributes('ipam', 'IPAM', 'IPAM id: a letter, then letters and digits, at least 2 characters.'),
    type: sdnTypeAttribute('IPAM', ['netbox', 'phpipam']),
    url: attr.string({ required: true, description: 'API URL of the IPAM.' }),
    token: attr.string({
      optional: true,
      sensitive: true,
      description:
        'API token, stored in state (never read back). Creating needs it or token_wo; removing both later keeps the token on the server (Proxmox needs one and cannot delete it).',
    }),
    token_wo: apiToken.secret,
    token_wo_version: apiToken.version,
    section: attr.number({ optional: true, description: 'phpipam: the section id (required there).' }),
    fingerprint: attr.string({
      optional: true,
      description: "SHA-256 fingerprint of the IPAM's certificate (32 colon-separated hex bytes).",
      validators: [validators.textMatching(/^([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}$/, '32 colon-separated hex bytes')],
    }),
  },
  rules: [rules.conflictsWith('token', 'token_wo'), rules.requiredWith('token_wo', 'token_wo_version')],
});

const IPAM_FIELDS = fields([
  ['url', 'url', 'string'],
  ['section', 'section', 'number'],
  ['fingerprint', 'fingerprint', 'string'],
] as const);

export const sdnIpamResource = sdnResource({
  section: 'ipam',
  schema: ipamSchema,
  importId: { description: 'the IPAM id (the token is not read back: set it in the configuration)', example: 'netbox' },
  fields: IPAM_FIELDS,
  // The server never returns the token: the stored one and the write-only version come from the plan or state.
  unread: (known) => ({ token: known.token, token_wo: null, token_wo_version: known.token_wo_version }),
  extraParams: (plan, prior) => ({
    token: secretToSend(plan.token, plan.token_wo, plan.token_wo_version, prior && { value: prior.token, version: prior.token_wo_version }).value,
  }),
  modifyPlan(ctx) {
    // Import leaves the token unset (it is not read back); only creating needs one.
    if (ctx.creating && ctx.config.get('token') === null && ctx.config.get('token_wo') === null)
      ctx.error('token', 'Missing IPAM token', 'Set token or token_wo (with token_wo_version) to create the IPAM.');
  },
  // Only phpIPAM has sections (pve-network src/PVE/Network/SDN/Ipams/PhpIpamPlugin.pm).
  typeOptions: {
    attributes: ['section'],
    problems: (type, set) => typeOptionProblems('IPAM', type, ['section'], set, { takes: () => type !== 'netbox', needs: () => type === 'phpipam' }),
  },
});
