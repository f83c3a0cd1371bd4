// What truenas_cloudsync_task and truenas_cloud_backup share (`CloudTaskServiceMixin` in the
// middleware): the local path, the credential, where in the cloud (`attributes`: bucket, folder
// and the provider's own options, one attribute each), the schedule, scripts, include/exclude.
// Which options a credential's provider takes (cloud-remotes.ts) is checked at plan time when
// the credential's id is known; the server checks it again.
import { attr } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOfMembers, PlanModelOfMembers } from '../../../framework/schema.js';
import type { PlanContext } from '../../../framework/resource.js';
import { CLOUD_REMOTES, RESTIC_PROVIDERS, taskAttributeNames, type CloudRemote } from '../../../clients/truenas/cloud-remotes.js';
import type { CloudCredential, CloudTaskAttributes, TaskCron } from '../../../clients/truenas/index.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { numericId } from './ids.js';
import { cronAttribute, scheduleAsConfigured, taskEnabledAttribute, toSchedule } from './schedule.js';
import { MASKED_SECRET } from './masked-secret.js';

const STORAGE_CLASSES = ['', 'STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'GLACIER_IR', 'DEEP_ARCHIVE'];

/**
 * Every string of the 25.10 and 26.0 models is capped at 1024 characters (`str_max_length`,
 * middleware api/base/model.py:148-153 @TS-25.10.6); 25.04 has maxLength 1024 on the items (dump).
 */
const PATTERN_MAX = 1024;

/** A task's local path: under /mnt (cloud backups may also name a zvol, /dev/zvol/<pool>/<name>). */
export function localPathValidator(allowZvol: boolean) {
  return validators.custom(allowZvol ? 'a path under /mnt/ or /dev/zvol/' : 'a path under /mnt/', (value) => {
    if (typeof value !== 'string') return undefined;
    if (value.startsWith('/mnt/') && value.length > '/mnt/'.length) return undefined;
    if (allowZvol && value.startsWith('/dev/zvol/')) return undefined;
    return `must lie within a pool: a path under /mnt/<pool>${allowZvol ? ' or a zvol as /dev/zvol/<pool>/<name>' : ''}; got "${value}"`;
  });
}

/** The task attributes that name a provider's own option, by the API key in `attributes`. */
const OPTIONS = {
  fast_list: 'fast_list',
  chunk_size: 'chunk_size',
  region: 'region',
  storage_class: 'storage_class',
  server_side_encryption: 'encryption',
  acknowledge_abuse: 'acknowledge_abuse',
  bucket_policy_only: 'bucket_policy_only',
} as const;
type OptionName = keyof typeof OPTIONS;

/** The attributes both kinds of task have, the local path's check given. */
export function cloudTaskAttributes(what: string, pathValidator: ReturnType<typeof localPathValidator>) {
  return {
    id: numericId(what),
    description: attr.string({ default: '', description: `What the ${what} is for (shown in the TrueNAS UI).` }),
    path: attr.string({ required: true, description: 'The local directory, under /mnt/<pool>.', validators: [pathValidator] }),
    credentials: attr.number({
      required: true,
      description: 'The id of the cloud credential to use (`truenas_cloudsync_credential.<name>.id`).',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    bucket: attr.string({
      optional: true,
      description:
        'The bucket (or container): required for providers with buckets (S3, B2, Azure Blob, Google Cloud Storage, Storj, Swift, hubiC), refused by the others.',
      validators: [validators.lengthBetween(1, 1024)],
    }),
    folder: attr.string({ default: '', description: 'The folder in the bucket (or on the remote) to use as the root; empty for the top.' }),
    fast_list: attr.bool({
      optional: true,
      description: "rclone's --fast-list: fewer transactions for more memory (bucket providers, Google Drive, Yandex). Unset: the server's default, false.",
    }),
    chunk_size: attr.number({
      optional: true,
      description: 'Upload chunk size in MiB: B2 (at least 5; server default 96) and Dropbox (5 to 149; server default 48) only.',
      validators: [validators.integer()],
    }),
    region: attr.string({
      optional: true,
      description:
        'S3 only: the region. Unless the credential sets `region` or `skip_region`, the server looks up the bucket\'s region and uses that instead (this attribute then keeps what is configured); an S3-compatible endpoint without GetBucketLocation needs `settings.skip_region = "true"` on the credential.',
    }),
    storage_class: attr.string({
      optional: true,
      description: `S3 only: the storage class, one of ${STORAGE_CLASSES.filter(Boolean).join(', ')} (empty: the bucket's default).`,
      validators: [validators.oneOf(...STORAGE_CLASSES)],
    }),
    server_side_encryption: attr.string({ optional: true, description: 'S3 only: server-side encryption, AES256.', validators: [validators.oneOf('AES256')] }),
    acknowledge_abuse: attr.bool({ optional: true, description: 'Google Drive only: download files Google flags as malware or spam.' }),
    bucket_policy_only: attr.bool({ optional: true, description: 'Google Cloud Storage only: use bucket-level IAM policies.' }),
    schedule: cronAttribute({
      default: '00 * * * *',
      description: 'When the task runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.',
    }),
    pre_script: attr.string({ default: '', description: 'A shell script run before the task (needs a full administrator).' }),
    post_script: attr.string({ default: '', description: 'A shell script run after the task succeeded (needs a full administrator).' }),
    snapshot: attr.bool({ default: false, description: 'Work from a ZFS snapshot of the path taken for the run (a dataset with no child datasets).' }),
    include: attr.list(ty.string, {
      default: [],
      description: 'Patterns of files to include (rclone filter syntax).',
      validators: [validators.each(validators.lengthBetween(1, PATTERN_MAX))],
    }),
    exclude: attr.list(ty.string, {
      default: [],
      description: 'Patterns of files to exclude (rclone filter syntax).',
      validators: [validators.each(validators.lengthBetween(1, PATTERN_MAX))],
    }),
    enabled: taskEnabledAttribute,
  };
}

type CommonAttributes = ReturnType<typeof cloudTaskAttributes>;
type CommonModel = ModelOfMembers<CommonAttributes, Record<never, never>>;
type CommonPlan = PlanModelOfMembers<CommonAttributes, Record<never, never>>;
export type CloudTaskAttributeName = keyof CommonModel & string;

/** The fields both API calls take, from the plan. */
export function cloudTaskInput(plan: CommonPlan) {
  const attributes: CloudTaskAttributes = { folder: plan.folder };
  if (plan.bucket !== null) attributes.bucket = plan.bucket;
  for (const [name, key] of Object.entries(OPTIONS) as [OptionName, string][]) if (plan[name] !== null) attributes[key] = plan[name];
  return {
    description: plan.description,
    path: plan.path,
    credentials: plan.credentials,
    attributes,
    schedule: toSchedule(plan.schedule),
    pre_script: plan.pre_script,
    post_script: plan.post_script,
    snapshot: plan.snapshot,
    include: plan.include,
    exclude: plan.exclude,
    enabled: plan.enabled,
  };
}

/**
 * Whether the server writes the bucket's location into the task's region on every create and
 * update: S3 credentials with neither `region` nor `skip_region` (middleware
 * rclone/remote/s3.py:36-46 `validate_task_basic` @TS-25.10.6; the same in 25.04 and 26.0).
 */
function regionFromBucket(credential: CloudCredential): boolean {
  const { provider } = credential;
  // Both are `Secret` (api/v25_10_5/cloud_sync_providers.py S3CredentialsModel), masked for a reader
  // without CLOUD_SYNC_WRITE: whether the server overwrites the region cannot be told, so the
  // state's value stands, as for a looked-up region.
  if (provider['region'] === MASKED_SECRET || provider['skip_region'] === MASKED_SECRET) return true;
  return provider.type === 'S3' && provider['skip_region'] !== true && String(provider['region'] ?? '').trim() === '';
}

/** A row's shared fields as the model: the provider's options only when configured or not the server's default. */
export function cloudTaskModel(
  row: { id: number; description: string; path: string; credentials: CloudCredential; attributes: CloudTaskAttributes; schedule: TaskCron } & Pick<
    CommonModel,
    'pre_script' | 'post_script' | 'snapshot' | 'include' | 'exclude' | 'enabled'
  >,
  known: Partial<CommonModel>,
): CommonModel {
  const remote = CLOUD_REMOTES[row.credentials.provider.type];
  const options = {} as Record<OptionName, unknown>;
  for (const [name, key] of Object.entries(OPTIONS) as [OptionName, string][]) {
    if (name === 'region' && regionFromBucket(row.credentials)) {
      options.region = known.region ?? null;
      continue;
    }
    const value = row.attributes[key];
    const serverDefault = key === 'fast_list' ? false : remote?.taskAttributes[key]?.default;
    const configured = known[name] !== undefined && known[name] !== null;
    options[name] = value === undefined || (!configured && (value === serverDefault || value === null)) ? null : value;
  }
  return {
    id: row.id,
    description: row.description,
    path: row.path,
    credentials: row.credentials.id,
    bucket: typeof row.attributes.bucket === 'string' ? row.attributes.bucket : null,
    folder: row.attributes.folder ?? '',
    ...(options as Pick<CommonModel, OptionName>),
    schedule: scheduleAsConfigured(known.schedule, row.schedule),
    pre_script: row.pre_script,
    post_script: row.post_script,
    snapshot: row.snapshot,
    include: row.include,
    exclude: row.exclude,
    enabled: row.enabled,
  };
}

/** Why the configured target does not suit the credential's provider (attribute and message), none when it does. */
export function targetProblems(type: string, remote: CloudRemote, configured: (name: CloudTaskAttributeName) => boolean, chunkSize: number | undefined) {
  const problems: [CloudTaskAttributeName, string][] = [];
  const takes = new Set(taskAttributeNames(remote));
  if (remote.buckets && !configured('bucket')) problems.push(['bucket', `A ${type} credential needs a bucket: set bucket.`]);
  if (!remote.buckets && configured('bucket')) problems.push(['bucket', `${type} has no buckets: remove bucket and name the place with folder.`]);
  for (const [name, key] of Object.entries(OPTIONS) as [OptionName, string][]) {
    if (configured(name) && !takes.has(key)) problems.push([name, `${type} tasks take no ${name}.`]);
  }
  if (chunkSize !== undefined && takes.has('chunk_size')) {
    if (chunkSize < 5) problems.push(['chunk_size', `chunk_size must be at least 5 (MiB); got ${chunkSize}.`]);
    if (type === 'DROPBOX' && chunkSize >= 150) problems.push(['chunk_size', `Dropbox's chunk_size must be less than 150 (MiB); got ${chunkSize}.`]);
  }
  return problems;
}

/**
 * Plan-time checks against the credential's provider, when its id is known (a credential made
 * in the same apply is checked by the server): it exists, its provider has tasks, the target
 * options suit it; `push`: the attribute of a sync that writes to it (read-only HTTP refuses),
 * `restic`: a backup.
 */
export async function checkCloudTarget<K extends string>(
  ctx: PlanContext<TrueNASProviderData, K | CloudTaskAttributeName>,
  use: { push?: K; restic?: boolean },
): Promise<void> {
  const client = ctx.provider?.client;
  const id = ctx.config.number('credentials');
  if (!client || id === undefined) return;
  const names: CloudTaskAttributeName[] = ['bucket', ...(Object.keys(OPTIONS) as OptionName[])];
  if (names.some((name) => !ctx.config.isKnown(name))) return;
  const credential = await client.protection.cloudCredentials.find(id);
  if (!credential) {
    ctx.error('credentials', 'Unknown cloud credential', `The server has no cloud credential with id ${id}.`);
    return;
  }
  const type = credential.provider.type;
  const remote = CLOUD_REMOTES[type];
  if (!remote) {
    ctx.error(
      'credentials',
      `${type} credentials cannot be used by tasks`,
      `TrueNAS has no rclone remote for ${type} in this release, so no task can use credential ${id}.`,
    );
    return;
  }
  if (use.restic && !remote.restic)
    ctx.error(
      'credentials',
      `Cloud backups cannot use ${type}`,
      `Cloud backups (restic) work with ${RESTIC_PROVIDERS.join(' and ')} credentials; credential ${id} is ${type}.`,
    );
  if (use.push !== undefined && remote.readonly)
    ctx.error(use.push, `${type} is read-only`, `A cloud sync can only PULL from ${type}: set direction = "PULL".`);
  for (const [name, message] of targetProblems(type, remote, (n) => !ctx.config.isNull(n), ctx.config.number('chunk_size')))
    ctx.error(name, 'Not for this provider', message);
}
