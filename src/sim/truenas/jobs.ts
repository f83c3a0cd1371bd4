// Jobs: a job method's call returns the job id at once; the work runs on, and the job record
// moves WAITING → RUNNING → SUCCESS | FAILED as `core.get_jobs` shows it.
import { Errno, errnoName } from '../../clients/truenas/errno.js';
import { SimCallError, SimValidationErrors } from './sim-errors.js';
import type { SimFaults } from './faults.js';
import type { SimJob, SimState } from './state.js';
import type { JobLock } from './job-locks.js';
import type { JobCaller } from './job-credentials.js';
import { shownJobArguments } from './job-arguments.js';

export function renderJob(job: SimJob): Record<string, unknown> {
  return {
    id: job.id,
    method: job.method,
    arguments: job.arguments,
    transient: false,
    description: null,
    abortable: false,
    logs_path: null,
    logs_excerpt: null,
    progress: job.progress,
    result: job.result,
    result_encoding_error: null,
    error: job.error,
    exception: job.error ? `Traceback (most recent call last):\n  simulated\n${job.error}` : null,
    exc_info: job.exc_info,
    state: job.state,
    time_started: { $date: job.time_started },
    time_finished: job.time_finished === null ? null : { $date: job.time_finished },
    credentials: { type: 'API_KEY', data: {} },
  };
}

function failure(err: unknown): Pick<SimJob, 'error' | 'exc_info'> {
  if (err instanceof SimValidationErrors) {
    return {
      error: `[EINVAL] ${err.message}`,
      exc_info: { repr: `ValidationErrors(${JSON.stringify(err.errors)})`, type: 'VALIDATION', errno: Errno.EINVAL, extra: err.errors },
    };
  }
  const errno = err instanceof SimCallError ? err.errno : Errno.EINVAL;
  const message = err instanceof Error ? err.message : String(err);
  return {
    error: `[${errnoName(errno)}] ${message}`,
    exc_info: { repr: message, type: err instanceof SimCallError ? 'CallError' : 'Exception', errno, extra: null },
  };
}

export type JobWork = (progress: (percent: number, description: string) => void) => Promise<unknown>;

let nextJobId = 1;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts a job; returns it and a promise of its end (resolved with the result, rejected with the
 * error). A job with a lock waits (WAITING) while another job holds it; when the lock's queue is
 * full the call is dropped and answered with the last waiting job (job-locks.ts).
 */
export function startJob(
  state: SimState,
  faults: SimFaults,
  method: string,
  args: unknown[],
  work: JobWork,
  lock: JobLock | null = null,
  caller: JobCaller | null = null,
): { job: SimJob; done: Promise<unknown> } {
  const admission = lock ? state.jobLocks.admit(lock, caller) : 'run';
  if (typeof admission === 'object') return { job: admission.job, done: admission.done };
  const job: SimJob = {
    id: nextJobId++,
    method,
    arguments: shownJobArguments(method, args, state.version),
    state: 'WAITING',
    progress: { percent: 0, description: '', extra: null },
    result: null,
    error: null,
    exc_info: null,
    time_started: Date.now(),
    time_finished: null,
    owner: caller?.username ?? null,
  };
  state.jobs.set(job.id, job);
  const publish = (msg: 'added' | 'changed') => state.publish({ msg, collection: 'core.get_jobs', id: job.id, fields: renderJob(job) });
  publish('added');
  const fail = faults.failNextJobs > 0;
  if (fail) faults.failNextJobs--;
  let start: () => void = () => {};
  const lockTaken = admission === 'run' ? Promise.resolve() : new Promise<void>((resolve) => (start = resolve));
  const done = (async () => {
    await lockTaken;
    await delay(5);
    job.state = 'RUNNING';
    publish('changed');
    // A real job takes its time (a key generated, a tree walked): `jobRunMs` makes jobs of one
    // lock queue up behind each other as they do there.
    if (faults.jobRunMs > 0) await delay(faults.jobRunMs);
    // Held by a test (`holdJobs`): the job runs until released, whatever the machine's speed.
    if (state.jobHold) await state.jobHold;
    if (fail) throw new SimCallError(Errno.EFAULT, 'Simulated job failure');
    return work((percent, description) => {
      job.progress = { percent, description, extra: null };
      publish('changed');
    });
  })();
  if (lock && admission === 'wait') state.jobLocks.enqueue(lock.name, { job, done, start });
  done
    .then(
      (result) => Object.assign(job, { state: 'SUCCESS', result, progress: { ...job.progress, percent: 100 }, time_finished: Date.now() }),
      (err: unknown) => Object.assign(job, { state: 'FAILED', ...failure(err), time_finished: Date.now() }),
    )
    .then(() => {
      if (lock) state.jobLocks.release(lock.name);
      publish('changed');
    });
  return { job, done };
}
