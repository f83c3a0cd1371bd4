// truenas_iscsi_auth: CHAP credentials that targets refer to by tag.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { IscsiAuth, IscsiAuthCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { unmaskedSecret } from '../shared/masked-secret.js';

const CHAP_SECRET = validators.custom('12 to 16 characters', (v) =>
  typeof v === 'string' && v !== '' && (v.length < 12 || v.length > 16) ? `must be 12 to 16 characters long, got ${v.length}` : undefined,
);

const authSchema = schema({
  description: 'iSCSI CHAP credentials. Targets refer to them by tag in their groups (authmethod CHAP or CHAP_MUTUAL).',
  attributes: {
    id: numericId('credential'),
    tag: attr.number({
      required: true,
      description: 'Group tag that targets use to refer to these credentials; several credentials may share a tag.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    user: attr.string({ required: true, description: 'CHAP user name the initiator presents.' }),
    secret: attr.string({
      optional: true,
      computed: true,
      sensitive: true,
      description:
        'CHAP secret the initiator presents, 12 to 16 characters. Give it here or, kept out of state, as secret_wo (one of them is needed to create the credential). Unset on an existing credential (an imported one), the secret stays as it is.',
      validators: [CHAP_SECRET],
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    secret_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'CHAP secret, write-only: sent to TrueNAS (with every create and update) but never stored in the plan or state (Terraform 1.11+).',
      validators: [CHAP_SECRET],
    }),
    secret_wo_version: attr.number({
      optional: true,
      description: 'Required with secret_wo; change it to send a new secret_wo.',
      validators: [validators.integer()],
    }),
    peeruser: attr.string({ default: '', description: 'User name the target presents back for mutual CHAP; empty for one-way CHAP.' }),
    peersecret: attr.string({
      default: '',
      sensitive: true,
      description: 'Secret the target presents back for mutual CHAP, 12 to 16 characters; empty for one-way CHAP.',
      validators: [CHAP_SECRET],
    }),
    peersecret_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'Mutual CHAP secret, write-only: sent to TrueNAS but never stored; peersecret then stays empty in state.',
      validators: [CHAP_SECRET],
    }),
    peersecret_wo_version: attr.number({
      optional: true,
      description: 'Required with peersecret_wo; change it to send a new peersecret_wo.',
      validators: [validators.integer()],
    }),
    discovery_auth: attr.string({
      default: 'NONE',
      description: 'Authentication for discovery sessions: NONE, CHAP or CHAP_MUTUAL.',
      validators: [validators.oneOf('NONE', 'CHAP', 'CHAP_MUTUAL')],
    }),
  },
  rules: [
    rules.conflictsWith('secret', 'secret_wo'),
    rules.requiredWith('secret_wo', 'secret_wo_version'),
    rules.conflictsWith('peersecret', 'peersecret_wo'),
    rules.requiredWith('peersecret_wo', 'peersecret_wo_version'),
  ],
});

type AuthModel = ModelOf<typeof authSchema>;

/**
 * The server masks secrets as "********" for credentials that may not write them (an API key
 * without SHARING_ISCSI_AUTH_WRITE; truenas/middleware main.py@TS-25.10.6:836-847 `dump_result`):
 * a masked secret says nothing, so the known one stays.
 */

function toModel(auth: IscsiAuth, known: AuthModel): AuthModel {
  return {
    id: auth.id,
    tag: auth.tag,
    user: auth.user,
    // Secrets given write-only stay out of state, though TrueNAS returns them.
    secret: (known.secret_wo_version ?? null) !== null ? null : unmaskedSecret(auth.secret, known.secret),
    secret_wo: null,
    secret_wo_version: known.secret_wo_version ?? null,
    peeruser: auth.peeruser,
    peersecret: (known.peersecret_wo_version ?? null) !== null ? '' : unmaskedSecret(auth.peersecret, known.peersecret),
    peersecret_wo: null,
    peersecret_wo_version: known.peersecret_wo_version ?? null,
    discovery_auth: auth.discovery_auth ?? 'NONE',
  };
}

function input(plan: PlanModelOf<typeof authSchema>): IscsiAuthCreate {
  return {
    tag: plan.tag,
    user: plan.user,
    secret: plan.secret ?? plan.secret_wo ?? '',
    peeruser: plan.peeruser,
    peersecret: plan.peersecret_wo ?? plan.peersecret,
    discovery_auth: plan.discovery_auth as IscsiAuthCreate['discovery_auth'],
  };
}

export const iscsiAuthResource = truenasResource({
  name: 'truenas_iscsi_auth',
  schema: authSchema,
  ...numericCrud({ importId: numericImportId('credential'), group: (client) => client.iscsi.auth, toModel, input }),
  modifyPlan(ctx) {
    // Not a schema rule: configuration generated by an import writes sensitive values as null,
    // and an existing credential keeps its secret.
    if (ctx.creating && ctx.config.get('secret') === null && ctx.config.get('secret_wo') === null)
      ctx.error('secret', 'Missing CHAP secret', 'Set secret, or secret_wo with secret_wo_version, to create the credential (12 to 16 characters).');
  },
});
