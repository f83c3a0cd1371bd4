// Locks by name, as the real server's lock files and pmxcfs lock directories behave: holders run
// one at a time in arrival order, and a waiter that does not get the lock within the timeout
// gives up with the error `timedOut` makes (nothing of its work ran).

export class KeyedLocks<K> {
  private readonly tails = new Map<K, Promise<void>>();

  constructor(private readonly timeoutMs: () => number) {}

  /** Runs `work` holding the lock `key`; throws `timedOut()` if the lock stays taken too long. */
  async with<T>(key: K, timedOut: () => Error, work: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      const acquired = await Promise.race([previous.then(() => true), delay(this.timeoutMs()).then(() => false)]);
      if (!acquired) throw timedOut();
      return await work();
    } finally {
      release();
      // The entry goes once the chain up to this caller has run out: a caller that timed out
      // must not drop it while the holder before it still holds the lock, or the next caller
      // would get the lock at once.
      void tail.then(() => {
        if (this.tails.get(key) === tail) this.tails.delete(key);
      });
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
