// Pool membership bookkeeping shared by the guest and pool handlers.
import { die } from '../pve-error.js';
import type { SimState } from '../state.js';

export function addPoolMember(state: SimState, poolid: string, member: string): void {
  const pool = state.pools.get(poolid);
  if (!pool) throw die(`pool '${poolid}' does not exist`);
  pool.members.add(member);
}

export function removeGuestFromPools(state: SimState, member: string): void {
  for (const pool of state.pools.values()) pool.members.delete(member);
}

/** The pool a member (`qemu/100`, `storage/local`) belongs to, if any. */
export function poolOf(state: SimState, member: string): string | undefined {
  for (const [poolid, pool] of state.pools) if (pool.members.has(member)) return poolid;
  return undefined;
}
