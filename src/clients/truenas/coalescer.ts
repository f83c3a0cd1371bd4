// Coalesces reads: keys asked for in the same turn of the event loop are fetched together in
// one call (`[["id", "in", keys]]`), and each caller gets its own answer.

interface Waiter<V> {
  readonly resolve: (value: V | undefined) => void;
  readonly reject: (err: unknown) => void;
}

export class Coalescer<K, V> {
  private pending = new Map<K, Waiter<V>[]>();
  private scheduled = false;

  constructor(private readonly fetchMany: (keys: K[]) => Promise<Map<K, V>>) {}

  /** Resolves with the value for `key`, or undefined when the server has none. */
  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(key, waiters);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    try {
      const found = await this.fetchMany([...batch.keys()]);
      for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(found.get(key));
    } catch (err) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(err);
    }
  }
}
