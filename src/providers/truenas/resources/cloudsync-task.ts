// truenas_cloudsync_task: rclone copies a local directory to a cloud provider or back on a
// schedule (`cloudsync.*`). The target (bucket, folder, provider options) and the rules the
// middleware applies are shared with cloud backups (shared/cloud-task.ts); the encryption
// password and salt are secrets, kept in state (sensitive) or given write-only.
import { attr, block, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { secretToSend } from '../../../framework/write-only.js';
import { getAttr, isListValue } from '../../../framework/values-util.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import { isUnknown } from '../../../values/types.js';
import type { CloudSyncTask, CloudSyncTaskCreate } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { checkCloudTarget, cloudTaskAttributes, cloudTaskInput, cloudTaskModel, localPathValidator } from '../shared/cloud-task.js';
import { TIME_OF_DAY } from '../shared/schedule.js';
import { secretAttributes, secretRemoved, secretRules } from '../shared/secret-attributes.js';
import { unmaskedSecret } from '../shared/masked-secret.js';

const cloudsyncSchema = schema({
  description:
    'A cloud sync task: rclone copies a local directory to a cloud provider (PUSH) or from it (PULL) on a schedule, optionally encrypted. The credential comes from `truenas_cloudsync_credential`; which target options (bucket, region, chunk_size, …) apply depends on its provider and is checked at plan time when its id is known.',
  attributes: {
    ...cloudTaskAttributes('cloud sync task', localPathValidator(false)),
    direction: attr.string({ required: true, description: 'PUSH (local to cloud) or PULL (cloud to local).', validators: [validators.oneOf('PUSH', 'PULL')] }),
    transfer_mode: attr.string({
      required: true,
      description:
        'SYNC (make the destination match, deleting what the source lacks), COPY (add and update only) or MOVE (copy, then delete the source files).',
      validators: [validators.oneOf('SYNC', 'COPY', 'MOVE')],
    }),
    transfers: attr.number({
      optional: true,
      description: 'How many files rclone transfers at once; unset: its default (4).',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    encryption: attr.bool({ default: false, description: "Encrypt the files on the remote (rclone's crypt); needs encryption_password." }),
    filename_encryption: attr.bool({ default: false, description: 'Encrypt the file names too (with encryption).' }),
    ...secretAttributes('encryption_password', "The password of rclone's encryption"),
    ...secretAttributes('encryption_salt', "The salt of rclone's encryption (its second password; empty: none)"),
    create_empty_src_dirs: attr.bool({ default: false, description: 'Create empty source directories on the destination too.' }),
    follow_symlinks: attr.bool({ default: false, description: 'Follow symbolic links and copy what they point to.' }),
  },
  blocks: {
    bwlimit: block.list({
      description: "A bandwidth limit from a time of day on, until the next block's time; the blocks in time order.",
      attributes: {
        time: attr.string({
          required: true,
          description: 'When the limit starts, HH:MM (24-hour).',
          validators: [validators.textMatching(TIME_OF_DAY.pattern, TIME_OF_DAY.what)],
        }),
        bandwidth: attr.number({
          optional: true,
          description: 'Bytes per second (upload and download); unset: no limit.',
          validators: [validators.integer(), validators.atLeast(1)],
        }),
      },
    }),
  },
  rules: [...secretRules('encryption_password'), ...secretRules('encryption_salt')],
});

type CloudsyncModel = ModelOf<typeof cloudsyncSchema>;
type CloudsyncPlan = PlanModelOf<typeof cloudsyncSchema>;
type Name = keyof CloudsyncModel & string;

/** The bwlimit blocks' known times, in configuration order (undefined while any is unknown). */
function bwlimitTimes(ctx: ValidateContext<Name>): string[] | undefined {
  const blocks = ctx.config.get('bwlimit');
  if (blocks === null) return [];
  if (isUnknown(blocks) || !isListValue(blocks)) return undefined;
  const times = blocks.map((b) => getAttr(b, 'time'));
  return times.every((t) => typeof t === 'string') ? (times as string[]) : undefined;
}

/** The middleware's rules (plugins/cloud_sync.py `_basic_validate`, `_validate`), at plan time. */
export function validateCloudsync(ctx: ValidateContext<Name>): void {
  if (ctx.config.bool('filename_encryption') === true && ctx.config.bool('encryption') === false)
    ctx.error('filename_encryption', 'filename_encryption needs encryption', 'File names are encrypted only with encryption = true.');
  if (ctx.config.bool('snapshot') === true) {
    const direction = ctx.config.string('direction');
    if (direction !== undefined && direction !== 'PUSH') ctx.error('snapshot', 'snapshot needs PUSH', 'Only a PUSH task can work from a snapshot of its path.');
    if (ctx.config.string('transfer_mode') === 'MOVE')
      ctx.error('snapshot', 'snapshot with MOVE', 'A MOVE task deletes its source files: it cannot work from a snapshot.');
  }
  const times = bwlimitTimes(ctx) ?? [];
  times.slice(1).forEach((time, i) => {
    if (times[i]! >= time)
      ctx.error(
        [{ attribute: 'bwlimit' }, { index: i + 1 }, { attribute: 'time' }],
        'bwlimit out of order',
        `The bwlimit blocks must be in time order: ${times[i]} comes before ${time}.`,
      );
  });
}

/**
 * Encryption needs a password: when the task is made or encryption is turned on, the
 * configuration must give one; an existing encrypted task (an imported one) keeps the server's.
 */
async function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  const password = ['encryption_password', 'encryption_password_wo'] as const;
  const turnedOn = ctx.config.bool('encryption') === true && (ctx.creating || ctx.prior.bool('encryption') !== true);
  if (turnedOn && password.every((name) => ctx.config.isKnown(name) && ctx.config.isNull(name)))
    ctx.error('encryption', 'Encryption needs a password', 'Set encryption_password (or encryption_password_wo) to encrypt the files.');
  await checkCloudTarget(ctx, ctx.config.string('direction') === 'PUSH' ? { push: 'direction' } : {});
}

const passwordSpelling = (m: CloudsyncModel) => ({ value: m.encryption_password, wo: m.encryption_password_wo, woVersion: m.encryption_password_wo_version });
const saltSpelling = (m: CloudsyncModel) => ({ value: m.encryption_salt, wo: m.encryption_salt_wo, woVersion: m.encryption_salt_wo_version });

function input(plan: CloudsyncPlan, prior: CloudsyncModel | null): CloudSyncTaskCreate {
  const body: CloudSyncTaskCreate = {
    ...cloudTaskInput(plan),
    direction: plan.direction as CloudSyncTaskCreate['direction'],
    transfer_mode: plan.transfer_mode as CloudSyncTaskCreate['transfer_mode'],
    transfers: plan.transfers,
    encryption: plan.encryption,
    filename_encryption: plan.filename_encryption,
    create_empty_src_dirs: plan.create_empty_src_dirs,
    follow_symlinks: plan.follow_symlinks,
    bwlimit: plan.bwlimit.map((limit) => ({ time: limit.time, bandwidth: limit.bandwidth })),
  };
  // Secrets go only when new or changed; an update without them keeps the server's, so one the
  // configuration no longer gives is cleared with "" (the strings are not nullable).
  const password = secretToSend(passwordSpelling(plan), prior && passwordSpelling(prior));
  if (password !== null) body.encryption_password = password;
  else if (secretRemoved(passwordSpelling(plan), prior && passwordSpelling(prior))) body.encryption_password = '';
  const salt = secretToSend(saltSpelling(plan), prior && saltSpelling(prior));
  if (salt !== null) body.encryption_salt = salt;
  else if (secretRemoved(saltSpelling(plan), prior && saltSpelling(prior))) body.encryption_salt = '';
  return body;
}

function toModel(task: CloudSyncTask, known: Partial<CloudsyncModel>): CloudsyncModel {
  return {
    ...cloudTaskModel(task, known),
    direction: task.direction,
    transfer_mode: task.transfer_mode,
    transfers: task.transfers,
    encryption: task.encryption,
    filename_encryption: task.filename_encryption,
    // The server returns the secrets; state keeps them only when they are configured in state
    // (and keeps the state's when the server masks them, for a reader without CLOUD_SYNC_WRITE).
    encryption_password: known.encryption_password == null ? null : unmaskedSecret(task.encryption_password, known.encryption_password),
    encryption_password_wo: null,
    encryption_password_wo_version: known.encryption_password_wo_version ?? null,
    encryption_salt: known.encryption_salt == null ? null : unmaskedSecret(task.encryption_salt, known.encryption_salt),
    encryption_salt_wo: null,
    encryption_salt_wo_version: known.encryption_salt_wo_version ?? null,
    create_empty_src_dirs: task.create_empty_src_dirs,
    follow_symlinks: task.follow_symlinks,
    bwlimit: task.bwlimit.map((limit) => ({ time: limit.time, bandwidth: limit.bandwidth })),
  };
}

export const cloudsyncTaskResource = truenasResource({
  name: 'truenas_cloudsync_task',
  schema: cloudsyncSchema,
  validateConfig: validateCloudsync,
  modifyPlan: checkPlan,
  ...numericCrud({ importId: numericImportId('cloud sync task'), group: (client) => client.protection.cloudSyncTasks, toModel, input }),
});
