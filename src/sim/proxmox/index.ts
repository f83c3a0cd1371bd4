// A stateful local simulator of the Proxmox VE 9 API over HTTPS, for tests and the demo.
import type { AddressInfo } from 'node:net';
import { generateCertificate } from '../truenas/tls.js';
import { ConfigLocks } from './config-locks.js';
import { holdGuestLockByTask, type GuestLockTask } from './guest-task-locks.js';
import { ClusterLocks, withClusterLocks } from './cluster-locks.js';
import type { Routes, SimEngine } from './engine.js';
import { defaultFaults, type ProxmoxSimFaults } from './faults.js';
import { accessRoutes } from './handlers/access.js';
import { clusterRoutes } from './handlers/cluster.js';
import { datacenterOptionRoutes } from './handlers/datacenter-options.js';
import { haRoutes } from './handlers/ha.js';
import { nodeStatusRoutes } from './handlers/node-status.js';
import { diskStorageRoutes } from './handlers/disk-storage.js';
import { jobRoutes } from './handlers/jobs.js';
import { firewallAliasRoutes } from './handlers/firewall-aliases.js';
import { firewallGroupRoutes } from './handlers/firewall-groups.js';
import { firewallIpsetRoutes } from './handlers/firewall-ipsets.js';
import { firewallOptionRoutes } from './handlers/firewall-options.js';
import { firewallRuleRoutes } from './handlers/firewall-rules.js';
import { guestRoutes } from './handlers/guests.js';
import { nodeNetworkRoutes } from './handlers/node-network.js';
import { settingsRoutes } from './handlers/node-settings.js';
import { aptRoutes } from './handlers/apt.js';
import { realmRoutes } from './handlers/realms.js';
import { certificateRoutes } from './handlers/certificates.js';
import { acmeOrderRoutes } from './handlers/acme-orders.js';
import { poolRoutes } from './handlers/pools.js';
import { sdnRoutes } from './handlers/sdn.js';
import { sdnVnetRoutes } from './handlers/sdn-vnets.js';
import { snapshotRoutes } from './handlers/snapshots.js';
import { storageRoutes } from './handlers/storage.js';
import { storageFileRoutes } from './handlers/storage-files.js';
import { hardwareMappingRoutes } from './handlers/hardware-mappings.js';
import { UploadSpool } from './uploads.js';
import { createApiServer, type RequestRecord } from './http-server.js';
import { PveApiSchema } from './schema/api-schema.js';
import { withStoragePlugins } from './schema/storage-plugins.js';
import { attachExternalStorage } from './external-storage.js';
import { addIscsiLun, type SimIscsiLun } from './iscsi-luns.js';
import { NasLink } from './nas-link.js';
import { withNasSync } from './nas-sync.js';
import { TRUENAS_PLUGIN_TYPE, TrueNASPluginStorage } from './truenas-plugin.js';
import type { TrueNASEndpoint } from './truenas-connection.js';
import { addClusterNode, seedState, type SimGuest, type SimState, type SimToken, type SimVolume } from './state.js';
import { TaskRegistry, type SimTask } from './task-registry.js';
import { TicketStore } from './tickets.js';

export interface ProxmoxSimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** API tokens `USER@REALM!TOKENID=SECRET`; their users are created. Tokens get `privsep=0` unless `privsep` is given. */
  tokens?: Array<string | { token: string; privsep: boolean }>;
  /** Users that may log in with a password (`root@pam` exists already). */
  users?: Array<{ userid: string; password: string }>;
  nodeName?: string;
  /** More cluster nodes beside `nodeName` (migration targets), each with its own network and settings. */
  extraNodes?: string[];
  /**
   * The version the server reports (default 9.1.3, whose schema every call is checked against).
   * An 8.x version keeps HA groups usable (no migration to rules): proxmox_ha_group's server.
   */
  pveVersion?: string;
  /** How long every task runs, ms (default 20). */
  taskDelayMs?: number;
  /** Delay before every answer, ms (default 0). */
  latencyMs?: number;
  /** How long a writer waits for a guest's config lock, ms (default 10 000, as real). */
  lockTimeoutMs?: number;
  /** Delay of every 401 answer, ms (default 3000, as real). */
  authFailureDelayMs?: number;
  /** Ticket lifetime, ms (default 2 h). */
  ticketLifetimeMs?: number;
  /**
   * A TrueNAS on the node's network: iscsi storages whose portal is on its host list its
   * targets' LUNs, nfs storages on it check the export exists. Its `caPem` is also trusted by
   * the TrueNAS storage plugin.
   */
  truenas?: TrueNASEndpoint;
}

