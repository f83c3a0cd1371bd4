// `proxmox_backup_job`: a scheduled vzdump job of the datacenter (/cluster/backup, jobs.cfg).
import type { DatacenterSection } from '../../../clients/proxmox/index.js';
import { buildPropertyString } from '../../../clients/proxmox/property-string.js';
import { attr, schema } from '../../../framework/attributes.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { configIdValidator, nodeNameValidator, scheduleValidator, vmidTextValidator } from '../shared/datacenter-validators.js';
import { keyAttributes } from '../shared/key-attributes.js';

const BACKUP_FIELDS = fields([
  ['schedule', 'schedule', 'string'],
  ['enabled', 'enabled', 'bool'],
  ['node', 'node', 'string'],
  ['storage', 'storage', 'string'],
  ['vmids', 'vmid', 'list'],
  ['pool', 'pool', 'string'],
  ['all', 'all', 'bool'],
  ['exclude', 'exclude', 'list'],
  ['mode', 'mode', 'string'],
  ['compress', 'compress', 'string'],
  ['zstd_threads', 'zstd', 'number'],
  ['bwlimit', 'bwlimit', 'number'],
  ['notes_template', 'notes-template', 'string'],
  ['protected', 'protected', 'bool'],
  ['notification_mode', 'notification-mode', 'string'],
  ['mailnotification', 'mailnotification', 'string'],
  ['mailto', 'mailto', 'list'],
  ['repeat_missed', 'repeat-missed', 'bool'],
  ['comment', 'comment', 'string'],
  ['pbs_change_detection_mode', 'pbs-change-detection-mode', 'string'],
] as const);

/** Retention counts and their `prune-backups` keys (`keep-all` is a boolean, apart). */
const RETENTION = [
  ['keep_last', 'keep-last'],
  ['keep_hourly', 'keep-hourly'],
  ['keep_daily', 'keep-daily'],
  ['keep_weekly', 'keep-weekly'],
  ['keep_monthly', 'keep-monthly'],
  ['keep_yearly', 'keep-yearly'],
] as const;

const keep = (what: string) =>
  attr.number({
    optional: true,
    description: `Retention: ${what} (instead of the storage's retention).`,
    validators: [validators.integer(), validators.atLeast(0)],
  });

