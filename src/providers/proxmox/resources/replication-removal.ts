// Waiting for replication jobs on their way out. `DELETE /cluster/replication/{id}` only marks a
// job (`remove_job`, pve-manager PVE/API2/ReplicationConfig.pm delete); the next replication run
// on the source node, about once a minute, removes its snapshots and then the job (pve-guest-common
// src/PVE/Replication.pm `replicate`). Until then a create with the same id ("replication job
// '100-0' already exists") or the same guest and target (ReplicationConfig.pm write_config) is
// refused, which is exactly what a replacement does right after its delete. `force=1` would drop
// the job at once but leave its snapshots behind on both nodes, so it is never used.
import { setTimeout as delay } from 'node:timers/promises';
import type { DatacenterSection, ProxmoxClient } from '../../../clients/proxmox/index.js';

export interface RemovalWait {
  /** Give up after this long: a full removal keeps failing while the target node is down. */
  readonly timeoutMs: number;
  readonly firstPollMs: number;
  readonly maxPollMs: number;
}

export const REMOVAL_WAIT: RemovalWait = { timeoutMs: 5 * 60_000, firstPollMs: 500, maxPollMs: 5_000 };

/** The jobs marked for removal that keep a job `id` to `target` from being created. */
export function blockingRemovals(jobs: readonly DatacenterSection[], id: string, target: string): DatacenterSection[] {
  const guest = id.split('-')[0];
  return jobs.filter((job) => job.remove_job !== undefined && (job.id === id || (String(job.guest) === guest && job.target === target)));
}

/** Returns once no job marked for removal is in the way of creating `id` to `target`; throws after `wait.timeoutMs`. */
export async function waitForRemovals(
  client: ProxmoxClient,
  job: { id: string; target: string },
  signal: AbortSignal,
  log: (message: string) => void,
  wait: RemovalWait = REMOVAL_WAIT,
): Promise<void> {
  const deadline = Date.now() + wait.timeoutMs;
  let pollMs = wait.firstPollMs;
  for (;;) {
    const blocking = blockingRemovals(await client.datacenter.list('replication'), job.id, job.target);
    if (blocking.length === 0) return;
    const names = blocking.map((b) => `${String(b.id)} (to ${String(b.target)}, remove_job=${String(b.remove_job)})`).join(', ');
    if (Date.now() + pollMs > deadline) {
      throw new Error(
        `Replication job ${job.id} to ${job.target} cannot be created yet: Proxmox still holds ${names}, marked for removal. ` +
          `The next replication run on the guest's node removes it (about once a minute); a full removal needs the target node reachable. ` +
          `Waited ${Math.round(wait.timeoutMs / 1000)} s; check "pvesr status" on the source node, then apply again.`,
      );
    }
    log(`waiting for the replication run to remove ${names}`);
    await delay(pollMs, undefined, { signal });
    pollMs = Math.min(wait.maxPollMs, pollMs * 2);
  }
}
