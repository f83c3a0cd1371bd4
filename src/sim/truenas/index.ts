// The TrueNAS SCALE simulator: an HTTP(S) server on loopback serving `/api/current`
// (JSON-RPC), `/websocket` (legacy) and `/api/v2.0` (REST) over one stateful middleware model.
import { DEFAULT_POOLS, type PoolSpec } from './pool-specs.js';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { Dispatcher, type AcceptedCall } from './dispatcher.js';
import { SimSession } from './session.js';
import { defaultFaults, type SimFaults } from './faults.js';
import { serveJsonRpc } from './jsonrpc-server.js';
import { serveLegacy } from './legacy-server.js';
import { serveRest, restPrefix } from './rest-server.js';
import { RateLimiter, realRateLimit, type RateLimitOptions } from './rate-limit.js';
import { versionAtLeast, type MethodTable } from './registry.js';
import { SimState } from './state.js';
import { upgradeState } from './upgrade.js';
import { generateCertificate } from './tls.js';
import { SimCredentials } from './credentials.js';
import { TrueNASApiSchema } from './schema/api-schema.js';
import { authMethods, coreMethods } from './methods/core.js';
import { datasetMethods } from './methods/datasets.js';
import { iscsiMethods } from './methods/iscsi.js';
import { serviceMethodTable } from './methods/services.js';
import { nfsShareMethods } from './methods/shares.js';
import { smbShareMethods } from './methods/smb-shares.js';
import { snapshotMethodTable } from './methods/snapshots.js';
import { systemMethods } from './methods/system.js';
import { snapshotTaskMethods } from './methods/snapshot-tasks.js';
import { replicationMethods } from './methods/replication.js';
import { keychainMethods } from './methods/keychain.js';
import { certificateMethods } from './methods/certificates.js';
import { scrubTaskMethods } from './methods/scrub-tasks.js';
import { cloudsyncMethods } from './methods/cloudsync.js';
import { cloudSyncTaskMethods } from './methods/cloudsync-tasks.js';
import { cloudBackupMethods } from './methods/cloud-backups.js';
import { rsyncTaskMethods } from './methods/rsync-tasks.js';
import { advanceClock } from './scheduler.js';
import { accountMethods } from './methods/accounts.js';
import { filesystemMethods } from './methods/filesystem.js';
import { filesystemAclMethods } from './methods/filesystem-acl.js';
import { serviceConfigMethods } from './methods/service-config.js';
import { nvmetMethods } from './methods/nvmet.js';
import { systemConfigMethods, systemSettingsMethods } from './methods/system-settings.js';
import { interfaceMethods } from './methods/interfaces.js';
import { SimNetwork, type SimPhysicalNic } from './network-state.js';

export type { SimFaults } from './faults.js';
export { SimState } from './state.js';

export interface TrueNASSimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  tls?: boolean;
  /** API keys accepted, `<id>-<secret>`. */
  apiKeys?: string[];
  /** Username → password pairs accepted. */
  users?: Record<string, string>;
  /** The user the API keys belong to (named by `auth.login_ex` API_KEY_PLAIN and SCRAM); `root` by default. */
  apiKeyUser?: string;
  /** Users with two-factor authentication → the one-time code accepted after their password. */
  otpCodes?: Record<string, string>;
  /**
   * Treat loopback peers as remote: a plain API key over non-TLS is then revoked as the real
   * server revokes it from another host (the simulator itself listens on loopback only).
   */
  loopbackIsRemote?: boolean;
  /** Reported version, `25.10.0` by default; below 25.04 there is no `/api/current`, from 26 no REST. */
  version?: string;
  /** The unauthenticated-call limit; on (20 per 60 s) by default, `false` turns it off. */
  loginRateLimit?: false | RateLimitOptions;
  /** Delay before a rate-limited refusal (real: 1–10 s). */
  rateLimitDelayMs?: number;
  /** Delay before answering a bad login (real: 1–2 s). */
  badLoginDelayMs?: number;
  /** Added before every answer. */
  latencyMs?: number;
  /** The pools, each with a layout (STRIPE, or a dRAID: `{ name: 'tank', size, layout: 'DRAID1' }`). */
  pools?: PoolSpec[];
  /**
   * Give each pool the scrub task TrueNAS inserts when it creates or imports a pool (threshold 35,
   * `00 00 * * 7`, enabled: plugins/pool_/pool.py:478, import_pool.py:164 @TS-25.10.6). Off by
   * default: the tests that count what a run leaves behind do not expect it yet.
   */
  poolScrubTasks?: boolean;
  hostname?: string;
  /** Addresses the simulated system's interfaces have; `127.0.0.1` by default (25.10+ portals must listen on one of them or a wildcard). */
  interfaceAddresses?: string[];
  /**
   * The physical NICs (default: enp1s0–enp4s0, unconfigured, as a fresh install that got its
   * address by DHCP); `dhcpAddresses` are what they show while no interface is configured.
   */
  nics?: SimPhysicalNic[];
  /** Record every call the schema accepted in `acceptedCalls` (the client's schema-conformance test). */
  recordCalls?: boolean;
  faults?: Partial<SimFaults>;
}

