// Waits for a job the server started: polls `core.get_jobs` (works on every transport) with a
// growing interval, reports progress, and surfaces a failed job's error.
import { z } from 'zod';
import { lazySchema } from '../common/lazy-schema.js';
import { sleep } from '../common/backoff.js';
import { Errno, errnoName } from './errno.js';
import { TrueNASCallError, TrueNASJobError } from './errors.js';
import { parseResponse } from './parse.js';

const jobSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    method: z.string().optional(),
    arguments: z.unknown().optional(),
    state: z.enum(['WAITING', 'RUNNING', 'SUCCESS', 'FAILED', 'ABORTED']),
    progress: z.object({ percent: z.number().nullable(), description: z.string().nullable() }).nullable(),
    result: z.unknown(),
    error: z.string().nullable(),
    exc_info: z.object({ type: z.string().nullable(), errno: z.number().nullable().optional(), extra: z.unknown() }).nullable().optional(),
  }),
);

export interface JobProgress {
  readonly jobId: number;
  readonly percent: number;
  readonly description: string;
}

export type CallFn = (method: string, params: readonly unknown[]) => Promise<unknown>;

function failure(method: string, job: z.output<typeof jobSchema>): Error {
  const info = job.exc_info;
  if (info?.type === 'VALIDATION' && Array.isArray(info.extra)) {
    const issues = (info.extra as [string | null, string, number][]).map(([attribute, message, errno]) => ({ attribute, message, errno }));
    return new TrueNASCallError(method, {
      errno: issues[0]?.errno ?? Errno.EINVAL,
      errname: errnoName(issues[0]?.errno ?? Errno.EINVAL),
      message: issues.map((i) => `${i.attribute}: ${i.message}`).join('; '),
      issues,
    });
  }
  return new TrueNASJobError(method, job.id, job.state, job.error);
}

/** What a started job's row shows of it: the method and the arguments as the server keeps them. */
export interface StartedJob {
  readonly method?: string | undefined;
  readonly arguments?: unknown;
}

/** The server answered a job call with a job that is not this call's (a full lock queue drops the call). */
export class ForeignJobError extends Error {
  constructor(readonly jobId: number) {
    super(`job ${jobId} is not the job this call started`);
  }
}

/**
 * Waits for the job to end; its result, or its error. `isOurs` is asked of the job's first row:
 * false rejects with ForeignJobError at once.
 */
export async function waitForJob(
  call: CallFn,
  method: string,
  jobId: number,
  onProgress?: (progress: JobProgress) => void,
  isOurs?: (job: StartedJob) => boolean,
): Promise<unknown> {
  let lastPercent = -1;
  for (let poll = 0; ; poll++) {
    const rows = parseResponse('core.get_jobs', z.array(jobSchema), await call('core.get_jobs', [[['id', '=', jobId]]]));
    const job = rows[0];
    if (!job) throw new TrueNASJobError(method, jobId, 'MISSING', 'the job is not known to the server');
    if (poll === 0 && isOurs && !isOurs(job)) throw new ForeignJobError(jobId);
    const percent = job.progress?.percent ?? 0;
    if (onProgress && percent !== lastPercent) {
      lastPercent = percent;
      onProgress({ jobId, percent, description: job.progress?.description ?? '' });
    }
    if (job.state === 'SUCCESS') return job.result;
    if (job.state === 'FAILED' || job.state === 'ABORTED') throw failure(method, job);
    await sleep(Math.min(1000, 20 * 2 ** poll));
  }
}
