// SDN objects read through `pending=1`: the running values at the top level, the written
// changes under `pending` (`deleted` for a removed key) and `state` new/changed/deleted (pve-network
// src/PVE/Network/SDN.pm `pending_config`). The written configuration (what Terraform manages)
// is the running values with the pending changes laid over them.
import type { ProxmoxClient, SdnObject } from '../../../clients/proxmox/index.js';

export type PendingChange = 'new' | 'changed' | 'deleted';

export interface WrittenSdnObject {
  /** The configuration as written: what the next apply makes live. */
  readonly values: Readonly<Record<string, unknown>>;
  /** What an apply would change; null when the running configuration already matches. */
  readonly pendingChange: PendingChange | null;
}

/** The written configuration of an object from its `pending=1` view; undefined when its deletion is pending (it is gone from the configuration). */
export function writtenSdnObject(object: SdnObject): WrittenSdnObject | undefined {
  if (object.state === 'deleted') return undefined;
  const { pending, state, ...running } = object;
  const values: Record<string, unknown> = { ...running };
  for (const [key, value] of Object.entries(pending ?? {})) {
    if (value === 'deleted') delete values[key];
    else values[key] = value;
  }
  return { values, pendingChange: state ?? null };
}

/** Whether anything in the cluster's SDN configuration waits for an apply (`has_pending_changes`). */
export async function sdnHasPendingChanges(client: ProxmoxClient): Promise<boolean> {
  const [zones, vnets, controllers] = await Promise.all([
    client.sdn.list('zones', 'pending'),
    client.sdn.list('vnets', 'pending'),
    client.sdn.list('controllers', 'pending'),
  ]);
  if ([...zones, ...vnets, ...controllers].some((object) => object.pending !== undefined)) return true;
  const written = vnets.filter((vnet) => vnet.state !== 'deleted').map((vnet) => String(vnet.vnet));
  const subnets = await Promise.all(written.map((vnet) => client.sdn.subnets(vnet, 'pending')));
  return subnets.flat().some((object) => object.pending !== undefined);
}

/**
 * One `PUT /cluster/sdn` at a time per client, and callers that arrive while one runs share the
 * next: deletions that finish together are applied together (each waits for an apply that
 * started after its own change).
 */
class CoalescedApply {
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(private readonly client: ProxmoxClient) {}

  request(): Promise<void> {
    if (this.running === undefined) {
      this.running = this.client.sdn
        .apply()
        .then(() => undefined)
        .finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.request();
      });
    return this.queued;
  }
}

const applies = new WeakMap<ProxmoxClient, CoalescedApply>();

/** Applies the pending SDN configuration, sharing the apply with concurrent callers. */
export function applySdn(client: ProxmoxClient): Promise<void> {
  let apply = applies.get(client);
  if (!apply) applies.set(client, (apply = new CoalescedApply(client)));
  return apply.request();
}

/**
 * The apply after a deletion. When it fails the deletion is written but not live, and the object
 * no longer reads back (its pending view says deleted), so the next refresh forgets it: say what
 * makes it take effect.
 */
export async function applySdnDeletion(client: ProxmoxClient, what: string): Promise<void> {
  try {
    await applySdn(client);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `${reason}\n${what} is deleted from the SDN configuration but the apply failed, so the nodes still run it: ` +
        'the next SDN apply (a proxmox_sdn_applier, or Apply in the SDN panel) removes it.',
      { cause: err },
    );
  }
}
