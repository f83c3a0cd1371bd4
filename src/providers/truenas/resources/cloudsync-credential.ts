// truenas_cloudsync_credential: how TrueNAS logs in to a cloud provider (`cloudsync.credentials`),
// used by cloud sync tasks and cloud backups. The provider's fields are split in two maps:
// `settings` (stored and read back) and `secrets` (sensitive; or `secrets_wo`, never stored).
// Which fields a provider takes is checked at plan time against shared/cloud-providers.ts.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { secretToSend } from '../../../framework/write-only.js';
import { ty } from '../../../framework/type-spec.js';
import { isObjectValue } from '../../../framework/values-util.js';
import { isUnknown, type Value } from '../../../values/types.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { CloudCredential, CloudCredentialProvider, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { inRange } from '../shared/release-gate.js';
import {
  CLOUD_PROVIDERS,
  CLOUD_PROVIDER_TYPES,
  cloudFieldProblem,
  credentialFields,
  fromApiValue,
  toApiValue,
  type CloudProvider,
} from '../shared/cloud-providers.js';

const credentialSchema = schema({
  description:
    "Credentials for a cloud provider (S3, B2, Azure Blob, Google Cloud Storage, SFTP, WebDAV, …), used by cloud sync tasks and cloud backups. The provider's fields go in `settings`, its secrets in `secrets` or, kept out of state, `secrets_wo`; a field the provider does not take is a plan-time error.",
  attributes: {
    id: numericId('cloud sync credential'),
    provider_type: attr.string({
      required: true,
      description: `The cloud provider: one of ${CLOUD_PROVIDER_TYPES.join(', ')} (MEGA needs TrueNAS 25.10 or later).`,
      validators: [validators.oneOf(...CLOUD_PROVIDER_TYPES)],
      planModifiers: [planModifiers.requiresReplace()],
    }),
    settings: attr.map(ty.string, {
      default: {},
      description:
        'The provider\'s non-secret fields as strings, e.g. `{ endpoint = "https://s3.example.net", region = "eu-1" }` for S3, `{ account = "…" }` for B2, `{ host = "…", user = "…", port = "22" }` for SFTP. Numbers and booleans are written as strings ("22", "true"); fields left out take the server\'s defaults.',
    }),
    secrets: attr.map(ty.string, {
      optional: true,
      sensitive: true,
      description:
        'The provider\'s secret fields, e.g. `{ secret_access_key = "…" }` for S3, `{ key = "…" }` for B2 and Azure, `{ pass = "…" }` for FTP, SFTP, WebDAV and MEGA, `{ token = "…" }` for OAuth providers, `{ service_account_credentials = "…" }` for Google Cloud Storage. Kept in state (sensitive); use `secrets_wo` to keep them out.',
    }),
    secrets_wo: attr.map(ty.string, {
      optional: true,
      sensitive: true,
      writeOnly: true,
      description:
        'The secret fields, write-only: sent to TrueNAS on create and when `secrets_wo_version` changes, never stored in the plan or state (Terraform 1.11+).',
    }),
    name: attr.string({ required: true, description: 'Name of the credential (unique).', validators: [validators.lengthBetween(1, 1024)] }),
    secrets_wo_version: attr.number({
      optional: true,
      description: 'Required with `secrets_wo`; change it to send `secrets_wo` again.',
      validators: [validators.integer()],
    }),
  },
  rules: [rules.conflictsWith('secrets', 'secrets_wo'), rules.requiredWith('secrets_wo', 'secrets_wo_version')],
});

type CredentialModel = ModelOf<typeof credentialSchema>;
type CredentialPlan = PlanModelOf<typeof credentialSchema>;
type Name = keyof CredentialModel & string;

/** The configured map's known string entries, or undefined while the map (or an entry) is unknown. */
function knownMap(value: Value): Record<string, string> | null | undefined {
  if (value === null) return null;
  if (isUnknown(value) || !isObjectValue(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isUnknown(entry)) return undefined;
    if (typeof entry === 'string') out[key] = entry;
  }
  return out;
}

/** Plan-time checks of the maps against the chosen provider's fields (names, kinds, required ones). */
function validateFields(ctx: ValidateContext<Name>): void {
  const type = ctx.config.string('provider_type');
  const provider = type === undefined ? undefined : CLOUD_PROVIDERS[type];
  if (!provider) return;
  const settings = knownMap(ctx.config.get('settings'));
  const secrets = ctx.config.isNull('secrets') ? knownMap(ctx.config.get('secrets_wo')) : knownMap(ctx.config.get('secrets'));
  const secretsAttr: Name = ctx.config.isNull('secrets') ? 'secrets_wo' : 'secrets';
  for (const [where, map, wantSecret] of [
    ['settings', settings, false],
    [secretsAttr, secrets, true],
  ] as const) {
    for (const [key, value] of Object.entries(map ?? {})) {
      const field = provider.fields[key];
      const path = [{ attribute: where }, { key }];
      if (!field) {
        ctx.error(path, `${type} takes no field "${key}"`, `${type} credentials take: ${Object.keys(provider.fields).join(', ')}.`);
      } else if (field.secret === true && !wantSecret) {
        ctx.error(path, `"${key}" is a secret`, `Give ${type}'s "${key}" in secrets or secrets_wo, not in settings, so it stays sensitive.`);
      } else if (field.secret !== true && wantSecret) {
        ctx.error(path, `"${key}" is not a secret`, `Give ${type}'s "${key}" in settings.`);
      } else {
        const problem = cloudFieldProblem(field, value);
        if (problem) ctx.error(path, `Invalid ${key}`, `${type}'s "${key}" ${problem}; got "${value}".`);
      }
    }
  }
  if (settings === undefined || secrets === undefined) return;
  for (const [key, field] of Object.entries(provider.fields)) {
    const given = field.secret ? secrets?.[key] : settings?.[key];
    // No secrets at all: an adopted credential keeps the server's (checked on create, missingSecrets).
    if (field.secret && secrets === null) continue;
    if (field.required && given === undefined) {
      const where = field.secret ? 'secrets (or secrets_wo)' : 'settings';
      ctx.error(field.secret ? secretsAttr : 'settings', `${type} needs "${key}"`, `${type} credentials need "${key}" in ${where}.`);
    }
  }
}

