// Worker tasks: each asynchronous call gets a UPID at once; the work runs after a delay and
// the task ends `OK`, `WARNINGS: n`, or with the error text as `exitstatus`.
import { formatUpid, type Upid } from '../../clients/proxmox/upid.js';
import { principalName, type Principal } from './permissions.js';
import { withStorageWork } from './storage-work.js';

/** A task: the fields of its UPID (the user as a principal), its state and its log. */
export interface SimTask extends Omit<Upid, 'user'> {
  upid: string;
  owner: Principal;
  status: 'running' | 'stopped';
  exitstatus?: string;
  log: string[];
  done: Promise<void>;
}

export interface TaskLog {
  (line: string): void;
  warn(line: string): void;
}

/**
 * Where a test's `holdTasks` pauses a task: before its work (default), or, for a worker that first
 * takes the guest's config file lock and sets a config `lock` (a migration, a disk move), where the
 * work awaits `progress()`, so a held task is seen holding them as a long copy would.
 */
export interface TaskPause {
  readonly pausedInWork?: boolean;
}

/** Resolves when the task may go on (its long part: a copy, a migration). */
export type TaskProgress = () => Promise<void>;

export interface TaskTiming {
  /** How long a task runs before its work is done, ms. */
  delayMs(): number;
  /** Fault injection: make this task fail with this text instead of running. */
  injectedFailure(type: string): string | undefined;
  /** Resolves when tasks may finish (tests hold them to see a task running, whatever the machine's speed). */
  released(): Promise<void>;
}

export class TaskRegistry {
  readonly tasks = new Map<string, SimTask>();
  private readonly unlisted = new Set<Promise<void>>();
  private nextPid = 0x1000;

  constructor(private readonly timing: TaskTiming) {}

  /**
   * Starts a task; returns its UPID before the work runs. `cleanup` runs when the task fails
   * (also by injected failure), as real workers remove a half-created guest.
   */
  start(
    node: string,
    type: string,
    id: string,
    owner: Principal,
    work: (log: TaskLog, progress: TaskProgress) => Promise<void> | void,
    cleanup?: () => void,
    pause: TaskPause = {},
  ): string {
    const pid = this.nextPid++;
    const starttime = Math.floor(Date.now() / 1000);
    const upid = formatUpid({ node, pid, pstart: 0x1a2b3c4 + pid, starttime, type, id, user: principalName(owner) });
    const task: SimTask = { upid, node, pid, pstart: 0x1a2b3c4 + pid, starttime, type, id, owner, status: 'running', log: [], done: Promise.resolve() };
    let warnings = 0;
    const log = Object.assign((line: string) => void task.log.push(line), {
      warn: (line: string) => {
        warnings++;
        task.log.push(`WARN: ${line}`);
      },
    });
    task.done = this.run(task, log, () => warnings, work, cleanup, pause);
    this.tasks.set(upid, task);
    return upid;
  }

  private async run(
    task: SimTask,
    log: TaskLog,
    warnings: () => number,
    work: (log: TaskLog, progress: TaskProgress) => Promise<void> | void,
    cleanup: (() => void) | undefined,
    pause: TaskPause,
  ): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.timing.delayMs()).unref());
    const progress = (): Promise<void> => this.timing.released();
    const injected = this.timing.injectedFailure(task.type);
    // A task failing by injection is held before it fails, whatever its kind of pause.
    if (pause.pausedInWork !== true || injected !== undefined) await progress();
    try {
      if (injected !== undefined) throw new Error(injected);
      // The NAS calls the work queued (storage-work.ts) are part of the task.
      await withStorageWork(() => work(log, progress));
      const count = warnings();
      task.exitstatus = count > 0 ? `WARNINGS: ${count}` : 'OK';
      log(`TASK ${task.exitstatus}`);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      await withStorageWork(() => cleanup?.()).catch((cleanupError: unknown) =>
        log(`cleanup failed: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}`),
      );
      log(`TASK ERROR: ${text}`);
      task.exitstatus = text;
    }
    task.status = 'stopped';
  }

  /**
   * Work a daemon does without a task the API lists (the HA LRM's resource agent when its call
   * failed before starting a worker): after the tasks' delay, and held with them by `holdTasks`,
   * so a test sees the state before it as it would during a task.
   */
  runUnlisted(work: () => void): void {
    const done = (async () => {
      await new Promise((resolve) => setTimeout(resolve, this.timing.delayMs()).unref());
      await this.timing.released();
      work();
    })();
    this.unlisted.add(done);
    void done.finally(() => this.unlisted.delete(done));
  }

  /** Waits for every running task and unlisted work (the simulator's stop). */
  async settle(): Promise<void> {
    await Promise.all([...[...this.tasks.values()].map((task) => task.done), ...this.unlisted]);
  }
}
