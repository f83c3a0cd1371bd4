// truenas_acme_dns_authenticator: how TrueNAS answers an ACME server's DNS-01 challenges for a
// certificate order (`acme.dns.authenticator.*`, plugins/acme_protocol.py): a DNS provider and its
// credentials. Like truenas_cloudsync_credential, the provider's fields are split in `settings`
// (read back) and `secrets` (sensitive; or `secrets_wo`, never stored), checked at plan time
// against shared/dns-authenticators.ts. The authenticator type cannot change in place.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { DnsAuthenticator, DnsAuthenticatorCreate, TrueNASClient } from '../../../clients/truenas/index.js';
import { SECRET_MASK } from '../../../clients/truenas/schemas/protection.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { DNS_AUTHENTICATORS, DNS_AUTHENTICATOR_TYPES } from '../shared/dns-authenticators.js';
import { knownMap, readTypedMaps, validateTypedMaps } from '../shared/typed-secret-maps.js';
import { fieldsToSend, requireSecretsOnCreate, secretMapAttributes, secretMapRules } from '../shared/secret-maps.js';

const authenticatorSchema = schema({
  description:
    'An ACME DNS authenticator: the DNS provider (Cloudflare, DigitalOcean, OVH, Route 53, or a shell script) TrueNAS uses to answer DNS-01 challenges when it orders a certificate (truenas_certificate with csr_id). Non-secret fields go in `settings`, credentials in `secrets` or, kept out of state, `secrets_wo`; a field the provider does not take is a plan-time error.',
  attributes: {
    id: numericId('DNS authenticator'),
    name: attr.string({ required: true, description: 'Name (unique).', validators: [validators.lengthBetween(1, 64)] }),
    authenticator: attr.string({
      required: true,
      description: `The DNS provider: ${DNS_AUTHENTICATOR_TYPES.join(', ')}. Changing it replaces the authenticator (TrueNAS: "Authenticator cannot be changed").`,
      validators: [validators.oneOf(...DNS_AUTHENTICATOR_TYPES)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    ...secretMapAttributes({
      settings:
        'The non-secret fields as strings: cloudflare `cloudflare_email` (with an api_key); OVH `application_key`, `endpoint` ("ovh-eu"…); route53 `access_key_id`; shell `script` (a file on the NAS), `user` ("nobody"), `timeout` ("60", at least 5) and `delay` ("60", at least 10). Fields left out take the server\'s defaults.',
      secrets:
        'The credentials: cloudflare `api_token` (or `api_key` with settings.cloudflare_email), digitalocean `digitalocean_token`, OVH `application_secret` and `consumer_key`, route53 `secret_access_key`. Kept in state (sensitive); use `secrets_wo` to keep them out.',
      secretsWo: 'The credentials, write-only: sent on create and when `secrets_wo_version` changes, never stored in the plan or state (Terraform 1.11+).',
    }),
  },
  rules: [...secretMapRules],
});

type AuthenticatorModel = ModelOf<typeof authenticatorSchema>;
type AuthenticatorPlan = PlanModelOf<typeof authenticatorSchema>;
type Name = keyof AuthenticatorModel & string;

function validateFields(ctx: ValidateContext<Name>): void {
  validateTypedMaps(ctx, ctx.config.string('authenticator'), DNS_AUTHENTICATORS, 'authenticators');
  // cloudflare: an API token, or the account e-mail with the global API key (validate_credentials).
  if (ctx.config.string('authenticator') !== 'cloudflare') return;
  const settings = knownMap(ctx.config.get('settings'));
  const secrets = knownMap(ctx.config.isNull('secrets') ? ctx.config.get('secrets_wo') : ctx.config.get('secrets'));
  if (settings === undefined || secrets === undefined || secrets === null) return;
  const token = secrets['api_token'] !== undefined;
  const globalKey = secrets['api_key'] !== undefined || settings?.['cloudflare_email'] !== undefined;
  if (token && globalKey)
    ctx.error(
      'secrets',
      'api_token or api_key, not both',
      'Cloudflare takes either an api_token, or settings.cloudflare_email with secrets.api_key (the global API key).',
    );
  else if (!token && !(secrets['api_key'] !== undefined && settings?.['cloudflare_email'] !== undefined))
    ctx.error('secrets', 'Cloudflare needs credentials', 'Set secrets.api_token, or secrets.api_key with settings.cloudflare_email.');
}

/** A new authenticator needs its required secrets; an adopted one keeps the server's when none are configured. */
function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): void {
  requireSecretsOnCreate(ctx, ctx.config.string('authenticator'), DNS_AUTHENTICATORS, 'authenticator');
}

async function input(plan: AuthenticatorPlan, prior: AuthenticatorModel | null, client: TrueNASClient): Promise<DnsAuthenticatorCreate> {
  const kind = DNS_AUTHENTICATORS[plan.authenticator];
  if (!kind) throw new Error(`unknown DNS authenticator ${plan.authenticator}`);
  // acme.dns.authenticator.update merges the attributes sent into the stored ones, but a
  // cleared field must be sent too: the stored secrets go back with the new settings.
  const fields = await fieldsToSend(kind, plan, prior, async (id) => {
    const stored = (await client.crypto.dnsAuthenticators.find(id))?.attributes;
    return stored === SECRET_MASK ? undefined : stored;
  });
  const attributes: DnsAuthenticatorCreate['attributes'] = { authenticator: plan.authenticator, ...fields };
  // Fields configured before and removed now go back to nothing (or the model's default).
  for (const [key, field] of Object.entries(kind.fields)) if (!(key in attributes)) attributes[key] = field.default ?? null;
  return { name: plan.name, attributes: stripNullRequired(attributes, plan.authenticator) };
}

/** Fields only cloudflare takes as null; the other providers' models refuse null. */
function stripNullRequired(attributes: DnsAuthenticatorCreate['attributes'], type: string): DnsAuthenticatorCreate['attributes'] {
  if (type === 'cloudflare') return attributes;
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== null)) as DnsAuthenticatorCreate['attributes'];
}