const backupJobSchema = schema({
  version: 1,
  description: 'A scheduled backup (vzdump) job of the datacenter: which guests (a VMID list, a pool, or all with exclusions), when, where to and how.',
  attributes: {
    ...keyAttributes('job_id', 'The job id.', {
      description: 'Job id (Proxmox generates one when none is given; Terraform needs it to find the job again).',
      validators: [configIdValidator],
    }),
    schedule: attr.string({
      required: true,
      description: 'When it runs: a calendar event such as "sun 01:00", "mon..fri 22:30" or "*-*-1 03:00".',
      validators: [scheduleValidator],
    }),
    enabled: attr.bool({ optional: true, default: true, description: 'Whether the job runs.' }),
    node: attr.string({ optional: true, description: 'Back up only guests on this node (default: every node).', validators: [nodeNameValidator] }),
    storage: attr.string({ optional: true, description: 'Target storage (default: "local").' }),
    vmids: attr.set(ty.string, { optional: true, description: 'Back up these guests (VMIDs).', validators: [validators.each(vmidTextValidator)] }),
    pool: attr.string({ optional: true, description: 'Back up the guests of this pool.' }),
    all: attr.bool({ optional: true, description: 'Back up every guest (but those in exclude).' }),
    exclude: attr.set(ty.string, {
      optional: true,
      description: 'With all = true (only): guests (VMIDs) to leave out.',
      validators: [validators.each(vmidTextValidator)],
    }),
    mode: attr.string({ optional: true, description: 'snapshot (default), suspend or stop.', validators: [validators.oneOf('snapshot', 'suspend', 'stop')] }),
    compress: attr.string({
      optional: true,
      description: 'Compression: 0 (none), 1, gzip, lzo or zstd.',
      validators: [validators.oneOf('0', '1', 'gzip', 'lzo', 'zstd')],
    }),
    zstd_threads: attr.number({ optional: true, description: 'zstd threads (0: half the cores).', validators: [validators.integer(), validators.atLeast(0)] }),
    bwlimit: attr.number({ optional: true, description: 'I/O bandwidth limit, KiB/s.', validators: [validators.integer(), validators.atLeast(0)] }),
    keep_all: attr.bool({
      optional: true,
      description:
        "Retention: keep all backups (instead of the storage's retention); a boolean, as `prune-backups` has it (earlier versions of this provider took 0 or 1; their state is upgraded).",
    }),
    ...(Object.fromEntries(RETENTION.map(([name, key]) => [name, keep(key.replace('keep-', 'keep '))])) as Record<
      (typeof RETENTION)[number][0],
      ReturnType<typeof keep>
    >),
    fleecing_storage: attr.string({ optional: true, description: 'Back up VMs through a fleecing image on this storage.' }),
    notes_template: attr.string({
      optional: true,
      description: 'Notes of each backup; may use {{cluster}}, {{guestname}}, {{node}} and {{vmid}}.',
      // pve-manager PVE/VZDump.pm `$verify_notes_template`; at most 1024 characters (API schema).
      validators: [
        validators.custom<string>(
          'a template using only {{cluster}}, {{guestname}}, {{node}}, {{vmid}}, the escapes \\n and \\\\, and no line feed',
          (value) => {
            if (typeof value !== 'string') return undefined;
            if (value.includes('\n')) return 'the template contains a line feed (write "\\n" for one)';
            const escapes = [...value.matchAll(/\\([^\n])/g)].map((m) => `\\${m[1] ?? ''}`).filter((escape) => escape !== '\\n' && escape !== '\\\\');
            if (escapes.length > 0) return `unknown escape sequence(s) ${escapes.join(', ')} (only \\n and \\\\; write \\\\ for a backslash)`;
            const unknown = [...value.matchAll(/\{\{([^\s{}]+)\}\}/g)].map((m) => m[1]).filter((name) => !/^(cluster|guestname|node|vmid)$/.test(name ?? ''));
            return unknown.length > 0 ? `unknown variable(s) ${unknown.join(', ')}` : undefined;
          },
        ),
        validators.lengthBetween(0, 1024),
      ],
    }),
    protected: attr.bool({ optional: true, description: 'Mark the backups protected (needs storage).' }),
    notification_mode: attr.string({
      optional: true,
      description: 'auto, legacy-sendmail or notification-system.',
      validators: [validators.oneOf('auto', 'legacy-sendmail', 'notification-system')],
    }),
    mailnotification: attr.string({
      optional: true,
      description: 'legacy-sendmail: mail always or on failure only.',
      validators: [validators.oneOf('always', 'failure')],
    }),
    mailto: attr.set(ty.string, { optional: true, description: 'legacy-sendmail: addresses or users to mail.' }),
    repeat_missed: attr.bool({ optional: true, description: 'Run as soon as possible when a run was missed.' }),
    comment: attr.string({ optional: true, description: 'Comment.', validators: [validators.lengthBetween(0, 512)] }),
    pbs_change_detection_mode: attr.string({
      optional: true,
      description: 'Proxmox Backup Server containers: legacy, data or metadata.',
      validators: [validators.oneOf('legacy', 'data', 'metadata')],
    }),
  },
  rules: [
    rules.exactlyOneOf('vmids', 'pool', 'all'),
    rules.conflictsWith('exclude', 'vmids'),
    rules.requiredWith('notes_template', 'storage'),
    rules.requiredWith('protected', 'storage'),
    rules.conflictsWith('keep_all', 'keep_last'),
    rules.conflictsWith('keep_all', 'keep_hourly'),
    rules.conflictsWith('keep_all', 'keep_daily'),
    rules.conflictsWith('keep_all', 'keep_weekly'),
    rules.conflictsWith('keep_all', 'keep_monthly'),
    rules.conflictsWith('keep_all', 'keep_yearly'),
  ],
});

