// `proxmox_acme_account`: an account at an ACME CA (Let's Encrypt or another directory) that
// node certificates are ordered with (pve-manager PVE/API2/ACMEAccount.pm). Registering,
// changing the contact and deactivating are tasks; only root@pam may do them (the methods
// declare no permissions), so the provider must log in as root@pam with a ticket.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { PlanModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { configIdAttribute } from '../shared/config-id.js';
import { namedResource } from '../shared/keyed-resource.js';
import { explainRootOnlyRead, rootOnlyRefusal } from '../shared/root-only.js';
import { secretToSend, writeOnlyTwin } from '../shared/write-only-secret.js';
import { valuesEqual } from '../../../values/compare.js';
import { keyAttributes } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();
const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';
// External Account Binding is sent once, when the account is registered (ACMEAccount.pm
// register_account; RFC 8555 7.3.4): a new key means a new registration.
const eabKey = writeOnlyTwin('eab_hmac_key', 'The External Account Binding HMAC key');

const accountSchema = schema({
  description:
    "An ACME account (Let's Encrypt or another CA) that proxmox_acme_certificate orders node certificates with. Only root@pam may manage or read ACME accounts (an import too): log in with PROXMOX_VE_USERNAME=root@pam and a password, not an API token. Destroying it deactivates the account at the CA.",
  attributes: {
    ...keyAttributes('name', 'The account name.', configIdAttribute('Account name on the cluster ("default" is the one nodes use unless told otherwise).')),
    contact: attr.set(ty.string, {
      required: true,
      description: 'E-mail addresses the CA sends expiry notices to.',
      validators: [
        validators.custom<string[]>('e-mail addresses', (value) => {
          const wrong = Array.isArray(value) ? value.find((v) => typeof v === 'string' && !/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(v)) : undefined;
          return wrong === undefined ? undefined : `must hold e-mail addresses, got "${String(wrong)}"`;
        }),
      ],
    }),
    directory: attr.string({
      default: LETS_ENCRYPT,
      description: "The CA's ACME directory URL (default Let's Encrypt; https://acme-staging-v02.api.letsencrypt.org/directory for its staging CA).",
      validators: [validators.textMatching(/^https?:\/\/\S+$/, 'an http(s) URL')],
      planModifiers: [replace],
    }),
    tos_url: attr.string({
      optional: true,
      description: "The CA's terms of service URL; setting it agrees to them (Let's Encrypt requires it). Kept as configured.",
      planModifiers: [replace],
    }),
    eab_kid: attr.string({
      optional: true,
      description: 'External Account Binding key id, for CAs that require one (ZeroSSL, Google, Sectigo). Sent at registration only.',
      planModifiers: [replace],
    }),
    eab_hmac_key: attr.string({
      optional: true,
      sensitive: true,
      description: 'External Account Binding HMAC key, with eab_kid. Sent at registration only and never read back, so a change registers a new account.',
      planModifiers: [replace],
    }),
    eab_hmac_key_wo: eabKey.secret,
    eab_hmac_key_wo_version: { ...eabKey.version, planModifiers: [replace] },
    location: attr.string({ computed: true, description: "The account's URL at the CA.", planModifiers: [planModifiers.useStateForUnknown()] }),
  },
  rules: [
    rules.conflictsWith('eab_hmac_key', 'eab_hmac_key_wo'),
    rules.requiredWith('eab_hmac_key', 'eab_kid'),
    rules.requiredWith('eab_hmac_key_wo', 'eab_kid', 'eab_hmac_key_wo_version'),
  ],
});

type AccountPlan = PlanModelOf<typeof accountSchema>;

/** The EAB key to register with: the stored or the write-only spelling. */
function eabHmacKey(plan: AccountPlan): string | undefined {
  return secretToSend(plan.eab_hmac_key, plan.eab_hmac_key_wo, plan.eab_hmac_key_wo_version, null).value;
}

const bare = (contact: readonly unknown[] | undefined): string[] => (contact ?? []).map((c) => String(c).replace(/^mailto:/, '')).sort();

export const acmeAccountResource = namedResource({
  name: 'proxmox_acme_account',
  schema: accountSchema,
  importId: { description: 'the account name', example: 'default' },
  key: 'name',
  // Reading an account is root@pam's alone too (get_account declares no permissions): an import
  // under another login says so.
  find: (client, name) =>
    client.certificates.findAccount(name).catch((error: unknown) => Promise.reject(explainRootOnlyRead(error, client.identity, 'ACME accounts'))),
  create: (client, plan) => {
    const hmacKey = eabHmacKey(plan);
    return client.certificates.registerAccount({
      name: plan.name,
      contact: plan.contact,
      ...(plan.directory !== null ? { directory: plan.directory } : {}),
      ...(plan.tos_url !== null ? { tosUrl: plan.tos_url } : {}),
      ...(plan.eab_kid !== null && hmacKey !== undefined ? { eab: { kid: plan.eab_kid, hmacKey } } : {}),
    });
  },
  update: (client, plan) => client.certificates.updateAccount(plan.name, plan.contact),
  remove: (client, name) => client.certificates.deactivateAccount(name),
  toModel: (account, known) => ({
    contact: bare(Array.isArray(account.account?.contact) ? account.account.contact : undefined),
    directory: account.directory ?? known.directory,
    tos_url: known.tos_url ?? (account.tos !== undefined && account.tos !== '' ? account.tos : null),
    location: account.location ?? null,
    // The CA keeps the binding; Proxmox does not return it.
    eab_kid: known.eab_kid,
    eab_hmac_key: known.eab_hmac_key,
    eab_hmac_key_wo: null,
    eab_hmac_key_wo_version: known.eab_hmac_key_wo_version,
  }),
  validateConfig(ctx) {
    const kid = ctx.config.get('eab_kid');
    if (kid !== null && ctx.config.get('eab_hmac_key') === null && ctx.config.get('eab_hmac_key_wo') === null) {
      ctx.error('eab_kid', 'Missing External Account Binding key', 'eab_kid needs eab_hmac_key or eab_hmac_key_wo: the CA checks the binding with both.');
    }
  },
  modifyPlan(ctx) {
    if (ctx.provider === undefined) return;
    const refusal = rootOnlyRefusal(ctx.provider.client.identity, 'ACME accounts');
    const changed = ctx.creating || !valuesEqual(ctx.config.get('contact'), ctx.prior.get('contact'), 'dynamic');
    if (refusal !== undefined && changed) ctx.error(ctx.creating ? 'name' : 'contact', 'Needs a root@pam login', refusal);
  },
});
