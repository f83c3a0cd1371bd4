// A destroy of many datasets runs their deletes ten at a time (terraform's parallelism), and each
// delete first reads the same whole tables (NVMe-oF namespaces, replication tasks, iSCSI extents:
// dataset-delete-guard.ts). A read that starts while the same read of the same client is on its
// way joins it instead of sending another: its answer is at most one round trip older than a read
// of its own, a window the delete after the check has anyway. A read that starts after the answer
// came sends a new one, so nothing is served from a cache.

const pendingByOwner = new WeakMap<object, Map<string, Promise<unknown>>>();

/** `read()`, or the answer of the same `key`'s read of `owner` already on its way. */
export function joinPendingRead<T>(owner: object, key: string, read: () => Promise<T>): Promise<T> {
  let pending = pendingByOwner.get(owner);
  if (pending === undefined) {
    pending = new Map();
    pendingByOwner.set(owner, pending);
  }
  const joined = pending.get(key) as Promise<T> | undefined;
  if (joined !== undefined) return joined;
  const table = pending;
  const started = read().finally(() => table.delete(key));
  table.set(key, started);
  return started;
}
