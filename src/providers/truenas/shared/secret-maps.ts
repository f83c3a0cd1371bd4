// The resources whose kind-dependent fields go in a `settings` map and a `secrets` map (or
// `secrets_wo`, never stored): cloud sync credentials and ACME DNS authenticators. What they
// share beyond the checks in typed-secret-maps.ts: the four attributes and their rules, the
// create-time demand for the kind's required secrets, and the fields an update sends (the
// server replaces or merges the whole object, so secrets not sent again are sent back as stored).
import { attr } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { secretToSend } from '../../../framework/write-only.js';
import type { PlanContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { fromApiValue, toApiValue, type CloudProvider } from './cloud-providers.js';
import { secretsSpelling } from './typed-secret-maps.js';

/** `settings`, `secrets`, `secrets_wo` and `secrets_wo_version`; the descriptions name the kind's fields. */
export function secretMapAttributes(descriptions: { readonly settings: string; readonly secrets: string; readonly secretsWo: string }) {
  return {
    settings: attr.map(ty.string, { default: {}, description: descriptions.settings }),
    secrets: attr.map(ty.string, { optional: true, sensitive: true, description: descriptions.secrets }),
    secrets_wo: attr.map(ty.string, { optional: true, sensitive: true, writeOnly: true, description: descriptions.secretsWo }),
    secrets_wo_version: attr.number({
      optional: true,
      description: 'Required with `secrets_wo`; change it to send `secrets_wo` again.',
      validators: [validators.integer()],
    }),
  };
}

/** `secrets` and `secrets_wo` exclude each other; `secrets_wo` needs its version. */
export const secretMapRules = [rules.conflictsWith('secrets', 'secrets_wo'), rules.requiredWith('secrets_wo', 'secrets_wo_version')] as const;

/**
 * A new object (`noun`: "credential", "authenticator") needs the required secrets of the kind
 * `type` names in `kinds`; an adopted one keeps the server's when none are configured.
 */
export function requireSecretsOnCreate(
  ctx: PlanContext<TrueNASProviderData, 'secrets' | 'secrets_wo'>,
  type: string | undefined,
  kinds: Readonly<Record<string, CloudProvider>>,
  noun: string,
): void {
  const kind = type === undefined ? undefined : kinds[type];
  if (!kind || !ctx.creating || !ctx.config.isNull('secrets') || !ctx.config.isNull('secrets_wo')) return;
  const needed = Object.entries(kind.fields).filter(([, field]) => field.secret && field.required);
  if (needed.length > 0)
    ctx.error('secrets', `${type} needs secrets`, `A new ${type} ${noun} needs ${needed.map(([key]) => `"${key}"`).join(', ')} in secrets or secrets_wo.`);
}

type SecretMaps = Parameters<typeof secretsSpelling>[0];

/**
 * The secrets create or update sends: the configured ones when `secretToSend` says so, otherwise
 * (an update that changes no secret) the stored ones, which `stored` reads from the server.
 */
async function secretsToSend(
  kind: CloudProvider,
  plan: SecretMaps,
  prior: (SecretMaps & { readonly id: number | null }) | null,
  stored: (id: number) => Promise<Readonly<Record<string, unknown>> | undefined>,
): Promise<Record<string, string>> {
  const toSend = secretToSend(secretsSpelling(plan), prior === null ? null : secretsSpelling(prior));
  if (toSend !== null) return JSON.parse(toSend) as Record<string, string>;
  if (!prior?.id) return {};
  const values = await stored(prior.id);
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(kind.fields)) {
    const value = fromApiValue(values?.[key]);
    if (field.secret && value !== null) out[key] = value;
  }
  return out;
}

/** The settings and secrets as the API types the kind's fields (fields it does not take are left out). */
function typedFields(
  kind: CloudProvider,
  settings: Readonly<Record<string, string>>,
  secrets: Readonly<Record<string, string>>,
): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries({ ...settings, ...secrets })) {
    const field = kind.fields[key];
    if (field) out[key] = toApiValue(field, value);
  }
  return out;
}

/**
 * The kind's fields create or update sends: the settings and the secrets to send (see
 * secretsToSend), typed as the API types them.
 */
export async function fieldsToSend(
  kind: CloudProvider,
  plan: SecretMaps & { readonly settings: Readonly<Record<string, string>> },
  prior: (SecretMaps & { readonly id: number | null }) | null,
  stored: (id: number) => Promise<Readonly<Record<string, unknown>> | undefined>,
): Promise<Record<string, string | number | boolean>> {
  return typedFields(kind, plan.settings, await secretsToSend(kind, plan, prior, stored));
}
