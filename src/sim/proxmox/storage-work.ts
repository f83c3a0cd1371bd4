// Work on remote storage (the TrueNAS storage plugin's API calls) started by one request or
// one task. The volume functions stay synchronous, as the handlers that call them are; what a
// volume change must do on the NAS is queued here, in order, and the request or task that
// caused it waits for the queue before it answers, so a failed NAS call fails that request or
// task as the plugin's `die` fails the real one. The queue travels with the async context, so
// handlers need not pass it along.
import { AsyncLocalStorage } from 'node:async_hooks';

class StorageWork {
  private chain: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | undefined;

  /** Runs `step` after the steps queued before it; after a failure the rest are skipped. */
  add(step: () => Promise<void>): void {
    this.chain = this.chain.then(async () => {
      if (this.failure) return;
      try {
        await step();
      } catch (error) {
        this.failure = { error };
      }
    });
  }

  async settle(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure.error;
  }
}

const current = new AsyncLocalStorage<StorageWork>();

/** Runs `body` with its own storage-work queue, then waits for the queue; a failed step throws. */
export async function withStorageWork<T>(body: () => T | Promise<T>): Promise<T> {
  const work = new StorageWork();
  const result = await current.run(work, body);
  await work.settle();
  return result;
}

/**
 * Queues remote work for the running request or task. Outside of one (a test calling the
 * state functions directly) the step just runs: its failure has nobody to fail, so each step
 * leaves the state consistent itself (the plugin's rollback).
 */
export function queueStorageWork(step: () => Promise<void>): void {
  const work = current.getStore();
  if (work) work.add(step);
  else void step().catch(() => undefined);
}
