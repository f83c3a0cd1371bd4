// Guests whose config carries a `lock`, or whose config file lock is busy. Every guest operation
// of the client runs through `withGuestLock` (endpoints/guests.ts), so VMs and containers, API
// answers and task exits are judged alike:
// - "VM is locked (backup)" / "CT is locked (disk)" (pve-guest-common AbstractConfig.pm
//   `check_lock`): the check runs before the call changes anything. A lock a running task holds
//   (a vzdump backup, a clone, a migration, a snapshot) goes when that task ends: wait for it and
//   send the call again. A lock no running task holds was left by a task that crashed, or is one
//   that only a person clears (`suspended` after a hibernation, `mounted` after `pct mount`): fail
//   at once, naming the guest, the lock and what to do.
// - "can't lock file '…' - got timeout" (pve-common `lock_file`, 10 s): another request held the
//   config file lock. Every guest worker takes that lock as its first step, so such a task exit
//   changed nothing either; it is sent again a few times (the HTTP layer does the same for an
//   API answer, http.ts `isSafeToRetry`). Some workers hold that lock for as long as they run
//   (a migration: pve-guest-common AbstractMigrate.pm `lock_vm` around every phase; a VM disk
//   move: qemu-server `move_vm_disk`), minutes on a big disk: a timeout while such a task of the
//   guest runs on its node is waited out like a `lock`, then the call is sent again (after a
//   migration it meets the guest gone from the node, and fails with the server's words).
import { z } from 'zod';
import type { Logger } from '../../log/logger.js';
import { ApiError } from '../common/api-error.js';
import { ProxmoxApiError, ProxmoxTaskError, ProxmoxTaskTimeoutError } from './errors.js';
import { apiPath, type ProxmoxHttp } from './http.js';
import type { ProxmoxTasks, TaskOptions } from './tasks.js';
import { taskEntry, type TaskEntry } from './endpoints/status.js';

export type LockedGuestKind = 'qemu' | 'lxc';

/** The guest a call works on. */
export interface LockedGuestRef {
  kind: LockedGuestKind;
  node: string;
  vmid: number;
}

/**
 * Locks only a person clears: a hibernated VM (`qm suspend --todisk`, cleared by resuming it)
 * and a container mounted on the host (`pct mount`, cleared by `pct unmount`).
 */
const PERSISTENT_LOCKS: Readonly<Record<string, (ref: LockedGuestRef) => string>> = {
  suspended: (ref) =>
    `it was hibernated: start it to resume it (qm resume ${ref.vmid}), or drop the saved state with qm unlock ${ref.vmid} on node ${ref.node}`,
  mounted: (ref) => `its volumes are mounted on the host (pct mount): run pct unmount ${ref.vmid} on node ${ref.node}`,
};

/** Config-lock timeouts of a task sent again before giving up. */
const FLOCK_RETRIES = 3;
/** Running holders waited for, one after another, before giving up (each wait is bounded by the caller's limit too). */
const MAX_HOLDER_WAITS = 20;

/** The guest is locked and waiting will not clear it (stale or persistent), or the wait ran out. */
export class ProxmoxGuestLockedError extends ApiError {
  readonly retryable = false;
  constructor(
    readonly guest: LockedGuestRef,
    readonly lock: string,
    advice: string,
    options?: { cause?: unknown },
  ) {
    super(`${label(guest)} ${guest.vmid}`, `is locked (${lock})`, options);
    // One sentence that names the guest once (the base class puts the method in front).
    this.message = `${label(guest)} ${guest.vmid} on node ${guest.node} is locked (${lock}): ${advice}`;
  }
}

function label(guest: LockedGuestRef): string {
  return guest.kind === 'qemu' ? 'VM' : 'CT';
}

/** The server's text of a failed call or task. */
function failureText(error: unknown): string | undefined {
  if (error instanceof ProxmoxApiError) return error.serverMessage;
  if (error instanceof ProxmoxTaskError) return error.exitStatus;
  return undefined;
}

/** The lock named by a `check_lock` refusal (`VM is locked (backup)`; some callers put their own text in front). */
export function refusedLock(error: unknown): string | undefined {
  return /\b(?:VM|CT) is locked \(([^)]+)\)/.exec(failureText(error) ?? '')?.[1];
}

