import { EventEmitter } from 'node:events';
import { versionAtLeast } from './version.js';
import type {
  SimCloudBackup,
  SimCloudCredential,
  SimCloudSyncTask,
  SimKeychainCredential,
  SimReplicationTask,
  SimRsyncTask,
  SimScrubTask,
  SimSnapshotTask,
} from './protection-state.js';
import { defaultServiceConfigs } from './methods/service-config.js';
import { SimNvmet } from './nvmet-state.js';
import { SimCertificates } from './certificates-state.js';
import { SimSystemSettings, systemConfigDefaults } from './system-settings-state.js';
import { SimNetwork } from './network-state.js';
import { JobLockTable } from './job-locks.js';
import { builtinAclTemplates, type SimAclTemplate, type SimPathAcl } from './acl-state.js';
import { seedAccounts, type SimApiKey, type SimGroup, type SimPathPerms, type SimPrivilege, type SimUser } from './accounts.js';
import type { PoolLayout, PoolSpec } from './pool-specs.js';

// The simulated system's stored state. Tests reach it through the simulator handle to list
// objects and to change them out of band (drift, deletion outside Terraform).

export interface SimPool {
  id: number;
  name: string;
  guid: string;
  /** Usable bytes. */
  size: number;
  layout: PoolLayout;
}

export interface SimDataset {
  name: string;
  type: 'FILESYSTEM' | 'VOLUME';
  /** Locally set native ZFS properties, raw (lower-case) string values. */
  props: Record<string, string>;
  /** Locally set user properties (`ns:prop`), including `org.freenas:description`. */
  user: Record<string, string>;
  /** Bytes of data written (drives `used`); 0 for a fresh dataset. */
  written: number;
  createtxg: number;
  /** `pool/ds@snap` this dataset was cloned from. */
  origin?: string;
  /** Set on an encryption root only; children inherit it (dataset-encryption.ts). */
  encryption?: SimEncryption;
}

export interface SimEncryption {
  /** `AES-256-GCM` and the like, as the API spells it. */
  algorithm: string;
  keyFormat: 'HEX' | 'PASSPHRASE';
  /** sha256 of the key or passphrase: enough to tell a change, never the secret itself. */
  secretDigest: string;
  pbkdf2iters?: number;
  locked: boolean;
}

export interface SimSnapshot {
  dataset: string;
  snapshotName: string;
  createtxg: number;
  creation: number;
  referenced: number;
  user: Record<string, string>;
}

export interface SimPortal {
  id: number;
  listen: { ip: string; port: number }[];
  comment: string;
  /** The portal group tag, stored at create and renumbered when a portal is deleted. */
  tag: number;
}
export interface SimInitiator {
  id: number;
  initiators: string[];
  comment: string;
}
export interface SimAuth {
  id: number;
  tag: number;
  user: string;
  secret: string;
  peeruser: string;
  peersecret: string;
  discovery_auth: string;
}
export interface SimTargetGroup {
  portal: number;
  initiator: number | null;
  authmethod: string;
  auth: number | null;
}
export interface SimTarget {
  id: number;
  name: string;
  alias: string | null;
  mode: string;
  groups: SimTargetGroup[];
  auth_networks: string[];
  rel_tgt_id: number;
  iscsi_parameters: { QueuedCommands: number | null } | null;
}
export interface SimExtent {
  id: number;
  name: string;
  type: 'DISK' | 'FILE';
  path: string;
  filesize: string | number;
  serial: string;
  blocksize: number;
  pblocksize: boolean;
  avail_threshold: number | null;
  comment: string;
  naa: string;
  insecure_tpc: boolean;
  xen: boolean;
  rpm: string;
  ro: boolean;
  enabled: boolean;
  vendor: string;
  /** 25.10+; null stored is answered as the default product id. */
  product_id?: string | null;
}
export interface SimTargetExtent {
  id: number;
  target: number;
  lunid: number;
  extent: number;
}
export interface SimIscsiGlobal {
  id: number;
  basename: string;
  isns_servers: string[];
  listen_port: number;
  pool_avail_threshold: number | null;
  alua: boolean;
  iser: boolean;
  /** 26.0+ only (fitted away on older releases). */
  mode: number;
  direct_config: boolean | null;
}
export interface SimService {
  id: number;
  service: string;
  enable: boolean;
  state: 'RUNNING' | 'STOPPED';
}
export type SimShare = { id: number; path: string; enabled: boolean } & Record<string, unknown>;
export type {
  SimSnapshotTask,
  SimReplicationTask,
  SimKeychainCredential,
  SimScrubTask,
  SimTaskState,
  SimCloudCredential,
  SimCloudSyncTask,
  SimCloudBackup,
  SimCloudTaskBase,
  SimRsyncTask,
  SimTaskCron,
} from './protection-state.js';

