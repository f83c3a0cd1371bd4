// `proxmox_metrics_server`: an external metric server the nodes send their statistics to
// (/cluster/metrics/server, status.cfg; pve-manager PVE/API2/Cluster/MetricServer.pm,
// PVE/Status/{Graphite,InfluxDB,OpenTelemetry}.pm). The InfluxDB token is kept apart by the
// server and never read back.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { configIdValidator } from '../shared/datacenter-validators.js';
import { typeOptionProblems } from '../shared/type-option-problems.js';
import { secretToSend } from '../shared/write-only-secret.js';

const replace = planModifiers.requiresReplace();

const METRIC_FIELDS = fields([
  ['server', 'server', 'string'],
  ['port', 'port', 'number'],
  ['mtu', 'mtu', 'number'],
  ['timeout', 'timeout', 'number'],
  ['disable', 'disable', 'bool'],
  ['proto', 'proto', 'string'],
  ['path', 'path', 'string'],
  ['influxdbproto', 'influxdbproto', 'string'],
  ['organization', 'organization', 'string'],
  ['bucket', 'bucket', 'string'],
  ['max_body_size', 'max-body-size', 'number'],
  ['api_path_prefix', 'api-path-prefix', 'string'],
  ['verify_certificate', 'verify-certificate', 'bool'],
  ['otel_protocol', 'otel-protocol', 'string'],
  ['otel_path', 'otel-path', 'string'],
  ['otel_timeout', 'otel-timeout', 'number'],
  ['otel_compression', 'otel-compression', 'string'],
  ['otel_verify_ssl', 'otel-verify-ssl', 'bool'],
  ['otel_resource_attributes', 'otel-resource-attributes', 'string'],
] as const);

/**
 * The OpenTelemetry resource attributes: the server stores `otel-resource-attributes` as given and
 * only when sending decodes it as base64 of a JSON object, one string value per key; anything else
 * it drops with a warning in the log (pve-manager PVE/Status/OpenTelemetry.pm @5829c814: option
 * "Additional resource attributes as JSON, base64 encoded", maxLength 1024;
 * `_parse_resource_attributes`). The attribute takes the JSON object, as a Terraform user writes
 * it with jsonencode; the base64 form is accepted too, as the API documents it.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MAX_ATTRIBUTES_LENGTH = 1024;

function jsonObjectOf(text: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The JSON text a value stands for: the value itself, or what its base64 form decodes to. */
function attributesJson(value: string): string | undefined {
  if (jsonObjectOf(value) !== undefined) return value;
  if (value === '' || !BASE64.test(value)) return undefined;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return jsonObjectOf(decoded) === undefined ? undefined : decoded;
}

/** What to send for the configured value: base64 of the JSON (a base64 value as it is). */
export function encodeResourceAttributes(value: string): string {
  return jsonObjectOf(value) === undefined ? value : Buffer.from(value, 'utf8').toString('base64');
}

/** Why the value cannot be used, or undefined. */
export function resourceAttributesProblem(value: string): string | undefined {
  const json = attributesJson(value);
  if (json === undefined) return `must be a JSON object such as jsonencode({ "service.namespace" = "lab" }), got "${value}"`;
  const notText = Object.entries(jsonObjectOf(json) ?? {}).find(([, v]) => typeof v !== 'string');
  if (notText !== undefined) return `must have a string value for each key (the node sends each as a string), "${notText[0]}" is not`;
  const length = encodeResourceAttributes(value).length;
  if (length > MAX_ATTRIBUTES_LENGTH) return `must be at most ${MAX_ATTRIBUTES_LENGTH} characters once base64-encoded, got ${length}`;
  return undefined;
}

/**
 * The state's value for what the server holds: the configuration's spelling when it stands for
 * the same object, else the decoded JSON. A value the node cannot decode (such as raw JSON an
 * earlier provider version sent) reads as null: the node ignores it, so the next apply sends it
 * again, encoded.
 */
