// truenas_iscsi_auth: CHAP credentials that targets refer to by tag.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { IscsiAuth, IscsiAuthCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { unmaskedSecret } from '../shared/masked-secret.js';
import { planStoredSecretCleared } from '../shared/secret-attributes.js';

/** A CHAP secret as the server checks it (plugins/iscsi_/auth.py@TS-25.10.6:154-170 `_validate_secret`). */
function chapSecretProblem(v: string): string | undefined {
  if (v.length < 12 || v.length > 16) return `must be 12 to 16 characters long, got ${v.length}`;
  if (v !== v.trim()) return 'must not start or end with white space';
  if (v.includes('#')) return 'must not contain "#"';
  return undefined;
}

const CHAP_SECRET = validators.custom('12 to 16 characters, no leading or trailing white space, no "#"', (v) =>
  typeof v === 'string' && v !== '' ? chapSecretProblem(v) : undefined,
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
      description:
        'Authentication for discovery sessions: NONE, CHAP or CHAP_MUTUAL (one credential at most, with a peer user). TrueNAS 25.04 and 25.10 refuse any update of the credential holding CHAP_MUTUAL (they count it against itself; fixed in 26.0): there, set NONE in one apply and CHAP_MUTUAL again in the next.',
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
type AuthAttribute = keyof AuthModel & string;

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

/** The fields but the secret, the same on create and update. */
function fields(plan: PlanModelOf<typeof authSchema>): Omit<IscsiAuthCreate, 'secret'> {
  return {
    tag: plan.tag,
    user: plan.user,
    peeruser: plan.peeruser,
    peersecret: plan.peersecret_wo ?? plan.peersecret,
    discovery_auth: plan.discovery_auth as IscsiAuthCreate['discovery_auth'],
  };
}

/** The write-only secret first: the stored one is planned null while it is given (modifyPlan). */
const secretOf = (plan: PlanModelOf<typeof authSchema>): string | null => plan.secret_wo ?? plan.secret;

/**
 * An update without a secret (one given write-only before, no longer configured) leaves it out:
 * iscsi.auth.update merges the fields it is sent over the row (plugins/iscsi_/auth.py do_update
 * @TS-25.10.6), so the credential keeps its secret, where "" would be refused.
 */
function updateInput(plan: PlanModelOf<typeof authSchema>): Partial<IscsiAuthCreate> {
  const secret = secretOf(plan);
  return { ...fields(plan), ...(secret !== null ? { secret } : {}) };
}

/**
 * The server's peer rules (plugins/iscsi_/auth.py@TS-25.10.6:172-206 `validate`, the same on 25.04
 * and 26.0): a peer user and a peer secret go together, the peer secret differs from the secret,
 * and CHAP_MUTUAL discovery needs the peer user. "Only one CHAP_MUTUAL entry" depends on the other
 * credentials and is left to the server.
 */
function validatePeers(ctx: ValidateContext<AuthAttribute>): void {
  const peerUser = ctx.config.string('peeruser');
  const peerSecret = ctx.config.string('peersecret');
  const peerSecretGiven = (peerSecret !== undefined && peerSecret !== '') || !ctx.config.isNull('peersecret_wo');
  const known = ctx.config.isKnown('peeruser') && ctx.config.isKnown('peersecret') && ctx.config.isKnown('peersecret_wo');
  if (!known) return;
  const hasPeerUser = peerUser !== undefined && peerUser !== '';
  if (!hasPeerUser && peerSecretGiven)
    ctx.error('peersecret', 'Peer secret without a peer user', 'Set peeruser too: TrueNAS requires a peer user with a peer secret.');
  if (hasPeerUser && !peerSecretGiven)
    ctx.error('peeruser', 'Peer user without a peer secret', 'Set peersecret (or peersecret_wo) too: TrueNAS requires a peer secret with a peer user.');
  const secret = ctx.config.string('secret');
  if (hasPeerUser && secret !== undefined && secret !== '' && peerSecret === secret)
    ctx.error('peersecret', 'Peer secret equals the secret', 'TrueNAS refuses a peer secret that is the same as the secret.');
  if (!hasPeerUser && ctx.config.string('discovery_auth') === 'CHAP_MUTUAL')
    ctx.error('discovery_auth', 'Mutual CHAP without a peer user', 'discovery_auth = "CHAP_MUTUAL" needs peeruser and a peer secret.');
}

export const iscsiAuthResource = truenasResource({
  name: 'truenas_iscsi_auth',
  schema: authSchema,
  ...numericCrud({
    importId: numericImportId('credential'),
    group: (client) => client.iscsi.auth,
    toModel,
    // modifyPlan refuses a create without any secret.
    createInput: (plan) => ({ ...fields(plan), secret: secretOf(plan) ?? '' }),
    updateInput,
  }),
  validateConfig: validatePeers,
  modifyPlan(ctx) {
    // Not a schema rule: configuration generated by an import writes sensitive values as null,
    // and an existing credential keeps its secret.
    if (ctx.creating && ctx.config.get('secret') === null && ctx.config.get('secret_wo') === null)
      ctx.error('secret', 'Missing CHAP secret', 'Set secret, or secret_wo with secret_wo_version, to create the credential (12 to 16 characters).');
    planStoredSecretCleared(ctx, 'secret', 'secret_wo_version');
  },
});
