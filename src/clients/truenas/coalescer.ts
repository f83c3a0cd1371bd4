// Coalesces reads: keys asked for while no read of this kind is on its way are fetched together
// in one call (`[["id", "in", keys]]`) on the next turn of the event loop, and keys asked for
// while one is on its way wait for it and are fetched together as soon as it is back. Each
// caller gets its own answer, from a read sent after it asked (never one already on its way, so
// an answer is never older than the question). Terraform's ten calls at a time arrive spread
// out, each a few milliseconds after the last: coalescing only within one turn joined few of
// them (a destroy of 500 datasets still sent about 380 lookups), while one read at a time joins
// all that arrive during a round trip.

interface Waiter<V> {
  readonly resolve: (value: V | undefined) => void;
  readonly reject: (err: unknown) => void;
}

/** Keys one call asks for at most: a filter list the server handles in one go. */
const MAX_KEYS_PER_CALL = 200;

export class Coalescer<K, V> {
  private pending = new Map<K, Waiter<V>[]>();
  private scheduled = false;
  private fetching = false;

  constructor(private readonly fetchMany: (keys: K[]) => Promise<ReadonlyMap<K, V>>) {}

  /** Resolves with the value for `key`, or undefined when the server has none. */
  get(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(key, waiters);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.fetching || this.pending.size === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const keys = [...this.pending.keys()].slice(0, MAX_KEYS_PER_CALL);
    const batch = new Map(keys.map((key) => [key, this.pending.get(key) ?? []]));
    for (const key of keys) this.pending.delete(key);
    this.fetching = true;
    try {
      const found = await this.fetchMany(keys);
      for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(found.get(key));
    } catch (err) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(err);
    } finally {
      this.fetching = false;
      this.schedule();
    }
  }
}
