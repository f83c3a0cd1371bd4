// What every method group needs: the shared session, the read cache, job waiting and the
// server version (asked once, for the calls whose names changed between releases).
import type { z } from 'zod';
import type { Logger } from '../../../log/logger.js';
import type { CollectionCache } from '../collection-cache.js';
import { ForeignJobError, waitForJob, type JobProgress } from '../jobs.js';
import { couldBeOurJob, serverJobLock } from '../job-locks.js';
import { KeyedQueue } from '../../common/keyed-queue.js';
import { parseResponse } from '../parse.js';
import type { CallSafety, Session } from '../session.js';
import { TrueNASJobError } from '../errors.js';

/**
 * How many times in a row a job call may be answered with another caller's job before it fails:
 * each waits for that job to end, so only a queue that stays full for that many jobs, or rows
 * that never agree with the call, reach it.
 */
const MAX_FOREIGN_JOB_ANSWERS = 8;

export class ApiContext {
  private version: Promise<string> | undefined;
  /** Job calls that take a server lock, one at a time per lock (job-locks.ts). */
  private readonly jobQueue = new KeyedQueue();
  /** The jobs calls of this client wait for, by id: a call answered with one of them was dropped. */
  private readonly jobsWaitedFor = new Map<number, Promise<unknown>>();
  /** Writes whose server-side allocation races when they arrive together, one at a time per key. */
  readonly writeQueue = new KeyedQueue();

  /** Writes and jobs of this client under way, and when the last one ended (ms since the epoch). */
  private writing = 0;
  private lastWriteEnded = 0;

  constructor(
    readonly session: Session,
    readonly cache: CollectionCache | undefined,
    readonly logger: Logger,
  ) {}

  /** A read: retried freely, answer parsed with `schema`. */
  async read<S extends z.ZodType>(method: string, params: readonly unknown[], schema: S): Promise<z.output<S>> {
    return parseResponse(method, schema, await this.session.call(method, params));
  }

  /** A write: drops the read cache, then sends the call with the given retry safety. */
  async write<S extends z.ZodType>(method: string, params: readonly unknown[], schema: S, safety: CallSafety): Promise<z.output<S>> {
    this.cache?.invalidate();
    try {
      return await this.writingWhile(async () => parseResponse(method, schema, await this.session.call(method, params, safety)));
    } finally {
      this.cache?.invalidate();
    }
  }

  private async writingWhile<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      this.writing--;
      this.lastWriteEnded = Date.now();
    }
  }

  /**
   * For how long no write or job of this client has been under way (0 while one is). Terraform
   * starts an operation only as another ends, so a client that has been quiet a while is not
   * about to be asked for the write another one waits for.
   */
  quietForMs(): number {
    return this.writing > 0 ? 0 : Date.now() - this.lastWriteEnded;
  }

  /**
   * Starts a job method and waits for it to end; returns the job's result. `lostStartProbe`: for
   * a job that creates an object, finds what a start whose answer was lost made (the job may
   * still be running: the probe waits for the method's unfinished jobs first); else such a job
   * is not started again.
   */
  async job(
    method: string,
    params: readonly unknown[],
    onProgress?: (progress: JobProgress) => void,
    lostStartProbe?: () => Promise<unknown>,
  ): Promise<unknown> {
    const lock = serverJobLock(method, params);
    const run = () => this.startAndWait(method, params, onProgress, lostStartProbe);
    return this.writingWhile(() => (lock === null ? run() : this.jobQueue.run(lock, run)));
  }

  private async startAndWait(
    method: string,
    params: readonly unknown[],
    onProgress?: (progress: JobProgress) => void,
    lostStartProbe?: () => Promise<unknown>,
  ): Promise<unknown> {
    this.cache?.invalidate();
    const probe = lostStartProbe && (async () => (await this.settleJobs(method), lostStartProbe()));
    const report =
      onProgress ??
      ((p: JobProgress) => this.logger.debug('TrueNAS job progress', { method, job_id: p.jobId, percent: p.percent, description: p.description }));
    for (let foreign = 0; ;) {
      const id = await this.session.call(method, params, { kind: 'create', ...(probe ? { probe } : {}) });
      if (typeof id !== 'number') return id;
      const owner = this.jobsWaitedFor.get(id);
      if (owner !== undefined) {
        // The server dropped this call for a full lock queue and named a job another call of
        // ours started (job.py:126-150 @TS-25.10.6): nothing of ours runs. Once that job has
        // ended the queue has room: start again.
        this.logger.debug('TrueNAS dropped a job call for a full lock queue; starting it again', { method, job_id: id });
        await owner.catch(() => undefined);
        continue;
      }
      const waited = waitForJob(
        (m, p) => this.session.call(m, p),
        method,
        id,
        report,
        (job) => couldBeOurJob(method, params, job),
      );
      this.jobsWaitedFor.set(id, waited);
      try {
        return await waited;
      } catch (error) {
        if (!(error instanceof ForeignJobError)) throw error;
        // Handed someone else's waiting job: ours was dropped. Start again once that one ended;
        // but not without end: a server whose job rows never agree with the call (a release
        // that shows its arguments otherwise) would have every start run and be started again.
        if (++foreign >= MAX_FOREIGN_JOB_ANSWERS) {
          throw new TrueNASJobError(
            method,
            id,
            'NOT_OURS',
            `the server answered this call ${foreign} times in a row with a job whose method or arguments differ from the call's (a full lock queue hands out another caller's job); not started again`,
          );
        }
        this.logger.debug('TrueNAS answered a job call with a job of another caller; starting it again', { method, job_id: id });
        await waitForJob((m, p) => this.session.call(m, p), method, id).catch(() => undefined);
      } finally {
        this.jobsWaitedFor.delete(id);
        this.cache?.invalidate();
      }
    }
  }

  /** Waits until no job of `method` is waiting or running (whatever their outcome). */
  private async settleJobs(method: string): Promise<void> {
    const unfinished = await this.session.call('core.get_jobs', [
      [
        ['method', '=', method],
        ['state', 'in', ['WAITING', 'RUNNING']],
      ],
    ]);
    const ids = Array.isArray(unfinished) ? unfinished.map((job) => (job as { id?: unknown }).id).filter((id) => typeof id === 'number') : [];
    for (const id of ids) await waitForJob((m, p) => this.session.call(m, p), method, id).catch(() => undefined);
  }

  /** The server's short version (`25.10.0`), asked once per client. */
  serverVersion(): Promise<string> {
    this.version ??= this.session.call('system.info', []).then((info) => String((info as { version?: unknown } | null)?.version ?? ''));
    this.version.catch(() => {
      this.version = undefined;
    });
    return this.version;
  }

  async atLeast(minimum: string): Promise<boolean> {
    const have = (await this.serverVersion())
      .replace(/^TrueNAS-(SCALE-)?/, '')
      .split('.')
      .map(Number);
    const want = minimum.split('.').map(Number);
    for (let i = 0; i < want.length; i++) {
      const diff = (have[i] ?? 0) - want[i]!;
      if (diff !== 0) return diff > 0;
    }
    return true;
  }
}