export interface SimJob {
  id: number;
  method: string;
  arguments: unknown[];
  state: 'WAITING' | 'RUNNING' | 'SUCCESS' | 'FAILED' | 'ABORTED';
  progress: { percent: number; description: string; extra: null };
  result: unknown;
  error: string | null;
  exc_info: { repr: string; type: string; errno: number | null; extra: unknown } | null;
  time_started: number;
  time_finished: number | null;
  /** The user whose session started it; null for the middleware's own (job-credentials.ts). */
  owner: string | null;
}

/** A table of objects with integer ids assigned in order, like the middleware's SQL tables. */
export class Table<T extends { id: number }> {
  readonly rows = new Map<number, T>();
  private nextId = 1;

  insert(row: Omit<T, 'id'>): T {
    const stored = { ...row, id: this.nextId++ } as T;
    this.rows.set(stored.id, stored);
    return stored;
  }
  get(id: number): T | undefined {
    return this.rows.get(id);
  }
  list(): T[] {
    return [...this.rows.values()];
  }
  delete(id: number): boolean {
    return this.rows.delete(id);
  }
}

/**
 * The service rows of a release: 25.10 dropped `smartd` and added `nvmet` (truenas/middleware
 * src/middlewared/middlewared/alembic/versions/25.10/2025-03-20_11-52_drop_smart.py and
 * 2025-04-21_15-33_add_nvmet.py @TS-25.10.6).
 */
function defaultServices(version: string): string[] {
  const newer = versionAtLeast(version, '25.10');
  return ['cifs', 'ftp', 'iscsitarget', 'nfs', ...(newer ? ['nvmet'] : ['smartd']), 'snmp', 'ssh', 'ups'];
}

/** An event as `core.subscribe` subscribers receive it (`collection_update` params). */
export interface SimEvent {
  msg: 'added' | 'changed' | 'removed';
  collection: string;
  id: unknown;
  fields?: Record<string, unknown>;
}

