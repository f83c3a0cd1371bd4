// truenas_cloudsync_credential: how TrueNAS logs in to a cloud provider (`cloudsync.credentials`),
// used by cloud sync tasks and cloud backups. The provider's fields are split in two maps:
// `settings` (stored and read back) and `secrets` (sensitive; or `secrets_wo`, never stored).
// Which fields a provider takes is checked at plan time against shared/cloud-providers.ts.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { AttributePath } from '../../../framework/diagnostics.js';
import type { CloudCredential, CloudCredentialProvider, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { inRange } from '../shared/release-gate.js';
import { CLOUD_PROVIDERS, CLOUD_PROVIDER_TYPES, urlAsConfigured, urlProblem, type CloudProvider } from '../shared/cloud-providers.js';
import { knownMap, readTypedMaps, validateTypedMaps } from '../shared/typed-secret-maps.js';
import { fieldsToSend, requireSecretsOnCreate, secretMapAttributes, secretMapRules } from '../shared/secret-maps.js';

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
    ...secretMapAttributes({
      settings:
        'The provider\'s non-secret fields as strings, e.g. `{ endpoint = "https://s3.example.net", region = "eu-1" }` for S3, `{ account = "…" }` for B2, `{ host = "…", user = "…", port = "22" }` for SFTP. Numbers and booleans are written as strings ("22", "true"); fields left out take the server\'s defaults. S3-compatible servers (MinIO, Ceph RGW) on TrueNAS 26.0 and later: `force_path_style` (path-style addressing, default "true"), `sign_accept_encoding` (default "true") and `provider` (rclone\'s S3 provider name, default "Other"); older releases do not have them and the plan fails naming the key. TrueNAS 25.10 and later take an S3 `endpoint` only as a URL ("https://…"); one saved as a bare host name on 25.04 is kept by the upgrade and plans nothing until the credential changes, when the plan fails naming it: write it as a URL then.',
      secrets:
        'The provider\'s secret fields, e.g. `{ secret_access_key = "…" }` for S3, `{ key = "…" }` for B2 and Azure, `{ pass = "…" }` for FTP, SFTP, WebDAV and MEGA, `{ token = "…" }` for OAuth providers, `{ service_account_credentials = "…" }` for Google Cloud Storage. Kept in state (sensitive); use `secrets_wo` to keep them out.',
      secretsWo:
        'The secret fields, write-only: sent to TrueNAS on create and when `secrets_wo_version` changes, never stored in the plan or state (Terraform 1.11+).',
    }),
    name: attr.string({ required: true, description: 'Name of the credential (unique).', validators: [validators.lengthBetween(1, 1024)] }),
  },
  rules: [...secretMapRules],
});

type CredentialModel = ModelOf<typeof credentialSchema>;
type CredentialPlan = PlanModelOf<typeof credentialSchema>;
type Name = keyof CredentialModel & string;

/** Plan-time checks of the maps against the chosen provider's fields (names, kinds, required ones). */
function validateFields(ctx: ValidateContext<Name>): void {
  validateTypedMaps(ctx, ctx.config.string('provider_type'), CLOUD_PROVIDERS, 'credentials');
}

/**
 * A URL the state holds in the server's normalised spelling (after an import) and the
 * configuration spells otherwise is the same URL: no change is planned for it.
 */
function keepStoredUrlSpelling(ctx: PlanContext<TrueNASProviderData, Name>, provider: CloudProvider): void {
  if (ctx.creating) return;
  const prior = knownMap(ctx.prior.get('settings'));
  const planned = knownMap(ctx.planned.get('settings'));
  if (!prior || !planned) return;
  let settled = false;
  const next = { ...planned };
  for (const [key, value] of Object.entries(planned)) {
    const field = provider.fields[key];
    const stored = prior[key];
    if (!field?.url || stored === undefined || stored === value || urlAsConfigured(field, value, stored) !== value) continue;
    next[key] = stored;
    settled = true;
  }
  if (settled) ctx.setPlanned('settings', next);
}

