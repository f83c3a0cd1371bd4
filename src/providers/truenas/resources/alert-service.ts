// truenas_alert_service: where alerts go (`alertservice.*`): mail, Slack, Mattermost, PagerDuty,
// OpsGenie, VictorOps, Telegram, AWS SNS, InfluxDB or SNMP traps. Each type's settings are flat
// attributes named as the API fields; those that hold secrets are sensitive.
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { ALERT_LEVELS, type AlertService } from '../../../clients/truenas/schemas/system-settings.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { MASKED_SECRET } from '../shared/masked-secret.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const text = (description: string) => attr.string({ optional: true, description, validators: [validators.lengthBetween(1, 65535)] });
const secret = (description: string) => attr.string({ optional: true, sensitive: true, description, validators: [validators.lengthBetween(1, 65535)] });

const settings = {
  url: secret('Slack or Mattermost: the incoming webhook URL (it carries the secret).'),
  username: text('Mattermost: the user to post as. InfluxDB: the user to log in as.'),
  channel: text('Mattermost: the channel to post in.'),
  icon_url: text('Mattermost: icon of the posts.'),
  email: text('Mail: the address to send to (empty: the local administrators).'),
  api_key: secret('OpsGenie or VictorOps: the API key.'),
  api_url: text('OpsGenie: the API URL (empty: the default).'),
  routing_key: secret('VictorOps: the routing key.'),
  service_key: secret('PagerDuty: the integration (service) key.'),
  client_name: text('PagerDuty: the client name.'),
  bot_token: secret('Telegram: the bot token.'),
  chat_ids: attr.list(ty.number, { optional: true, description: 'Telegram: the chat ids to send to.' }),
  region: text('AWS SNS: the region.'),
  topic_arn: text('AWS SNS: the topic ARN.'),
  aws_access_key_id: text('AWS SNS: the access key id.'),
  aws_secret_access_key: secret('AWS SNS: the secret access key.'),
  host: text('InfluxDB or SNMP trap: the receiving host.'),
  port: attr.number({ optional: true, description: 'SNMP trap: the receiving port.', validators: tcpPortValidators }),
  password: secret('InfluxDB: the password.'),
  database: text('InfluxDB: the database.'),
  series_name: text('InfluxDB: the series name.'),
  v3: attr.bool({ optional: true, description: 'SNMP trap: send SNMPv3 traps (else v2c with community).' }),
  community: secret('SNMP trap: the v2c community.'),
  v3_username: text('SNMP trap: the v3 user.'),
  v3_authkey: secret('SNMP trap: the v3 authentication key.'),
  v3_authprotocol: text('SNMP trap: MD5, SHA, 128SHA224, 192SHA256, 256SHA384 or 384SHA512.'),
  v3_privkey: secret('SNMP trap: the v3 privacy key.'),
  v3_privprotocol: text('SNMP trap: DES, 3DESEDE, AESCFB128, AESCFB192, AESCFB256, AESBLUMENTHALCFB192 or AESBLUMENTHALCFB256.'),
};
type Setting = keyof typeof settings;

/** The settings that hold secrets (sensitive; also accepted in secrets_wo). */
const SECRET_SETTINGS = (Object.keys(settings) as Setting[]).filter((name) => settings[name].sensitive === true);

/** The settings each type takes, required first (AlertServiceCreate's models, api/v25_10_0/alertservice.py). */
export const ALERT_SERVICE_FIELDS: Readonly<Record<string, { required: readonly Setting[]; optional: readonly Setting[] }>> = {
  AWSSNS: { required: ['region', 'topic_arn', 'aws_access_key_id', 'aws_secret_access_key'], optional: [] },
  InfluxDB: { required: ['host', 'username', 'password', 'database', 'series_name'], optional: [] },
  Mail: { required: [], optional: ['email'] },
  Mattermost: { required: ['url', 'username'], optional: ['channel', 'icon_url'] },
  OpsGenie: { required: ['api_key'], optional: ['api_url'] },
  PagerDuty: { required: ['service_key', 'client_name'], optional: [] },
  Slack: { required: ['url'], optional: [] },
  SNMPTrap: { required: ['host', 'port', 'v3'], optional: ['community', 'v3_username', 'v3_authkey', 'v3_authprotocol', 'v3_privkey', 'v3_privprotocol'] },
  Telegram: { required: ['bot_token', 'chat_ids'], optional: [] },
  VictorOps: { required: ['api_key', 'routing_key'], optional: [] },
};
const SETTING_NAMES = Object.keys(settings) as Setting[];

const alertServiceSchema = schema({
  description: 'An alert service: where the system sends alerts of at least the given level.',
  attributes: {
    id: numericId('alert service'),
    name: attr.string({ required: true, description: 'A name for the service.', validators: [validators.lengthBetween(1, 1024)] }),
    type: attr.string({
      required: true,
      description: `The service type: ${Object.keys(ALERT_SERVICE_FIELDS).join(', ')}.`,
      validators: [validators.oneOf(...Object.keys(ALERT_SERVICE_FIELDS))],
    }),
    level: attr.string({
      default: 'WARNING',
      description: `The lowest level sent: ${ALERT_LEVELS.join(', ')}.`,
      validators: [validators.oneOf(...ALERT_LEVELS)],
    }),
    enabled: attr.bool({ default: true, description: 'Whether alerts are sent.' }),
    ...settings,
    secrets_wo: attr.map(ty.string, {
      optional: true,
      sensitive: true,
      writeOnly: true,
      description: `Secret settings, write-only, by name (${SECRET_SETTINGS.join(', ')}): sent to TrueNAS with every create and update but never stored in the plan or state (Terraform 1.11+); the named settings then stay null in state.`,
    }),
    secrets_wo_version: attr.number({
      optional: true,
      description: 'Required with secrets_wo; change it to send new secrets_wo values.',
      validators: [validators.integer()],
    }),
  },
  rules: [rules.requiredWith('secrets_wo', 'secrets_wo_version')],
});