export function readResourceAttributes(stored: string | null, known: string | null): string | null {
  if (stored === null || stored === '' || !BASE64.test(stored)) return null;
  const json = attributesJson(stored);
  if (json === undefined) return null;
  const knownJson = known === null ? undefined : attributesJson(known);
  const same = knownJson !== undefined && JSON.stringify(jsonObjectOf(knownJson)) === JSON.stringify(jsonObjectOf(json));
  return same ? known : json;
}

type MetricAttribute = (typeof METRIC_FIELDS)[number]['attr'] | 'token';

/** The options each type takes beyond server, port and disable (the plugins' `options`). */
const TYPE_OPTIONS: Readonly<Record<string, readonly MetricAttribute[]>> = {
  graphite: ['mtu', 'timeout', 'proto', 'path'],
  influxdb: ['mtu', 'timeout', 'influxdbproto', 'organization', 'bucket', 'token', 'max_body_size', 'api_path_prefix', 'verify_certificate'],
  opentelemetry: ['otel_protocol', 'otel_path', 'otel_timeout', 'otel_compression', 'otel_verify_ssl', 'otel_resource_attributes'],
};
/** Every attribute some type takes, each once. */
const TYPE_ATTRIBUTES: readonly MetricAttribute[] = [...new Set(Object.values(TYPE_OPTIONS).flat())];

