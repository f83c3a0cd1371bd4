// What users of proxmox_vm and proxmox_lxc read about guest locks (client guest-locks.ts does the work).

/** The description sentence on locks, for a guest named `guest` ("VM" or "container"), whose unlock command is `unlock` (`qm`, `pct`). */
export function guestLockNote(guest: string, unlock: 'qm' | 'pct'): string {
  return (
    `While a task holds the ${guest} locked (a backup, a clone, a migration, a snapshot), changes wait for that task to end and then apply, for as long as the resource's timeouts allow (the log says which task is waited for). ` +
    `A lock no running task holds (left by a task that failed or was killed)${unlock === 'qm' ? ', or "suspended" (a hibernated VM: start it to resume it)' : ', or "mounted" (pct mount: pct unmount)'} fails the apply at once, naming the ${guest}, the lock and what clears it (${unlock} unlock VMID after checking the node's task log); the state is kept. ` +
    `A token needs Sys.Audit on /nodes/NODE to see the tasks of other users (the nightly backup runs as root@pam): without it every lock looks stale.`
  );
}
