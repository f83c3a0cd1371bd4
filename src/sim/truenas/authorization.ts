// Whether a logged-in session may call a method, as the middleware decides it
// (main.py:875-926 @TS-25.10.6 `authorize_method_call`; the same at main.py:830-881 @TS-25.04.2.6
// and main.py:1014-1065 @TS-26.0.0-BETA.3):
//  - a method marked no_authz_required may be called by any user session (API key sessions are
//    user sessions too: auth.py:137 ApiKeySessionManagerCredentials extends UserSessionManagerCredentials);
//  - otherwise the session's allowlist must hold it. The allowlist is built from the roles of the
//    privileges mapping the user's groups (plugins/account_/privilege.py:374-391 compose_privilege):
//    FULL_ADMIN gives the `*` entry that allows everything (role.py:367-381 @TS-25.10.6), any other role the
//    methods registered to it or to a role it includes, transitively (role.py:354-365
//    roles_for_role). The schema's `roles` are the roles a method is registered to.
//  - a refusal is CallError('Not authorized', EACCES), raised in Method.call before the params
//    are validated (api/base/server/method.py:52 @TS-25.10.6).
// STIG mode, which drops some roles (role.py:336-352 @TS-25.10.6), is not modelled.
import { Errno } from '../../clients/truenas/errno.js';
import { SimCallError } from './sim-errors.js';
import { sessionRoles } from './granted-roles.js';
import type { TrueNASApiSchema } from './schema/api-schema.js';
import type { TrueNASRelease } from './schema/releases.js';
import type { RoleDefinition, RoleTables } from './schema/role-types.js';
import roleTables from './schema/truenas-roles.json' with { type: 'json' };
import type { MethodSchema } from './schema/types.js';
import type { SimState } from './state.js';

const tables = roleTables as unknown as RoleTables;

/** Every role `granted` amounts to on `release`: the roles themselves and all they include. */
export function expandRoles(release: TrueNASRelease, granted: readonly string[]): Set<string> {
  const roles: Readonly<Record<string, RoleDefinition>> = tables.releases[release].roles;
  const expanded = new Set<string>();
  const pending = [...granted];
  for (let role = pending.pop(); role !== undefined; role = pending.pop()) {
    if (expanded.has(role) || !Object.hasOwn(roles, role)) continue;
    expanded.add(role);
    pending.push(...roles[role]!.includes);
  }
  return expanded;
}

/** Whether `role` is one of the release's roles, as privilege.create/update require ("Invalid role", plugins/account_/privilege.py:208-210 @TS-25.10.6). */
export function isRole(release: TrueNASRelease, role: string): boolean {
  return Object.hasOwn(tables.releases[release].roles, role);
}

/** Whether roles (as privileges grant them, before expansion) include FULL_ADMIN's `*` allowlist entry. */
export function grantsFullAdmin(release: TrueNASRelease, granted: readonly string[]): boolean {
  const roles = tables.releases[release].roles;
  return granted.some((role) => Object.hasOwn(roles, role) && roles[role]!.full_admin === true);
}

/**
 * Which check runs: `call` is Method.call's (no_authz_required methods pass for any user session);
 * `allowlist` is core.bulk's check of the method it runs, which asks the allowlist alone
 * (service/core_service.py:640-646 @TS-25.10.6).
 */
export type AuthorizationCheck = 'call' | 'allowlist';

/** Whether roles granted as privileges list them allow the method. */
export function rolesAllow(release: TrueNASRelease, api: MethodSchema, granted: readonly string[], check: AuthorizationCheck = 'call'): boolean {
  if (check === 'call' && (api.no_auth_required || api.no_authz_required)) return true;
  if (grantsFullAdmin(release, granted)) return true;
  const expanded = expandRoles(release, granted);
  return (api.roles ?? []).some((role) => expanded.has(role));
}

/**
 * Whether a logged-in session may call the method. A session without a user (the middleware's
 * own calls) and a user without an account row (granted-roles.ts) may call anything.
 */
export function sessionMayCall(
  state: SimState,
  schema: TrueNASApiSchema,
  username: string | null,
  method: string,
  check: AuthorizationCheck = 'call',
): boolean {
  const api = schema.method(method);
  if (username === null || !api) return true;
  const granted = sessionRoles(state, username);
  return granted === 'unlimited' || rolesAllow(schema.release, api, granted, check);
}

/** The refusal of a call the session's roles do not grant (main.py:926 @TS-25.10.6). */
export function notAuthorized(): SimCallError {
  return new SimCallError(Errno.EACCES, 'Not authorized');
}

/**
 * Whether a REST (/api/v2.0) request of this user gets past the allowlist: REST asks it about
 * (HTTP verb, URL path) (restful.py:606 @TS-25.10.6, :609 @TS-25.04.2.6), which no role's method
 * entries match, so only FULL_ADMIN's `*` entry passes ("Only non-stig FULL_ADMIN privilege can
 * access REST endpoints", role.py:375 @TS-25.10.6); the rest are answered 403 with an empty body
 * (restful.py:883 @TS-25.10.6, :886 @TS-25.04.2.6). 26.0 has no REST API.
 */
export function restAllowed(state: SimState, release: TrueNASRelease, username: string): boolean {
  const granted = sessionRoles(state, username);
  return granted === 'unlimited' || grantsFullAdmin(release, granted);
}
