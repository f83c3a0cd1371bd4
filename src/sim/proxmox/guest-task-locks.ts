// A task that keeps a guest's config `lock` set while it runs, as vzdump does with `backup`
// (pve-manager PVE/VZDump/QemuServer.pm and VZDump/LXC.pm `prepare`: `set_lock($vmid, 'backup')`,
// cleared by `remove_lock` when the guest is done): the test hook behind `holdGuestLockByTask`.
// The lock is set when the task starts, so the guest is locked from its first poll on; calls that
// run `check_lock` meanwhile are refused "VM is locked (backup)", and the lock goes when the task ends.
import { die } from './pve-error.js';
import type { SimEngine } from './engine.js';
import { guestLabel } from './handlers/guest-common.js';

export interface GuestLockTask {
  /** The lock value (default `backup`). */
  lock?: string;
  /** The task type (default `vzdump`). */
  type?: string;
  /** A backup job of several guests: its UPID names no guest (pve-manager API2/VZDump.pm `$taskid` only for one guest). */
  jobOfSeveralGuests?: boolean;
}

/** Starts the task on the guest's node; answers its UPID. Refused as `set_lock` refuses when the guest is locked already. */
export function holdGuestLockByTask(engine: SimEngine, vmid: number, until: Promise<void>, options: GuestLockTask = {}): string {
  const guest = engine.state.guests.get(vmid);
  if (guest === undefined) throw new Error(`no guest ${vmid}`);
  const lock = options.lock ?? 'backup';
  if (guest.config.lock !== undefined) throw die(`${guestLabel(guest.kind)} is locked (${guest.config.lock})`);
  guest.config.lock = lock;
  const unlock = (): void => {
    if (guest.config.lock === lock) delete guest.config.lock;
  };
  return engine.tasks.start(
    guest.node,
    options.type ?? 'vzdump',
    options.jobOfSeveralGuests === true ? '' : String(vmid),
    { userid: 'root@pam', privsep: false },
    async () => {
      try {
        await until;
      } finally {
        unlock();
      }
    },
    unlock,
  );
}
