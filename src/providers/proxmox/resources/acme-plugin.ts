// `proxmox_acme_plugin`: a DNS challenge plugin (priv/acme/plugins.cfg, pve-manager
// PVE/API2/ACMEPlugin.pm; the acme.sh DNS API names are the schema's `api` enum) that proves
// domain ownership for proxmox_acme_certificate. Its credentials are KEY=VALUE lines (`data`),
// sent base64 encoded as the web UI sends them and read back as the plain lines (see
// decodePluginData).
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { configIdAttribute } from '../shared/config-id.js';
import { fields } from '../shared/api-fields.js';
import { sectionResource } from '../shared/keyed-resource.js';
import { secretToSend } from '../shared/write-only-secret.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { nonEmptyList } from '../shared/non-empty-list.js';

const PLUGIN_DATA_SHAPE = validators.custom<Record<string, string>>('KEY = value pairs without line breaks, at least one', (value) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // Empty data is written as a `data` line without a value, which the parser skips: it would read back as none.
  if (Object.keys(value).length === 0) return 'must hold at least one KEY = value pair (Proxmox keeps no empty data): leave it out instead';
  const bad = Object.entries(value).find(([k, v]) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || (typeof v === 'string' && /[\r\n]/.test(v)));
  return bad === undefined ? undefined : `"${bad[0]}": keys must be letters, digits and "_", values a single line`;
});

const PLUGIN_FIELDS = fields([
  ['api', 'api', 'string'],
  ['nodes', 'nodes', 'list'],
  ['disable', 'disable', 'bool'],
  ['validation_delay', 'validation-delay', 'number'],
] as const);

const pluginSchema = schema({
  description: 'An ACME DNS challenge plugin: how Proxmox creates the DNS records that prove a domain is yours (an acme.sh DNS API and its credentials).',
  attributes: {
    ...keyAttributes('plugin_id', 'The plugin id.', configIdAttribute('Plugin id.')),
    api: attr.string({
      required: true,
      description: 'The acme.sh DNS API, such as "cf" (Cloudflare), "aws" (Route 53) or "ovh".',
      validators: [validators.textMatching(/^[a-z0-9_]+$/, 'an acme.sh DNS API name')],
    }),
    data: attr.map(ty.string, {
      optional: true,
      sensitive: true,
      description:
        'The DNS API\'s credentials and settings as acme.sh names them, e.g. { CF_Token = "...", CF_Account_ID = "..." }. Read back only when set here: an import leaves them out of the state.',
      validators: [PLUGIN_DATA_SHAPE],
    }),
    data_wo: attr.map(ty.string, {
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'The same credentials, write-only: sent but never stored in plan or state (Terraform 1.11+); sent again when data_wo_version changes.',
      validators: [PLUGIN_DATA_SHAPE],
    }),
    data_wo_version: attr.number({
      optional: true,
      description: 'Change it to send data_wo again; required with data_wo.',
      validators: [validators.integer()],
    }),
    validation_delay: attr.number({
      optional: true,
      description: 'Seconds to wait after creating the record before the CA checks it (server default 30).',
      validators: [validators.between(0, 172800), validators.integer()],
    }),
    nodes: attr.set(ty.string, {
      optional: true,
      description: 'Nodes the plugin may be used on (all when unset; not an empty list).',
      validators: [nonEmptyList('all nodes')],
    }),
    disable: attr.bool({ optional: true, description: 'Disable the plugin.' }),
  },
  rules: [rules.conflictsWith('data', 'data_wo'), rules.requiredWith('data_wo', 'data_wo_version')],
});

type PluginModel = ModelOf<typeof pluginSchema>;
type PluginPlan = PlanModelOf<typeof pluginSchema>;

/** `KEY=value` lines, sorted, base64 encoded; undefined when there is no data. */
export function encodePluginData(data: Readonly<Record<string, string>> | null): string | undefined {
  if (data === null) return undefined;
  const lines = Object.entries(data)
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([key, value]) => `${key}=${value}`);
  return Buffer.from(lines.join('\n'), 'utf8').toString('base64');
}

/**
 * The KEY=value lines the server answers with: the plain text, not base64. The plugin config
 * decodes `data` (base64url, padding optional, so standard base64 too) when the API checks it,
 * writes it base64url encoded to priv/acme/plugins.cfg and decodes it again when the file is
 * parsed, which is what GET returns (pve-manager PVE/API2/ACMEPlugin.pm `add_plugin`,
 * `get_plugin_config` @5829c814; proxmox-acme PVE/ACME/Challenge.pm `encode_value`/`decode_value`;
 * pve-common SectionConfig.pm `check_config`, `parse_config`, `write_config` @af48684).
 */
export function decodePluginData(text: unknown): Record<string, string> | null {
  if (typeof text !== 'string' || text === '') return null;
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/**
 * What to send of the credentials: `data` when it changed, `data_wo` on create or when its version
 * changed, and a removal when both are gone from the configuration but one was set before.
 */
export function pluginDataChange(plan: PluginPlan, prior: PluginModel | null): { params: { data?: string }; remove: string[] } {
  const encoded = (data: Readonly<Record<string, string>> | null) => encodePluginData(data) ?? null;
  const sent = secretToSend(
    encoded(plan.data),
    encoded(plan.data_wo),
    plan.data_wo_version,
    prior && { value: encoded(prior.data), version: prior.data_wo_version },
  );
  if (plan.data === null && plan.data_wo === null) return { params: {}, remove: sent.dropped ? ['data'] : [] };
  return { params: { data: sent.value }, remove: [] };
}

export const acmePluginResource = sectionResource({
  name: 'proxmox_acme_plugin',
  schema: pluginSchema,
  importId: { description: 'the plugin id', example: 'cloudflare' },
  key: 'plugin_id',
  fields: PLUGIN_FIELDS,
  find: (client, id) => client.certificates.findPlugin(id),
  create: (client, plan, params) => client.certificates.createPlugin({ ...params, id: plan.plugin_id, type: 'dns' }),
  update: (client, id, params, remove) => client.certificates.updatePlugin(id, params, remove),
  remove: (client, id) => client.certificates.deletePlugin(id),
  extra: pluginDataChange,
  // A write-only value is never recorded, not even in the state a failed read-back leaves.
  created: (plan) => ({ ...plan, id: plan.plugin_id, data_wo: null }),
  toModel: (values, known, raw) => ({
    ...(values as Pick<PluginModel, 'nodes' | 'disable' | 'validation_delay'>),
    api: typeof values.api === 'string' ? values.api : known.api,
    // Read only when managed with `data`: an import, a configuration without `data` or with
    // data_wo leaves the credentials on the server and out of the state, and terraform's
    // generated configuration (which writes sensitive values as null) plans empty.
    data: (known.data ?? null) === null ? null : decodePluginData(raw.data),
    data_wo: null,
    data_wo_version: known.data_wo_version,
  }),
});
