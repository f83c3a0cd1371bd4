// Privilege checks: ACLs on paths (inherited when `propagate`), roles, groups, and API tokens
// with privilege separation (a privsep token has only what both it and its user are granted).
import { ALL_PRIVILEGES } from './roles.js';
import type { SimState } from './state.js';
import { PveError } from './pve-error.js';

/** Who sent a request: a user, or a user's token. */
export interface Principal {
  userid: string;
  tokenid?: string;
  privsep: boolean;
}

/** `root@pam!tf` for tokens, the userid for users. */
export function principalName(who: Principal): string {
  return who.tokenid === undefined ? who.userid : `${who.userid}!${who.tokenid}`;
}

/** Ancestors of an ACL path, nearest first: `/vms/100` → `/vms/100`, `/vms`, `/`. */
function pathChain(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '');
  const chain: string[] = [];
  for (let i = parts.length; i >= 0; i--) chain.push(`/${parts.slice(0, i).join('/')}`);
  return chain;
}

/** Privileges granted on `path` to ACL subjects matching `matches` (nearest ACL level wins). */
function grantedBy(state: SimState, path: string, matches: (entry: SimState['acl'][number]) => boolean): Set<string> {
  for (const [depth, level] of pathChain(path).entries()) {
    const entries = state.acl.filter((e) => e.path === level && matches(e) && (depth === 0 || e.propagate));
    if (entries.length === 0) continue;
    const privs = new Set<string>();
    for (const entry of entries) for (const priv of state.roles.get(entry.roleid)?.privs ?? []) privs.add(priv);
    return privs;
  }
  return new Set();
}

function userPrivileges(state: SimState, userid: string, path: string): Set<string> {
  if (userid === 'root@pam') return new Set(ALL_PRIVILEGES);
  const user = state.users.get(userid);
  if (!user || !user.enable) return new Set();
  const own = grantedBy(state, path, (e) => e.type === 'user' && e.ugid === userid);
  if (own.size > 0) return own;
  return grantedBy(state, path, (e) => e.type === 'group' && user.groups.has(e.ugid));
}

export function privilegesOf(state: SimState, who: Principal, path: string): Set<string> {
  const userPrivs = userPrivileges(state, who.userid, path);
  if (who.tokenid === undefined || !who.privsep) return userPrivs;
  const tokenName = principalName(who);
  const tokenPrivs = grantedBy(state, path, (e) => e.type === 'token' && e.ugid === tokenName);
  return new Set([...tokenPrivs].filter((p) => userPrivs.has(p)));
}

export function hasPrivileges(state: SimState, who: Principal, path: string, privs: readonly string[], any = false): boolean {
  const granted = privilegesOf(state, who, path);
  return any ? privs.some((p) => granted.has(p)) : privs.every((p) => granted.has(p));
}

/** Throws the real 403 unless the principal holds the privileges on the path. */
export function requirePrivileges(state: SimState, who: Principal, path: string, privs: readonly string[], any = false): void {
  if (!hasPrivileges(state, who, path, privs, any)) {
    throw new PveError(403, `Permission check failed (${path}, ${privs.join('|')})`);
  }
}

type CheckExpr = readonly unknown[];

/**
 * Evaluates a schema `permissions.check` expression: `["perm", path, privs, "any", 1]`,
 * `["and", ...]`, `["or", ...]`, `["userid-param", "self"]`, `["userid-group", privs]`,
 * `["perm-modify", path]`. Other forms are left to the handler.
 */
export function evaluateCheck(state: SimState, who: Principal, check: CheckExpr, params: Readonly<Record<string, string>>): boolean {
  const [kind, ...rest] = check;
  const fill = (path: unknown): string => String(path).replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? '');
  switch (kind) {
    case 'perm': {
      const path = fill(rest[0]);
      const privs = (rest[1] as string[] | undefined) ?? [];
      return hasPrivileges(state, who, path.replace(/\/+$/, '') || '/', privs, rest[2] === 'any');
    }
    case 'and':
      return rest.every((sub) => evaluateCheck(state, who, sub as CheckExpr, params));
    case 'or':
      return rest.some((sub) => evaluateCheck(state, who, sub as CheckExpr, params));
    case 'userid-param': {
      // `self`: the user itself; a privilege name: that privilege on the user's realm.
      if (rest[0] === 'self') return params.userid === who.userid;
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