export class SimState {
  /** Emits SimEvent under the collection name and under `*`. */
  readonly events = new EventEmitter();
  readonly pools: SimPool[] = [];
  readonly datasets = new Map<string, SimDataset>();
  /** Keyed by full name `dataset@snap`. */
  readonly snapshots = new Map<string, SimSnapshot>();
  readonly portals = new Table<SimPortal>();
  readonly initiators = new Table<SimInitiator>();
  readonly auths = new Table<SimAuth>();
  readonly targets = new Table<SimTarget>();
  readonly extents = new Table<SimExtent>();
  readonly targetExtents = new Table<SimTargetExtent>();
  readonly nfsShares = new Table<SimShare>();
  readonly smbShares = new Table<SimShare>();
  readonly services = new Table<SimService>();
  readonly jobs = new Map<number, SimJob>();
  /** Job locks held and waited for (job-locks.ts). */
  readonly jobLocks = new JobLockTable<SimJob>();
  // Data protection (row shapes in protection-state.ts).
  readonly snapshotTasks = new Table<SimSnapshotTask>();
  readonly replications = new Table<SimReplicationTask>();
  readonly keychain = new Table<SimKeychainCredential>();
  readonly scrubTasks = new Table<SimScrubTask>();
  readonly cloudCredentials = new Table<SimCloudCredential>();
  readonly cloudSyncTasks = new Table<SimCloudSyncTask>();
  readonly rsyncTasks = new Table<SimRsyncTask>();
  readonly cloudBackups = new Table<SimCloudBackup>();
  /**
   * The restic repositories cloud backups initialised, by `<credential id>:<remote path>`, with the
   * digest of their password: they live in the cloud, so deleting the task leaves them.
   */
  readonly resticRepositories = new Map<string, string>();
  /** How far the simulated clock is ahead of the machine's (`advanceClock`); tasks run on it. */
  clockOffsetMs = 0;
  /** The machine's time at which the simulated clock stopped (`freezeClock`): it moves only by `advanceClock` then. */
  frozenAt: number | null = null;
  /** While set, every job, once running, waits for it before doing its work (`holdJobs`). */
  jobHold: Promise<void> | null = null;
  readonly users = new Table<SimUser>();
  readonly groups = new Table<SimGroup>();
  readonly privileges = new Table<SimPrivilege>();
  readonly apiKeys = new Table<SimApiKey>();
  /** Owner and mode of paths under /mnt set through filesystem.setperm (others: root:root 755). */
  readonly pathPerms = new Map<string, SimPathPerms>();
  /** Non-trivial ACLs set through filesystem.setacl, by path (acl-state.ts). */
  readonly pathAcls = new Map<string, SimPathAcl>();
  /** filesystem.acltemplate rows, the built-in ones first. */
  readonly aclTemplates = new Table<SimAclTemplate>();
  /** Single-row service settings (ssh, nfs), by service. */
  readonly serviceConfigs: Record<string, Record<string, unknown>> = { ...defaultServiceConfigs(), ...systemConfigDefaults() };
  /** NVMe-oF target tables (25.10+). */
  readonly nvmet = new SimNvmet();
  /** Directories made under dataset mountpoints (home directories user.create made). */
  readonly directories = new Set<string>();
  /**
   * Files under dataset mountpoints, by path, with their size in bytes: the backing files FILE
   * iSCSI extents and NVMe-oF namespaces made (`truncate -s`). Deleting the extent or namespace
   * leaves its file unless `remove` is asked for; deleting the dataset takes them.
   */
  readonly files = new Map<string, number>();
  iscsiGlobal: SimIscsiGlobal = {
    id: 1,
    basename: 'iqn.2005-10.org.freenas.ctl',
    isns_servers: [],
    listen_port: 3260,
    pool_avail_threshold: null,
    alua: false,
    iser: false,
    mode: 0,
    direct_config: null,
  };
  /**
   * Addresses the system's interfaces have (iSCSI portals may listen only on these or a
   * wildcard), each "ADDR" or "ADDR/PREFIX"; a prefix also gives the network an IPv4 gateway must
   * be in.
   */
  interfaceAddresses: string[] = ['127.0.0.1'];

  /** Network interfaces: configuration, pending changes, what runs (network-state.ts). */
  network = new SimNetwork();

  /** Whether one of the interfaces has this address (given ones, or configured and committed). */
  hasInterfaceAddress(ip: string): boolean {
    return this.interfaceAddresses.some((entry) => entry.split('/')[0] === ip) || this.network.liveAddresses().includes(ip);
  }
  /** Static routes, NTP servers, cron jobs, tunables, mail, alerts (system-settings-state.ts). */
  readonly systemSettings = new SimSystemSettings();
  readonly crypto = new SimCertificates();
  private txg = 1000;

  private release: string;

  /** `version`: the simulated TrueNAS version (some stored shapes and rules differ per release). */
  constructor(pools: PoolSpec[], version = '25.10.0') {
    this.release = version;
    for (const service of defaultServices(version)) this.services.insert({ service, enable: false, state: 'STOPPED' });
    for (const pool of pools) this.addPool(pool.name, pool.size, pool.layout);
    seedAccounts(this);
    for (const template of builtinAclTemplates()) this.aclTemplates.insert(template);
  }

  /** The simulated TrueNAS version; it changes only when the system is upgraded (upgrade.ts). */
  get version(): string {
    return this.release;
  }

  /** Records the release the system now runs; upgrade.ts calls it once the stored objects are migrated. */
  markUpgraded(version: string): void {
    this.release = version;
  }

