// Privilege checks as pve-access-control computes them (AccessControl.pm `roles`,
// RPCEnvironment.pm `permissions`/`check`/`check_any`/`check_vm_perm`): ACLs walked from `/` to
// the path, a deeper level replacing a shallower one, a user's own ACL beating its groups' at the
// same level, roles of a pool granted on its member VMs and storages, and API tokens with
// privilege separation (a privsep token has only what both it and its user are granted).
import { ALL_PRIVILEGES } from './roles.js';
import type { SimAclEntry, SimState } from './state.js';
import { guestMember, storageMember } from './handlers/pool-members.js';
import { PveError } from './pve-error.js';

/** Who sent a request: a user, or a user's token. */
export interface Principal {
  userid: string;
  tokenid?: string;
  privsep: boolean;
}

/** `root@pam!tf` for tokens, the userid for users: the server's `$authuser`. */
export function principalName(who: Principal): string {
  return who.tokenid === undefined ? who.userid : `${who.userid}!${who.tokenid}`;
}

/**
 * `$authuser eq 'root@pam'`: only a ticket of root@pam itself. A token of root@pam is named
 * `root@pam!<id>` and so never passes the root-only checks (pve-manager HTTPServer.pm).
 */
export function isRootPam(who: Principal): boolean {
  return who.tokenid === undefined && who.userid === 'root@pam';
}

/** `raise_perm_exc($what)` (pve-common Exception.pm): 403 `Permission check failed (what)`. */
export function permissionDenied(what?: string): PveError {
  return new PveError(403, what === undefined ? 'Permission check failed' : `Permission check failed (${what})`);
}

/** `/`, `/vms`, `/vms/100`: the levels AccessControl::roles walks, root first. */
function levels(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)];
}

/**
 * Roles an ACL subject holds on `path`, each with its ACL's propagate flag: per level, the
 * subject's entries replace what shallower levels gave.
 */
function rolesOn(state: SimState, path: string, own: (e: SimAclEntry) => boolean, groups: (e: SimAclEntry) => boolean): Map<string, boolean> {
  let roles = new Map<string, boolean>();
  const chain = levels(path);
  for (const [index, level] of chain.entries()) {
    const final = index === chain.length - 1;
    const applies = (e: SimAclEntry): boolean => e.path === level && (final || e.propagate);
    const mine = state.acl.filter((e) => applies(e) && own(e));
    const chosen = mine.length > 0 ? mine : state.acl.filter((e) => applies(e) && groups(e));
    if (chosen.length > 0) {
      roles = new Map();
      for (const e of chosen) roles.set(e.roleid, (roles.get(e.roleid) ?? false) || e.propagate);
    }
  }
  return roles;
}

/** Roles a pool's ACL gives on its members (`/vms/<id>`, `/storage/<id>`), never propagated. */
function poolRoles(state: SimState, path: string, subjectRoles: (poolPath: string) => Map<string, boolean>): Set<string> {
  const match = /^\/(vms|storage)\/([^/]+)$/.exec(path);
  if (!match) return new Set();
  const member = match[1] === 'storage' ? storageMember(match[2] ?? '') : guestMember(match[2] ?? '');
  const out = new Set<string>();
  for (const [poolid, pool] of state.pools) {
    if (pool.members.has(member)) for (const role of subjectRoles(`/pool/${poolid}`).keys()) out.add(role);
  }
  return out;
}

/** Privileges of the roles, each propagated when any role holding it is. */
function privilegesOfRoles(state: SimState, roles: ReadonlyMap<string, boolean>): Map<string, boolean> {
  const privs = new Map<string, boolean>();
  for (const [role, propagate] of roles) for (const priv of state.roles.get(role)?.privs ?? []) privs.set(priv, (privs.get(priv) ?? false) || propagate);
  return privs;
}

/** Privileges of an ACL subject (a user with its groups, or a token alone) on a path, pools included. */
function subjectPrivileges(state: SimState, subjectRoles: (path: string) => Map<string, boolean>, path: string): Map<string, boolean> {
  const roles = subjectRoles(path);
  // NoAccess on the path itself is never trumped by a pool ACL; a pool NoAccess trumps the rest.
  if (!roles.has('NoAccess')) {
    const fromPools = poolRoles(state, path, subjectRoles);
    if (fromPools.has('NoAccess')) return new Map();
    for (const role of fromPools) if (!roles.has(role)) roles.set(role, false);
  }
  return privilegesOfRoles(state, roles);
}

function userPrivileges(state: SimState, userid: string, path: string): Map<string, boolean> {
  if (userid === 'root@pam') return new Map(ALL_PRIVILEGES.map((p) => [p, true]));
  const user = state.users.get(userid);
  if (!user || !user.enable) return new Map();
  const roles = (p: string): Map<string, boolean> =>
    rolesOn(
      state,
      p,
      (e) => e.type === 'user' && e.ugid === userid,
      (e) => e.type === 'group' && user.groups.has(e.ugid),
    );
  return subjectPrivileges(state, roles, path);
}

/**
 * `$rpcenv->permissions`: the privileges on a path, each with its propagate flag (informational;
 * what `GET /access/permissions` shows). A privsep token has what both it and its user hold.
 */
