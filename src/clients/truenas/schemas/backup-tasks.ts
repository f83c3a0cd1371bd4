// Backup tasks that copy files off (or onto) the system: cloud sync tasks (`cloudsync.*`, rclone),
// rsync tasks (`rsynctask.*`) and cloud backups (`cloud_backup.*`, restic), as `*.query` returns
// them (api/v25_04_2, v25_10_*, v26_0_0 cloud_sync.py, rsync.py, cloud_backup.py).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { cloudCredentialSchema } from './protection.js';

/** 26.0's read-only place of a task's path: the dataset holding it and the path below its mountpoint. */
const pathPlace = () => ({ dataset: z.string().nullish(), relative_path: z.string().nullish() });

/** A task schedule without a run window (`CloudCron` / rsync's `RsyncTaskSchedule`). */
export const taskCronSchema = lazySchema(() => z.object({ minute: z.string(), hour: z.string(), dom: z.string(), month: z.string(), dow: z.string() }));
export type TaskCron = z.output<typeof taskCronSchema>;

/** Where in the cloud a task reads or writes (`CloudTaskAttributes`; which keys a provider takes: cloud-remotes.ts). */
export const cloudTaskAttributesSchema = lazySchema(() => z.looseObject({ bucket: z.string().optional(), folder: z.string().optional() }));
export type CloudTaskAttributes = { bucket?: string; folder?: string } & Record<string, unknown>;

/** The fields cloud sync tasks and cloud backups share (`BaseCloudEntry`), the credential expanded. */
const cloudTaskRow = () => ({
  id: z.number(),
  description: z.string(),
  path: z.string(),
  credentials: cloudCredentialSchema,
  attributes: cloudTaskAttributesSchema,
  schedule: taskCronSchema,
  pre_script: z.string(),
  post_script: z.string(),
  snapshot: z.boolean(),
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  args: z.string(),
  enabled: z.boolean(),
});

/** What creating either kind of cloud task takes besides its own fields. */
interface CloudTaskCreateBase {
  description?: string;
  path: string;
  credentials: number;
  attributes: CloudTaskAttributes;
  schedule?: TaskCron;
  pre_script?: string;
  post_script?: string;
  snapshot?: boolean;
  include?: string[];
  exclude?: string[];
  enabled?: boolean;
}

export const CLOUD_SYNC_DIRECTIONS = ['PUSH', 'PULL'] as const;
export const CLOUD_SYNC_TRANSFER_MODES = ['SYNC', 'COPY', 'MOVE'] as const;

/** One bandwidth limit from a time of day on (`CloudSyncBwlimit`); `bandwidth` null: no limit. */
export const bwlimitSchema = lazySchema(() => z.object({ time: z.string(), bandwidth: z.number().nullable() }));
export type Bwlimit = z.output<typeof bwlimitSchema>;

export const cloudSyncTaskSchema = lazySchema(() =>
  z.object({
    ...cloudTaskRow(),
    direction: z.enum(CLOUD_SYNC_DIRECTIONS),
    transfer_mode: z.enum(CLOUD_SYNC_TRANSFER_MODES),
    bwlimit: z.array(bwlimitSchema),
    transfers: z.number().nullable(),
    encryption: z.boolean(),
    filename_encryption: z.boolean(),
    encryption_password: z.string(),
    encryption_salt: z.string(),
    create_empty_src_dirs: z.boolean(),
    follow_symlinks: z.boolean(),
    ...pathPlace(),
  }),
);
export type CloudSyncTask = z.output<typeof cloudSyncTaskSchema>;
export interface CloudSyncTaskCreate extends CloudTaskCreateBase {
  direction: (typeof CLOUD_SYNC_DIRECTIONS)[number];
  transfer_mode: (typeof CLOUD_SYNC_TRANSFER_MODES)[number];
  bwlimit?: Bwlimit[];
  transfers?: number | null;
  encryption?: boolean;
  filename_encryption?: boolean;
  encryption_password?: string;
  encryption_salt?: string;
  create_empty_src_dirs?: boolean;
  follow_symlinks?: boolean;
}

export const RSYNC_MODES = ['MODULE', 'SSH'] as const;
export const RSYNC_DIRECTIONS = ['PULL', 'PUSH'] as const;

export const rsyncTaskSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    path: z.string(),
    user: z.string(),
    mode: z.enum(RSYNC_MODES),
    remotehost: z.string().nullable(),
    remoteport: z.number().nullable(),
    remotemodule: z.string().nullable(),
    ssh_credentials: z.object({ id: z.number() }).nullable(),
    remotepath: z.string(),
    direction: z.enum(RSYNC_DIRECTIONS),
    desc: z.string(),
    schedule: taskCronSchema,
    recursive: z.boolean(),
    times: z.boolean(),
    compress: z.boolean(),
    archive: z.boolean(),
    delete: z.boolean(),
    quiet: z.boolean(),
    preserveperm: z.boolean(),
    preserveattr: z.boolean(),
    delayupdates: z.boolean(),
    extra: z.array(z.string()),
    enabled: z.boolean(),
    ...pathPlace(),
  }),
);
export type RsyncTask = z.output<typeof rsyncTaskSchema>;
export interface RsyncTaskCreate {
  path: string;
  user: string;
  mode?: (typeof RSYNC_MODES)[number];
  remotehost?: string | null;
  remoteport?: number | null;
  remotemodule?: string | null;
  ssh_credentials?: number | null;
  remotepath?: string;
  direction?: (typeof RSYNC_DIRECTIONS)[number];
  desc?: string;
  schedule?: TaskCron;
  recursive?: boolean;
  times?: boolean;
  compress?: boolean;
  archive?: boolean;
  delete?: boolean;
  quiet?: boolean;
  preserveperm?: boolean;
  preserveattr?: boolean;
  delayupdates?: boolean;
  extra?: string[];
  enabled?: boolean;
  /** Check over SSH that the remote path is a directory (not stored). */
  validate_rpath?: boolean;
  /** Add the remote host's key to the user's known_hosts when it is not there (not stored). */
  ssh_keyscan?: boolean;
}

export const CLOUD_BACKUP_TRANSFER_SETTINGS = ['DEFAULT', 'PERFORMANCE', 'FAST_STORAGE'] as const;

export const cloudBackupSchema = lazySchema(() =>
  z.object({
    ...cloudTaskRow(),
    password: z.string(),
    keep_last: z.number(),
    transfer_setting: z.enum(CLOUD_BACKUP_TRANSFER_SETTINGS),
    absolute_paths: z.boolean(),
    /** 25.10 and later. */
    cache_path: z.string().nullish(),
    /** 25.10 and later. */
    rate_limit: z.number().nullish(),
    ...pathPlace(),
  }),
);
export type CloudBackup = z.output<typeof cloudBackupSchema>;
export interface CloudBackupCreate extends CloudTaskCreateBase {
  password: string;
  keep_last: number;
  transfer_setting?: (typeof CLOUD_BACKUP_TRANSFER_SETTINGS)[number];
  absolute_paths?: boolean;
  cache_path?: string | null;
  rate_limit?: number | null;
}