export interface TrueNASSimulator {
  /** `http(s)://127.0.0.1:PORT` */
  readonly url: string;
  readonly port: number;
  readonly version: string;
  /** PEM of the self-signed certificate when `tls` is on. */
  readonly caPem: string | undefined;
  /** The stored objects: read and change them to simulate out-of-band changes. */
  readonly state: SimState;
  /** Fault switches, live. */
  readonly faults: SimFaults;
  /** How many times each method was called (all protocols). */
  readonly callCounts: ReadonlyMap<string, number>;
  /** The calls the schema accepted, with their params and (for calls that are not jobs) results; only with `recordCalls`. */
  readonly acceptedCalls: readonly AcceptedCall[];
  /** Refuses new connections for `ms` from now. */
  refuseConnections(ms: number): void;
  /**
   * Moves the simulated clock on by `ms`: periodic snapshot tasks, replications and scrubs
   * scheduled in the minutes passed run, and expired snapshots go (no real waiting).
   */
  advanceClock(ms: number): void;
  /**
   * Stops the simulated clock where it is: it then moves only by `advanceClock`, so what a test
   * reads from it (a check-in's seconds left) does not depend on the machine's speed. Returns
   * the function that lets it run on again (from where it stood).
   */
  freezeClock(): () => void;
  /**
   * Keeps every job, once running, from doing its work until the returned function is called
   * (tests: jobs seen running and queued behind their lock, without racing `jobRunMs`).
   */
  holdJobs(): () => void;
  /**
   * Starts a job as the middleware starts its own (a scheduled replication or snapshot run, the
   * service reload a share write queues, `middleware.call` inside another method): no client
   * connection, but a lock and a place in its queue like any job (job.py `JobsQueue.add`
   * @TS-25.10.6). Resolves with the id of the job it got (another's, when the queue is full) and
   * the job's end.
   */
  runInternalJob(method: string, args: unknown[]): Promise<{ id: number; done: Promise<unknown> }>;
  /** Closes every open connection (clients see a dropped socket). */
  dropConnections(): void;
  /** Forgets every login while keeping the sockets open (as a middleware restart behind a proxy would). */
  logoutAll(): void;
  /**
   * Upgrades the simulated system to the newer `version` (`25.10.1`, `26.0.0`) keeping its
   * objects: the new release's database migrations change the stored rows (upgrade.ts), every
   * connection drops (the reboot), and the server answers as the new release from then on.
   */
  upgrade(version: string): Promise<void>;
  stop(): Promise<void>;
}

const randomBetween = (low: number, high: number) => () => low + Math.random() * (high - low);

function methodTable(options: TrueNASSimulatorOptions, credentials: SimCredentials): MethodTable {
  const badLogin = options.badLoginDelayMs;
  return {
    ...authMethods(credentials, { badLoginDelayMs: badLogin === undefined ? randomBetween(1000, 2000) : () => badLogin }),
    ...coreMethods,
    ...systemMethods(options.hostname ?? 'truenas-sim'),
    ...datasetMethods,
    ...snapshotMethodTable,
    ...iscsiMethods,
    ...nfsShareMethods,
    ...smbShareMethods,
    ...serviceMethodTable,
    ...snapshotTaskMethods,
    ...replicationMethods,
    ...keychainMethods,
    ...certificateMethods,
    ...scrubTaskMethods,
    ...cloudsyncMethods,
    ...cloudSyncTaskMethods,
    ...cloudBackupMethods,
    ...rsyncTaskMethods,
    ...accountMethods,
    ...filesystemMethods,
    ...filesystemAclMethods,
    ...serviceConfigMethods,
    ...nvmetMethods,
    ...systemSettingsMethods,
    ...systemConfigMethods,
    ...interfaceMethods,
  };
}

