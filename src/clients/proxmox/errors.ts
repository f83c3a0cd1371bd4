// Typed errors of the Proxmox client. Messages come from the server's status line and body
// only; request parameters (which may hold passwords) are never put into them.
import { ApiError } from '../common/api-error.js';

/** The server answered with an HTTP error (`400 Parameter verification failed.`, `500 ...`). */
export class ProxmoxApiError extends ApiError {
  readonly status: number;
  /** The server's message: the body's `message`, else the status line's reason phrase. */
  readonly serverMessage: string;
  /** Per-parameter errors of a 400 (`{ vmid: "type check ('integer') failed - got 'x'" }`). */
  readonly errors: Readonly<Record<string, string>>;

  constructor(route: string, status: number, serverMessage: string, errors: Record<string, string> = {}) {
    const details = Object.entries(errors).map(([param, text]) => `${param}: ${text}`);
    super(route, [`HTTP ${status} ${serverMessage}`, ...details].join('; '));
    this.status = status;
    this.serverMessage = serverMessage;
    this.errors = errors;
  }

  get retryable(): boolean {
    return this.status >= 500 && !isNotFound(this);
  }
}

/** The request never got an HTTP answer (refused, reset, TLS failure, timeout). */
export class ProxmoxNetworkError extends ApiError {
  readonly retryable = true;
}

/** The server answered 200 with a body that does not have the shape the API promises. */
export class ProxmoxResponseError extends ApiError {
  readonly retryable = false;
}

/**
 * A password login of a user with a second factor: the server answers a TFA-data ticket and
 * `NeedTFA` (pve-access-control src/PVE/API2/AccessControl.pm `create_ticket_do`), which is no
 * login; answering the challenge needs the second factor, which an automated client does not have.
 */
export class ProxmoxSecondFactorError extends ApiError {
  readonly retryable = false;
  constructor(readonly username: string) {
    super(
      'POST /access/ticket',
      `user ${username} has two-factor authentication, so a password login only gets a challenge ticket that is no login; use an API token (or a user without a second factor)`,
    );
  }
}

/** A task ended with an `exitstatus` other than `OK` or `WARNINGS: n`. */
export class ProxmoxTaskError extends ApiError {
  readonly retryable = false;
  constructor(
    readonly upid: string,
    readonly exitStatus: string,
    /** The last lines of the task log, oldest first. */
    readonly logTail: readonly string[],
  ) {
    super(`task ${upid}`, [exitStatus, ...logTail.map((line) => `  ${line}`)].join('\n'));
  }
}

/** The task did not finish within the caller's timeout (it may still be running). */
export class ProxmoxTaskTimeoutError extends ApiError {
  readonly retryable = false;
  constructor(
    readonly upid: string,
    timeoutMs: number,
  ) {
    super(`task ${upid}`, `not finished after ${timeoutMs} ms`);
  }
}

