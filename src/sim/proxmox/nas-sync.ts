// Every request of the simulated API first looks at the NAS as a node's storage layer would on
// that call (iSCSI session rescan, the plugin's queries), then runs with its own storage-work
// queue (storage-work.ts) and answers only when the NAS calls it queued are done.
import type { Routes } from './engine.js';
import { withStorageWork } from './storage-work.js';

export function withNasSync(routes: Routes, sync: () => Promise<void>): Routes {
  return Object.fromEntries(
    Object.entries(routes).map(([route, handler]) => [
      route,
      (ctx) =>
        withStorageWork(async () => {
          await sync();
          return handler(ctx);
        }),
    ]),
  );
}
