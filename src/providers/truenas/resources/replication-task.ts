// truenas_replication_task: copies snapshots of datasets to another dataset, on this system
// (LOCAL) or over SSH, pushed or pulled, on a schedule or after bound periodic snapshot tasks
// (`replication`). Retention on the target follows the source, a custom lifetime, or none.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import { secretToSend } from '../../../framework/write-only.js';
import {
  ENCRYPTION_KEY_FORMATS,
  LIFETIME_UNITS,
  READONLY_POLICIES,
  REPLICATION_DIRECTIONS,
  REPLICATION_TRANSPORTS,
  NETCAT_ACTIVE_SIDES,
  RETENTION_POLICIES,
  type ReplicationTask,
  type ReplicationTaskCreate,
} from '../../../clients/truenas/schemas/protection.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { sameFields, sameFieldsOrNull } from '../../common/same-fields.js';
import { cronAttribute, fromSchedule, sameSchedule, taskEnabledAttribute, toSchedule } from '../shared/schedule.js';
import { namingSchemaValidator } from './periodic-snapshot-task.js';
import { HEX_KEY } from './dataset-encryption.js';
import { secretAttributes, secretRemoved, secretRules } from '../shared/secret-attributes.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const port = (what: string) =>
  attr.number({
    optional: true,
    description: `SSH+NETCAT only: ${what} of the ports the active side listens on (1-65535; unset: zettarepl's default, 1024-65535).`,
    validators: tcpPortValidators,
  });

