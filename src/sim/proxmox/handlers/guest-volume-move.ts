// What qemu-server's `move_vm_disk` and pve-container's `move_volume` share: the target storage
// (`storage` or the unmodelled `target-vmid`), the Datastore.AllocateSpace check, the checks made
// before the task and again under the config lock, the copy, the config key pointed at it, and
// the source freed (`delete=1`) or kept as `unusedN`. The task's log lines are each server's own.
// How the guest is locked while the copy runs differs: qemu-server's worker holds the config file
// lock (flock) for the whole move and sets no config `lock`; pve-container checks under the flock
// in the call, sets the `disk` lock before the worker, copies without the flock and removes the
// lock when the task ends, failed or not (docs/simulators.md).
import { flagParam, requireGuest, type RequestContext } from '../engine.js';
import { requirePrivileges } from '../permissions.js';
import { die, paramError } from '../pve-error.js';
import type { TaskLog } from '../task-registry.js';
import type { SimGuest, SimVolume } from '../state.js';
import { copyVolume, findVolume, freeVolume } from '../volumes.js';
import { addUnused } from './guest-common.js';

/**
 * The storage a move goes to: `storage` or `target-vmid`, exactly one (qemu-server and
 * pve-container word it alike); `target-vmid` is `unmodelled` here.
 */
export function moveTargetStorage(params: RequestContext['params'], unmodelled: string): string {
  const storage = params.storage;
  if (params['target-vmid'] !== undefined && storage !== undefined) {
    const msg = "either set 'storage' or 'target-vmid', but not both";
    throw paramError({ 'target-vmid': msg, storage: msg });
  }
  if (params['target-vmid'] !== undefined) throw die(`the simulator does not model ${unmodelled}`);
  if (storage === undefined) {
    const msg = "both 'storage' and 'target-vmid' missing, either needs to be set";
    throw paramError({ 'target-vmid': msg, storage: msg });
  }
  return storage;
}

/** What one kind of guest's move call says and checks. */
export interface VolumeMove {
  readonly type: 'qemu' | 'lxc';
  /** The parameter naming the config key whose volume moves. */
  readonly keyParam: 'disk' | 'volume';
  /** The task type, such as "qmmove". */
  readonly task: string;
  /** What `target-vmid` would do, for the error that the simulator does not model it. */
  readonly unmodelled: string;
  /** The checks made before the task starts and again under the lock; returns the volume to move. */
  readonly check: (ctx: RequestContext, guest: SimGuest, key: string, storage: string) => string;
  /** The task's words: the source gone, the copy starting, the source freed or kept. */
  readonly missing: (volume: string) => string;
  readonly copying: (key: string, volume: string, source: SimVolume, storage: string) => string;
  readonly freed?: (volume: string) => string;
  readonly kept?: (volume: string, unused: string) => string;
  /** The volume format the copy gets (qemu's `format`), when not the source's. */
  readonly format?: string;
  /** The config `lock` set before the worker and held until it ends (pve-container: `disk`); unset: the worker holds the flock instead. */
  readonly configLock?: string;
}

export async function moveGuestVolume(ctx: RequestContext, move: VolumeMove): Promise<string> {
  const { engine, params } = ctx;
  const guest = requireGuest(ctx, move.type);
  const key = params[move.keyParam] ?? '';
  const storage = moveTargetStorage(params, move.unmodelled);
  requirePrivileges(engine.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
  // The copy's first log line is written as it starts; the copy is what a held task is held in.
  const startCopy = (log: TaskLog, old: string): SimVolume => {
    const source = findVolume(engine.state, old);
    if (!source) throw new Error(move.missing(old));
    log(move.copying(key, old, source, storage));
    return source;
  };
  const finishCopy = (log: TaskLog, old: string, source: SimVolume): void => {
    const copied = copyVolume(engine.state, source, guest.vmid, storage);
    if (move.format !== undefined) copied.format = move.format;
    guest.config[key] = (guest.config[key] ?? '').replace(old, `${copied.storage}:${copied.name}`);
    if (flagParam(params, 'delete')) {
      if (move.freed) log(move.freed(old));
      freeVolume(engine.state, old);
    } else {
      const unused = addUnused(guest, old);
      if (move.kept) log(move.kept(old, unused));
    }
  };
  const lock = move.configLock;
  if (lock === undefined) {
    move.check(ctx, guest, key, storage);
    return engine.tasks.start(
      guest.node,
      move.task,
      String(guest.vmid),
      ctx.who,
      (log, progress) =>
        engine.locks.with(move.type, guest.vmid, async () => {
          const old = move.check(ctx, guest, key, storage);
          const source = startCopy(log, old);
          await progress();
          finishCopy(log, old, source);
        }),
      undefined,
      { pausedInWork: true },
    );
  }
  const old = await engine.locks.with(move.type, guest.vmid, () => {
    const checked = move.check(ctx, guest, key, storage);
    guest.config.lock = lock;
    return checked;
  });
  const unlock = (): void => {
    if (guest.config.lock === lock) delete guest.config.lock;
  };
  return engine.tasks.start(
    guest.node,
    move.task,
    String(guest.vmid),
    ctx.who,
    async (log, progress) => {
      try {
        const source = startCopy(log, old);
        await progress();
        // The copy runs without the flock; only the config write takes it.
        await engine.locks.with(move.type, guest.vmid, () => finishCopy(log, old, source));
      } finally {
        unlock();
      }
    },
    unlock,
    { pausedInWork: true },
  );
}