// PVE reports missing objects as plain 500 errors; these are its texts for the objects we manage.
const NOT_FOUND_TEXTS = [
  /Configuration file '[^']+' does not exist/,
  /^no such (user|group|role|token|task|pool|VM|volume)\b/,
  /storage '[^']+' does not exist/,
  /pool '[^']+' does not exist/,
  /snapshot '[^']+' does not exist/,
  /^role '[^']+' does not exist/,
  /^group '[^']+' does not exist/,
  /volume '[^']+' does not exist/,
  // pve-firewall (API2/Firewall/IPSet.pm, Rules.pm).
  /^no such (IPSet|security group) '[^']+'/,
  // Inside the SDN lock the text is prefixed ("delete sdn zone object failed: sdn 'x' does not exist").
  /\bsdn (vnet |subnet )?'[^']+' does not exist/,
  // pve-access-control API2/Domains.pm (read, update; delete says "authentication domain").
  /^(authentication )?domain '[^']+' does not exist/,
  // pve-manager API2/ACMEPlugin.pm.
  /^ACME plugin (ID )?'[^']+' (not defined|does not exist)/,
  // pve-manager API2/Cluster/Mapping/{PCI,USB,Dir}.pm `get`.
  /^mapping '[^']+' not found/,
  // Datacenter jobs, HA and metric servers (pve-manager API2/ReplicationConfig.pm, Cluster/MetricServer.pm;
  // pve-ha-manager API2/HA/*.pm, inside the HA lock prefixed with "<what> failed: ").
  /(^|: )no such (replication job|job|vzdump job|resource|ha rule|ha group|server) '[^']+'/,
  // PVE 9 migrated every HA group to rules: none exists any more.
  /^cannot (read|delete) group: ha groups have been migrated to rules/,
  /\bHA rule '[^']+' does not exist/,
  /^cannot delete service '[^']+', not HA managed/,
  /^status server entry '[^']+' does not exist/,
  // Deleting a missing metric server: the plugin lookup by its undefined type fails (MetricServer.pm `delete`).
  /^cfs-lock 'file-status_cfg' error: unknown section type ''$/,
  // Removing a member that already left the pool (pve-manager API2/Pool.pm update_pool, inside
  // the user.cfg lock: "update pools failed: VM 100 is not a pool member").
  /\b(VM \d+|Storage '[^']+') is not a pool member/,
];

/** 400 parameter errors that say the object is gone, by parameter (realm-sync jobs, ACME accounts). */
const NOT_FOUND_PARAM_TEXTS: Readonly<Record<string, RegExp>> = {
  id: /^No such job '/,
  name: /^ACME account config file '[^']+' does not exist/,
};

/** pve-firewall answers a missing alias or IP set entry with a 400 naming the parameter. */
const NOT_FOUND_PARAMS: Readonly<Record<string, string>> = { name: 'no such alias', cidr: 'no such IP/Network' };

/** True when the error says the object is gone (so a provider can drop it from state). */
export function isNotFound(err: unknown): boolean {
  if (!(err instanceof ProxmoxApiError)) return false;
  if (err.status === 404) return true;
  if (err.status === 400 && Object.entries(NOT_FOUND_PARAMS).some(([param, text]) => err.errors[param] === text)) return true;
  // A node's network interface is a parameter error (pve-manager PVE/API2/Network.pm).
  if (err.status === 400 && err.errors.iface === 'interface does not exist') return true;
  if (err.status === 400 && Object.entries(NOT_FOUND_PARAM_TEXTS).some(([param, text]) => text.test(err.errors[param] ?? ''))) return true;
  // A missing backup job (pve-manager PVE/API2/Backup.pm `read_job`, `delete_job`).
  if (err.status === 400 && /^No such job '/.test(err.errors.id ?? '')) return true;
  return err.status === 500 && NOT_FOUND_TEXTS.some((text) => text.test(err.serverMessage));
}

/** The result of `read`, or `gone` when the server says the object does not exist. */
export async function whenFound<T, G>(read: () => Promise<T>, gone: G): Promise<T | G> {
  try {
    return await read();
  } catch (err) {
    if (isNotFound(err)) return gone;
    throw err;
  }
}

/**
 * True when a write waited for a lock and gave up before doing anything, so it may be sent again:
 * a guest's config file lock (pve-common `lock_file`: "can't lock file '…' - got timeout") or a
 * pmxcfs lock that concurrent writes to user.cfg, storage.cfg, the SDN or HA domain or a firewall
 * file hit (pve-cluster `$cfs_lock`: "cfs-lock 'file-user_cfg' error: got lock request timeout",
 * after the API's own "create user failed: ").
 */
export function isLockTimeout(err: unknown): boolean {
  return err instanceof ProxmoxApiError && /can't lock file '[^']*' - got timeout|cfs-lock '[^']*' error: got lock request timeout/.test(err.serverMessage);
}