export interface ProxmoxSimulator {
  /** `https://127.0.0.1:PORT`, the client's `endpoint`. */
  readonly url: string;
  readonly port: number;
  /** The server certificate; give it to clients as `caPem`. */
  readonly caPem: string;
  /** Live state: tests read it and change it out of band (drift, deletions). */
  readonly state: SimState;
  /** Fault switches, changeable at any time. */
  readonly faults: ProxmoxSimFaults;
  /** Every handled request since start (or the last `requests.length = 0`). */
  readonly requests: RequestRecord[];
  /** Tasks by UPID. */
  readonly tasks: ReadonlyMap<string, SimTask>;
  /** QEMU VMs in the state (live objects: change `config` to make drift). */
  vms(): SimGuest[];
  /** LXC containers in the state. */
  containers(): SimGuest[];
  /** Volumes, on one storage or all. */
  volumes(storage?: string): SimVolume[];
  /** Makes the iSCSI target `target` (an IQN) export a LUN; iscsi storages on it list it as a volume. */
  addIscsiLun(target: string, lun: SimIscsiLun): void;
  /** Every API token with its user. */
  tokens(): Array<{ userid: string; tokenid: string; token: SimToken }>;
  /** Changeable timing. */
  timing: { taskDelayMs: number; lockTimeoutMs: number };
  /**
   * Adds an ACL entry: `ugid` is a token (`user@realm!id`), a user (`user@realm`) or a group.
   * With `addRole`, how a test gives a narrow token exactly the privileges it means to.
   */
  grant(path: string, ugid: string, roleid: string, propagate?: boolean): void;
  /** Creates (or replaces) a custom role with these privileges. */
  addRole(roleid: string, privs: readonly string[]): void;
  /** Holds a guest's config lock (as a concurrent writer would) for `until` ms, or until that promise settles (tests: no delay to race). */
  holdConfigLock(vmid: number, until: number | Promise<void>): Promise<void>;
  /**
   * Starts a task (`vzdump` by default) that keeps the guest's config `lock` (`backup` by default)
   * set until `until` settles, as a nightly backup does; answers its UPID. A stale lock (no task)
   * is set by writing `config.lock` of the guest in `state` directly.
   */
  holdGuestLockByTask(vmid: number, until: Promise<void>, options?: GuestLockTask): string;
  /**
   * Holds a pmxcfs lock (`file-user_cfg`, `domain-sdn`, `firewall-cluster`: cluster-locks.ts) as
   * another writer would, until that promise settles; writes needing it wait, then time out.
   */
  holdClusterLock(lockid: string, until: Promise<void>): Promise<void>;
  /** How many writes gave up waiting for a pmxcfs lock so far. */
  clusterLockRefusals(): number;
  /** Keeps every task running until the returned function is called (tests: a task seen running, without racing a delay). */
  holdTasks(): () => void;
  /** Expires every login ticket issued so far: the next call with one answers 401, as after the 2-hour lifetime. */
  expireTickets(): void;
  stop(): Promise<void>;
}

function parseToken(spec: string): { userid: string; tokenid: string; secret: string } {
  const match = /^([^!\s]+@[^!\s]+)!([^=\s]+)=(.+)$/.exec(spec);
  if (!match) throw new Error('a token must look like USER@REALM!TOKENID=SECRET');
  return { userid: match[1] ?? '', tokenid: match[2] ?? '', secret: match[3] ?? '' };
}

function addCredentials(state: SimState, options: ProxmoxSimulatorOptions, passwords: Map<string, string>): void {
  for (const user of options.users ?? []) {
    if (!state.users.has(user.userid)) state.users.set(user.userid, { userid: user.userid, enable: true, expire: 0, groups: new Set(), tokens: new Map() });
    passwords.set(user.userid, user.password);
  }
  for (const entry of options.tokens ?? []) {
    const { token, privsep } = typeof entry === 'string' ? { token: entry, privsep: false } : entry;
    const { userid, tokenid, secret } = parseToken(token);
    if (!state.users.has(userid)) state.users.set(userid, { userid, enable: true, expire: 0, groups: new Set(), tokens: new Map() });
    state.users.get(userid)?.tokens.set(tokenid, { comment: '', expire: 0, privsep, secret });
  }
}

