// Data protection objects: periodic snapshot tasks, replication tasks, keychain credentials
// (SSH key pairs and SSH connections) and scrub tasks, as `*.query` returns them.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const LIFETIME_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type LifetimeUnit = (typeof LIFETIME_UNITS)[number];

/** A cron schedule as the middleware stores it (`CronModel`), with the run window for the kinds that have one. */
export const cronScheduleSchema = lazySchema(() =>
  z.object({
    minute: z.string(),
    hour: z.string(),
    dom: z.string(),
    month: z.string(),
    dow: z.string(),
    begin: z.string().optional(),
    end: z.string().optional(),
  }),
);
export type CronSchedule = z.output<typeof cronScheduleSchema>;

/** A task's last run as zettarepl reports it (`state`: PENDING, RUNNING, FINISHED, ERROR, HOLD…). */
export const taskStateSchema = lazySchema(() =>
  z.looseObject({
    state: z.string().optional(),
    error: z.string().nullish(),
    last_snapshot: z.string().nullish(),
    /** When the run ended or changed state: the wire's `{"$date": ms}`, decoded to an ISO date-time. */
    datetime: z.string().nullish(),
  }),
);
export type TaskState = z.output<typeof taskStateSchema>;

export const snapshotTaskSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    dataset: z.string(),
    recursive: z.boolean(),
    lifetime_value: z.number(),
    lifetime_unit: z.enum(LIFETIME_UNITS),
    enabled: z.boolean(),
    exclude: z.array(z.string()),
    naming_schema: z.string(),
    allow_empty: z.boolean(),
    schedule: cronScheduleSchema,
    state: taskStateSchema.nullish(),
  }),
);
export type SnapshotTask = z.output<typeof snapshotTaskSchema>;
export interface SnapshotTaskCreate {
  dataset: string;
  recursive?: boolean;
  lifetime_value?: number;
  lifetime_unit?: LifetimeUnit;
  enabled?: boolean;
  exclude?: string[];
  naming_schema?: string;
  allow_empty?: boolean;
  schedule?: CronSchedule;
}

/**
 * What a session lacking full admin and the method's `<role_prefix>_WRITE` role reads in place
 * of a `Secret[...]` field, such as a read-only API key (middleware main.py:836-847,
 * api/base/model.py:204-215, api/base/types/string.py:78 `SECRET_VALUE` @TS-25.10.6).
 */
export const SECRET_MASK = '********';

const sshConnectionAttributesSchema = lazySchema(() =>
  z.object({
    host: z.string(),
    port: z.number(),
    username: z.string(),
    private_key: z.number(),
    remote_host_key: z.string(),
    connect_timeout: z.number(),
  }),
);

// `attributes` is a whole `Secret[SSHKeyPair | SSHCredentials]` (api/v25_10_5/keychain.py:54; role prefix KEYCHAIN_CREDENTIAL).
export const keychainCredentialSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({
      id: z.number(),
      name: z.string(),
      type: z.literal('SSH_KEY_PAIR'),
      attributes: z.union([z.object({ private_key: z.string().nullish(), public_key: z.string().nullish() }), z.literal(SECRET_MASK)]),
    }),
    z.object({
      id: z.number(),
      name: z.string(),
      type: z.literal('SSH_CREDENTIALS'),
      attributes: z.union([sshConnectionAttributesSchema, z.literal(SECRET_MASK)]),
    }),
  ]),
);
export type KeychainCredential = z.output<typeof keychainCredentialSchema>;
export type SshKeyPairAttributes = Exclude<Extract<KeychainCredential, { type: 'SSH_KEY_PAIR' }>['attributes'], typeof SECRET_MASK>;
export type SshConnectionAttributes = z.output<typeof sshConnectionAttributesSchema>;
export type KeychainCredentialCreate =
  | { name: string; type: 'SSH_KEY_PAIR'; attributes: { private_key?: string | null; public_key?: string | null } }
  | {
      name: string;
      type: 'SSH_CREDENTIALS';
      attributes: Partial<SshConnectionAttributes> & Pick<SshConnectionAttributes, 'host' | 'private_key' | 'remote_host_key'>;
    };
/** An update may not change the type; `attributes` must be whole. */
export type KeychainCredentialUpdate = { name?: string; attributes?: KeychainCredentialCreate['attributes'] };

export const sshKeyPairSchema = lazySchema(() => z.object({ private_key: z.string(), public_key: z.string() }));

export const REPLICATION_DIRECTIONS = ['PUSH', 'PULL'] as const;
export const REPLICATION_TRANSPORTS = ['SSH', 'SSH+NETCAT', 'LOCAL'] as const;
export const NETCAT_ACTIVE_SIDES = ['LOCAL', 'REMOTE'] as const;
export const RETENTION_POLICIES = ['SOURCE', 'CUSTOM', 'NONE'] as const;
export const READONLY_POLICIES = ['SET', 'REQUIRE', 'IGNORE'] as const;
export const ENCRYPTION_KEY_FORMATS = ['HEX', 'PASSPHRASE'] as const;

