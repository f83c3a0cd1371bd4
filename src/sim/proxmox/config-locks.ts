// Per-guest config file locks: writers to one guest run one at a time; a writer that cannot
// get the lock within the timeout fails with PVE's real message.
import { die } from './pve-error.js';
import type { GuestKind } from './state.js';

export function lockTimeoutMessage(kind: GuestKind, vmid: number): string {
  const file = kind === 'qemu' ? `/var/lock/qemu-server/lock-${vmid}.conf` : `/run/lock/lxc/pve-config-${vmid}.lock`;
  return `can't lock file '${file}' - got timeout`;
}

export class ConfigLocks {
  private readonly tails = new Map<number, Promise<void>>();

  constructor(private readonly timeoutMs: () => number) {}

  /** Runs `work` holding the guest's lock; throws the lock-timeout error if it waits too long. */
  async with<T>(kind: GuestKind, vmid: number, work: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(vmid) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(vmid, tail);
    try {
      const acquired = await Promise.race([previous.then(() => true), delay(this.timeoutMs()).then(() => false)]);
      if (!acquired) throw die(lockTimeoutMessage(kind, vmid));
      return await work();
    } finally {
      release();
      if (this.tails.get(vmid) === tail) this.tails.delete(vmid);
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