export function permissionsOf(state: SimState, who: Principal, path: string): Map<string, boolean> {
  const userPrivs = userPrivileges(state, who.userid, path);
  if (who.tokenid === undefined || !who.privsep) return userPrivs;
  const tokenName = principalName(who);
  const roles = (p: string): Map<string, boolean> =>
    rolesOn(
      state,
      p,
      (e) => e.type === 'token' && e.ugid === tokenName,
      () => false,
    );
  const tokenPrivs = subjectPrivileges(state, roles, path);
  if (who.userid === 'root@pam') return tokenPrivs;
  const both = new Map<string, boolean>();
  for (const [priv, propagate] of tokenPrivs) {
    const userPropagate = userPrivs.get(priv);
    if (userPropagate !== undefined) both.set(priv, propagate && userPropagate);
  }
  return both;
}

export function privilegesOf(state: SimState, who: Principal, path: string): Set<string> {
  return new Set(permissionsOf(state, who, path).keys());
}

export function hasPrivileges(state: SimState, who: Principal, path: string, privs: readonly string[], any = false): boolean {
  const granted = privilegesOf(state, who, path);
  return any ? privs.some((p) => granted.has(p)) : privs.every((p) => granted.has(p));
}

/**
 * Throws the real 403 unless the principal holds the privileges on the path: `check` names the
 * first missing privilege (`/vms/100, VM.Config.CPU`), `check_any` all of them joined by `|`.
 */
export function requirePrivileges(state: SimState, who: Principal, path: string, privs: readonly string[], any = false): void {
  const granted = privilegesOf(state, who, path);
  if (any) {
    if (!privs.some((p) => granted.has(p))) throw permissionDenied(`${path}, ${privs.join('|')}`);
    return;
  }
  const missing = privs.find((p) => !granted.has(p));
  if (missing !== undefined) throw permissionDenied(`${path}, ${missing}`);
}

/** `check_vm_perm`: the privileges on the pool (when one is named) or else on `/vms/<vmid>`. */
export function requireVmPrivileges(state: SimState, who: Principal, vmid: number, pool: string | undefined, privs: readonly string[], any = false): void {
  if (pool !== undefined && hasPrivileges(state, who, `/pool/${pool}`, privs, any)) return;
  requirePrivileges(state, who, `/vms/${vmid}`, privs, any);
}

type CheckExpr = readonly unknown[];

/**
 * Evaluates a schema `permissions.check` expression: `["perm", path, privs, "any", 1]`,
 * `["perm", path, privs, "require_param", name]`, `["and", ...]`, `["or", ...]`,
 * `["userid-param", "self"]`, `["userid-group", privs]`, `["perm-modify", path]`.
 * Other forms are left to the handler.
 */
export function evaluateCheck(state: SimState, who: Principal, check: CheckExpr, params: Readonly<Record<string, string>>): boolean {
  const [kind, ...rest] = check;
  const fill = (path: unknown): string => String(path).replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? '');
  switch (kind) {
    case 'perm': {
      const options = rest.slice(2);
      const required = options.indexOf('require_param');
      if (required >= 0 && params[String(options[required + 1])] === undefined) return false;
      const path = fill(rest[0]);
      const privs = (rest[1] as string[] | undefined) ?? [];
      return hasPrivileges(state, who, path.replace(/\/+$/, '') || '/', privs, options.includes('any'));
    }
    case 'and':
      return rest.every((sub) => evaluateCheck(state, who, sub as CheckExpr, params));
    case 'or':
      return rest.some((sub) => evaluateCheck(state, who, sub as CheckExpr, params));
    case 'userid-param': {
      // `self`: the user itself, `$username eq $userid` with the token id as a token's
      // `$username` (RPCEnvironment.pm check_api2_permissions; HTTPServer.pm auth_handler), so
      // never a token; a privilege name: that privilege on the user's realm.
      if (rest[0] === 'self') return params.userid === principalName(who);
      const realm = (params.userid ?? '').split('@')[1] ?? '';
      return hasPrivileges(state, who, `/access/realm/${realm}`, [String(rest[0])]);
    }
    case 'userid-group':
      return hasPrivileges(state, who, '/access/groups', (rest[0] as string[] | undefined) ?? [], true);
    case 'perm-modify':
      return hasPrivileges(state, who, fill(rest[0]), ['Permissions.Modify']);
    default:
      return true;
  }
}

/** The 403 of a failed schema check: a plain `perm` names its path and privileges, as real. */
export function schemaCheckError(check: CheckExpr, params: Readonly<Record<string, string>>, state: SimState, who: Principal): PveError {
  if (check[0] !== 'perm') return permissionDenied();
  const path = String(check[1]).replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? '');
  const privs = (check[2] as string[] | undefined) ?? [];
  if (check.slice(3).includes('any')) return permissionDenied(`${path}, ${privs.join('|')}`);
  const granted = privilegesOf(state, who, path);
  return permissionDenied(`${path}, ${privs.find((p) => !granted.has(p)) ?? privs.join('|')}`);
}
