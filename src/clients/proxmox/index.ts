// The typed Proxmox VE API client. Creating one does no I/O; the first call connects (and,
// with username/password, logs in).
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../common/defaults.js';
import { silentLogger } from '../../log/logger.js';
import { defaultBackoff } from '../common/backoff.js';
import { CollectionCache } from './collection-cache.js';
import { ticketAuth, tokenAuth, type AuthHeaders } from './auth.js';
import { AccessApi } from './endpoints/access.js';
import { ClusterApi } from './endpoints/cluster.js';
import { DatacenterApi } from './endpoints/datacenter.js';
import { NodeDisksApi } from './endpoints/disks.js';
import { FirewallApi } from './endpoints/firewall.js';
import { LxcApi } from './endpoints/lxc.js';
import { NodeNetworkApi } from './endpoints/node-network.js';
import { NodeSettingsApi } from './endpoints/node-settings.js';
import { AptApi } from './endpoints/apt.js';
import { PoolsApi } from './endpoints/pools.js';
import { QemuApi } from './endpoints/qemu.js';
import { SdnApi } from './endpoints/sdn.js';
import { RealmsApi } from './endpoints/realms.js';
import { CertificatesApi } from './endpoints/certificates.js';
import { StorageApi } from './endpoints/storage.js';
import { StorageFilesApi } from './endpoints/storage-files.js';
import { MappingApi } from './endpoints/mappings.js';
import { StatusApi } from './endpoints/status.js';
import { ProxmoxHttp } from './http.js';
import type { ProxmoxClientOptions } from './options.js';
import { ticketData } from './schemas.js';
import { ProxmoxSecondFactorError } from './errors.js';
import { emptyStats, type ProxmoxClientStats } from './stats.js';
import { ProxmoxTasks, type TaskOptions, type TaskStatus } from './tasks.js';

/** Who the client acts as: an API token, or a user logged in with a ticket (tokens are never that user). */
export type ProxmoxIdentity =
  { readonly kind: 'token'; readonly tokenId: string } | { readonly kind: 'ticket'; readonly userid: string } | { readonly kind: 'none' };

export class ProxmoxClient {
  readonly stats: ProxmoxClientStats = emptyStats();
  readonly identity: ProxmoxIdentity;
  /** The API endpoint this client talks to. */
  readonly endpoint: string;
  readonly cluster: ClusterApi;
  readonly qemu: QemuApi;
  readonly lxc: LxcApi;
  readonly storage: StorageApi;
  readonly pools: PoolsApi;
  readonly access: AccessApi;
  readonly firewall: FirewallApi;
  readonly sdn: SdnApi;
  readonly network: NodeNetworkApi;
  readonly settings: NodeSettingsApi;
  readonly apt: AptApi;
  readonly realms: RealmsApi;
  readonly certificates: CertificatesApi;
  readonly files: StorageFilesApi;
  readonly mappings: MappingApi;
  readonly datacenter: DatacenterApi;
  readonly status: StatusApi;
  readonly disks: NodeDisksApi;
  readonly tasks: ProxmoxTasks;
  private readonly http: ProxmoxHttp;
  private readonly loginPassword: string | undefined;

  constructor(options: ProxmoxClientOptions) {
    const logger = (options.logger ?? silentLogger).with({ '@module': 'proxmox.client' });
    const cache = new CollectionCache(options.cacheMaxItems ?? 5000);
    this.http = new ProxmoxHttp({
      endpoint: options.endpoint,
      insecure: options.insecure ?? false,
      ...(options.caPem !== undefined ? { caPem: options.caPem } : {}),
      tlsAdvice: { server: 'Proxmox VE', caSetting: options.caSetting ?? 'ca_file', caConfigured: options.caPem !== undefined },
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      backoff: options.backoff ?? defaultBackoff,
      logger,
      stats: this.stats,
      onWrite: () => cache.invalidate(),
      ...(options.readOnly ? { readOnly: options.readOnly } : {}),
    });
    this.http.auth = this.authFor(options);
    this.identity = identityOf(options);
    this.endpoint = options.endpoint;
    this.loginPassword = options.apiToken === undefined ? options.password : undefined;
    this.tasks = new ProxmoxTasks(this.http, { timeoutMs: options.taskTimeoutMs ?? 600_000, pollMs: options.taskPollMs ?? 100 }, logger, this.stats, () =>
      cache.invalidate(),
    );
    const ctx = { http: this.http, tasks: this.tasks, cache, logger };
    this.cluster = new ClusterApi(ctx);
    this.qemu = new QemuApi(ctx);
    this.lxc = new LxcApi(ctx);
    this.storage = new StorageApi(ctx);
    this.pools = new PoolsApi(ctx);
    this.access = new AccessApi(ctx);
    this.firewall = new FirewallApi(ctx);
    this.sdn = new SdnApi(ctx);
    this.network = new NodeNetworkApi(ctx);
    this.settings = new NodeSettingsApi(ctx);
    this.apt = new AptApi(ctx);
    this.realms = new RealmsApi(ctx);
    this.certificates = new CertificatesApi(ctx);
    this.files = new StorageFilesApi(ctx);
    this.mappings = new MappingApi(ctx);
    this.datacenter = new DatacenterApi(ctx);
    this.status = new StatusApi(ctx);
    this.disks = new NodeDisksApi(ctx);
  }

