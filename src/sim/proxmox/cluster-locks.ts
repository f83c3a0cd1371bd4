// pmxcfs locks (pve-cluster src/PVE/Cluster.pm `$cfs_lock`): every write to a cluster file takes
// a lock directory named after the file (`file-user_cfg`), domain (`domain-sdn`, `domain-ha`) or
// firewall scope (`firewall-cluster`, `firewall-host-NODE`, `firewall-vm-VMID`), waiting up to
// 10 s for it. A writer that does not get it runs nothing and dies "cfs-lock 'ID' error: got lock
// request timeout"; the API's wrapper puts its own failure text in front where it has one
// (`lock_user_config($code, "create user failed")`), pve-firewall's `lock_clusterfw_conf` does not.
// Which routes take which lock, by the API modules' code (docs/simulators.md).
import type { Handler, Routes } from './engine.js';
import { KeyedLocks } from './keyed-locks.js';
import { die } from './pve-error.js';

type Params = Readonly<Record<string, string>>;
type WriteMethod = 'POST' | 'PUT' | 'DELETE';

interface LockRule {
  /** Matches the route template (`/access/users/{userid}`). */
  readonly template: RegExp;
  readonly lock: (params: Params, template: string) => string;
  /** The API's failure text before the lock error, by method. */
  readonly failure?: Partial<Record<WriteMethod, string>>;
}

const USER_CFG = 'file-user_cfg';

/** First match wins: the narrower templates come first. */
const RULES: readonly LockRule[] = [
  {
    template: /^\/access\/users\/\{userid\}\/token\/\{tokenid\}$/,
    lock: () => USER_CFG,
    failure: { POST: 'generating token failed', PUT: 'updating token info failed', DELETE: 'deleting token failed' },
  },
  {
    template: /^\/access\/users(\/\{userid\})?$/,
    lock: () => USER_CFG,
    failure: { POST: 'create user failed', PUT: 'update user failed', DELETE: 'delete user failed' },
  },
  {
    template: /^\/access\/groups(\/\{groupid\})?$/,
    lock: () => USER_CFG,
    failure: { POST: 'create group failed', PUT: 'update group failed', DELETE: 'delete group failed' },
  },
  {
    template: /^\/access\/roles(\/\{roleid\})?$/,
    lock: () => USER_CFG,
    failure: { POST: 'create role failed', PUT: 'update role failed', DELETE: 'delete role failed' },
  },
  { template: /^\/access\/acl$/, lock: () => USER_CFG, failure: { PUT: 'ACL update failed' } },
  {
    template: /^\/pools(\/\{poolid\})?$/,
    lock: () => USER_CFG,
    failure: { POST: 'create pool failed', PUT: 'update pools failed', DELETE: 'delete pool failed' },
  },
  {
    template: /^\/storage(\/\{storage\})?$/,
    lock: () => 'file-storage_cfg',
    failure: { POST: 'create storage failed', PUT: 'update storage failed', DELETE: 'delete storage failed' },
  },
  { template: /^\/cluster\/options$/, lock: () => 'file-datacenter_cfg' },
  {
    template: /^\/access\/domains(\/\{realm\})?$/,
    lock: () => 'file-domains_cfg',
    failure: { POST: 'add auth server failed', PUT: 'update auth server failed', DELETE: 'delete auth server failed' },
  },
  { template: /^\/cluster\/metrics\/server\/\{id\}$/, lock: () => 'file-status_cfg' },
  // A backup job is created under jobs.cfg's lock, changed and removed under vzdump.cron's (jobs.cfg inside).
  { template: /^\/cluster\/backup$/, lock: () => 'file-jobs_cfg' },
  { template: /^\/cluster\/backup\/\{id\}$/, lock: () => 'file-vzdump_cron' },
  { template: /^\/cluster\/replication(\/\{id\})?$/, lock: () => 'file-replication_cfg' },
  { template: /^\/cluster\/mapping\/(pci|usb|dir)(\/\{id\})?$/, lock: (_params, template) => `file-mapping_${/mapping\/(\w+)/.exec(template)?.[1] ?? ''}_cfg` },
  { template: /^\/cluster\/acme\/plugins(\/\{id\})?$/, lock: () => 'file-priv_acme_plugins_cfg' },
  { template: /^\/cluster\/firewall\//, lock: () => 'firewall-cluster' },
  { template: /^\/nodes\/\{node\}\/firewall\//, lock: (params) => `firewall-host-${params.node ?? ''}` },
  { template: /^\/nodes\/\{node\}\/(qemu|lxc)\/\{vmid\}\/firewall\//, lock: (params) => `firewall-vm-${params.vmid ?? ''}` },
  { template: /^\/cluster\/sdn\/vnets\/\{vnet\}\/firewall\//, lock: (params) => `firewall-vnet-${params.vnet ?? ''}` },
  { template: /^\/cluster\/sdn(\/|$)/, lock: () => 'domain-sdn' },
  { template: /^\/cluster\/ha\/resources$/, lock: () => 'domain-ha', failure: { POST: 'create resource failed' } },
  { template: /^\/cluster\/ha\//, lock: () => 'domain-ha' },
];

function isWrite(method: string): method is WriteMethod {
  return method === 'POST' || method === 'PUT' || method === 'DELETE';
}

export function lockTimeoutText(lockid: string, failure?: string): string {
  const text = `cfs-lock '${lockid}' error: got lock request timeout`;
  return failure === undefined ? text : `${failure}: ${text}`;
}

export class ClusterLocks {
  private readonly locks: KeyedLocks<string>;
  /** Writes that gave up waiting for a lock (tests wait on it instead of on the clock). */
  refusals = 0;

  constructor(timeoutMs: () => number) {
    this.locks = new KeyedLocks(timeoutMs);
  }

  with<T>(lockid: string, failure: string | undefined, work: () => Promise<T> | T): Promise<T> {
    return this.locks.with(
      lockid,
      () => {
        this.refusals++;
        return die(lockTimeoutText(lockid, failure));
      },
      work,
    );
  }
}

/** Wraps every write handler that takes a pmxcfs lock on the real server in that lock. */
export function withClusterLocks(routes: Routes, locks: ClusterLocks): Routes {
  return Object.fromEntries(
    Object.entries(routes).map(([route, handler]): [string, Handler] => {
      const [method = '', template = ''] = route.split(' ');
      const rule = isWrite(method) ? RULES.find((candidate) => candidate.template.test(template)) : undefined;
      if (rule === undefined || !isWrite(method)) return [route, handler];
      const failure = rule.failure?.[method];
      return [route, (ctx) => locks.with(rule.lock(ctx.params, template), failure, () => handler(ctx))];
    }),
  );
}
