// The roles a local user's privileges grant: those of every privilege whose local groups hold the
// user's primary or an auxiliary group (utils/privilege.py:71-87 privileges_group_mapping
// @TS-25.10.6), as privilege.roles lists them (not expanded).
import type { SimUser } from './accounts.js';
import type { SimState } from './state.js';

export function userRoles(state: SimState, user: SimUser): string[] {
  const gids = new Set([user.group, ...user.groups].map((id) => state.groups.get(id)?.gid));
  const privileges = state.privileges.list().filter((privilege) => privilege.local_groups.some((gid) => gids.has(gid)));
  return [...new Set(privileges.flatMap((privilege) => privilege.roles))].sort();
}

/**
 * The roles of a session logged in as `username`, or 'unlimited' for a credential the simulator
 * was given without an account row (a test's user): it counts as full admin, as every login did
 * before the simulator knew roles.
 */
export function sessionRoles(state: SimState, username: string): readonly string[] | 'unlimited' {
  const user = state.users.list().find((row) => row.username === username);
  return user ? userRoles(state, user) : 'unlimited';
}

/**
 * Whether `username` may log in at all: a local user needs a privilege through its groups, or
 * auth.authenticate_user gives no credential and the login fails AUTH_ERR
 * (plugins/auth_/authenticate.py:16-24,117-120 @TS-25.10.6).
 */
export function mayLogIn(state: SimState, username: string): boolean {
  const user = state.users.list().find((row) => row.username === username);
  return !user || userRoles(state, user).length > 0;
}
