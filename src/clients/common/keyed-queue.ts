// Runs work one at a time per key, in the order it was asked for, and freely across keys: for
// writes the server would interleave wrongly or refuse when they arrive together (they share a
// lock with a bounded queue, or allocate a number from rows they read without a lock).
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `work` once every earlier work of `key` has ended (whatever its outcome). */
  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget a key once its last work ended, so the map holds only keys in use.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
