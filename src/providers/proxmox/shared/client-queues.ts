// Work that the server would refuse or interleave when two resources of one terraform run do it
// at once, made to run one at a time per key inside the provider process (terraform runs a
// provider's operations concurrently in one process): one queue per client and purpose, a key
// per node or guest. A failed step does not stop the ones queued behind it.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly counts = new Map<string, number>();

  /** Runs `work` after every earlier work queued under `key`. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const result = before.then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    try {
      return await result;
    } finally {
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left === 0) this.counts.delete(key);
      else this.counts.set(key, left);
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How many works are queued or running under `key` (tests: a deterministic point to act at). */
  size(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

/** A queue for one purpose (`network`, `snapshots`), one per client: returns the client's. */
export function clientQueues(): (client: ProxmoxClient) => KeyedQueue {
  const queues = new WeakMap<ProxmoxClient, KeyedQueue>();
  return (client) => {
    let queue = queues.get(client);
    if (!queue) queues.set(client, (queue = new KeyedQueue()));
    return queue;
  };
}