function toModel(row: DnsAuthenticator, known: Partial<AuthenticatorModel>): AuthenticatorModel {
  if (row.attributes === SECRET_MASK) return maskedModel(row, known);
  const type = row.attributes.authenticator;
  return { id: row.id, name: row.name, authenticator: type, ...readTypedMaps(row.attributes, DNS_AUTHENTICATORS[type], known) };
}

/**
 * A key without the NETWORK_INTERFACE_WRITE role (read-only planning) reads the whole `attributes`
 * as "********" (a `Secret[AuthType]`): the state's values stand; without a state there is nothing to keep.
 */
function maskedModel(row: DnsAuthenticator, known: Partial<AuthenticatorModel>): AuthenticatorModel {
  if (!known.authenticator) {
    throw new Error(
      `ACME DNS authenticator ${row.id}'s attributes are masked ("${SECRET_MASK}"): this API key lacks the NETWORK_INTERFACE_WRITE role (or full admin) needed to read them; import it with such a key`,
    );
  }
  return {
    id: row.id,
    name: row.name,
    authenticator: known.authenticator,
    settings: known.settings ?? null,
    secrets: known.secrets ?? null,
    secrets_wo: null,
    secrets_wo_version: known.secrets_wo_version ?? null,
  };
}

export const acmeDnsAuthenticatorResource = truenasResource({
  name: 'truenas_acme_dns_authenticator',
  schema: authenticatorSchema,
  validateConfig: validateFields,
  modifyPlan: checkPlan,
  ...numericCrud({
    importId: { description: "the authenticator's numeric id (secrets are read back only when configured)", example: '1' },
    group: (client) => client.crypto.dnsAuthenticators,
    toModel,
    input,
  }),
});