/** A new credential needs its provider's required secrets; an existing one keeps the server's when none are configured. */
function missingSecrets(ctx: PlanContext<TrueNASProviderData, Name>, type: string, provider: CloudProvider): void {
  if (!ctx.creating || !ctx.config.isNull('secrets') || !ctx.config.isNull('secrets_wo')) return;
  const needed = Object.entries(provider.fields).filter(([, field]) => field.secret && field.required);
  if (needed.length > 0)
    ctx.error('secrets', `${type} needs secrets`, `A new ${type} credential needs ${needed.map(([key]) => `"${key}"`).join(', ')} in secrets or secrets_wo.`);
}

/** Fails the plan for missing secrets, and a provider or field the server's release does not have (MEGA 25.10+, some S3 fields 26.0+). */
async function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  const client = ctx.provider?.client;
  const type = ctx.config.string('provider_type');
  const provider = type === undefined ? undefined : CLOUD_PROVIDERS[type];
  if (!provider || !type) return;
  missingSecrets(ctx, type, provider);
  if (!client) return;
  const settings = knownMap(ctx.config.get('settings')) ?? {};
  const gated: Array<{ since: string; what: string; path: Name }> = provider.since
    ? [{ since: provider.since, what: `the ${type} provider`, path: 'provider_type' }]
    : [];
  for (const key of Object.keys(settings)) {
    const since = provider.fields[key]?.since;
    if (since) gated.push({ since, what: `${type}'s "${key}" setting`, path: 'settings' });
  }
  if (gated.length === 0) return;
  const version = await client.serverVersion();
  for (const gate of gated) {
    if (!inRange(version, { since: gate.since })) {
      ctx.error(gate.path, `${gate.what} needs TrueNAS ${gate.since} or later`, `This server runs TrueNAS ${version}, which does not have ${gate.what}.`);
    }
  }
}

/** The provider object to send: the settings typed, the secrets (to send, or the server's current ones). */
function providerObject(provider: CloudProvider, type: string, settings: Record<string, string>, secrets: Record<string, string>): CloudCredentialProvider {
  const out: CloudCredentialProvider = { type };
  for (const [key, value] of Object.entries({ ...settings, ...secrets })) {
    const field = provider.fields[key];
    if (field) out[key] = toApiValue(field, value);
  }
  return out;
}

const spelling = (m: CredentialModel) => ({
  value: m.secrets === null ? null : JSON.stringify(sorted(m.secrets)),
  wo: m.secrets_wo === null ? null : JSON.stringify(sorted(m.secrets_wo)),
  woVersion: m.secrets_wo_version,
});
const sorted = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));

/** The secret fields of a stored credential (sent back unchanged when the plan sends none). */
function storedSecrets(provider: CloudProvider, row: CloudCredential): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(provider.fields)) {
    const value = fromApiValue(row.provider[key]);
    if (field.secret && value !== null) out[key] = value;
  }
  return out;
}

async function input(plan: CredentialPlan, prior: CredentialModel | null, client: TrueNASClient) {
  const provider = CLOUD_PROVIDERS[plan.provider_type];
  if (!provider) throw new Error(`unknown cloud provider ${plan.provider_type}`);
  const toSend = secretToSend(spelling(plan), prior === null ? null : spelling(prior));
  let secrets: Record<string, string> = toSend === null ? {} : (JSON.parse(toSend) as Record<string, string>);
  if (toSend === null && prior?.id) {
    // The server replaces the whole provider object on update: send its secrets back.
    const row = await client.protection.cloudCredentials.find(prior.id);
    if (row) secrets = storedSecrets(provider, row);
  }
  return { name: plan.name, provider: providerObject(provider, plan.provider_type, plan.settings, secrets) };
}

function toModel(row: CloudCredential, known: Partial<CredentialModel>): CredentialModel {
  const type = row.provider.type;
  // Fields the configuration leaves out read back only when they differ from the server's default.
  const { settings, secrets } = credentialFields(
    row,
    (key) => known.settings?.[key] !== undefined,
    (key) => known.secrets?.[key] !== undefined,
  );
  return {
    id: row.id,
    name: row.name,
    provider_type: type,
    settings,
    secrets: known.secrets ? secrets : null,
    secrets_wo: null,
    secrets_wo_version: known.secrets_wo_version ?? null,
  };
}

export const cloudsyncCredentialResource = truenasResource({
  name: 'truenas_cloudsync_credential',
  schema: credentialSchema,
  validateConfig: validateFields,
  modifyPlan: checkPlan,
  importId: { description: "the credential's numeric id", example: '3' },
  ...numericCrud({
    group: (client) => client.protection.cloudCredentials,
    toModel,
    createInput: (plan: CredentialPlan, client) => input(plan, null, client),
    updateInput: (plan, prior, client) => input(plan, prior, client),
  }),
});
