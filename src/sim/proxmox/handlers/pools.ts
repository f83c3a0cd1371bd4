// `/pools`: resource pools with nested ids and VM/storage members.
import { die } from '../pve-error.js';
import { flagParam, listParam, type RequestContext, type Routes } from '../engine.js';
import type { SimState } from '../state.js';
import { hasPrivileges } from '../permissions.js';
import { guestMember, memberExists, poolOf, storageMember } from './pool-members.js';
import { textField, userCfgText } from '../user-cfg-text.js';

function requirePool(state: SimState, poolid: string): { comment: string; members: Set<string> } {
  const pool = state.pools.get(poolid);
  if (!pool) throw die(`pool '${poolid}' does not exist`);
  return pool;
}

/** A member as the pool lists it; undefined for a guest or storage that does not exist (not listed). */
function memberView(state: SimState, member: string): Record<string, string | number> | undefined {
  const [type, id] = member.split('/') as [string, string];
  if (!memberExists(state, member)) return undefined;
  if (type === 'storage') return { id: `storage/${state.nodes[0]}/${id}`, type: 'storage', storage: id, node: state.nodes[0] ?? 'pve' };
  const guest = state.guests.get(Number(id));
  if (!guest) return undefined;
  return {
    id: `${guest.kind}/${id}`,
    type: guest.kind,
    vmid: Number(id),
    node: guest.node,
    name: guest.config.name ?? guest.config.hostname ?? '',
    status: guest.status,
  };
}

function list(ctx: RequestContext): Array<Record<string, unknown>> {
  const { state } = ctx.engine;
  const { poolid, type } = ctx.params;
  // Without a poolid only pools with `Pool.Audit`; a named pool is answered regardless (Pool.pm `index`).
  if (poolid === undefined) {
    return [...state.pools]
      .filter(([id]) => hasPrivileges(state, ctx.who, `/pool/${id}`, ['Pool.Audit']))
      .map(([id, pool]) => ({ poolid: id, ...textField('comment', pool.comment) }));
  }
  const pool = requirePool(state, poolid);
  const members = [...pool.members]
    .map((m) => memberView(state, m))
    .filter((m): m is Record<string, string | number> => m !== undefined && (type === undefined || m.type === type));
  return [{ poolid, ...textField('comment', pool.comment), members }];
}

function create(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const poolid = ctx.params.poolid ?? '';
  if (state.pools.has(poolid)) throw die(`pool '${poolid}' already exists`);
  const parent = poolid.includes('/') ? poolid.slice(0, poolid.lastIndexOf('/')) : undefined;
  if (parent !== undefined && !state.pools.has(parent)) throw die(`parent '${parent}' does not exist`);
  // pve-manager PVE/API2/Pool.pm create_pool: the new level (the leaf) starts with a letter.
  if (!/^[A-Za-z]/.test(poolid.slice(poolid.lastIndexOf('/') + 1))) throw die('pool name must start with a letter');
  state.pools.set(poolid, { comment: userCfgText(ctx.params.comment ?? '') ?? '', members: new Set() });
  return null;
}

/**
 * pve-manager PVE/API2/Pool.pm `update_pool`: works on user.cfg as read under its lock and writes
 * it once at the end, so a refused member leaves every pool as it was; the lock wraps any error
 * as "update pools failed: …". "Already a pool member" is judged by this pool alone (a storage may
 * be in several pools; a guest in another one needs allow-move). Neither a vmid nor a storage id
 * is checked for existence: an unknown one is recorded (and listed once it exists).
 */
function update(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const { params } = ctx;
  const poolid = params.poolid ?? '';
  const pool = requirePool(state, poolid);
  const remove = flagParam(params, 'delete') ?? false;
  const vms = listParam(params.vms).map((vmid) => guestMember(Number(vmid)));
  const storages = listParam(params.storage).map(storageMember);
  const members = new Set(pool.members);
  const movedFrom = new Map<string, string>();
  try {
    for (const member of [...vms, ...storages]) {
      const label = member.startsWith('storage/') ? `Storage '${member.slice(8)}'` : `VM ${member.split('/')[1]}`; // update_pool's texts
      if (remove) {
        if (!members.has(member)) throw die(`${label} is not a pool member`);
        members.delete(member);
        continue;
      }
      if (members.has(member)) throw die(`${label} is already a pool member`);
      const current = member.startsWith('storage/') ? undefined : poolOf(state, member);
      if (current !== undefined) {
        if (!flagParam(params, 'allow-move')) throw die(`${label} belongs already to pool '${current}' and 'allow-move' is not set`);
        movedFrom.set(member, current);
      }
      members.add(member);
    }
  } catch (error) {
    throw die(`update pools failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  for (const [member, from] of movedFrom) state.pools.get(from)?.members.delete(member);
  pool.members = members;
  // A comment as user.cfg gives it back (user-cfg-text.ts).
  if (params.comment !== undefined) pool.comment = userCfgText(params.comment) ?? '';
  return null;
}

function remove(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const poolid = ctx.params.poolid ?? '';
  const pool = requirePool(state, poolid);
  // Members that no longer exist (or never did) do not count (Pool.pm `delete_pool`).
  const present = [...pool.members].filter((m) => memberExists(state, m));
  const guest = present.find((m) => !m.startsWith('storage/'));
  if (guest !== undefined) throw die(`pool '${poolid}' is not empty (contains VM ${guest.split('/')[1]})`);
  const storage = present.find((m) => m.startsWith('storage/'));
  if (storage !== undefined) throw die(`pool '${poolid}' is not empty (contains storage '${storage.slice(8)}')`);
  if ([...state.pools.keys()].some((id) => id.startsWith(`${poolid}/`))) throw die(`pool '${poolid}' is not empty (contains sub-pools)`);
  state.pools.delete(poolid);
  return null;
}

export const poolRoutes: Routes = {
  'GET /pools': list,
  'POST /pools': create,
  'PUT /pools': update,
  'DELETE /pools': remove,
};
