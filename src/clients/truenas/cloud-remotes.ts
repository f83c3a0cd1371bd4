// What each cloud provider type lets a task do, as the middleware's rclone remotes declare it
// (truenas/middleware src/middlewared/middlewared/rclone/base.py and rclone/remote/*.py
// @TS-25.04.2.6, @TS-25.10.6, @TS-26.0.0-BETA.3): whether its tasks name a bucket, whether they
// take `fast_list`, the further task attributes it takes, whether it is read-only (a sync may
// not PUSH to it) and whether restic (cloud backups) can use it. The provider checks plans with
// it and the simulator validates tasks with it. MEGA credentials (25.10+) have no rclone remote in
// these releases (no `rclone/remote/mega.py`): a task using one fails on the server.

/** A provider-specific task attribute (`CloudTaskAttributes`) and what the server stores when it is left out. */
export interface CloudTaskAttributeSpec {
  readonly kind: 'boolean' | 'integer' | 'string' | 'enum';
  readonly default: string | number | boolean | null;
  readonly values?: readonly (string | null)[];
}

export interface CloudRemote {
  /** Tasks name a bucket (or container) beside the folder. */
  readonly buckets: boolean;
  readonly fastList: boolean;
  /** Further attributes its tasks take (`task_attributes`, by their API name). */
  readonly taskAttributes: Readonly<Record<string, CloudTaskAttributeSpec>>;
  /** A cloud sync may only PULL from it ("This remote is read-only"). */
  readonly readonly: boolean;
  /** Cloud backups (restic) can store their repository there (`get_restic_config`). */
  readonly restic: boolean;
}

const S3_STORAGE_CLASSES = ['', 'STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'GLACIER_IR', 'DEEP_ARCHIVE'];

const remote = (fields: Partial<CloudRemote>): CloudRemote => ({
  buckets: false,
  fastList: false,
  taskAttributes: {},
  readonly: false,
  restic: false,
  ...fields,
});
const bucketed = { buckets: true, fastList: true } as const;

export const CLOUD_REMOTES: Readonly<Record<string, CloudRemote>> = {
  AZUREBLOB: remote(bucketed),
  B2: remote({ ...bucketed, taskAttributes: { chunk_size: { kind: 'integer', default: 96 } } }),
  BOX: remote({}),
  DROPBOX: remote({ taskAttributes: { chunk_size: { kind: 'integer', default: 48 } } }),
  FTP: remote({}),
  GOOGLE_CLOUD_STORAGE: remote({ ...bucketed, taskAttributes: { bucket_policy_only: { kind: 'boolean', default: false } } }),
  GOOGLE_DRIVE: remote({ fastList: true, taskAttributes: { acknowledge_abuse: { kind: 'boolean', default: false } } }),
  GOOGLE_PHOTOS: remote({}),
  HTTP: remote({ readonly: true }),
  HUBIC: remote(bucketed),
  ONEDRIVE: remote({}),
  PCLOUD: remote({}),
  S3: remote({
    ...bucketed,
    restic: true,
    taskAttributes: {
      region: { kind: 'string', default: '' },
      encryption: { kind: 'enum', default: null, values: [null, 'AES256'] },
      storage_class: { kind: 'enum', default: '', values: S3_STORAGE_CLASSES },
    },
  }),
  SFTP: remote({}),
  STORJ_IX: remote({ ...bucketed, restic: true }),
  OPENSTACK_SWIFT: remote(bucketed),
  WEBDAV: remote({}),
  YANDEX: remote({ fastList: true }),
};

/** The attribute keys a task of this provider takes (`CloudTaskServiceMixin.task_attributes`). */
export function taskAttributeNames(remote: CloudRemote): string[] {
  return [...(remote.buckets ? ['bucket'] : []), 'folder', ...(remote.fastList ? ['fast_list'] : []), ...Object.keys(remote.taskAttributes)];
}

/** Providers restic can use, for messages. */
export const RESTIC_PROVIDERS = Object.entries(CLOUD_REMOTES)
  .filter(([, r]) => r.restic)
  .map(([type]) => type);