export const replicationSchema = schema({
  description:
    'A replication task: sends ZFS snapshots of source datasets to a target dataset, on this system (transport LOCAL) or another one over SSH (truenas_ssh_connection). It runs after its bound periodic snapshot tasks, or on its own schedule.',
  attributes: {
    id: numericId('replication task'),
    name: attr.string({ required: true, description: 'Name of the task (unique).' }),
    direction: attr.string({
      default: 'PUSH',
      description: 'PUSH (send from this system) or PULL (fetch from the remote one).',
      validators: [validators.oneOf(...REPLICATION_DIRECTIONS)],
    }),
    transport: attr.string({
      required: true,
      description: 'LOCAL (to another dataset or pool here), SSH or SSH+NETCAT (which needs netcat_active_side).',
      validators: [validators.oneOf(...REPLICATION_TRANSPORTS)],
    }),
    netcat_active_side: attr.string({
      optional: true,
      description:
        'SSH+NETCAT only, and required there: the side that opens the netcat listener, LOCAL (this system) or REMOTE; the other side connects to it.',
      validators: [validators.oneOf(...NETCAT_ACTIVE_SIDES)],
    }),
    netcat_active_side_listen_address: attr.string({
      optional: true,
      description: "SSH+NETCAT only: the address the active side listens on (unset: zettarepl's default, every address).",
    }),
    netcat_active_side_port_min: port('the lowest'),
    netcat_active_side_port_max: port('the highest'),
    netcat_passive_side_connect_address: attr.string({
      optional: true,
      description: 'SSH+NETCAT only: the address the passive side connects to (unset: the host of the SSH connection).',
    }),
    ssh_credentials: attr.number({
      optional: true,
      description: 'Id of the SSH connection (truenas_ssh_connection.id); required for SSH transports, not allowed for LOCAL.',
      validators: [validators.integer()],
    }),
    source_datasets: attr.list(ty.string, { required: true, description: 'Datasets or zvols whose snapshots are sent.' }),
    target_dataset: attr.string({ required: true, description: 'Dataset that receives them (created by the first run).' }),
    recursive: attr.bool({ default: false, description: 'Also replicate the children of the source datasets.' }),
    exclude: attr.list(ty.string, { default: [], description: 'Children to leave out of a recursive replication.' }),
    properties: attr.bool({ default: true, description: 'Send dataset properties along with the data.' }),
    properties_exclude: attr.list(ty.string, {
      default: [],
      description:
        'Dataset properties not to send (with properties = true). TrueNAS always leaves out mountpoint, sharenfs and sharesmb unless properties_override sets them. Removing it sends the empty list.',
      validators: [validators.each(validators.lengthBetween(1, 1024))],
    }),
    properties_override: attr.map(ty.string, {
      default: {},
      description: 'Dataset properties to set on the target, name to value (zfs receive -o). Removing it sends the empty map.',
    }),
    encryption: attr.bool({
      default: false,
      description:
        'Create the target dataset encrypted: with encryption_inherit = true under its encrypted parent, else with encryption_key, encryption_key_format and encryption_key_location (all three required). Applies when a run creates the target.',
    }),
    encryption_inherit: attr.bool({
      optional: true,
      description: "With encryption: the target inherits its parent's encryption (then encryption_key and its format and location are not set).",
    }),
    ...secretAttributes(
      'encryption_key',
      'With encryption (not inherited): the key of the target dataset, 64 hexadecimal digits for format HEX, 8 to 512 characters for PASSPHRASE. The server returns it in clear; removing it clears it on the server',
    ),
    encryption_key_format: attr.string({
      optional: true,
      description: 'With encryption (not inherited): HEX or PASSPHRASE.',
      validators: [validators.oneOf(...ENCRYPTION_KEY_FORMATS)],
    }),
    encryption_key_location: attr.string({
      optional: true,
      description:
        'With encryption (not inherited): where the target system keeps the key, a file path there, or "$TrueNAS" for its TrueNAS database (TrueNAS unlocks the dataset itself).',
      validators: [validators.lengthBetween(1, 1024)],
    }),
    replicate: attr.bool({ default: false, description: 'Replicate the whole filesystem (zfs send -R): needs recursive and retention_policy SOURCE.' }),
    periodic_snapshot_task_ids: attr.list(ty.number, {
      default: [],
      description:
        'Ids of the periodic snapshot tasks whose snapshots are sent (truenas_periodic_snapshot_task.id); the task runs after each of them. PUSH only. Their order does not matter (the server keeps a set).',
    }),
    naming_schema: attr.list(ty.string, {
      default: [],
      description: 'Naming schemas of the snapshots to pull (PULL only).',
      validators: [validators.each(namingSchemaValidator)],
    }),
    also_include_naming_schema: attr.list(ty.string, {
      default: [],
      description: 'Naming schemas of further snapshots to push besides those of the bound tasks (PUSH only).',
      validators: [validators.each(namingSchemaValidator)],
    }),
    name_regex: attr.string({ optional: true, description: 'Select snapshots by a regular expression instead of naming schemas.' }),
    auto: attr.bool({ default: true, description: 'Run automatically: after the bound snapshot tasks, or on schedule.' }),
    schedule: cronAttribute({ optional: true, description: 'Run on this crontab schedule instead of after the bound snapshot tasks (needs auto).' }),
    restrict_schedule: cronAttribute({ optional: true, description: 'Only send snapshots taken at times this crontab line matches.' }),
    only_matching_schedule: attr.bool({ default: false, description: 'Only send snapshots whose time matches schedule.' }),
    allow_from_scratch: attr.bool({ default: false, description: 'When the target has no snapshot in common with the source, destroy it and start over.' }),
    readonly: attr.string({
      default: 'SET',
      description: 'SET makes the target read-only, REQUIRE refuses a writable target, IGNORE leaves it.',
      validators: [validators.oneOf(...READONLY_POLICIES)],
    }),
    hold_pending_snapshots: attr.bool({ default: false, description: 'Keep source snapshots that were not yet sent past their lifetime (PUSH only).' }),
    retention_policy: attr.string({
      default: 'NONE',
      description: 'Snapshots kept on the target: SOURCE (as on the source), CUSTOM (lifetime_value × lifetime_unit) or NONE (all).',
      validators: [validators.oneOf(...RETENTION_POLICIES)],
    }),
    lifetime_value: attr.number({
      optional: true,
      description: 'Lifetime of target snapshots, for retention_policy CUSTOM.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    lifetime_unit: attr.string({
      optional: true,
      description: 'HOUR, DAY, WEEK, MONTH or YEAR, for retention_policy CUSTOM.',
      validators: [validators.oneOf(...LIFETIME_UNITS)],
    }),
    compression: attr.string({
      optional: true,
      description: 'Stream compression over SSH (not SSH+NETCAT): LZ4, PIGZ or PLZIP.',
      validators: [validators.oneOf('LZ4', 'PIGZ', 'PLZIP')],
    }),
    speed_limit: attr.number({
      optional: true,
      description: 'Bytes per second, over SSH (not SSH+NETCAT).',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    large_block: attr.bool({ default: true, description: 'Send large blocks as they are (zfs send -L).' }),
    embed: attr.bool({ default: false, description: 'Send embedded blocks (zfs send -e).' }),
    compressed: attr.bool({ default: true, description: 'Send compressed blocks as they are (zfs send -c).' }),
    retries: attr.number({ default: 5, description: 'Retries of a failed run.', validators: [validators.integer(), validators.atLeast(1)] }),
    enabled: taskEnabledAttribute,
    state: attr.string({ computed: true, description: "The task's last run as the server reports it: PENDING, RUNNING, FINISHED, ERROR or HOLD." }),
    last_snapshot: attr.string({ computed: true, description: 'The newest snapshot the last run sent, when it sent one.' }),
  },
  rules: [...secretRules('encryption_key')],
});

type ReplicationModel = ModelOf<typeof replicationSchema>;

const listOf = (ctx: ValidateContext, name: 'periodic_snapshot_task_ids' | 'naming_schema' | 'also_include_naming_schema' | 'exclude'): number | undefined => {
  if (!ctx.config.isKnown(name) || ctx.config.isNull(name)) return ctx.config.isKnown(name) ? 0 : undefined;
  const value = ctx.config.get(name);
  return Array.isArray(value) ? value.length : undefined;
};

/** The server's rules (plugins/replication.py `_validate`) that need only the configuration, said at plan time. */
function validateReplication(ctx: ValidateContext): void {
  const transport = ctx.config.isKnown('transport') ? ctx.config.string('transport') : undefined;
  const direction = ctx.config.isKnown('direction') ? (ctx.config.string('direction') ?? 'PUSH') : undefined;
  const credentialsKnown = ctx.config.isKnown('ssh_credentials');
  if (transport === 'LOCAL' && credentialsKnown && !ctx.config.isNull('ssh_credentials'))
    ctx.error(
      'ssh_credentials',
      'ssh_credentials with LOCAL transport',
      'A LOCAL replication runs on this system: remove ssh_credentials or use transport SSH.',
    );
  if (transport !== undefined && transport !== 'LOCAL' && credentialsKnown && ctx.config.isNull('ssh_credentials'))
    ctx.error('ssh_credentials', 'Missing ssh_credentials', `A replication over ${transport} needs ssh_credentials, the id of a truenas_ssh_connection.`);
  // plugins/replication.py _validate @TS-25.10.6:398-411: SSH+NETCAT needs the active side and
  // takes neither compression nor a speed limit; the active side means nothing elsewhere.
  if (transport === 'LOCAL' || transport === 'SSH+NETCAT')
    for (const name of ['compression', 'speed_limit'] as const)
      if (ctx.config.isKnown(name) && !ctx.config.isNull(name))
        ctx.error(name, `${name} with ${transport} transport`, `${name} applies to transport SSH only (TrueNAS refuses it for ${transport}).`);
  if (ctx.config.isKnown('netcat_active_side') && transport !== undefined) {
    const unset = ctx.config.isNull('netcat_active_side');
    if (transport === 'SSH+NETCAT' && unset)
      ctx.error(
        'netcat_active_side',
        'Missing netcat_active_side',
        'A replication over SSH+NETCAT needs netcat_active_side: LOCAL (this system listens) or REMOTE (the remote system listens).',
      );
    if (transport !== 'SSH+NETCAT' && !unset)
      ctx.error('netcat_active_side', 'netcat_active_side without SSH+NETCAT', 'netcat_active_side applies only to transport SSH+NETCAT.');
  }
  const tasks = listOf(ctx, 'periodic_snapshot_task_ids');
  if (direction === 'PULL') {
    if (tasks)
      ctx.error('periodic_snapshot_task_ids', 'Snapshot tasks on a PULL replication', 'A PULL replication cannot be bound to periodic snapshot tasks.');
    if (listOf(ctx, 'also_include_naming_schema'))
      ctx.error('also_include_naming_schema', 'PUSH only', 'also_include_naming_schema applies to PUSH replications; use naming_schema.');
    if (listOf(ctx, 'naming_schema') === 0 && ctx.config.isKnown('name_regex') && ctx.config.isNull('name_regex'))
      ctx.error('naming_schema', 'Missing naming_schema', 'A PULL replication needs naming_schema or name_regex to select the snapshots to fetch.');
  }
  if (direction === 'PUSH') {
    if (listOf(ctx, 'naming_schema'))
      ctx.error('naming_schema', 'PULL only', 'naming_schema applies to PULL replications; a PUSH one takes also_include_naming_schema.');
    const auto = ctx.config.isKnown('auto') ? (ctx.config.bool('auto') ?? true) : undefined;
    if (auto === true && tasks === 0 && ctx.config.isKnown('schedule') && ctx.config.isNull('schedule'))
      ctx.error(
        'auto',
        'Nothing triggers the replication',
        'An automatic PUSH replication needs periodic_snapshot_task_ids or a schedule (or set auto = false).',
      );
  }
  if (ctx.config.isKnown('auto') && ctx.config.bool('auto') === false && ctx.config.isKnown('schedule') && !ctx.config.isNull('schedule'))
    ctx.error('schedule', 'schedule without auto', 'A replication that does not run automatically cannot have a schedule.');
  const policy = ctx.config.isKnown('retention_policy') ? (ctx.config.string('retention_policy') ?? 'NONE') : undefined;
  for (const name of ['lifetime_value', 'lifetime_unit'] as const) {
    if (!ctx.config.isKnown(name)) continue;
    if (policy === 'CUSTOM' && ctx.config.isNull(name)) ctx.error(name, `Missing ${name}`, 'retention_policy CUSTOM needs lifetime_value and lifetime_unit.');
    if (policy !== undefined && policy !== 'CUSTOM' && !ctx.config.isNull(name))
      ctx.error(name, `${name} needs CUSTOM retention`, `${name} applies only when retention_policy is CUSTOM.`);
  }
  if (ctx.config.isKnown('recursive') && ctx.config.bool('recursive') !== true && listOf(ctx, 'exclude'))
    ctx.error('exclude', 'exclude needs recursive', 'Excluding children only means something for a recursive replication.');
  validateMoreServerRules(ctx, direction, tasks, policy);
  validateNetcatOptions(ctx, transport);
  validateEncryption(ctx);
}

const NETCAT_OPTIONS = [
  'netcat_active_side_listen_address',
  'netcat_active_side_port_min',
  'netcat_active_side_port_max',
  'netcat_passive_side_connect_address',
] as const;

/** The netcat options: plugins/replication.py `_validate` @TS-25.10.6:398-419 (TS-25.04.2.6:581-602, `_validate_transport` TS-26.0.0-BETA.3:441-474). */
function validateNetcatOptions(ctx: ValidateContext, transport: string | null | undefined): void {
  if (transport !== undefined && transport !== 'SSH+NETCAT')
    for (const name of NETCAT_OPTIONS)
      if (ctx.config.isKnown(name) && !ctx.config.isNull(name))
        ctx.error(name, `${name} without SSH+NETCAT`, `${name} applies only to transport SSH+NETCAT (TrueNAS refuses it for ${transport}).`);
  const [min, max] = [ctx.config.number('netcat_active_side_port_min'), ctx.config.number('netcat_active_side_port_max')];
  if (typeof min === 'number' && typeof max === 'number' && min > max)
    ctx.error(
      'netcat_active_side_port_max',
      'Port range reversed',
      `netcat_active_side_port_max (${max}) must be at least netcat_active_side_port_min (${min}).`,
    );
}

const KEY_SETTINGS = ['encryption_key', 'encryption_key_wo', 'encryption_key_format', 'encryption_key_location'] as const;

/**
 * The target's encryption: the server requires the key, its format and location when encryption
 * is on and not inherited (plugins/replication.py `_validate` @TS-25.10.6:501-505, TS-25.04.2.6:684-688,
 * TS-26.0.0-BETA.3:595-598). What zettarepl ignores (everything without encryption, the key with
 * inherit, plugins/zettarepl.py @TS-25.10.6:755-763) is refused too, and the key is checked as ZFS
 * checks it when the first run creates the target (OpenZFS libzfs_crypto.c: a raw hex key of 32
 * bytes, a passphrase of 8 to 512 characters); the server stores it unchecked.
 */
function validateEncryption(ctx: ValidateContext): void {
  if (!ctx.config.isKnown('encryption') || !ctx.config.isKnown('encryption_inherit')) return;
  const encryption = ctx.config.bool('encryption') === true;
  const inherit = ctx.config.bool('encryption_inherit') === true;
  const set = (name: (typeof KEY_SETTINGS)[number] | 'encryption_inherit') => ctx.config.isKnown(name) && !ctx.config.isNull(name);
  if (!encryption) {
    for (const name of ['encryption_inherit', ...KEY_SETTINGS] as const)
      if (set(name)) ctx.error(name, `${name} without encryption`, `${name} applies only with encryption = true.`);
    return;
  }
  if (inherit) {
    for (const name of KEY_SETTINGS)
      if (set(name)) ctx.error(name, `${name} with encryption_inherit`, `With encryption_inherit = true the target takes its parent's key: remove ${name}.`);
    return;
  }
  const unknown = (name: (typeof KEY_SETTINGS)[number]) => !ctx.config.isKnown(name);
  if (!set('encryption_key') && !set('encryption_key_wo') && !unknown('encryption_key') && !unknown('encryption_key_wo'))
    ctx.error(
      'encryption_key',
      'Missing encryption_key',
      'A replication that encrypts its target needs encryption_key (or encryption_key_wo), or encryption_inherit = true.',
    );
  for (const name of ['encryption_key_format', 'encryption_key_location'] as const)
    if (!set(name) && !unknown(name))
      ctx.error(name, `Missing ${name}`, `A replication that encrypts its target needs ${name} (TrueNAS refuses it without), or encryption_inherit = true.`);
  const format = ctx.config.string('encryption_key_format');
  for (const name of ['encryption_key', 'encryption_key_wo'] as const) {
    const key = ctx.config.string(name);
    if (typeof key !== 'string' || typeof format !== 'string') continue;
    const problem = format === 'HEX' ? HEX_KEY.validate(key) : key.length < 8 || key.length > 512 ? 'must be 8 to 512 characters long' : undefined;
    // The message never repeats the key.
    if (problem !== undefined) ctx.error(name, `Bad ${format} key`, `A ${format} encryption key ${problem}.`);
  }
}

const isTrue = (ctx: ValidateContext, name: 'auto' | 'hold_pending_snapshots' | 'replicate' | 'properties' | 'only_matching_schedule'): boolean | undefined =>
  ctx.config.isKnown(name) ? ctx.config.bool(name) === true : undefined;
const scheduleUnset = (ctx: ValidateContext): boolean | undefined => (ctx.config.isKnown('schedule') ? ctx.config.isNull('schedule') : undefined);

/** More of plugins/replication.py `_validate` @TS-25.10.6:364-390,466-530. Unset bools take the schema defaults. */
function validateMoreServerRules(
  ctx: ValidateContext,
  direction: string | null | undefined,
  tasks: number | undefined,
  policy: string | null | undefined,
): void {
  const regexSet = ctx.config.isKnown('name_regex') ? !ctx.config.isNull('name_regex') : undefined;
  const auto = ctx.config.isKnown('auto') ? (ctx.config.bool('auto') ?? true) : undefined;
  if (direction === 'PULL') {
    if (auto === true && scheduleUnset(ctx) === true)
      ctx.error('auto', 'Nothing triggers the replication', 'A PULL replication that runs automatically needs a schedule (or set auto = false).');
    if (isTrue(ctx, 'hold_pending_snapshots'))
      ctx.error('hold_pending_snapshots', 'PUSH only', 'A PULL replication cannot hold pending snapshots: it does no source retention.');
  }
  if (direction === 'PUSH' && tasks === 0 && listOf(ctx, 'also_include_naming_schema') === 0 && regexSet === false)
    ctx.error(
      'periodic_snapshot_task_ids',
      'Nothing selects the snapshots',
      'A PUSH replication needs periodic_snapshot_task_ids, also_include_naming_schema or name_regex to select the snapshots to send.',
    );
  if (isTrue(ctx, 'replicate')) {
    if (listOf(ctx, 'exclude')) ctx.error('exclude', 'exclude with replicate', 'A full filesystem replication (replicate = true) cannot exclude children.');
    if (ctx.config.isKnown('properties') && ctx.config.bool('properties') === false)
      ctx.error('properties', 'replicate needs properties', 'A full filesystem replication (replicate = true) needs properties = true.');
  }
  if (isTrue(ctx, 'only_matching_schedule') && scheduleUnset(ctx) === true)
    ctx.error('only_matching_schedule', 'only_matching_schedule without schedule', 'only_matching_schedule needs a schedule.');
  if (regexSet === true) {
    if (tasks) ctx.error('name_regex', 'name_regex with snapshot tasks', 'name_regex cannot be used together with periodic_snapshot_task_ids.');
    if (listOf(ctx, 'naming_schema') || listOf(ctx, 'also_include_naming_schema'))
      ctx.error('name_regex', 'name_regex with naming schemas', 'name_regex cannot be used together with naming_schema or also_include_naming_schema.');
    if (policy === 'CUSTOM')
      ctx.error('retention_policy', 'CUSTOM retention with name_regex', 'With name_regex only retention_policy SOURCE or NONE can be used.');
  }
}

/** The attributes the task has as they are, under the same name, in both directions. */
const SAME_FIELDS = [
  'name',
  'source_datasets',
  'target_dataset',
  'recursive',
  'exclude',
  'properties',
  'replicate',
  'naming_schema',
  'also_include_naming_schema',
  'auto',
  'only_matching_schedule',
  'allow_from_scratch',
  'hold_pending_snapshots',
  'large_block',
  'embed',
  'compressed',
  'retries',
  'enabled',
] as const;

/** Those the server leaves out when unset. */
const OPTIONAL_FIELDS = [
  'name_regex',
  'lifetime_value',
  'lifetime_unit',
  'compression',
  'speed_limit',
  'netcat_active_side',
  ...NETCAT_OPTIONS,
  'encryption_inherit',
  'encryption_key_format',
  'encryption_key_location',
] as const;

/**
 * The bound tasks are a many-to-many relationship the server reads back as a set, ascending
 * (plugins/datastore/read.py _fetch_many_to_many @TS-25.10.6:286-330), so the configured order is
 * kept when it holds the same ids.
 */
function boundTasksAsConfigured(read: number[], known: readonly number[] | null | undefined): number[] {
  if (!known || known.length !== read.length) return read;
  const wanted = new Set(known);
  return wanted.size === read.length && read.every((id) => wanted.has(id)) ? [...known] : read;
}

export function replicationToModel(task: ReplicationTask, known: Partial<ReplicationModel>): ReplicationModel {
  const schedule = (line: string | null | undefined, current: ReplicationTask['schedule']) => {
    if (!current) return null;
    const fresh = fromSchedule(current);
    return line && sameSchedule(line, fresh) ? line : fresh;
  };
  return {
    ...sameFields(task, SAME_FIELDS),
    ...sameFieldsOrNull(task, OPTIONAL_FIELDS),
    id: task.id,
    direction: task.direction,
    transport: task.transport,
    readonly: task.readonly,
    retention_policy: task.retention_policy,
    ssh_credentials: task.ssh_credentials?.id ?? null,
    periodic_snapshot_task_ids: boundTasksAsConfigured(
      task.periodic_snapshot_tasks.map((t) => t.id),
      known.periodic_snapshot_task_ids,
    ),
    schedule: schedule(known.schedule, task.schedule),
    restrict_schedule: schedule(known.restrict_schedule, task.restrict_schedule),
    properties_exclude: task.properties_exclude ?? [],
    properties_override: task.properties_override ?? {},
    encryption: task.encryption ?? false,
    // The server answers the key in clear; state keeps it only when it is configured there.
    encryption_key: known.encryption_key == null ? null : (task.encryption_key ?? null),
    encryption_key_wo: null,
    encryption_key_wo_version: known.encryption_key_wo_version ?? null,
    state: task.state?.state ?? null,
    last_snapshot: task.state?.last_snapshot ?? null,
  };
}

const keySpelling = (m: Pick<ReplicationModel, 'encryption_key' | 'encryption_key_wo' | 'encryption_key_wo_version'>) => ({
  value: m.encryption_key,
  wo: m.encryption_key_wo,
  woVersion: m.encryption_key_wo_version,
});

/**
 * The key only when new or changed: replication.update merges what it is sent into the stored
 * task (plugins/replication.py `do_update` @TS-25.10.6:244-249), so a key left out is kept, and
 * one the configuration no longer gives is cleared with null.
 */
function encryptionKeyInput(plan: PlanModelOf<typeof replicationSchema>, prior: ReplicationModel | null): Pick<ReplicationTaskCreate, 'encryption_key'> {
  const key = secretToSend(keySpelling(plan), prior && keySpelling(prior));
  if (key !== null) return { encryption_key: key };
  return secretRemoved(keySpelling(plan), prior && keySpelling(prior)) || prior === null ? { encryption_key: null } : {};
}

export function replicationInput(plan: PlanModelOf<typeof replicationSchema>, prior: ReplicationModel | null = null): ReplicationTaskCreate {
  type Create = ReplicationTaskCreate;
  return {
    ...sameFields(plan, SAME_FIELDS),
    ...sameFields(plan, ['name_regex', 'lifetime_value', 'speed_limit', 'ssh_credentials', ...NETCAT_OPTIONS]),
    ...sameFields(plan, ['properties_exclude', 'properties_override', 'encryption', 'encryption_inherit', 'encryption_key_location']),
    encryption_key_format: plan.encryption_key_format as Create['encryption_key_format'],
    ...encryptionKeyInput(plan, prior),
    direction: plan.direction as Create['direction'],
    transport: plan.transport as Create['transport'],
    readonly: plan.readonly as Create['readonly'],
    retention_policy: plan.retention_policy as Create['retention_policy'],
    lifetime_unit: plan.lifetime_unit as Create['lifetime_unit'],
    netcat_active_side: plan.netcat_active_side as Create['netcat_active_side'],
    compression: plan.compression as Create['compression'],
    periodic_snapshot_tasks: plan.periodic_snapshot_task_ids,
    schedule: plan.schedule === null ? null : toSchedule(plan.schedule),
    restrict_schedule: plan.restrict_schedule === null ? null : toSchedule(plan.restrict_schedule),
  };
}

export const replicationTaskResource = truenasResource({
  name: 'truenas_replication_task',
  schema: replicationSchema,
  validateConfig: validateReplication,
  ...numericCrud({
    importId: numericImportId('replication task'),
    group: (client) => client.protection.replication,
    toModel: replicationToModel,
    input: replicationInput,
  }),
});
