// Runs one method call for a session, whatever protocol carried it: method lookup by version,
// authentication, the unauthenticated-call rate limit, latency, and job handling.
import { Errno } from '../../clients/truenas/errno.js';
import { SimCallError, SimMethodNotFound, SimValidationErrors } from './sim-errors.js';
import { isAvailable, type CallContext, type MethodTable } from './registry.js';
import { startJob } from './jobs.js';
import { notAuthorized, sessionMayCall } from './authorization.js';
import { maskSecrets } from './secret-masking.js';
import { jobCaller } from './job-credentials.js';
import { jobLockOf } from './job-locks.js';
import type { RateLimiter } from './rate-limit.js';
import { takeCallFailure, type SimFaults } from './faults.js';
import { SimSession } from './session.js';
import type { SimState } from './state.js';
import type { TrueNASApiSchema } from './schema/api-schema.js';
import { strictDateTimes } from './schema/strict-datetimes.js';

export interface DispatcherOptions {
  readonly state: SimState;
  readonly version: string;
  readonly faults: SimFaults;
  readonly methods: MethodTable;
  /** The API of the simulated release: which methods exist, which are jobs, what params they accept. */
  readonly schema: TrueNASApiSchema;
  readonly rateLimiter: RateLimiter | null;
  /** Delay before a rate-limited refusal (the real server waits 1–10 s). */
  readonly rateLimitDelayMs: () => number;
  /** Keep every accepted call (method, validated params, result) in `acceptedCalls`: the conformance test reads them. */
  readonly recordCalls?: boolean;
}

/** A call the schema accepted; `result` is set for calls that are not jobs once they answered. */
export interface AcceptedCall {
  readonly method: string;
  readonly params: readonly unknown[];
  result?: unknown;
}

export interface DispatchResult {
  readonly value: unknown;
  /** Set when the call started a job: the job's end (legacy-jobs sessions answer before it). */
  readonly job?: { id: number; done: Promise<unknown> };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Dispatcher {
  /** Calls answered so far, by method (tests read it). */
  readonly callCounts = new Map<string, number>();
  /** Open WebSocket sessions, so a test can log them all out. */
  readonly sessions = new Set<SimSession>();
  /** Calls the schema accepted, when `recordCalls` is on. */
  readonly acceptedCalls: AcceptedCall[] = [];

  /** The release answered: the options' at first, another after an upgrade (`changeRelease`). */
  private release: { version: string; schema: TrueNASApiSchema };

  constructor(private readonly options: DispatcherOptions) {
    this.release = { version: options.version, schema: options.schema };
  }

  /** From now on, calls run as `version` does and are checked against its API `schema` (an upgrade). */
  changeRelease(version: string, schema: TrueNASApiSchema): void {
    this.release = { version, schema };
  }

  /**
   * The session of a new WebSocket connection (either protocol), listed in `sessions` until the
   * socket closes; its subscriptions end then.
   */
  openSession(socket: { on(event: 'close', listener: () => void): unknown }, address: string, secureTransport: boolean): SimSession {
    const session = new SimSession(address, secureTransport);
    this.sessions.add(session);
    socket.on('close', () => {
      session.end();
      this.sessions.delete(session);
    });
    return session;
  }

  get state(): SimState {
    return this.options.state;
  }

  get version(): string {
    return this.release.version;
  }

  /**
   * Whether the `apiAddress` fault cuts clients off: a committed interface change took the
   * address away (and its rollback has not yet come). New connections are refused then, and a
   * call on an open one kills its socket, as packets to a vanished address go nowhere.
   */
  unreachable(): boolean {
    const { state, faults } = this.options;
    state.network.settle(state.now());
    return !state.network.reachable(faults.apiAddress);
  }

  /**
   * Runs the call; job methods resolve to the job id (and `job`), others to their result.
   * `internal`: a call a method makes (core.bulk's), which the middleware does not authorize again.
   */
  async dispatch(session: SimSession, method: string, args: unknown[], internal = false): Promise<DispatchResult> {
    const { state, faults, methods } = this.options;
    const { version, schema } = this.release;
    this.callCounts.set(method, (this.callCounts.get(method) ?? 0) + 1);
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const spec = Object.hasOwn(methods, method) ? methods[method] : undefined;
    const api = schema.method(method);
    if (!spec || !api || !isAvailable(spec, version)) throw new SimMethodNotFound(method);
    // A method without authentication_required answers before a login, rate-limited unless it says
    // otherwise (main.py:875-903 @TS-25.10.6; core.ping needs a login on 25.04 only, core.set_options
    // is not rate-limited: core_service.py:394,702).
    const anonymous = spec.anonymous === true || api.no_auth_required === true;
    if (!anonymous && !session.authenticated) throw new SimCallError(Errno.ENOTAUTHENTICATED, 'Not authenticated');
    // The session's roles must grant the method; checked before its params (authorization.ts).
    if (!internal && !anonymous && !sessionMayCall(state, schema, session.username, method)) throw notAuthorized();
    const limited = anonymous && spec.notRateLimited !== true && !session.authenticated;
    if (limited && this.options.rateLimiter && !this.options.rateLimiter.allow(method, session.address)) {
      await delay(this.options.rateLimitDelayMs());
      throw new SimCallError(Errno.EBUSY, 'Rate Limit Exceeded');
    }
    // Every call's params are checked against the release's schema before the method runs
    // (middlewared/api/base/handler/accept.py), as the real server does.
    if (spec.normalize) args = spec.normalize(args, version);
    const dates = strictDateTimes(api.accepts, args);
    args = dates.params;
    const problems = [...dates.problems, ...schema.validateParams(method, args)];
    if (problems.length > 0) throw new SimValidationErrors(problems);
    const context = (progress: CallContext['progress']): CallContext => ({
      state,
      version,
      faults,
      session,
      progress,
      schema,
      call: async (inner, innerArgs) => (await this.dispatch(session, inner, innerArgs, true)).value,
    });
    const accepted: AcceptedCall | undefined = this.options.recordCalls ? { method, params: structuredClone(args) } : undefined;
    if (accepted) this.acceptedCalls.push(accepted);
    // The `failCall` fault: a failure before the work changes nothing, one after it leaves the work done.
    const failure = takeCallFailure(faults, method);
    const simulatedFailure = () => new SimCallError(Errno.EFAULT, `Simulated failure of ${method}`);
    const run = async (progress: CallContext['progress']) => {
      if (failure === 'before') throw simulatedFailure();
      const value = await spec.handler(args, context(progress));
      if (failure === 'after') throw simulatedFailure();
      return value;
    };
    if (!api.job) {
      const answer = await run(() => {});
      // What the caller is shown: Secret fields masked for a session without the service's write
      // role (core.bulk's calls too: it dumps each result for its caller, core_service.py:676 @TS-25.10.6).
      const value = maskSecrets(state, schema.release, session.username, method, answer);
      if (accepted) accepted.result = structuredClone(value);
      return { value };
    }
    const { job, done } = startJob(state, faults, method, args, run, jobLockOf(method, args, version), jobCaller(state, session.username));
    done.catch(() => {});
    return { value: job.id, job: { id: job.id, done } };
  }
}