  /** What exists, by kind: names for datasets and snapshots, ids for the rest. */
  inventory(): Record<string, (string | number)[]> {
    const ids = (table: Table<{ id: number }>) => table.list().map((row) => row.id);
    return {
      pools: this.pools.map((pool) => pool.name),
      datasets: [...this.datasets.values()].filter((d) => d.type === 'FILESYSTEM').map((d) => d.name),
      zvols: [...this.datasets.values()].filter((d) => d.type === 'VOLUME').map((d) => d.name),
      snapshots: [...this.snapshots.keys()],
      portals: ids(this.portals),
      initiators: ids(this.initiators),
      auths: ids(this.auths),
      targets: ids(this.targets),
      extents: ids(this.extents),
      targetExtents: ids(this.targetExtents),
      nfsShares: ids(this.nfsShares),
      smbShares: ids(this.smbShares),
      snapshotTasks: ids(this.snapshotTasks),
      replications: ids(this.replications),
      keychain: ids(this.keychain),
      scrubTasks: ids(this.scrubTasks),
      cloudCredentials: ids(this.cloudCredentials),
      cloudSyncTasks: ids(this.cloudSyncTasks),
      rsyncTasks: ids(this.rsyncTasks),
      cloudBackups: ids(this.cloudBackups),
      resticRepositories: [...this.resticRepositories.keys()],
      ...this.systemSettings.inventory(),
      ...this.network.inventory(),
      ...this.crypto.inventory(),
      users: this.users
        .list()
        .filter((u) => !u.builtin && u.username !== 'truenas_admin')
        .map((u) => u.id),
      groups: this.groups
        .list()
        .filter((g) => !g.builtin && g.name !== 'truenas_admin')
        .map((g) => g.id),
      privileges: this.privileges
        .list()
        .filter((p) => p.builtin_name === null)
        .map((p) => p.id),
      apiKeys: ids(this.apiKeys),
      directories: [...this.directories],
      files: [...this.files.keys()],
      // Permissions go with their path: those of a deleted dataset are no longer anywhere.
      pathPerms: [...this.pathPerms.keys()].filter((path) => this.directories.has(path) || this.datasets.has(path.slice('/mnt/'.length))),
      pathAcls: [...this.pathAcls.keys()].filter((path) => this.directories.has(path) || this.datasets.has(path.slice('/mnt/'.length))),
      aclTemplates: this.aclTemplates
        .list()
        .filter((t) => !t.builtin)
        .map((t) => t.id),
      nvmetHosts: ids(this.nvmet.hosts),
      nvmetSubsystems: ids(this.nvmet.subsystems),
      nvmetNamespaces: ids(this.nvmet.namespaces),
      nvmetPorts: ids(this.nvmet.ports),
      nvmetHostSubsys: ids(this.nvmet.hostSubsys),
      nvmetPortSubsys: ids(this.nvmet.portSubsys),
      runningServices: this.services
        .list()
        .filter((s) => s.state === 'RUNNING')
        .map((s) => s.service),
    };
  }

  /** The simulated system's time (ms since the epoch): the machine's, moved on by `advanceClock`. */
  now(): number {
    return this.machineNow() + this.clockOffsetMs;
  }

  /** The machine's time, or the moment it stood still at while the clock is frozen. */
  machineNow(): number {
    return this.frozenAt ?? Date.now();
  }

  publish(event: SimEvent): void {
    this.events.emit(event.collection, event);
    this.events.emit('*', event);
  }

  nextTxg(): number {
    return ++this.txg;
  }

  addPool(name: string, size: number, layout: PoolLayout = 'STRIPE'): SimPool {
    const pool = { id: this.pools.length + 1, name, guid: String(1_000_000_000_000 + this.pools.length), size, layout };
    this.pools.push(pool);
    this.datasets.set(name, {
      name,
      type: 'FILESYSTEM',
      props: { compression: 'lz4', aclmode: 'discard', acltype: 'posix' },
      user: {},
      written: 0,
      createtxg: this.nextTxg(),
    });
    return pool;
  }

  poolOf(name: string): SimPool | undefined {
    return this.pools.find((pool) => pool.name === name.split('/')[0]);
  }

  /** `pool.is_draid_pool` of the pool that holds this dataset (plugins/pool_/pool.py@TS-25.10.6:616-621). */
  onDraidPool(name: string): boolean {
    return this.poolOf(name)?.layout.startsWith('DRAID') ?? false;
  }
}
