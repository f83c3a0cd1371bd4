// Where a VM or container is now. Guests change node outside terraform: an HA failover or HA
// rebalancing, a migration from the web UI, or an apply stopped (timeout, Ctrl-C) while the HA
// stack was moving the guest (clients/proxmox/ha-migration.ts). The per-node endpoints then answer
// "Configuration file 'nodes/NODE/qemu-server/VMID.conf' does not exist" (pve-guest-common
// src/PVE/AbstractConfig.pm `load_config`), as for a guest that is gone; only the cluster's list
// (/cluster/resources, pve-manager PVE/API2/Cluster.pm, from pmxcfs's vmlist) says which it is.
import type { ClusterResource, ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { GuestRef } from './guest-id.js';

/** The kind of guest, as /cluster/resources names it in `type`. */
export type GuestKind = 'qemu' | 'lxc';

/** The guest's entry in /cluster/resources; undefined when the cluster lists no guest of this kind with that VMID. */
export async function clusterGuest(client: ProxmoxClient, vmid: number, kind: GuestKind): Promise<ClusterResource | undefined> {
  return (await client.cluster.resources('vm')).find((entry) => entry.vmid === vmid && entry.type === kind);
}

/**
 * `read` of the guest at the node `ref` records; when it is not there (`read` answers null, or
 * fails: a node that is down after an HA failover cannot answer), `read` at the node the cluster
 * lists it on. Null only when the cluster lists no such guest (deleted, or the VMID is now a guest
 * of the other kind); the failure of the first read when the cluster lists it on that same node.
 */
export async function readWhereItIs<T>(client: ProxmoxClient, ref: GuestRef, kind: GuestKind, read: (at: GuestRef) => Promise<T | null>): Promise<T | null> {
  let failure: { error: unknown } | undefined;
  try {
    const here = await read(ref);
    if (here !== null) return here;
  } catch (error) {
    failure = { error };
  }
  const listed = await clusterGuest(client, ref.vmid, kind);
  if (listed === undefined) {
    if (failure !== undefined) throw failure.error;
    return null;
  }
  if (listed.node === undefined || listed.node === ref.node) {
    if (failure !== undefined) throw failure.error;
    throw new Error(
      `${kind === 'qemu' ? 'VM' : 'container'} ${ref.vmid}: the cluster lists it on node ${ref.node}, but its configuration cannot be read there; refresh again`,
    );
  }
  const there = await read({ node: listed.node, vmid: ref.vmid });
  if (there === null)
    throw new Error(
      `${kind === 'qemu' ? 'VM' : 'container'} ${ref.vmid} is not on node ${ref.node}, and not on node ${listed.node} where the cluster lists it (moving?); refresh again`,
    );
  return there;
}

/** The guest's place now (`ref`, or the node the cluster lists it on), found by `answers` (a read there that finds it: non-null); null when it is gone. */
export function whereItIs(client: ProxmoxClient, ref: GuestRef, kind: GuestKind, answers: (at: GuestRef) => Promise<unknown>): Promise<GuestRef | null> {
  return readWhereItIs(client, ref, kind, async (at) => ((await answers(at)) === null ? null : at));
}