type AlertServiceModel = ModelOf<typeof alertServiceSchema>;

/** A setting as read back: the server's empty defaults stay null when unset; a masked secret keeps the known value. */
function settingValue(name: Setting, fresh: unknown, known: AlertServiceModel): unknown {
  const before = known[name];
  if (fresh === MASKED_SECRET) return before ?? null;
  if ((fresh === '' || fresh === null || fresh === undefined) && (before === null || before === undefined)) return null;
  return fresh;
}

/** A secret given in secrets_wo: its stored attribute is null while a secrets_wo version is set. */
function givenWriteOnly(name: Setting, known: AlertServiceModel): boolean {
  return SECRET_SETTINGS.includes(name) && (known[name] ?? null) === null && (known.secrets_wo_version ?? null) !== null;
}

function toModel(row: AlertService, known: AlertServiceModel): AlertServiceModel {
  const fields = ALERT_SERVICE_FIELDS[row.attributes.type];
  const model: Record<string, unknown> = {
    id: row.id,
    name: row.name,
    type: row.attributes.type,
    level: row.level,
    enabled: row.enabled,
    secrets_wo: null,
    secrets_wo_version: known.secrets_wo_version ?? null,
  };
  for (const name of SETTING_NAMES)
    model[name] =
      fields && [...fields.required, ...fields.optional].includes(name) && !givenWriteOnly(name, known)
        ? settingValue(name, row.attributes[name], known)
        : null;
  return model as AlertServiceModel;
}

function input(plan: PlanModelOf<typeof alertServiceSchema>) {
  const attributes: Record<string, unknown> & { type: string } = { type: plan.type };
  for (const name of SETTING_NAMES) if (plan[name] !== null) attributes[name] = plan[name];
  // Write-only secrets are in the configuration terraform sends with every apply: always at hand here.
  Object.assign(attributes, plan.secrets_wo ?? {});
  return { name: plan.name, enabled: plan.enabled, level: plan.level, attributes };
}

/** The secret names in secrets_wo when it is known (undefined while any of it is unknown). */
function writeOnlySecretNames(ctx: ValidateContext<keyof AlertServiceModel & string>): Set<string> | undefined {
  if (!ctx.config.isKnown('secrets_wo')) return undefined;
  const value = ctx.config.get('secrets_wo');
  return new Set(value !== null && typeof value === 'object' ? Object.keys(value) : []);
}

function validateAlertService(ctx: ValidateContext<keyof AlertServiceModel & string>): void {
  if (!ctx.config.isKnown('type')) return;
  const type = ctx.config.string('type') ?? '';
  const fields = ALERT_SERVICE_FIELDS[type];
  if (!fields) return;
  const writeOnly = writeOnlySecretNames(ctx);
  const usable = SECRET_SETTINGS.filter((name) => fields.required.includes(name) || fields.optional.includes(name));
  for (const key of writeOnly ?? []) {
    const name = usable.find((setting) => setting === key);
    if (name === undefined)
      ctx.error(
        'secrets_wo',
        `secrets_wo has no "${key}" for ${type}`,
        `secrets_wo takes the secret settings a ${type} alert service uses: ${usable.join(', ') || 'none'}.`,
      );
    else if (ctx.config.isKnown(name) && !ctx.config.isNull(name))
      ctx.error(name, `${name} is given twice`, `Give ${name} either here or in secrets_wo, not both.`);
  }
  // A secret may come in secrets_wo (not judged while that is unknown); other settings only here.
  const inWriteOnly = (name: Setting) => SECRET_SETTINGS.includes(name) && (writeOnly === undefined || writeOnly.has(name));
  for (const name of fields.required)
    if (ctx.config.isKnown(name) && ctx.config.isNull(name) && !inWriteOnly(name))
      ctx.error(name, `Missing ${name}`, `A ${type} alert service needs ${name}${SECRET_SETTINGS.includes(name) ? ' (here or in secrets_wo)' : ''}.`);
  for (const name of SETTING_NAMES)
    if (!fields.required.includes(name) && !fields.optional.includes(name) && ctx.config.isKnown(name) && !ctx.config.isNull(name))
      ctx.error(
        name,
        `${name} does not apply to ${type}`,
        `A ${type} alert service takes ${[...fields.required, ...fields.optional].join(', ') || 'no settings'}.`,
      );
}

export const alertServiceResource = truenasResource({
  name: 'truenas_alert_service',
  schema: alertServiceSchema,
  validateConfig: validateAlertService,
  ...numericCrud({ importId: numericImportId('alert service'), group: (client) => client.systemSettings.alertServices, toModel, input }),
});
