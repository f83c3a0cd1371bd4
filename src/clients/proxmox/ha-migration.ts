// The migration of an HA-managed guest. For a guest that is an HA resource, `POST .../migrate`
// does not migrate: it answers a `hamigrate` task that only queues `ha-manager migrate SID TARGET`
// and ends (qemu-server src/PVE/API2/Qemu.pm `migrate_vm`, pve-container src/PVE/API2/LXC.pm
// `migrate_vm`). The CRM then sets the resource's state to `migrate` and the LRM of the source
// node runs the real `qmigrate`/`vzmigrate` task as root; when it ends the state is the configured
// one again, on the target node on success, on the source node when it failed, or `error`
// (pve-ha-manager src/PVE/HA/Manager.pm `next_state_started`, `next_state_migrate_relocate`).
// So the end of the `hamigrate` task says nothing about the guest's place: this waits for it.
import { z } from 'zod';
import { ApiError } from '../common/api-error.js';
import { lazySchema } from '../common/lazy-schema.js';
import { apiPath } from './http.js';
import type { EndpointContext } from './endpoints/context.js';
import { taskEntry } from './endpoints/status.js';
import { abortableSleep, MAX_POLL_MS, taskSucceeded, type TaskOptions } from './tasks.js';
import { ProxmoxTaskTimeoutError } from './errors.js';
import { parseUpid } from './upid.js';

/** The HA stack did not move the guest: it stays on `node` (the source). */
export class ProxmoxHaMigrationError extends ApiError {
  readonly retryable = false;
  constructor(
    readonly vmid: number,
    /** Where the guest is now. */
    readonly node: string,
    target: string,
    reason: string,
  ) {
    super(`ha-manager migrate ${vmid}`, `the HA migration of guest ${vmid} to node ${target} failed: ${reason}; the guest is on node ${node}`);
  }
}

/**
 * How long the HA stack may take to start acting on the request: the CRM and the LRM each work in
 * rounds of about 10 s; a request the CRM ignores (target offline, see `ha-manager status`) never
 * shows state `migrate`, and waiting for it until the operation's timeout would hide why.
 */
const HA_PICKUP_LIMIT_MS = 120_000;

/** The guests `/cluster/resources` lists (`type=vm`): where each is, its status, HA state and lock. */
export const clusterGuests = lazySchema(() =>
  z.array(
    z.looseObject({
      vmid: z.number().optional(),
      node: z.string(),
      status: z.string().optional(),
      hastate: z.string().optional(),
      lock: z.string().optional(),
    }),
  ),
);

/** True when the UPID is one of the `hamigrate` tasks that only queue an HA migration. */
export function isHaMigrationTask(upid: string): boolean {
  return parseUpid(upid)?.type === 'hamigrate';
}

/**
 * Waits until the guest is on `target` per /cluster/resources and its HA state is no longer
 * `migrate` (the LRM's migration task has ended), bounded by `wait` (signal, time limit). Throws
 * ProxmoxHaMigrationError when the HA stack gave up: state `error`, or the migration seen running
 * ended with the guest still on the source, or a failed migration task of the guest on the source
 * node since the request (visible to a caller with Sys.Audit on the node).
 */
export async function awaitHaMigration(
  ctx: EndpointContext,
  ref: { node: string; vmid: number },
  target: string,
  requestUpid: string,
  wait: TaskOptions | undefined,
): Promise<void> {
  const since = parseUpid(requestUpid)?.starttime ?? 0;
  const timeoutMs = wait?.timeoutMs ?? Number.POSITIVE_INFINITY;
  const deadline = Date.now() + timeoutMs;
  let delay = ctx.tasks.pollMs;
  let seenMigrating = false;
  const started = Date.now();
  ctx.logger.info('the guest is HA managed: waiting for the HA stack to migrate it', { vmid: ref.vmid, from: ref.node, target, request: requestUpid });
  for (;;) {
    const guests = await ctx.http.call('GET', '/cluster/resources', { type: 'vm' }, clusterGuests, wait?.signal ? { signal: wait.signal } : {});
    const guest = guests.find((entry) => entry.vmid === ref.vmid);
    if (guest === undefined)
      throw new ProxmoxHaMigrationError(
        ref.vmid,
        'unknown',
        target,
        `/cluster/resources does not list it (gone, or the credentials lack VM.Audit on /vms/${ref.vmid})`,
      );
    const migrating = guest.hastate === 'migrate' || guest.lock === 'migrate';
    if (guest.node === target && !migrating) return;
    if (guest.hastate === 'error')
      throw new ProxmoxHaMigrationError(ref.vmid, guest.node, target, "its HA state is 'error' (see `ha-manager status` and the node's task log)");
    if (!migrating && guest.node === ref.node) {
      const failed = await failedMigration(ctx, ref, since);
      if (failed !== undefined)
        throw new ProxmoxHaMigrationError(ref.vmid, guest.node, target, `the migration task ${failed.upid} ended with '${failed.status}'`);
      if (!seenMigrating && Date.now() - started > HA_PICKUP_LIMIT_MS)
        throw new ProxmoxHaMigrationError(
          ref.vmid,
          guest.node,
          target,
          `the HA stack did not take up the request within ${HA_PICKUP_LIMIT_MS / 1000} s (see \`ha-manager status\`: a request to an offline node is ignored)`,
        );
      if (seenMigrating)
        throw new ProxmoxHaMigrationError(
          ref.vmid,
          guest.node,
          target,
          `its HA state went from 'migrate' back to '${guest.hastate ?? 'unknown'}' on the source node`,
        );
    }
    seenMigrating ||= migrating;
    if (Date.now() + delay > deadline) throw new ProxmoxTaskTimeoutError(requestUpid, timeoutMs);
    ctx.logger.debug('waiting for the HA stack to migrate the guest', { vmid: ref.vmid, node: guest.node, hastate: guest.hastate, target });
    await abortableSleep(delay, wait?.signal);
    delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
  }
}

/** A migration task of the guest on its source node since the request that failed (undefined: none seen). */
async function failedMigration(
  ctx: EndpointContext,
  ref: { node: string; vmid: number },
  since: number,
): Promise<{ upid: string; status: string } | undefined> {
  const entries = await ctx.http.call('GET', apiPath`/nodes/${ref.node}/tasks`, { source: 'all', vmid: ref.vmid, since }, z.array(taskEntry)).catch(() => []);
  const failed = entries.find(
    (entry) => ['qmigrate', 'vzmigrate'].includes(entry.type) && entry.status !== undefined && entry.status !== 'RUNNING' && !taskSucceeded(entry.status),
  );
  return failed === undefined ? undefined : { upid: failed.upid, status: failed.status ?? '' };
}
