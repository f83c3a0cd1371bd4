// `proxmox_acme_account`: an account at an ACME CA (Let's Encrypt or another directory) that
// node certificates are ordered with (pve-manager PVE/API2/ACMEAccount.pm). Registering,
// changing the contact and deactivating are tasks; only root@pam may do them (the methods
// declare no permissions), so the provider must log in as root@pam with a ticket.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { defineResource } from '../../../framework/resource.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../index.js';
import { configIdAttribute } from '../shared/config-id.js';
import { namedCrud } from '../shared/crud.js';
import { rootOnlyRefusal } from '../shared/root-only.js';
import { valuesEqual } from '../../../values/compare.js';

const replace = planModifiers.requiresReplace();
const LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';

const accountSchema = schema({
  description:
    "An ACME account (Let's Encrypt or another CA) that proxmox_acme_certificate orders node certificates with. Only root@pam may manage ACME accounts: log in with PROXMOX_VE_USERNAME=root@pam and a password, not an API token. Destroying it deactivates the account at the CA.",
  attributes: {
    id: attr.string({ computed: true, description: 'The account name.', planModifiers: [planModifiers.useStateForUnknown()] }),
    name: configIdAttribute('Account name on the cluster ("default" is the one nodes use unless told otherwise).'),
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
    location: attr.string({ computed: true, description: "The account's URL at the CA.", planModifiers: [planModifiers.useStateForUnknown()] }),
  },
});

type AccountModel = ModelOf<typeof accountSchema>;

const bare = (contact: readonly unknown[] | undefined): string[] => (contact ?? []).map((c) => String(c).replace(/^mailto:/, '')).sort();

export const acmeAccountResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_acme_account',
  schema: accountSchema,
  importId: { description: 'the account name', example: 'default' },
  ...namedCrud({
    key: (model: AccountModel) => model.name,
    find: (client, name) => client.certificates.findAccount(name),
    create: (client, plan: AccountModel) =>
      client.certificates.registerAccount({
        name: plan.name,
        contact: plan.contact,
        ...(plan.directory !== null ? { directory: plan.directory } : {}),
        ...(plan.tos_url !== null ? { tosUrl: plan.tos_url } : {}),
      }),
    update: (client, plan) => client.certificates.updateAccount(plan.name, plan.contact),
    remove: (client, name) => client.certificates.deactivateAccount(name),
    created: (plan) => ({ ...plan, id: plan.name }),
    toModel: (account, known) => ({
      id: known.name,
      name: known.name,
      contact: bare(Array.isArray(account.account?.contact) ? account.account.contact : undefined),
      directory: account.directory ?? known.directory,
      tos_url: known.tos_url ?? (account.tos !== undefined && account.tos !== '' ? account.tos : null),
      location: account.location ?? null,
    }),
  }),
  importState: (id) => ({ name: id }),
  modifyPlan(ctx) {
    if (ctx.provider === undefined) return;
    const refusal = rootOnlyRefusal(ctx.provider.client.identity, 'ACME accounts');
    const changed = ctx.creating || !valuesEqual(ctx.config.get('contact'), ctx.prior.get('contact'), 'dynamic');
    if (refusal !== undefined && changed) ctx.error(ctx.creating ? 'name' : 'contact', 'Needs a root@pam login', refusal);
  },
});
