// The TrueNAS SCALE API client. Constructing it does no I/O; the first call connects and logs
// in once, every call shares that connection, and `close()` ends it.
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../common/defaults.js';
import { defaultBackoff, type BackoffOptions } from '../common/backoff.js';
import type { ReadOnlyOption } from '../common/read-only.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { ApiContext } from './api/context.js';
import { AccountsGroup, AclTemplateGroup, FilesystemGroup } from './api/accounts.js';
import { ServiceConfigGroup } from './api/service-config.js';
import { DatasetGroup, IscsiGroup, ServiceGroup, SharingGroup, SnapshotGroup, SystemGroup } from './api/groups.js';
import { ProtectionGroup } from './api/protection.js';
import { NvmetGroup } from './api/nvmet.js';
import { SystemSettingsGroup } from './api/system-settings.js';
import { InterfaceGroup } from './api/network.js';
import { CertificatesGroup } from './api/certificates.js';
import { CollectionCache } from './collection-cache.js';
import type { JobProgress } from './jobs.js';
import { parseResponse } from './parse.js';
import { z } from 'zod';
import { lazySchema } from '../common/lazy-schema.js';
import { Session, type ClientStats } from './session.js';
import type { TransportKind } from './transport.js';

export * from './errors.js';
export { ReadOnlyError } from '../common/read-only.js';
export type { ClientStats } from './session.js';
export type { TransportKind } from './transport.js';
export type { Filter, FilterOperator, QueryOptions, Condition } from './query.js';
export type { JobProgress } from './jobs.js';
export type { Dataset, DatasetChangeKey, DatasetCreate, DatasetEncryptionOptions, DatasetUpdate, DatasetDeleteOptions } from './schemas/dataset.js';
export { ENCRYPTION_ALGORITHMS } from './schemas/dataset.js';
export type { Snapshot, SnapshotCreate, SnapshotClone, SnapshotRollbackOptions } from './schemas/snapshot.js';
export type * from './schemas/iscsi.js';
export type { NfsShare, NfsShareCreate } from './schemas/sharing.js';
export type { SmbShare, SmbShareCreate } from './schemas/smb-share.js';
export type { Service, SystemInfo, Pool, Disk } from './schemas/system.js';
export type { ServiceVerb } from './api/groups.js';
export type * from './schemas/protection.js';
export type * from './schemas/backup-tasks.js';
export type * from './schemas/accounts.js';
export type * from './schemas/acl.js';
export type * from './schemas/nvmet.js';
export type * from './schemas/system-settings.js';
export type * from './schemas/network.js';
export type * from './schemas/certificates.js';
export type { ServiceConfig, ConfigNamespace } from './api/service-config.js';
export type { UserDeleteOptions, GroupDeleteOptions } from './api/accounts.js';

export interface TrueNASClientOptions {
  /** `http://127.0.0.1:8080`, `https://nas.lan`, `wss://nas.lan:8443`; a bare host means https. */
  endpoint: string;
  transport?: TransportKind | 'auto';
  apiKey?: string;
  /** With `password`: the user to log in. With `apiKey`: the key's owner, so login uses auth.login_ex. */
  username?: string;
  password?: string;
  /** Base32 TOTP secret for users with two-factor authentication (the OTP step of auth.login_ex). */
  otpSecret?: string;
  /** Skip TLS certificate verification. Off by default. */
  insecure?: boolean;
  /** Extra CA certificates (PEM) to trust. */
  caPem?: string;
  /** How the user sets the CA file, named in certificate errors (default `ca_file`). */
  caSetting?: string;
  /** Per-call timeout (default 60 s). */
  timeoutMs?: number;
  /** Retries of a retryable failure (default 4), with exponential backoff and jitter. */
  maxRetries?: number;
  /** Close the connection after this long without calls (default 30 s). */
  idleMs?: number;
  /** Largest collection kept by the refresh cache (default 5000); `0` turns the cache off. */
  cacheMaxItems?: number;
  backoff?: BackoffOptions;
  logger?: Logger;
  /** Refuse every call that could change the server, naming this setting in the error. */
  readOnly?: ReadOnlyOption;
}

const bulkResults = lazySchema(() => z.array(z.object({ result: z.unknown(), error: z.string().nullable() })));

