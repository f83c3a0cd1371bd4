// Pool membership bookkeeping shared by the guest, storage and pool handlers. Members are kept as
// user.cfg keeps them: a guest by its vmid alone (`vm/100`, whatever its kind and whether it
// exists: pve-manager PVE/API2/Pool.pm `update_pool` checks neither), a storage by its id
// (`storage/local`).
import { die } from '../pve-error.js';
import type { SimState } from '../state.js';

export const guestMember = (vmid: number | string): string => `vm/${vmid}`;
export const storageMember = (storage: string): string => `storage/${storage}`;

export function addPoolMember(state: SimState, poolid: string, member: string): void {
  const pool = state.pools.get(poolid);
  if (!pool) throw die(`pool '${poolid}' does not exist`);
  pool.members.add(member);
}

/** A destroyed guest or a deleted storage leaves every pool (pve-access-control `remove_vm_access`, `remove_storage_access`). */
export function removeFromPools(state: SimState, member: string): void {
  for (const pool of state.pools.values()) pool.members.delete(member);
}

/** The pool a member (`vm/100`, `storage/local`) belongs to, if any. */
export function poolOf(state: SimState, member: string): string | undefined {
  for (const [poolid, pool] of state.pools) if (pool.members.has(member)) return poolid;
  return undefined;
}

/**
 * Whether the member's guest or storage exists: pools list and count only those (Pool.pm `index`
 * skips a vmid missing from the vmlist and a storage missing from storage.cfg, `delete_pool`
 * ignores them).
 */
export function memberExists(state: SimState, member: string): boolean {
  const [type, id] = member.split('/') as [string, string];
  return type === 'storage' ? state.storages.has(id) : state.guests.has(Number(id));
}