  /** Waits for a task by UPID; throws ProxmoxTaskError if it fails. */
  waitForTask(upid: string, options?: TaskOptions): Promise<TaskStatus> {
    return this.tasks.wait(upid, options);
  }

  /** Sets a user's password; needs a ticket login, and confirms with the login's own password. */
  changeUserPassword(userid: string, password: string): Promise<void> {
    return this.access.changePassword(userid, password, this.loginPassword);
  }

  /**
   * Logs `username` in with `password` (or a still valid ticket of that user, which renews it)
   * and returns the new ticket, without changing how this client itself logs in.
   */
  async issueTicket(username: string, password: string): Promise<{ username: string; ticket: string; csrfToken: string }> {
    this.stats.logins++;
    return login(this.http, username, password);
  }

  /** Closes the connection pool. */
  close(): Promise<void> {
    return this.http.close();
  }

  private authFor(options: ProxmoxClientOptions): AuthHeaders | undefined {
    if (options.apiToken !== undefined) return tokenAuth(options.apiToken);
    const { username, password } = options;
    if (username === undefined || password === undefined) return undefined;
    const relogin = async (): Promise<{ ticket: string; csrfToken: string }> => {
      this.stats.logins++;
      return login(this.http, username, password);
    };
    return ticketAuth(relogin, options.ticketRenewAfterMs ?? 90 * 60_000);
  }
}

/** `POST /access/ticket`: a login ticket and its CSRF token; a TFA challenge ticket is refused. */
async function login(http: ProxmoxHttp, username: string, password: string): Promise<{ username: string; ticket: string; csrfToken: string }> {
  const data = await http.call('POST', '/access/ticket', { username, password }, ticketData, { anonymous: true });
  if (data.NeedTFA === true) throw new ProxmoxSecondFactorError(data.username);
  return { username: data.username, ticket: data.ticket, csrfToken: data.CSRFPreventionToken };
}

function identityOf(options: ProxmoxClientOptions): ProxmoxIdentity {
  if (options.apiToken !== undefined) return { kind: 'token', tokenId: options.apiToken.split('=')[0] ?? '' };
  if (options.username !== undefined) return { kind: 'ticket', userid: options.username };
  return { kind: 'none' };
}

export type { ProxmoxClientOptions } from './options.js';
export type { ProxmoxClientStats } from './stats.js';
export type { TaskOptions, TaskStatus, TaskLogLine } from './tasks.js';
export { taskSucceeded } from './tasks.js';
export * from './errors.js';
export { ProxmoxGuestLockedError } from './guest-locks.js';
export { ProxmoxHaMigrationError } from './ha-migration.js';
export { ProxmoxHaPowerError } from './ha-power.js';
export { ReadOnlyError } from '../common/read-only.js';
export * from './property-string.js';
export { parseUpid, formatUpid, type Upid } from './upid.js';
export type * from './endpoints/access.js';
export type * from './endpoints/cluster.js';
export type * from './endpoints/guests.js';
export type * from './endpoints/qemu.js';
export type * from './endpoints/lxc.js';
export type * from './endpoints/pools.js';
export type * from './endpoints/storage.js';
export type * from './endpoints/firewall.js';
export type * from './endpoints/sdn.js';
export type * from './endpoints/node-network.js';
export type * from './endpoints/node-settings.js';
export type * from './endpoints/apt.js';
export type * from './endpoints/realms.js';
export type * from './endpoints/certificates.js';
export type * from './endpoints/storage-files.js';
export type * from './endpoints/mappings.js';
export type * from './endpoints/datacenter.js';
export type * from './endpoints/disks.js';
export type * from './endpoints/status.js';