export const replicationTaskSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    direction: z.enum(REPLICATION_DIRECTIONS),
    transport: z.enum(REPLICATION_TRANSPORTS),
    ssh_credentials: z.object({ id: z.number() }).nullish(),
    source_datasets: z.array(z.string()),
    target_dataset: z.string(),
    recursive: z.boolean(),
    exclude: z.array(z.string()),
    properties: z.boolean(),
    replicate: z.boolean(),
    periodic_snapshot_tasks: z.array(z.object({ id: z.number() })),
    naming_schema: z.array(z.string()),
    also_include_naming_schema: z.array(z.string()),
    name_regex: z.string().nullish(),
    auto: z.boolean(),
    schedule: cronScheduleSchema.nullish(),
    restrict_schedule: cronScheduleSchema.nullish(),
    only_matching_schedule: z.boolean(),
    allow_from_scratch: z.boolean(),
    readonly: z.enum(READONLY_POLICIES),
    hold_pending_snapshots: z.boolean(),
    retention_policy: z.enum(RETENTION_POLICIES),
    lifetime_value: z.number().nullish(),
    lifetime_unit: z.enum(LIFETIME_UNITS).nullish(),
    compression: z.string().nullish(),
    speed_limit: z.number().nullish(),
    netcat_active_side: z.enum(NETCAT_ACTIVE_SIDES).nullish(),
    netcat_active_side_listen_address: z.string().nullish(),
    netcat_active_side_port_min: z.number().nullish(),
    netcat_active_side_port_max: z.number().nullish(),
    netcat_passive_side_connect_address: z.string().nullish(),
    properties_exclude: z.array(z.string()).optional(),
    properties_override: z.record(z.string(), z.string()).optional(),
    encryption: z.boolean().optional(),
    encryption_inherit: z.boolean().nullish(),
    /** Answered as stored, in clear (api/v25_10_5/replication.py:98 @TS-25.10.6: a plain string). */
    encryption_key: z.string().nullish(),
    encryption_key_format: z.enum(ENCRYPTION_KEY_FORMATS).nullish(),
    encryption_key_location: z.string().nullish(),
    large_block: z.boolean(),
    embed: z.boolean(),
    compressed: z.boolean(),
    retries: z.number(),
    enabled: z.boolean(),
    state: taskStateSchema.nullish(),
  }),
);
export type ReplicationTask = z.output<typeof replicationTaskSchema>;
export interface ReplicationTaskCreate {
  name: string;
  direction: (typeof REPLICATION_DIRECTIONS)[number];
  transport: (typeof REPLICATION_TRANSPORTS)[number];
  ssh_credentials: number | null;
  source_datasets: string[];
  target_dataset: string;
  recursive: boolean;
  exclude: string[];
  properties: boolean;
  replicate: boolean;
  periodic_snapshot_tasks: number[];
  naming_schema: string[];
  also_include_naming_schema: string[];
  name_regex: string | null;
  auto: boolean;
  schedule: CronSchedule | null;
  restrict_schedule: CronSchedule | null;
  only_matching_schedule: boolean;
  allow_from_scratch: boolean;
  readonly: (typeof READONLY_POLICIES)[number];
  hold_pending_snapshots: boolean;
  retention_policy: (typeof RETENTION_POLICIES)[number];
  lifetime_value: number | null;
  lifetime_unit: LifetimeUnit | null;
  compression: 'LZ4' | 'PIGZ' | 'PLZIP' | null;
  /** SSH+NETCAT only: the side that listens. */
  netcat_active_side?: (typeof NETCAT_ACTIVE_SIDES)[number] | null;
  // Left out: the create's defaults (null, [], {}, false); an update keeps the stored ones.
  netcat_active_side_listen_address?: string | null;
  netcat_active_side_port_min?: number | null;
  netcat_active_side_port_max?: number | null;
  netcat_passive_side_connect_address?: string | null;
  properties_exclude?: string[];
  properties_override?: Record<string, string>;
  encryption?: boolean;
  encryption_inherit?: boolean | null;
  encryption_key?: string | null;
  encryption_key_format?: (typeof ENCRYPTION_KEY_FORMATS)[number] | null;
  encryption_key_location?: string | null;
  speed_limit: number | null;
  large_block: boolean;
  embed: boolean;
  compressed: boolean;
  retries: number;
  enabled: boolean;
}

export const scrubTaskSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    pool: z.number(),
    pool_name: z.string(),
    threshold: z.number(),
    enabled: z.boolean(),
    schedule: cronScheduleSchema,
  }),
);
export type ScrubTask = z.output<typeof scrubTaskSchema>;
export interface ScrubTaskCreate {
  pool: number;
  threshold?: number;
  enabled?: boolean;
  schedule?: Omit<CronSchedule, 'begin' | 'end'>;
}

/** A cloud sync credential: the provider type and its fields in one object (`cloudsync.credentials`). */
export const cloudCredentialSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    provider: z.object({ type: z.string() }).catchall(z.unknown()),
  }),
);
export type CloudCredential = z.output<typeof cloudCredentialSchema>;
export type CloudCredentialProvider = { type: string } & Record<string, unknown>;
/** Create and update take the whole provider object (the server replaces it, plugins/cloud_sync.py do_update). */
export interface CloudCredentialCreate {
  name: string;
  provider: CloudCredentialProvider;
}
