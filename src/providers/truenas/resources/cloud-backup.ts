// truenas_cloud_backup: restic backs a local directory (or a zvol) up to a repository in the
// cloud on a schedule, keeping the last N snapshots (`cloud_backup.*`). The target is shared with
// cloud sync tasks (shared/cloud-task.ts); the repository's password is a secret, kept in state
// (sensitive) or given write-only. The server makes the repository on first use and refuses a
// password that does not open an existing one. `cache_path` and `rate_limit` are 25.10+.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { secretToSend } from '../../../framework/write-only.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { PlanContext, ValidateContext } from '../../../framework/resource.js';
import type { CloudBackup, CloudBackupCreate } from '../../../clients/truenas/index.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { checkCloudTarget, cloudTaskAttributes, cloudTaskInput, cloudTaskModel, localPathValidator } from '../shared/cloud-task.js';
import { checkAttributeReleases } from '../shared/release-gate.js';
import { secretAttributes, secretRules } from '../shared/secret-attributes.js';
import { unmaskedSecret } from '../shared/masked-secret.js';

const backupSchema = schema({
  description:
    'A cloud backup task: restic backs a local directory (or a zvol) up to a repository in the cloud on a schedule and keeps the last `keep_last` snapshots. The credential (`truenas_cloudsync_credential`) must be S3 or Storj. The server makes the repository on first use; a password that does not open an existing repository is refused, so the password cannot be changed once the repository exists.',
  attributes: {
    ...cloudTaskAttributes('cloud backup', localPathValidator(true)),
    ...secretAttributes(
      'password',
      "The restic repository's password (needed to create the backup; an imported backup keeps the server's when it is left out)",
    ),
    keep_last: attr.number({
      required: true,
      description: 'How many of the latest snapshots to keep (at least 1).',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    transfer_setting: attr.string({
      default: 'DEFAULT',
      description: 'DEFAULT, PERFORMANCE (bigger packs) or FAST_STORAGE (bigger packs, more parallel reads).',
      validators: [validators.oneOf('DEFAULT', 'PERFORMANCE', 'FAST_STORAGE')],
    }),
    absolute_paths: attr.bool({
      default: false,
      description: 'Keep the absolute local paths in the snapshots. The server takes it only on create: changing it replaces the backup task.',
      planModifiers: [planModifiers.requiresReplace()],
    }),
    cache_path: attr.string({
      optional: true,
      description: "A writeable directory under /mnt/<pool> for restic's cache; unset: no cache. TrueNAS 25.10 and later.",
      validators: [localPathValidator(false)],
    }),
    rate_limit: attr.number({
      optional: true,
      description: 'Upload and download limit in KiB/s; unset: none. TrueNAS 25.10 and later.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
  },
  rules: [...secretRules('password')],
});

type BackupModel = ModelOf<typeof backupSchema>;
type BackupPlan = PlanModelOf<typeof backupSchema>;
type Name = keyof BackupModel & string;

/** The middleware's rule between snapshot and absolute_paths (cloud_backup/crud.py `_validate`). */
export function validateBackup(ctx: ValidateContext<Name>): void {
  if (ctx.config.bool('snapshot') === true && ctx.config.bool('absolute_paths') === true)
    ctx.error('snapshot', 'snapshot with absolute_paths', 'A backup that keeps absolute paths cannot work from a snapshot: set one of them false.');
}

/**
 * A new backup needs its repository's password (an imported one keeps the server's, so the
 * configuration may leave it out); the release's fields; the credential's provider (restic: S3, Storj).
 */
async function checkPlan(ctx: PlanContext<TrueNASProviderData, Name>): Promise<void> {
  const password = ['password', 'password_wo'] as const;
  if (ctx.creating && password.every((name) => ctx.config.isKnown(name) && ctx.config.isNull(name)))
    ctx.error('password', 'A new cloud backup needs a password', "Set password (or password_wo): the restic repository's password.");
  await checkAttributeReleases(ctx, { cache_path: { since: '25.10' }, rate_limit: { since: '25.10' } });
  await checkCloudTarget(ctx, { restic: true });
}

const passwordSpelling = (m: BackupModel) => ({ value: m.password, wo: m.password_wo, woVersion: m.password_wo_version });

function input(plan: BackupPlan, prior: BackupModel | null): Partial<CloudBackupCreate> {
  const body: Partial<CloudBackupCreate> = {
    ...cloudTaskInput(plan),
    keep_last: plan.keep_last,
    transfer_setting: plan.transfer_setting as CloudBackupCreate['transfer_setting'],
  };
  // 25.04 has neither field: send them only when set (or to clear them on 25.10+).
  if (plan.cache_path !== null || (prior?.cache_path ?? null) !== null) body.cache_path = plan.cache_path;
  if (plan.rate_limit !== null || (prior?.rate_limit ?? null) !== null) body.rate_limit = plan.rate_limit;
  const password = secretToSend(passwordSpelling(plan), prior && passwordSpelling(prior));
  if (password !== null) body.password = password;
  return body;
}

function createInput(plan: BackupPlan): CloudBackupCreate {
  const body = input(plan, null);
  // absolute_paths is a create-only field (not in CloudBackupUpdate).
  return { ...body, absolute_paths: plan.absolute_paths } as CloudBackupCreate;
}

function toModel(task: CloudBackup, known: Partial<BackupModel>): BackupModel {
  return {
    ...cloudTaskModel(task, known),
    // The server returns the password; state keeps it only when it is configured in state (and
    // keeps the state's when the server masks it, for a reader without CLOUD_BACKUP_WRITE).
    password: known.password == null ? null : unmaskedSecret(task.password, known.password),
    password_wo: null,
    password_wo_version: known.password_wo_version ?? null,
    keep_last: task.keep_last,
    transfer_setting: task.transfer_setting,
    absolute_paths: task.absolute_paths,
    cache_path: task.cache_path ?? null,
    rate_limit: task.rate_limit ?? null,
  };
}

export const cloudBackupResource = truenasResource({
  name: 'truenas_cloud_backup',
  schema: backupSchema,
  validateConfig: validateBackup,
  modifyPlan: checkPlan,
  ...numericCrud({
    importId: numericImportId('cloud backup task'),
    group: (client) => client.protection.cloudBackups,
    toModel,
    createInput: (plan: BackupPlan) => createInput(plan),
    updateInput: (plan, prior) => input(plan, prior),
  }),
});
