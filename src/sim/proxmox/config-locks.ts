// Per-guest config file locks (pve-guest-common AbstractConfig `lock_config`, pve-common
// `lock_file`): writers to one guest run one at a time; a writer that cannot get the lock within
// the timeout fails with PVE's real message.
import { KeyedLocks } from './keyed-locks.js';
import { die } from './pve-error.js';
import type { GuestKind } from './state.js';

export function lockTimeoutMessage(kind: GuestKind, vmid: number): string {
  const file = kind === 'qemu' ? `/var/lock/qemu-server/lock-${vmid}.conf` : `/run/lock/lxc/pve-config-${vmid}.lock`;
  return `can't lock file '${file}' - got timeout`;
}

export class ConfigLocks {
  private readonly locks: KeyedLocks<number>;

  constructor(timeoutMs: () => number) {
    this.locks = new KeyedLocks(timeoutMs);
  }

  /** Runs `work` holding the guest's lock; throws the lock-timeout error if it waits too long. */
  with<T>(kind: GuestKind, vmid: number, work: () => Promise<T> | T): Promise<T> {
    return this.locks.with(vmid, () => die(lockTimeoutMessage(kind, vmid)), work);
  }
}
