// Row shapes of the simulated middleware's data protection tables (SimState): periodic snapshot tasks (storage.task),
// replication tasks (storage.replication), keychain credentials (system.keychaincredential) and
// scrub tasks (storage.scrub), as plain rows in the shape the API returns them.
import type { CronSchedule } from '../../clients/truenas/schemas/protection.js';

/** zettarepl's view of a task's last run (`state` in query rows). */
export interface SimTaskState {
  state: 'PENDING' | 'RUNNING' | 'FINISHED' | 'ERROR' | 'HOLD';
  datetime?: { $date: number };
  error?: string;
  last_snapshot?: string | null;
}

export interface SimSnapshotTask {
  id: number;
  dataset: string;
  recursive: boolean;
  lifetime_value: number;
  lifetime_unit: string;
  enabled: boolean;
  exclude: string[];
  naming_schema: string;
  allow_empty: boolean;
  schedule: Required<CronSchedule>;
  state: SimTaskState;
}

/** A replication task as stored: the create model's fields, the bound snapshot task ids, zettarepl's state. */
export type SimReplicationTask = {
  id: number;
  name: string;
  direction: 'PUSH' | 'PULL';
  transport: 'SSH' | 'SSH+NETCAT' | 'LOCAL';
  ssh_credentials: number | null;
  source_datasets: string[];
  target_dataset: string;
  recursive: boolean;
  exclude: string[];
  periodic_snapshot_tasks: number[];
  naming_schema: string[];
  also_include_naming_schema: string[];
  name_regex: string | null;
  auto: boolean;
  enabled: boolean;
  schedule: Required<CronSchedule> | null;
  restrict_schedule: Required<CronSchedule> | null;
  retention_policy: 'SOURCE' | 'CUSTOM' | 'NONE';
  lifetime_value: number | null;
  lifetime_unit: string | null;
  readonly: 'SET' | 'REQUIRE' | 'IGNORE';
  allow_from_scratch: boolean;
  state: SimTaskState;
} & Record<string, unknown>;

export type SimKeychainCredential =
  | { id: number; name: string; type: 'SSH_KEY_PAIR'; attributes: { private_key: string | null; public_key: string } }
  | {
      id: number;
      name: string;
      type: 'SSH_CREDENTIALS';
      attributes: { host: string; port: number; username: string; private_key: number; remote_host_key: string; connect_timeout: number };
    };

/** A cloud sync credential: the provider type and its fields as one object (`cloudsync.credentials`). */
export interface SimCloudCredential {
  id: number;
  name: string;
  provider: { type: string } & Record<string, unknown>;
}

export interface SimScrubTask {
  id: number;
  pool: number;
  threshold: number;
  enabled: boolean;
  schedule: Omit<Required<CronSchedule>, 'begin' | 'end'>;
  /** When the scheduled scrub last started on the simulated clock (not in the API row). */
  lastRun: number | null;
}

/** A task schedule without a run window, as cloud sync, rsync and cloud backup tasks store it. */
export type SimTaskCron = Omit<Required<CronSchedule>, 'begin' | 'end'>;

/** The fields cloud sync tasks and cloud backups share (`CloudTaskModelMixin`); `credentials` is the credential's id. */
export interface SimCloudTaskBase {
  id: number;
  description: string;
  path: string;
  credentials: number;
  attributes: Record<string, unknown>;
  schedule: SimTaskCron;
  pre_script: string;
  post_script: string;
  snapshot: boolean;
  include: string[];
  exclude: string[];
  args: string;
  enabled: boolean;
}

/** A cloud sync task (tasks.cloudsync). */
export interface SimCloudSyncTask extends SimCloudTaskBase {
  direction: 'PUSH' | 'PULL';
  transfer_mode: 'SYNC' | 'COPY' | 'MOVE';
  bwlimit: { time: string; bandwidth: number | null }[];
  transfers: number | null;
  encryption: boolean;
  filename_encryption: boolean;
  encryption_password: string;
  encryption_salt: string;
  create_empty_src_dirs: boolean;
  follow_symlinks: boolean;
}

/** A cloud backup task (tasks.cloud_backup); `cache_path` and `rate_limit` are 25.10+. */
export interface SimCloudBackup extends SimCloudTaskBase {
  password: string;
  keep_last: number;
  transfer_setting: 'DEFAULT' | 'PERFORMANCE' | 'FAST_STORAGE';
  absolute_paths: boolean;
  cache_path: string | null;
  rate_limit: number | null;
}

/** An rsync task (tasks.rsync); `ssh_credentials` is the keychain credential's id. */
export interface SimRsyncTask {
  id: number;
  path: string;
  user: string;
  mode: 'MODULE' | 'SSH';
  remotehost: string | null;
  remoteport: number | null;
  remotemodule: string | null;
  ssh_credentials: number | null;
  remotepath: string;
  direction: 'PUSH' | 'PULL';
  desc: string;
  schedule: SimTaskCron;
  recursive: boolean;
  times: boolean;
  compress: boolean;
  archive: boolean;
  delete: boolean;
  quiet: boolean;
  preserveperm: boolean;
  preserveattr: boolean;
  delayupdates: boolean;
  extra: string[];
  enabled: boolean;
}
