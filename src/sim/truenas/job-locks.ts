// Job locks, as the middleware's job queue keeps them (job.py `JobsQueue.add`, `JobSharedLock`
// @TS-25.10.6): a job method decorated `@job(lock=...)` runs only while no other job holds that
// lock; the others wait (WAITING). At most `lock_queue_size` (default 5, service/decorators.py:70)
// may wait: past that the new call is dropped and answered with the id of the LAST waiting job
// of the lock, whose result its caller then receives as if it were its own (job.py:126-150);
// a caller limited to its own jobs is handed only one of its own, else refused EBUSY.
import { Errno } from '../../clients/truenas/errno.js';
import { SimCallError } from './sim-errors.js';
import { versionAtLeast } from './version.js';
import { serverJobLock } from '../../clients/truenas/job-locks.js';
import type { JobCaller } from './job-credentials.js';

export interface JobLock {
  readonly name: string;
  /** How many jobs may wait for it (null: any number; 0: refuse while one runs). */
  readonly queueSize: number | null;
}

const DEFAULT_QUEUE_SIZE = 5;

/** A path as Python's os.path.normpath leaves it (26.0's per-path permission lock names). */
function normalisedPath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${path.startsWith('/') ? '/' : ''}${parts.join('/')}` || '.';
}

function pathOf(args: readonly unknown[]): string {
  const data = args[0];
  return typeof data === 'object' && data !== null ? String((data as Record<string, unknown>)['path'] ?? '') : '';
}

/**
 * The lock a job method takes: the names the client keys its own queue by (client job-locks.ts,
 * which cites the decorators: certificates, tunables, `service.control` per service,
 * `pool.dataset.change_key` per dataset, permission changes), except that 26.0 takes one
 * permission lock per normalised path (plugins/filesystem_/acl.py:172,231,633
 * @TS-26.0.0-BETA.3) where 25.04/25.10 share one `perm_change` (:159,216,641 @TS-25.10.6).
 */
export function jobLockOf(method: string, args: readonly unknown[], version: string): JobLock | null {
  const name = serverJobLock(method, args);
  if (name === null) return null;
  const perPath = name === 'perm_change' && versionAtLeast(version, '26');
  return { name: perPath ? `perm_change:${normalisedPath(pathOf(args))}` : name, queueSize: DEFAULT_QUEUE_SIZE };
}

/** A job that waits for its lock: `start` lets it run. */
export interface WaitingJob<J> {
  readonly job: J;
  readonly done: Promise<unknown>;
  readonly start: () => void;
}

interface LockEntry<J> {
  running: boolean;
  readonly waiting: WaitingJob<J>[];
}

/** The locks held and waited for; one table per simulator. */
export class JobLockTable<J extends { readonly owner: string | null }> {
  private readonly locks = new Map<string, LockEntry<J>>();

  private entry(name: string): LockEntry<J> {
    let entry = this.locks.get(name);
    if (!entry) this.locks.set(name, (entry = { running: false, waiting: [] }));
    return entry;
  }

  /**
   * What a new job with `lock` gets: `run` (the lock was free and is now its own), `wait` (it
   * must queue), or the waiting job it is dropped for (the queue is full): the last one, or for
   * a `caller` limited to its own jobs the last of its own, refused with EBUSY when it has none
   * (job.py:134-149 @TS-25.10.6). Refuses with EBUSY when the lock takes no queue and is held
   * (`lock_queue_size=0`).
   */
  admit(lock: JobLock, caller: JobCaller | null = null): 'run' | 'wait' | WaitingJob<J> {
    const entry = this.entry(lock.name);
    if (!entry.running) {
      entry.running = true;
      return 'run';
    }
    if (lock.queueSize === 0) throw new SimCallError(Errno.EBUSY, 'This job is already being performed');
    if (lock.queueSize !== null && entry.waiting.length >= lock.queueSize) {
      const handed = entry.waiting.findLast((waiting) => !caller?.limitedToOwnJobs || waiting.job.owner === caller.username);
      if (!handed) throw new SimCallError(Errno.EBUSY, 'This job is already being performed by another user');
      return handed;
    }
    return 'wait';
  }

  /** Queues a job admitted with `wait`; it starts when the jobs before it have released the lock. */
  enqueue(name: string, waiting: WaitingJob<J>): void {
    this.entry(name).waiting.push(waiting);
  }

  /** Releases the lock of a job that ended: the next waiting job runs. */
  release(name: string): void {
    const entry = this.entry(name);
    const next = entry.waiting.shift();
    if (next) next.start();
    else this.locks.delete(name);
  }
}