type BackupJobModel = ModelOf<typeof backupJobSchema>;
type RetentionAttr = (typeof RETENTION)[number][0];
type Retention = Record<RetentionAttr, number | null> & { keep_all: boolean | null };

/** `prune-backups` as a property string, undefined when no retention is configured. */
export function pruneBackups(model: { readonly [K in keyof Retention]: Retention[K] | undefined }): string | undefined {
  const props: Record<string, number> = {};
  if (model.keep_all !== null && model.keep_all !== undefined) props['keep-all'] = model.keep_all ? 1 : 0;
  for (const [name, key] of RETENTION) {
    const value = model[name];
    if (value !== null && value !== undefined) props[key] = value;
  }
  return Object.keys(props).length > 0 ? buildPropertyString(props) : undefined;
}

/** The retention attributes from the answer's `prune-backups` object. */
export function retentionOf(raw: DatacenterSection): Retention {
  const prune = (raw['prune-backups'] ?? {}) as Record<string, unknown>;
  const all = prune['keep-all'];
  const out = { keep_all: all === undefined ? null : /^(1|true|yes|on)$/i.test(String(all)) } as Retention;
  for (const [name, key] of RETENTION) out[name] = prune[key] === undefined ? null : Number(prune[key]);
  return out;
}

/**
 * State upgrade from schema version 0, where `keep_all` was a number (0 or 1, the only values
 * the server took): a boolean since version 1.
 */
export function upgradeKeepAll(state: Record<string, unknown>): Record<string, unknown> {
  const value = state.keep_all;
  return typeof value === 'number' ? { ...state, keep_all: value !== 0 } : state;
}

function fleecingStorage(raw: DatacenterSection): string | null {
  const fleecing = raw.fleecing as { enabled?: unknown; storage?: unknown } | undefined;
  return fleecing && Number(fleecing.enabled ?? 0) === 1 && typeof fleecing.storage === 'string' ? fleecing.storage : null;
}

const sections = datacenterResource({
  name: 'proxmox_backup_job',
  schema: backupJobSchema,
  importId: { description: 'the job id', example: 'nightly' },
  key: 'job_id',
  kind: 'backup',
  fields: BACKUP_FIELDS,
  writeParams: (plan) => {
    const prune = pruneBackups(plan);
    return {
      ...(prune !== undefined ? { 'prune-backups': prune } : {}),
      ...(plan.fleecing_storage ? { fleecing: buildPropertyString({ enabled: 1, storage: plan.fleecing_storage }) } : {}),
    };
  },
  removedParams: (plan, prior) => [
    ...(pruneBackups(plan) === undefined && pruneBackups(prior) !== undefined ? ['prune-backups'] : []),
    ...(!plan.fleecing_storage && prior.fleecing_storage ? ['fleecing'] : []),
  ],
  toModel: (values, raw, known) =>
    ({
      ...values,
      ...retentionOf(raw),
      schedule: String(values.schedule ?? known.schedule),
      enabled: values.enabled ?? true,
      fleecing_storage: fleecingStorage(raw),
    }) as BackupJobModel,
  validateConfig(ctx) {
    // The server takes exclude only as the exceptions of all: a pool job ignores it (pve-manager
    // PVE/VZDump.pm:1580-1601 `get_included_guests` @14a22df) and the next update drops it
    // (PVE/API2/Backup.pm:618-630), and without a pool it sets all (VZDump.pm:1548, Backup.pm:618),
    // so `all = false` would read back true: either way every plan would show a change.
    if (ctx.config.isNull('exclude') || !ctx.config.isKnown('exclude') || !ctx.config.isKnown('all') || ctx.config.bool('all') === true) return;
    ctx.error(
      'exclude',
      'exclude needs all = true',
      'exclude lists the guests a job of all = true leaves out. Proxmox ignores it for a pool (and drops it on the next update), and sets all = true for it otherwise: set all = true, or leave exclude out.',
    );
  },
});

export const backupJobResource: typeof sections = { ...sections, upgraders: { 0: upgradeKeepAll } };