/** Fails the plan for missing secrets, and a provider or field the server's release does not have (MEGA 25.10+, some S3 fields 26.0+). */
async function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  const client = ctx.provider?.client;
  const type = ctx.config.string('provider_type');
  const provider = type === undefined ? undefined : CLOUD_PROVIDERS[type];
  if (!provider || !type) return;
  requireSecretsOnCreate(ctx, type, CLOUD_PROVIDERS, 'credential');
  keepStoredUrlSpelling(ctx, provider);
  if (!client) return;
  const settings = knownMap(ctx.config.get('settings')) ?? {};
  const gated: Array<{ since: string; what: string; path: Name | AttributePath }> = provider.since
    ? [{ since: provider.since, what: `the ${type} provider`, path: 'provider_type' }]
    : [];
  for (const key of Object.keys(settings)) {
    const since = provider.fields[key]?.since;
    // S3's `provider`, `force_path_style` (path-style addressing for MinIO, Ceph RGW, …) and
    // `sign_accept_encoding` are 26.0's (api/v26_0_0/cloud_sync_providers.py:131-145): 25.04 and
    // 25.10 refuse them ("Extra inputs are not permitted"), so the plan names the key.
    if (since) gated.push({ since, what: `${type}'s "${key}" setting`, path: [{ attribute: 'settings' }, { key }] });
  }
  // Fields that take only a URL from some release (S3 `endpoint` from 25.10: `Literal[""] | HttpUrl`,
  // middleware api/v25_10_5/cloud_sync_providers.py:163; free text on 25.04). Only when the plan
  // sends the credential: one saved on 25.04 keeps its text through the upgrade (no migration
  // touches it), so an unchanged configuration still plans (an update sends the whole provider object).
  const urls = ctx.creating || ctx.updates() ? Object.entries(settings).filter(([key]) => provider.fields[key]?.url?.since !== undefined) : [];
  if (gated.length === 0 && urls.length === 0) return;
  const version = await client.serverVersion();
  for (const [key, value] of urls) {
    const field = provider.fields[key]!;
    const problem = inRange(version, { since: field.url!.since! }) ? urlProblem(field, value) : undefined;
    if (problem) ctx.error([{ attribute: 'settings' }, { key }], `Invalid ${key}`, `${type}'s "${key}" ${problem} on TrueNAS ${version}; got "${value}".`);
  }
  for (const gate of gated) {
    if (!inRange(version, { since: gate.since })) {
      ctx.error(gate.path, `${gate.what} needs TrueNAS ${gate.since} or later`, `This server runs TrueNAS ${version}, which does not have ${gate.what}.`);
    }
  }
}

async function input(plan: CredentialPlan, prior: CredentialModel | null, client: TrueNASClient) {
  const provider = CLOUD_PROVIDERS[plan.provider_type];
  if (!provider) throw new Error(`unknown cloud provider ${plan.provider_type}`);
  // The server replaces the whole provider object on update: its secrets are sent back.
  const fields = await fieldsToSend(provider, plan, prior, async (id) => (await client.protection.cloudCredentials.find(id))?.provider);
  const providerObject: CloudCredentialProvider = { type: plan.provider_type, ...fields };
  return { name: plan.name, provider: providerObject };
}

function toModel(row: CloudCredential, known: Partial<CredentialModel>): CredentialModel {
  const type = row.provider.type;
  return { id: row.id, name: row.name, provider_type: type, ...readTypedMaps(row.provider, CLOUD_PROVIDERS[type], known) };
}

export const cloudsyncCredentialResource = truenasResource({
  name: 'truenas_cloudsync_credential',
  schema: credentialSchema,
  validateConfig: validateFields,
  modifyPlan: checkPlan,
  ...numericCrud({
    importId: {
      description:
        "the credential's numeric id (`secrets` are not read on import: left out, nothing changes; set, the next apply records them in state and sends them along with the settings)",
      example: '3',
    },
    group: (client) => client.protection.cloudCredentials,
    toModel,
    input,
  }),
});