const metricsServerSchema = schema({
  description: 'An external metric server (Graphite, InfluxDB or OpenTelemetry) every node sends its statistics to.',
  attributes: {
    id: attr.string({ required: true, description: 'Server id.', validators: [configIdValidator], planModifiers: [replace] }),
    type: attr.string({
      required: true,
      description: 'graphite, influxdb or opentelemetry.',
      validators: [validators.oneOf('graphite', 'influxdb', 'opentelemetry')],
      planModifiers: [replace],
    }),
    server: attr.string({ required: true, description: 'Server address (host name or IP).' }),
    port: attr.number({
      required: true,
      description: 'Server port (graphite usually 2003, InfluxDB 8089 UDP or 8086 HTTP).',
      validators: [validators.integer(), validators.between(1, 65536)],
    }),
    disable: attr.bool({ optional: true, default: false, description: 'Stop sending metrics.' }),
    mtu: attr.number({
      optional: true,
      description: 'graphite, influxdb (UDP): packet size.',
      validators: [validators.integer(), validators.between(512, 65536)],
    }),
    timeout: attr.number({ optional: true, description: 'graphite, influxdb: timeout in seconds.', validators: [validators.integer(), validators.atLeast(0)] }),
    proto: attr.string({ optional: true, description: 'graphite: udp or tcp.', validators: [validators.oneOf('udp', 'tcp')] }),
    path: attr.string({ optional: true, description: 'graphite: root path of the metrics.' }),
    influxdbproto: attr.string({ optional: true, description: 'influxdb: udp, http or https.', validators: [validators.oneOf('udp', 'http', 'https')] }),
    organization: attr.string({ optional: true, description: 'influxdb (HTTP, v2): organization.' }),
    bucket: attr.string({ optional: true, description: 'influxdb (HTTP): bucket (v2) or database (v1).' }),
    token: attr.string({
      optional: true,
      sensitive: true,
      description:
        'influxdb (HTTP): API token. Never read back, so a change made outside Terraform is not seen; removing it (and token_wo) deletes the token on the server.',
    }),
    token_wo: attr.string({
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: 'influxdb (HTTP): API token, write-only (Terraform 1.11+): sent on create and when token_wo_version changes, never stored.',
    }),
    token_wo_version: attr.number({
      optional: true,
      description: 'Change it to send token_wo again; required with token_wo.',
      validators: [validators.integer()],
    }),
    max_body_size: attr.number({
      optional: true,
      description: 'influxdb (HTTP): largest request body, bytes.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    api_path_prefix: attr.string({ optional: true, description: 'influxdb (HTTP): API path prefix behind a reverse proxy.' }),
    verify_certificate: attr.bool({ optional: true, description: 'influxdb (HTTPS): verify the certificate (server default true).' }),
    otel_protocol: attr.string({ optional: true, description: 'opentelemetry: http or https.', validators: [validators.oneOf('http', 'https')] }),
    otel_path: attr.string({ optional: true, description: 'opentelemetry: OTLP path (server default /v1/metrics).' }),
    otel_timeout: attr.number({
      optional: true,
      description: 'opentelemetry: timeout, 1 to 10 seconds.',
      validators: [validators.integer(), validators.between(1, 10)],
    }),
    otel_compression: attr.string({ optional: true, description: 'opentelemetry: none or gzip.', validators: [validators.oneOf('none', 'gzip')] }),
    otel_verify_ssl: attr.bool({ optional: true, description: 'opentelemetry: verify the certificate (server default true).' }),
    otel_resource_attributes: attr.string({
      optional: true,
      description:
        'opentelemetry: extra resource attributes, a JSON object of string values such as jsonencode({ "service.namespace" = "lab" }); the provider sends it base64-encoded, as the node wants it (a base64-encoded object is taken as it is). At most 1024 characters once encoded.',
      validators: [validators.custom('a JSON object of string values', (value) => (typeof value === 'string' ? resourceAttributesProblem(value) : undefined))],
    }),
  },
  rules: [rules.conflictsWith('token', 'token_wo'), rules.requiredWith('token_wo', 'token_wo_version')],
});

type MetricsServerModel = ModelOf<typeof metricsServerSchema>;

/**
 * The token to send (a changed `token`, or `token_wo` on create and when its version changed),
 * and whether the configuration dropped it: then `delete=token` removes the stored credentials
 * (MetricServer.pm update: `extract_sensitive_params` turns a deleted token into undef, and the
 * InfluxDB plugin's `on_update_hook` then calls `delete_credentials`).
 */
function tokenChange(plan: MetricsServerModel, prior: MetricsServerModel | null) {
  return secretToSend(plan.token, plan.token_wo, plan.token_wo_version, prior && { value: prior.token, version: prior.token_wo_version });
}

export const metricsServerResource = datacenterResource({
  name: 'proxmox_metrics_server',
  schema: metricsServerSchema,
  importId: { description: 'the server id', example: 'influx' },
  key: 'id',
  kind: 'metrics/server',
  fields: METRIC_FIELDS,
  createParams: (plan) => ({ type: plan.type }),
  writeParams: (plan, prior) => {
    const token = tokenChange(plan, prior).value;
    return {
      ...(token === undefined ? {} : { token }),
      ...(plan.otel_resource_attributes === null ? {} : { 'otel-resource-attributes': encodeResourceAttributes(plan.otel_resource_attributes) }),
    };
  },
  removedParams: (plan, prior) => (tokenChange(plan, prior).dropped ? ['token'] : []),
  toModel: (values, raw, known) =>
    ({
      ...values,
      type: typeof raw.type === 'string' ? raw.type : known.type,
      disable: values.disable === true,
      otel_resource_attributes: readResourceAttributes(
        typeof values.otel_resource_attributes === 'string' ? values.otel_resource_attributes : null,
        known.otel_resource_attributes ?? null,
      ),
      token: known.token ?? null,
      token_wo: null,
      token_wo_version: known.token_wo_version ?? null,
    }) as MetricsServerModel,
  created: (plan) => ({ ...plan, token_wo: null }),
  validateConfig(ctx) {
    const type = ctx.config.string('type');
    if (type === undefined) return;
    const allowed = TYPE_OPTIONS[type] ?? [];
    const set = new Set(TYPE_ATTRIBUTES.filter((name) => !ctx.config.isNull(name)));
    const options = { takes: (name: MetricAttribute) => allowed.includes(name), needs: () => false };
    for (const problem of typeOptionProblems('metric server', type, TYPE_ATTRIBUTES, set, options))
      ctx.error(problem.attribute, problem.summary, problem.detail);
    if (type !== 'influxdb' && !ctx.config.isNull('token_wo'))
      ctx.error('token_wo', 'Option not valid for this metric server type', `A "${type}" metric server does not take a token.`);
  },
});