/** A call (its answer, after the HTTP layer's own retries, or its task) that gave up waiting for the guest's config file lock. */
function isFlockTimeout(error: unknown): boolean {
  return /^can't lock file '[^']*' - got timeout$/.test(failureText(error)?.trim() ?? '');
}

/** A task that died waiting for the guest's config file lock (its first step: nothing changed). */
export function isTaskFlockTimeout(error: unknown): boolean {
  return error instanceof ProxmoxTaskError && isFlockTimeout(error);
}

/**
 * Task types whose worker holds the guest's config file lock from start to end: `qmigrate` and
 * `vzmigrate` (AbstractMigrate.pm `lock_vm`), `qmmove` (qemu-server `move_vm_disk` copies under
 * `lock_config`). Other tasks of the guest (a console, a backup) do not hold it and are not waited for.
 */
const FLOCK_HOLDING_TASKS = new Set(['qmigrate', 'vzmigrate', 'qmmove']);

/** What the lock handling needs of the client. */
export interface GuestLockContext {
  http: ProxmoxHttp;
  tasks: ProxmoxTasks;
  logger: Logger;
}

/** Running tasks on the guest's node that may hold its lock: its own (`id` = vmid), and for `backup` a vzdump job of several guests (no id). */
async function lockHolders(ctx: GuestLockContext, ref: LockedGuestRef, lock: string): Promise<TaskEntry[]> {
  const list = (filter: Record<string, string | number>): Promise<TaskEntry[]> =>
    ctx.http.call('GET', apiPath`/nodes/${ref.node}/tasks`, { source: 'active', ...filter }, z.array(taskEntry));
  const running = (entry: TaskEntry): boolean => entry.status === undefined || entry.status === 'RUNNING';
  const own = (await list({ vmid: ref.vmid })).filter(running);
  if (lock !== 'backup') return own;
  const jobs = (await list({ typefilter: 'vzdump' })).filter((entry) => running(entry) && (entry.id ?? '') === '');
  return [...own, ...jobs];
}

/** The guest's `lock` now, or undefined (gone, or the read failed: the caller then tries again). */
async function currentLock(ctx: GuestLockContext, ref: LockedGuestRef): Promise<string | undefined> {
  const config = await ctx.http
    .call('GET', apiPath`/nodes/${ref.node}/${ref.kind}/${ref.vmid}/config`, {}, z.looseObject({ lock: z.string().optional() }))
    .catch(() => undefined);
  return config?.lock;
}

/**
 * Runs `call` (one guest API call with its task), waiting out a lock a running task holds and
 * sending the call again; fails at once with `ProxmoxGuestLockedError` for a stale or persistent
 * lock. `wait` bounds every wait (the operation's signal and time limit).
 */
export async function withGuestLock<T>(ctx: GuestLockContext, ref: LockedGuestRef, wait: TaskOptions | undefined, call: () => Promise<T>): Promise<T> {
  let flockTimeouts = 0;
  let holderWaits = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (isFlockTimeout(error) && holderWaits < MAX_HOLDER_WAITS) {
        const holders = (await lockHolders(ctx, ref, 'config file')).filter((task) => FLOCK_HOLDING_TASKS.has(task.type));
        if (holders.length > 0) {
          holderWaits++;
          await waitForHolders(ctx, ref, 'config file', holders, wait);
          continue;
        }
      }
      if (isTaskFlockTimeout(error) && flockTimeouts < FLOCK_RETRIES) {
        flockTimeouts++;
        ctx.logger.warn('guest config file lock busy, sending the call again', { vmid: ref.vmid, node: ref.node, attempt: flockTimeouts });
        wait?.signal?.throwIfAborted();
        continue;
      }
      const lock = refusedLock(error);
      if (lock === undefined) throw error;
      const persistent = PERSISTENT_LOCKS[lock];
      if (persistent !== undefined) throw new ProxmoxGuestLockedError(ref, lock, persistent(ref), { cause: error });
      const holders = await lockHolders(ctx, ref, lock);
      if (holders.length === 0) {
        // The holder may have ended between the refusal and the list: then the lock is gone too.
        if ((await currentLock(ctx, ref)) !== lock && holderWaits < MAX_HOLDER_WAITS) {
          holderWaits++;
          continue;
        }
        throw new ProxmoxGuestLockedError(ref, lock, staleAdvice(ref, lock), { cause: error });
      }
      if (holderWaits >= MAX_HOLDER_WAITS)
        throw new ProxmoxGuestLockedError(ref, lock, `still locked after waiting for ${MAX_HOLDER_WAITS} tasks in turn`, { cause: error });
      holderWaits++;
      await waitForHolders(ctx, ref, lock, holders, wait);
    }
  }
}

function staleAdvice(ref: LockedGuestRef, lock: string): string {
  const unlock = ref.kind === 'qemu' ? `qm unlock ${ref.vmid}` : `pct unlock ${ref.vmid}`;
  return (
    `no running task on node ${ref.node} holds this lock, so it was most likely left by a task that failed or was killed. ` +
    `Check the node's task log for the '${lock}' task of guest ${ref.vmid} and what it left half done, then remove the lock with \`${unlock}\` on node ${ref.node} and apply again ` +
    `(a token that cannot see other users' tasks needs Sys.Audit on /nodes/${ref.node} for running tasks to be recognised)`
  );
}

async function waitForHolders(
  ctx: GuestLockContext,
  ref: LockedGuestRef,
  lock: string,
  holders: readonly TaskEntry[],
  wait: TaskOptions | undefined,
): Promise<void> {
  for (const holder of holders) {
    ctx.logger.info('guest is locked by a running task: waiting for it to end', {
      vmid: ref.vmid,
      node: ref.node,
      lock,
      task: holder.upid,
      task_type: holder.type,
    });
    try {
      await ctx.tasks.wait(holder.upid, wait);
    } catch (error) {
      // How the holder ended does not matter: the call is sent again and meets what it left.
      if (error instanceof ProxmoxTaskError) continue;
      if (error instanceof ProxmoxTaskTimeoutError || wait?.signal?.aborted === true)
        throw new ProxmoxGuestLockedError(
          ref,
          lock,
          `task ${holder.upid} (${holder.type}) still holds it and was still running when the wait ended (the resource's timeouts, or an interrupt); nothing was changed`,
          {
            cause: error,
          },
        );
      throw error;
    }
  }
}