export async function startProxmoxSimulator(options: ProxmoxSimulatorOptions = {}): Promise<ProxmoxSimulator> {
  const state = seedState(options.nodeName);
  for (const node of options.extraNodes ?? []) addClusterNode(state, node);
  if (options.pveVersion !== undefined) state.pveVersion = options.pveVersion;
  const passwords = new Map<string, string>();
  addCredentials(state, options, passwords);
  const faults = defaultFaults(options.latencyMs);
  const timing = { taskDelayMs: options.taskDelayMs ?? 20, lockTimeoutMs: options.lockTimeoutMs ?? 10_000 };
  const ticketLifetimeMs = options.ticketLifetimeMs ?? 2 * 3600_000;
  let taskHold: { readonly promise: Promise<void>; readonly release: () => void } | undefined;
  const holdTasks = (): (() => void) => {
    if (!taskHold) {
      let release = (): void => {};
      const promise = new Promise<void>((resolve) => (release = resolve));
      taskHold = { promise, release: () => ((taskHold = undefined), release()) };
    }
    return taskHold.release;
  };
  const tasks = new TaskRegistry({
    released: () => taskHold?.promise ?? Promise.resolve(),
    delayMs: () => timing.taskDelayMs,
    injectedFailure: (type) => {
      if (faults.failTasks <= 0 || (faults.taskMatch && !faults.taskMatch.test(type))) return undefined;
      faults.failTasks--;
      return faults.taskFailureMessage;
    },
  });
  const engine: SimEngine = {
    state,
    tasks,
    locks: new ConfigLocks(() => timing.lockTimeoutMs),
    schema: PveApiSchema.load(withStoragePlugins),
    tickets: new TicketStore(() => ticketLifetimeMs),
    passwordMatches: (userid, password) => {
      const known = passwords.get(userid) ?? state.users.get(userid)?.password;
      return known !== undefined && known === password;
    },
    macPrefix: 'BC:24:11',
    uploads: new UploadSpool(),
  };
  const nas = options.truenas === undefined ? undefined : new NasLink(options.truenas);
  if (nas) engine.nas = nas;
  const plugin = new TrueNASPluginStorage(options.truenas?.caPem);
  attachExternalStorage(state, TRUENAS_PLUGIN_TYPE, plugin);
  const sync = async (): Promise<void> => {
    await Promise.all([nas?.refreshIscsiLuns(state).catch(() => undefined), plugin.refresh(state)]);
  };
  const clusterLocks = new ClusterLocks(() => timing.lockTimeoutMs);
  const routes: Routes = withNasSync(
    withClusterLocks(
      {
        ...clusterRoutes,
        ...storageRoutes,
        ...poolRoutes,
        ...accessRoutes,
        ...guestRoutes('qemu'),
        ...guestRoutes('lxc'),
        ...snapshotRoutes('qemu'),
        ...snapshotRoutes('lxc'),
        ...firewallOptionRoutes,
        ...firewallRuleRoutes,
        ...firewallGroupRoutes,
        ...firewallAliasRoutes,
        ...firewallIpsetRoutes,
        ...sdnRoutes,
        ...sdnVnetRoutes,
        ...nodeNetworkRoutes,
        ...settingsRoutes,
        ...aptRoutes,
        ...realmRoutes,
        ...certificateRoutes,
        ...acmeOrderRoutes,
        ...storageFileRoutes,
        ...hardwareMappingRoutes,
        ...datacenterOptionRoutes,
        ...jobRoutes,
        ...haRoutes,
        ...nodeStatusRoutes,
        ...diskStorageRoutes,
      },
      clusterLocks,
    ),
    sync,
  );
  const tls = await generateCertificate('truemox Proxmox VE simulator');
  state.certificates.nodePem = tls.certPem;
  const requests: RequestRecord[] = [];
  const server = createApiServer({ engine, routes, faults, authFailureDelayMs: options.authFailureDelayMs ?? 3000, tls, onRequest: (r) => requests.push(r) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    caPem: tls.certPem,
    state,
    faults,
    requests,
    tasks: tasks.tasks,
    timing,
    vms: () => [...state.guests.values()].filter((g) => g.kind === 'qemu'),
    containers: () => [...state.guests.values()].filter((g) => g.kind === 'lxc'),
    volumes: (storage) => [...state.volumes.values()].filter((v) => storage === undefined || v.storage === storage),
    addIscsiLun: (target, lun) => addIscsiLun(state, target, lun),
    tokens: () => [...state.users.values()].flatMap((user) => [...user.tokens].map(([tokenid, token]) => ({ userid: user.userid, tokenid, token }))),
    grant: (path, ugid, roleid, propagate = true) => {
      const type = ugid.includes('!') ? 'token' : ugid.includes('@') ? 'user' : 'group';
      state.acl.push({ path, type, ugid, roleid, propagate });
    },
    addRole: (roleid, privs) => void state.roles.set(roleid, { privs: new Set(privs), special: false }),
    holdTasks,
    expireTickets: () => engine.tickets.expireAll(),
    holdConfigLock: (vmid, until) => {
      const kind = state.guests.get(vmid)?.kind ?? 'qemu';
      return engine.locks.with(kind, vmid, () => (typeof until === 'number' ? new Promise<void>((resolve) => setTimeout(resolve, until)) : until));
    },
    holdGuestLockByTask: (vmid, until, lockOptions) => holdGuestLockByTask(engine, vmid, until, lockOptions),
    holdClusterLock: (lockid, until) => clusterLocks.with(lockid, undefined, () => until),
    clusterLockRefusals: () => clusterLocks.refusals,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      taskHold?.release(); // a test that failed while holding tasks must not hang the stop
      await tasks.settle();
      await Promise.all([nas?.close(), plugin.close()]);
    },
  };
}

export type { ProxmoxSimFaults } from './faults.js';
export type { SimIscsiLun } from './iscsi-luns.js';
export type { RequestRecord } from './http-server.js';
export type { SimState, SimGuest, SimVolume, SimStorage, SimUser, SimToken, SimAclEntry } from './state.js';
export { volid } from './state.js';
