// The per-process read cache that makes refreshing N objects of one kind cost O(1) requests: the
// first lookup of a kind lists the whole collection in one request (lookups issued meanwhile
// share it) and later lookups are served from that list. Any write drops every collection (a
// write may change other kinds too: deleting a user removes it from groups and ACLs). A list
// longer than `maxItems` is not kept, so memory stays bounded; lookups of that kind then read
// one object each. Nothing outlives the client.

/** The rows of a collection by key, or `undefined` when the collection is not cached. */
export type CollectionSnapshot<Row> = ReadonlyMap<string, Row> | undefined;

export class CollectionCache {
  private readonly collections = new Set<{ clear(): void }>();

  constructor(readonly maxItems: number) {}

  /** A collection listed with `list` and keyed by `keyOf`, dropped by `invalidate`. */
  collection<Row>(list: () => Promise<readonly Row[]>, keyOf: (row: Row) => string): CachedCollection<Row> {
    const collection = new CachedCollection(this, list, keyOf);
    this.collections.add(collection);
    return collection;
  }

  /** Forgets every collection; called before and after every write. */
  invalidate(): void {
    for (const collection of this.collections) collection.clear();
  }
}

export class CachedCollection<Row> {
  private loading: Promise<CollectionSnapshot<Row>> | undefined;

  constructor(
    private readonly cache: CollectionCache,
    private readonly list: () => Promise<readonly Row[]>,
    private readonly keyOf: (row: Row) => string,
  ) {}

  /** The cached rows by key, listing them on first use; `undefined` when caching is off or the list is too long. */
  snapshot(): Promise<CollectionSnapshot<Row>> {
    if (this.cache.maxItems <= 0) return Promise.resolve(undefined);
    this.loading ??= this.load();
    return this.loading;
  }

  /**
   * The row with `key` from the cached list, as `fromRow` makes it; when the kind is not cached,
   * or the list lacks the key, `readOne` reads the one object instead (undefined when absent).
   * Proxmox filters lists by privilege (`/access/acl`, `/storage`, `/access/users`, `/pools`
   * show only what the caller may audit), so a row missing from the list is not yet a deleted
   * object: only the direct read can say so, or fail with the permission error that explains it.
   */
  async find<Out>(key: string, fromRow: (row: Row) => Out | undefined, readOne: () => Promise<Out | undefined>): Promise<Out | undefined> {
    const rows = await this.snapshot();
    const row = rows?.get(key);
    return row === undefined ? readOne() : fromRow(row);
  }

  clear(): void {
    this.loading = undefined;
  }

  private load(): Promise<CollectionSnapshot<Row>> {
    const loading = this.list().then((rows) => (rows.length > this.cache.maxItems ? undefined : new Map(rows.map((row) => [this.keyOf(row), row]))));
    // A failed list is not kept: the next lookup asks again. (A write while the list is on its
    // way clears `loading` first, so what it brings is only served to lookups made before.)
    loading.catch(() => {
      if (this.loading === loading) this.loading = undefined;
    });
    return loading;
  }
}