export async function startTrueNASSimulator(options: TrueNASSimulatorOptions = {}): Promise<TrueNASSimulator> {
  const version = options.version ?? '25.10.0';
  const state = new SimState(options.pools ?? [...DEFAULT_POOLS], version);
  if (options.poolScrubTasks)
    for (const pool of state.pools)
      state.scrubTasks.insert({
        pool: pool.id,
        threshold: 35,
        enabled: true,
        schedule: { minute: '00', hour: '00', dom: '*', month: '*', dow: '7' },
        lastRun: null,
      });
  if (options.interfaceAddresses) state.interfaceAddresses = [...options.interfaceAddresses];
  if (options.nics) state.network = new SimNetwork(options.nics);
  const faults: SimFaults = { ...defaultFaults(), latencyMs: options.latencyMs ?? 0, ...options.faults };
  const credentials = new SimCredentials({
    ...(options.apiKeys ? { apiKeys: options.apiKeys } : {}),
    ...(options.users ? { users: options.users } : {}),
    ...(options.apiKeyUser ? { apiKeyUser: options.apiKeyUser } : {}),
    ...(options.otpCodes ? { otpCodes: options.otpCodes } : {}),
    // Keys made by api_key.create log in as their owner until revoked, deleted or expired
    // (middleware plugins/api_key.py, auth.py login_ex API_KEY_PLAIN).
    issuedKeys: () =>
      state.apiKeys
        .list()
        .filter((k) => !k.revoked && (k.expires_at === null || k.expires_at > Date.now()))
        .map((k) => ({ key: `${k.id}-${k.secret}`, username: k.username })),
  });
  const methods = methodTable(options, credentials);
  const rateLimit = options.loginRateLimit === undefined ? realRateLimit : options.loginRateLimit;
  const rateDelay = options.rateLimitDelayMs;
  const schema = await TrueNASApiSchema.forVersion(version);
  const dispatcher = new Dispatcher({
    state,
    version,
    faults,
    methods,
    schema,
    recordCalls: options.recordCalls ?? false,
    rateLimiter: rateLimit ? new RateLimiter(rateLimit) : null,
    rateLimitDelayMs: rateDelay === undefined ? randomBetween(1000, 10_000) : () => rateDelay,
  });
  // Asked per request: an upgrade changes the release the server runs.
  const hasRest = () => !versionAtLeast(state.version, '26');
  const hasJsonRpc = () => versionAtLeast(state.version, '25.04');

  const tls = options.tls ? await generateCertificate() : undefined;
  const handler = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    if (hasRest() && req.url?.startsWith(restPrefix)) {
      serveRest(req, res, { dispatcher, methods, credentials, faults }).catch(() => res.destroy());
    } else if (req.url === '/api/versions' && hasJsonRpc()) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([`v${state.version}`]));
    } else {
      res.writeHead(404).end();
    }
  };
  const server: Server = tls ? createHttpsServer({ cert: tls.certPem, key: tls.keyPem }, handler) : createHttpServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    if (Date.now() < faults.refuseConnectionsUntil) return void socket.destroy();
    if (faults.refuseNextConnections > 0) {
      faults.refuseNextConnections--;
      return void socket.destroy();
    }
    if (dispatcher.unreachable()) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const path = req.url?.split('?')[0];
    const serve = path === '/websocket' ? serveLegacy : hasJsonRpc() && (path === '/api/current' || path?.startsWith('/api/v2')) ? serveJsonRpc : undefined;
    if (!serve) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const address = req.socket.remoteAddress ?? '';
    const loopback = !options.loopbackIsRemote && /^(127\.|::1$|::ffff:127\.)/.test(address);
    const secure = Boolean(tls) || loopback;
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, address, dispatcher, faults, secure));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const dropConnections = () => {
    for (const client of wss.clients) client.terminate();
    for (const socket of sockets) socket.destroy();
  };
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    get version() {
      return state.version;
    },
    caPem: tls?.certPem,
    state,
    faults,
    callCounts: dispatcher.callCounts,
    acceptedCalls: dispatcher.acceptedCalls,
    refuseConnections: (ms) => {
      faults.refuseConnectionsUntil = Date.now() + ms;
    },
    dropConnections,
    runInternalJob: async (method, args) => {
      const internal = new SimSession('middleware', true);
      internal.authenticated = true;
      const { job } = await dispatcher.dispatch(internal, method, args);
      if (!job) throw new Error(`${method} is not a job method`);
      return job;
    },
    advanceClock: (ms) => advanceClock(state, ms),
    freezeClock: () => {
      state.frozenAt ??= Date.now();
      return () => {
        if (state.frozenAt === null) return;
        state.clockOffsetMs += state.frozenAt - Date.now();
        state.frozenAt = null;
      };
    },
    holdJobs: () => {
      let release = (): void => {};
      const hold = new Promise<void>((resolve) => (release = resolve));
      state.jobHold = hold;
      return () => {
        if (state.jobHold === hold) state.jobHold = null;
        release();
      };
    },
    logoutAll: () => {
      for (const session of dispatcher.sessions) session.authenticated = false;
    },
    upgrade: async (target) => {
      const targetSchema = await TrueNASApiSchema.forVersion(target);
      upgradeState(state, target, targetSchema);
      dispatcher.changeRelease(target, targetSchema);
      dropConnections();
    },
    stop: async () => {
      dropConnections();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
