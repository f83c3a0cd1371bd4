// The per-process read cache that makes refreshing N objects of one kind cost O(1) calls: the
// first read of a kind fetches the whole collection in one query and later reads of that kind
// are served from it. Any write drops it (a write may change other kinds too: deleting a zvol
// removes its iSCSI extents), and from the first write on the process loads no more whole
// collections: what it reads then is what it has just written, and reloading every object of
// a kind after each of N creates would make an apply cost O(N²); those reads go to coalesced
// queries of the objects asked for. Collections larger than `maxItems` are not kept, so
// memory stays bounded; their reads fall back to coalesced queries too. Nothing outlives the
// process.

type Snapshot = ReadonlyMap<string, unknown> | 'too-large';

export class CollectionCache {
  private readonly collections = new Map<string, Promise<Snapshot>>();
  private written = false;

  constructor(readonly maxItems: number) {}

  /**
   * The cached collection of `kind`, loading it with `fetchAll` (asked for at most
   * `maxItems + 1` rows) on first use; `too-large` when it exceeds the bound; `undefined` once
   * the process has written (read the object itself then).
   */
  collection(kind: string, fetchAll: (limit: number) => Promise<readonly unknown[]>, keyOf: (row: unknown) => string): Promise<Snapshot> | undefined {
    if (this.written) return undefined;
    const cached = this.collections.get(kind);
    if (cached) return cached;
    const loading = fetchAll(this.maxItems + 1).then((rows): Snapshot =>
      rows.length > this.maxItems ? 'too-large' : new Map(rows.map((row) => [keyOf(row), row])),
    );
    this.collections.set(kind, loading);
    // A failed load is not kept. (A write while loading clears the map, and no later load
    // starts, so a stale snapshot is never kept either.)
    loading.catch(() => {
      if (this.collections.get(kind) === loading) this.collections.delete(kind);
    });
    return loading;
  }

  /** Forgets every collection and loads no more; called on every write. */
  invalidate(): void {
    this.written = true;
    this.collections.clear();
  }
}
