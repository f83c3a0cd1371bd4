// Awaiting PVE tasks: poll the status with growing delays until `stopped`, then judge the
// exit status; a failure carries the task log's last lines.
import { z } from 'zod';
import type { Logger } from '../../log/logger.js';
import { ProxmoxTaskError, ProxmoxTaskTimeoutError, ProxmoxResponseError } from './errors.js';
import { apiPath, type ProxmoxHttp } from './http.js';
import { taskLogLine, taskStatus } from './schemas.js';
import type { ProxmoxClientStats } from './stats.js';
import { parseUpid } from './upid.js';

export type TaskStatus = z.infer<typeof taskStatus>;
export type TaskLogLine = z.infer<typeof taskLogLine>;

export interface TaskOptions {
  /** Give up waiting after this long (the task itself keeps running). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

const LOG_TAIL_LINES = 20;
export const MAX_POLL_MS = 2_000;

/** `OK` or `WARNINGS: n` count as success, everything else is the error text. */
export function taskSucceeded(exitStatus: string | undefined): boolean {
  return exitStatus === 'OK' || /^WARNINGS: \d+$/.test(exitStatus ?? '');
}

export class ProxmoxTasks {
  /** The first delay between two polls of a task (later ones grow up to MAX_POLL_MS): a setting, not a call. */
  readonly pollMs: number;

  constructor(
    private readonly http: ProxmoxHttp,
    private readonly defaults: { timeoutMs: number; pollMs: number },
    private readonly logger: Logger,
    private readonly stats: ProxmoxClientStats,
    /** Called when a task has stopped: its work (a purge, a move) may have changed cached reads. */
    private readonly onStopped: () => void = () => {},
  ) {
    this.pollMs = defaults.pollMs;
  }

  status(node: string, upid: string, signal?: AbortSignal): Promise<TaskStatus> {
    this.stats.taskPolls++;
    return this.http.call('GET', apiPath`/nodes/${node}/tasks/${upid}/status`, {}, taskStatus, signal ? { signal } : {});
  }

  log(node: string, upid: string, range: { start?: number; limit?: number } = {}): Promise<TaskLogLine[]> {
    return this.http.call('GET', apiPath`/nodes/${node}/tasks/${upid}/log`, range, z.array(taskLogLine));
  }

  /** Waits for the task to stop; resolves with its final status, throws ProxmoxTaskError on failure. */
  async wait(upid: string, options: TaskOptions = {}): Promise<TaskStatus> {
    const parsed = parseUpid(upid);
    if (!parsed) throw new ProxmoxResponseError('task', `the server returned an invalid task id`);
    const timeoutMs = options.timeoutMs ?? this.defaults.timeoutMs;
    const deadline = Date.now() + timeoutMs;
    let delay = this.defaults.pollMs;
    try {
      for (;;) {
        const status = await this.status(parsed.node, upid, options.signal);
        if (status.status === 'stopped') return await this.finish(parsed.node, status);
        if (Date.now() + delay > deadline) throw new ProxmoxTaskTimeoutError(upid, timeoutMs);
        this.logger.debug('waiting for Proxmox task', { upid, type: parsed.type, id: parsed.id });
        await abortableSleep(delay, options.signal);
        delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
      }
    } catch (error) {
      // The caller's own time limit ran out while the task still runs: say that, not "aborted".
      if (isTimeoutAbort(options.signal)) throw new ProxmoxTaskTimeoutError(upid, timeoutMs);
      throw error;
    }
  }

  private async finish(node: string, status: TaskStatus): Promise<TaskStatus> {
    this.onStopped();
    const tail = await this.logTail(node, status.upid);
    this.logger.debug('Proxmox task finished', { upid: status.upid, exitstatus: status.exitstatus, log_tail: tail.join('\n') });
    if (taskSucceeded(status.exitstatus)) return status;
    throw new ProxmoxTaskError(status.upid, status.exitstatus ?? 'unknown exit status', tail);
  }

  private async logTail(node: string, upid: string): Promise<string[]> {
    // Task logs of the operations we run are short: one page holds them, keep its tail.
    const lines = await this.log(node, upid, { start: 0, limit: 500 }).catch(() => []);
    return lines.slice(-LOG_TAIL_LINES).map((line) => line.t);
  }
}

/** True when `signal` was aborted because a time limit passed (AbortSignal.timeout), not by a user. */
function isTimeoutAbort(signal: AbortSignal | undefined): boolean {
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  return reason instanceof Error && reason.name === 'TimeoutError';
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
