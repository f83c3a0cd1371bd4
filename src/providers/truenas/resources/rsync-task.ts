// truenas_rsync_task: rsync copies a local directory to another host or from it on a schedule
// (`rsynctask.*`), to an rsync daemon's module (MODULE) or over SSH with a keychain connection
// (`truenas_ssh_connection`). The middleware's rules between mode and remote settings are
// checked at plan time; `validate_remote_path` and `ssh_keyscan` steer the server's checks on
// create and update and are not stored.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ValidateContext } from '../../../framework/resource.js';
import type { RsyncTask, RsyncTaskCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { sameFields } from '../../common/same-fields.js';
import { localPathValidator } from '../shared/cloud-task.js';
import { cronAttribute, scheduleAsConfigured, taskEnabledAttribute, toSchedule } from '../shared/schedule.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const flag = (defaultValue: boolean, description: string) => attr.bool({ default: defaultValue, description });

/**
 * The server stores `extra` as one space-joined line and reads it back split like a shell line,
 * quotes turned literal (middleware plugins/rsync.py:116-122,157 @TS-25.10.6): an element with
 * whitespace or a quote would read back as other elements.
 */
export const extraElementValidator = validators.custom('one word without whitespace or quotes', (value) =>
  typeof value === 'string' && /[\s'"]/.test(value)
    ? `must be one word, without whitespace or quotes: the server joins the elements with spaces and splits the line again, so ${JSON.stringify(value)} would read back as other elements. Give each word as its own element, such as "--exclude" and "*.tmp", or "--exclude=*.tmp"`
    : undefined,
);

const rsyncSchema = schema({
  description:
    "An rsync task: copies a local directory to another host (PUSH) or from it (PULL) on a schedule, either to an rsync daemon's module (mode MODULE) or over SSH (mode SSH, with a `truenas_ssh_connection`).",
  attributes: {
    id: numericId('rsync task'),
    path: attr.string({
      required: true,
      description: 'The local directory, under /mnt/<pool>.',
      validators: [localPathValidator(false), validators.lengthBetween(1, 1023)],
    }),
    user: attr.string({
      required: true,
      description: 'The local user the task runs as (it must exist; in SSH mode without ssh_credentials its ~/.ssh holds the key).',
      validators: [validators.textMatching(/^[^ ]+$/, 'a user name without spaces')],
    }),
    mode: attr.string({ default: 'MODULE', description: "MODULE (an rsync daemon's module) or SSH.", validators: [validators.oneOf('MODULE', 'SSH')] }),
    remotehost: attr.string({
      optional: true,
      description: 'The remote host (`user@host` picks the remote user): needed in MODULE mode, and in SSH mode without ssh_credentials.',
    }),
    remoteport: attr.number({
      optional: true,
      description: "The remote SSH port: needed in SSH mode without ssh_credentials (the connection's port is used otherwise).",
      validators: tcpPortValidators,
    }),
    remotemodule: attr.string({ optional: true, description: "The rsync daemon's module: needed in MODULE mode." }),
    ssh_credentials: attr.number({
      optional: true,
      description: 'SSH mode: the id of a `truenas_ssh_connection` to connect with (its host, port, user and key).',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    remotepath: attr.string({ default: '', description: 'SSH mode: the remote directory (required there).' }),
    direction: attr.string({
      default: 'PUSH',
      description: 'PUSH (local to remote) or PULL (remote to local).',
      validators: [validators.oneOf('PUSH', 'PULL')],
    }),
    description: attr.string({ default: '', description: 'What the task is for (the API calls it desc).' }),
    schedule: cronAttribute({
      default: '00 * * * *',
      description: 'When the task runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.',
    }),
    recursive: flag(true, 'Copy subdirectories too (-r).'),
    times: flag(true, 'Preserve modification times (-t).'),
    compress: flag(true, 'Compress data in transit (-zz).'),
    archive: flag(false, 'Archive mode (-a): recursive, with links, permissions, times, groups, owners and devices.'),
    delete: flag(false, 'Delete files on the destination that the source lacks (--delete-delay).'),
    quiet: flag(false, 'Suppress non-error messages.'),
    preserveperm: flag(false, 'Preserve permissions (-p).'),
    preserveattr: flag(false, 'Preserve extended attributes (-X).'),
    delayupdates: flag(true, 'Put updated files in place at the end of the transfer (--delay-updates).'),
    extra: attr.list(ty.string, {
      default: [],
      description:
        'Further rsync options, one word per element, such as "--bwlimit=1000" or "--exclude", "*.tmp" (no spaces or quotes in an element: the server joins the elements with spaces and splits the line again).',
      validators: [validators.each(extraElementValidator)],
    }),
    enabled: taskEnabledAttribute,
    validate_remote_path: flag(
      true,
      'SSH mode with ssh_credentials: the server connects on create and update to check that remotepath is a directory (an enabled task only). Set false when the remote is not reachable from TrueNAS yet. Not stored on the server.',
    ),
    ssh_keyscan: flag(
      false,
      "SSH mode without ssh_credentials: add the remote host's key to the user's known_hosts if it is not there. Not stored on the server.",
    ),
  },
});

type RsyncModel = ModelOf<typeof rsyncSchema>;
type RsyncPlan = PlanModelOf<typeof rsyncSchema>;
type Name = keyof RsyncModel & string;

/** The middleware's rules between mode and the remote settings (plugins/rsync.py `validate_rsync_task`), at plan time. */
export function validateRsync(ctx: ValidateContext<Name>): void {
  const mode = ctx.config.isKnown('mode') ? (ctx.config.string('mode') ?? 'MODULE') : undefined;
  const isSet = (name: Name) => (ctx.config.isKnown(name) ? !ctx.config.isNull(name) && ctx.config.get(name) !== '' : undefined);
  const require = (name: Name, why: string) => {
    if (isSet(name) === false) ctx.error(name, `Missing ${name}`, why);
  };
  if (mode === 'MODULE') {
    require('remotehost', 'An rsync task in MODULE mode needs remotehost, the host running the rsync daemon.');
    require('remotemodule', "An rsync task in MODULE mode needs remotemodule, the daemon's module.");
    if (isSet('ssh_credentials') === true) ctx.error('ssh_credentials', 'ssh_credentials in MODULE mode', 'SSH credentials apply to mode SSH only.');
  }
  if (mode === 'SSH') {
    require('remotepath', 'An rsync task in SSH mode needs remotepath, the remote directory.');
    if (isSet('remotemodule') === true) ctx.error('remotemodule', 'remotemodule in SSH mode', 'remotemodule applies to mode MODULE only.');
    if (isSet('ssh_credentials') === false) {
      require('remotehost', 'Without ssh_credentials an rsync task in SSH mode needs remotehost.');
      require('remoteport', 'Without ssh_credentials an rsync task in SSH mode needs remoteport.');
    }
  }
}

/** The rsync switches, booleans the API names the same. */
const RSYNC_FLAGS = ['recursive', 'times', 'compress', 'archive', 'delete', 'quiet', 'preserveperm', 'preserveattr', 'delayupdates'] as const;
/** The attributes the API names and types the same. */
const SAME_FIELDS = ['path', 'user', 'remoteport', 'remotepath', 'extra', 'enabled', ...RSYNC_FLAGS] as const;

function input(plan: RsyncPlan): RsyncTaskCreate {
  return {
    ...sameFields(plan, SAME_FIELDS),
    mode: plan.mode as RsyncTaskCreate['mode'],
    remotehost: plan.remotehost,
    remotemodule: plan.remotemodule,
    ssh_credentials: plan.ssh_credentials,
    direction: plan.direction as RsyncTaskCreate['direction'],
    desc: plan.description,
    schedule: toSchedule(plan.schedule),
    validate_rpath: plan.validate_remote_path,
    ssh_keyscan: plan.ssh_keyscan,
  };
}

function toModel(task: RsyncTask, known: Partial<RsyncModel>): RsyncModel {
  return {
    ...sameFields(task, SAME_FIELDS),
    id: task.id,
    mode: task.mode,
    remotehost: task.remotehost || null,
    remotemodule: task.remotemodule || null,
    ssh_credentials: task.ssh_credentials?.id ?? null,
    direction: task.direction,
    description: task.desc,
    schedule: scheduleAsConfigured(known.schedule, task.schedule),
    // Not stored on the server: what was configured, else the defaults.
    validate_remote_path: known.validate_remote_path ?? true,
    ssh_keyscan: known.ssh_keyscan ?? false,
  };
}

export const rsyncTaskResource = truenasResource({
  name: 'truenas_rsync_task',
  schema: rsyncSchema,
  validateConfig: validateRsync,
  ...numericCrud({ importId: numericImportId('rsync task'), group: (client) => client.protection.rsyncTasks, toModel, input }),
});