export class TrueNASClient {
  readonly datasets: DatasetGroup;
  readonly snapshots: SnapshotGroup;
  readonly iscsi: IscsiGroup;
  readonly sharing: SharingGroup;
  readonly services: ServiceGroup;
  readonly system: SystemGroup;
  /** Periodic snapshot tasks, replication, SSH keychain credentials, scrub tasks. */
  readonly protection: ProtectionGroup;
  readonly accounts: AccountsGroup;
  readonly filesystem: FilesystemGroup;
  /** ACL templates (`filesystem.acltemplate.*`). */
  readonly aclTemplates: AclTemplateGroup;
  readonly serviceConfigs: ServiceConfigGroup;
  /** NVMe over Fabrics target objects (25.10+). */
  readonly nvmet: NvmetGroup;
  /** Static routes, NTP servers, cron jobs, init scripts, tunables, reporting exporters, alert services. */
  readonly systemSettings: SystemSettingsGroup;
  /** Network interfaces and their commit / check-in cycle. */
  readonly interfaces: InterfaceGroup;
  /** Certificates (imported, CSRs, ACME) and ACME DNS authenticators. */
  readonly crypto: CertificatesGroup;
  private readonly session: Session;
  private readonly ctx: ApiContext;

  constructor(options: TrueNASClientOptions) {
    if (!options.apiKey && !(options.username && options.password)) {
      throw new TypeError('TrueNAS client: set apiKey, or username and password');
    }
    const logger = (options.logger ?? silentLogger).with({ '@module': 'truenas.client' });
    this.session = new Session({
      endpoint: options.endpoint,
      transport: options.transport ?? 'auto',
      credentials: {
        ...(options.apiKey ? { apiKey: options.apiKey } : { password: options.password! }),
        ...(options.username ? { username: options.username } : {}),
        ...(options.otpSecret ? { otpSecret: options.otpSecret } : {}),
      },
      tls: {
        insecure: options.insecure ?? false,
        ...(options.caPem ? { caPem: options.caPem } : {}),
        advice: { server: 'TrueNAS', caSetting: options.caSetting ?? 'ca_file', caConfigured: Boolean(options.caPem) },
      },
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      idleMs: options.idleMs ?? 30_000,
      backoff: options.backoff ?? defaultBackoff,
      logger,
      ...(options.readOnly ? { readOnly: options.readOnly } : {}),
    });
    const maxItems = options.cacheMaxItems ?? 5000;
    this.ctx = new ApiContext(this.session, maxItems > 0 ? new CollectionCache(maxItems) : undefined, logger);
    this.datasets = new DatasetGroup(this.ctx);
    this.snapshots = new SnapshotGroup(this.ctx);
    this.iscsi = new IscsiGroup(this.ctx);
    this.sharing = new SharingGroup(this.ctx);
    this.services = new ServiceGroup(this.ctx);
    this.system = new SystemGroup(this.ctx);
    this.protection = new ProtectionGroup(this.ctx);
    this.accounts = new AccountsGroup(this.ctx);
    this.filesystem = new FilesystemGroup(this.ctx);
    this.aclTemplates = new AclTemplateGroup(this.ctx);
    this.serviceConfigs = new ServiceConfigGroup(this.ctx);
    this.nvmet = new NvmetGroup(this.ctx);
    this.systemSettings = new SystemSettingsGroup(this.ctx);
    this.interfaces = new InterfaceGroup(this.ctx);
    this.crypto = new CertificatesGroup(this.ctx);
  }

  /** Calls made, logins, connections and retries so far. */
  get stats(): Readonly<ClientStats> {
    return this.session.stats;
  }

  /** The transport in use (after the first call, when `auto` has picked one). */
  get transport(): TransportKind | undefined {
    return this.session.transportKind;
  }

  /** The server's short version, e.g. `25.10.0` (asked once). */
  serverVersion(): Promise<string> {
    return this.ctx.serverVersion();
  }

  /** Whether the server is this release or newer (`25.10`); the version is asked once. */
  serverAtLeast(minimum: string): Promise<boolean> {
    return this.ctx.atLeast(minimum);
  }

  /** Runs `method` once per argument list in one `core.bulk` job; per-item results and errors. */
  async bulk(
    method: string,
    paramsList: readonly (readonly unknown[])[],
    onProgress?: (p: JobProgress) => void,
  ): Promise<{ result: unknown; error: string | null }[]> {
    return parseResponse('core.bulk', bulkResults, await this.ctx.job('core.bulk', [method, paramsList], onProgress));
  }

  /**
   * Any middleware method, untyped, for calls the typed groups do not cover. It may write, so it
   * drops the read cache and is not resent if its answer is lost.
   */
  call(method: string, params: readonly unknown[] = []): Promise<unknown> {
    return this.ctx.write(method, params, z.unknown(), { kind: 'create' });
  }

  close(): void {
    this.session.close();
  }
}
