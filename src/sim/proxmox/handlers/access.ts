// `/access/...`: tickets, users, API tokens, groups, roles and ACLs.
import { randomUUID } from 'node:crypto';
import { isCheckedAclPath, normalizeAclPath } from '../../../clients/proxmox/acl-path.js';
import { die, paramError, PveError } from '../pve-error.js';
import { flagParam, listParam, type RequestContext, type Routes } from '../engine.js';
import { hasPrivileges, permissionsOf, principalName, requirePrivileges, type Principal } from '../permissions.js';
import { ALL_PRIVILEGES } from '../roles.js';
import type { SimAclEntry, SimState, SimToken, SimUser } from '../state.js';
import { textField, userCfgText } from '../user-cfg-text.js';

function requireUser(state: SimState, userid: string): SimUser {
  const user = state.users.get(userid);
  if (!user) throw die(`no such user ('${userid}')`);
  return user;
}

function requireToken(user: SimUser, tokenid: string): SimToken {
  const token = user.tokens.get(tokenid);
  if (!token) throw die(`no such token '${tokenid}' for user '${user.userid}'`);
  return token;
}

function tokenView(token: SimToken): Record<string, string | number> {
  return { ...textField('comment', token.comment), expire: token.expire, privsep: token.privsep ? 1 : 0 };
}

function userFields(user: SimUser): Record<string, string | number> {
  // The reader sets `email` for every user line, empty or not (parse_user_config).
  const out: Record<string, string | number> = { enable: user.enable ? 1 : 0, expire: user.expire, email: user.email ?? '' };
  for (const key of ['firstname', 'lastname', 'comment', 'keys'] as const) if (user[key] !== undefined) out[key] = user[key];
  return out;
}

function ticket(ctx: RequestContext): Record<string, unknown> {
  const { engine, params } = ctx;
  const username = params.username ?? '';
  const userid = username.includes('@') ? username : `${username}@${params.realm ?? 'pam'}`;
  const password = params.password ?? '';
  const user = engine.state.users.get(userid);
  const renewing = engine.tickets.verify(password)?.userid === userid;
  if (!user || !user.enable || !(renewing || engine.passwordMatches(userid, password))) throw new PveError(401, 'authentication failure');
  if (user.tfa && !renewing) {
    // A user with a second factor gets a TFA-data ticket ("PVE:!tfa!<challenge>:<time>::<sig>"),
    // good only for answering the challenge, and NeedTFA; no `cap` (pve-access-control
    // src/PVE/API2/AccessControl.pm create_ticket_do, create_ticket).
    const partial = engine.tickets.issuePartial();
    return { username: userid, ticket: partial.ticket, CSRFPreventionToken: partial.csrf, NeedTFA: 1 };
  }
  const issued = engine.tickets.issue(userid);
  return { username: userid, ticket: issued.ticket, CSRFPreventionToken: issued.csrf, cap: {} };
}

function applyUserParams(state: SimState, user: SimUser, params: Readonly<Record<string, string>>): void {
  for (const key of ['firstname', 'lastname', 'email', 'comment', 'keys'] as const) {
    const value = params[key];
    if (value === undefined) continue;
    // As user.cfg gives them back (user-cfg-text.ts); the e-mail is written `$d->{email} || ''`.
    const stored = userCfgText(value);
    if (stored === undefined) delete user[key];
    else user[key] = stored;
  }
  if (params.enable !== undefined) user.enable = params.enable === '1';
  if (params.expire !== undefined) user.expire = Number(params.expire);
  if (params.groups !== undefined) {
    const groups = listParam(params.groups);
    for (const group of groups) if (!state.groups.has(group)) throw die(`no such group '${group}'`);
    if (!flagParam(params, 'append')) user.groups.clear();
    for (const group of groups) user.groups.add(group);
  }
}

function createUser(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const userid = ctx.params.userid ?? '';
  if (state.users.has(userid)) throw die(`create user failed: user '${userid}' already exists`);
  const user: SimUser = { userid, enable: true, expire: 0, groups: new Set(), tokens: new Map() };
  applyUserParams(state, user, ctx.params);
  if (ctx.params.password !== undefined) user.password = ctx.params.password;
  state.users.set(userid, user);
  return null;
}

/**
 * `PUT /access/password` (pve-access-control src/PVE/API2/AccessControl.pm change_password and
 * RPCEnvironment.pm reauth_user_for_user_modification): tickets only (the schema's allowtoken 0,
 * checked by the HTTP layer); callers other than root@pam confirm with their own password; only
 * root@pam changes root@pam's, and nobody else changes another pam user's.
 */
function changePassword(ctx: RequestContext): null {
  const { engine, params, who } = ctx;
  const userid = params.userid ?? '';
  const user = requireUser(engine.state, userid);
  const caller = who.userid;
  if (caller !== 'root@pam') {
    if (userid === 'root@pam') throw new PveError(403, 'Permission check failed');
    if (params['confirmation-password'] === undefined) throw paramError({ 'confirmation-password': 'password is required to modify user' });
    if (!engine.passwordMatches(caller, params['confirmation-password'])) throw new PveError(401, 'authentication failure');
    if (caller !== userid && userid.endsWith('@pam')) throw new PveError(403, 'Permission check failed');
  }
  user.password = params.password ?? '';
  return null;
}

function updateUser(ctx: RequestContext): null {
  const user = requireUser(ctx.engine.state, ctx.params.userid ?? '');
  applyUserParams(ctx.engine.state, user, ctx.params);
  return null;
}

function deleteUser(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const userid = ctx.params.userid ?? '';
  requireUser(state, userid);
  state.users.delete(userid);
  state.acl = state.acl.filter((e) => !(e.type === 'user' && e.ugid === userid) && !(e.type === 'token' && e.ugid.startsWith(`${userid}!`)));
  return null;
}

/**
 * Users the caller may see (pve-access-control API2/User.pm `index`): all with `User.Modify` or
 * `Sys.Audit` on `/access/groups`, else members of groups it has those on, and always itself
 * (a token is not its user, so it does not see that user unless allowed).
 */
function visibleUser(state: SimState, who: Principal, user: SimUser): boolean {
  const privs = ['User.Modify', 'Sys.Audit'];
  if (hasPrivileges(state, who, '/access/groups', privs, true) || user.userid === principalName(who)) return true;
  return [...user.groups].some((group) => hasPrivileges(state, who, `/access/groups/${group}`, privs, true));
}

function listUsers(ctx: RequestContext): Array<Record<string, unknown>> {
  const full = flagParam(ctx.params, 'full') ?? false;
  const enabledOnly = flagParam(ctx.params, 'enabled') ?? false;
  const { state } = ctx.engine;
  return [...state.users.values()]
    .filter((user) => visibleUser(state, ctx.who, user))
    .filter((user) => !enabledOnly || user.enable)
    .map((user) => ({
      userid: user.userid,
      ...userFields(user),
      'realm-type': user.userid.split('@')[1] ?? 'pve',
      ...(full ? { groups: [...user.groups].join(','), tokens: [...user.tokens].map(([tokenid, t]) => ({ tokenid, ...tokenView(t) })) } : {}),
    }));
}

function getUser(ctx: RequestContext): Record<string, unknown> {
  const user = requireUser(ctx.engine.state, ctx.params.userid ?? '');
  return { ...userFields(user), groups: [...user.groups], tokens: Object.fromEntries([...user.tokens].map(([id, t]) => [id, tokenView(t)])) };
}

function applyTokenParams(token: SimToken, params: Readonly<Record<string, string>>): void {
  // update_token: only the comment is deletable (`$deletable`); another key fails the whole update.
  const removed = listParam(params.delete);
  for (const key of removed) if (key !== 'comment') throw paramError({ delete: `unknown option '${key}'` });
  if (params.comment !== undefined) token.comment = userCfgText(params.comment) ?? '';
  if (params.expire !== undefined) token.expire = Number(params.expire);
  if (params.privsep !== undefined) token.privsep = params.privsep === '1';
  if (removed.includes('comment')) token.comment = '';
}

function createToken(ctx: RequestContext): Record<string, unknown> {
  const user = requireUser(ctx.engine.state, ctx.params.userid ?? '');
  const tokenid = ctx.params.tokenid ?? '';
  if (user.tokens.has(tokenid)) throw paramError({ tokenid: 'Token already exists.' });
  const token: SimToken = { comment: '', expire: 0, privsep: true, secret: randomUUID() };
  applyTokenParams(token, ctx.params);
  user.tokens.set(tokenid, token);
  // The answer is the token as the request set it, before user.cfg was written and read back
  // (API2/User.pm generate_token: `$token->{comment} = $param->{comment} if $param->{comment}`).
  const comment = ctx.params.comment;
  const info = { ...tokenView(token), ...(comment && comment !== '0' ? { comment } : {}) };
  return { info, value: token.secret, 'full-tokenid': `${user.userid}!${tokenid}` };
}

function updateToken(ctx: RequestContext): Record<string, unknown> {
  const user = requireUser(ctx.engine.state, ctx.params.userid ?? '');
  const token = requireToken(user, ctx.params.tokenid ?? '');
  applyTokenParams(token, ctx.params);
  // Likewise the token as updated in memory (update_token: set when defined, deleted when empty).
  const comment = ctx.params.comment;
  return { ...tokenView(token), ...(comment ? { comment } : {}) };
}

function deleteToken(ctx: RequestContext): null {
  const { state } = ctx.engine;
  const user = requireUser(state, ctx.params.userid ?? '');
  const tokenid = ctx.params.tokenid ?? '';
  requireToken(user, tokenid);
  user.tokens.delete(tokenid);
  state.acl = state.acl.filter((e) => !(e.type === 'token' && e.ugid === `${user.userid}!${tokenid}`));
  return null;
}

function requireGroup(state: SimState, groupid: string): { comment: string } {
  const group = state.groups.get(groupid);
  if (!group) throw die(`group '${groupid}' does not exist`);
  return group;
}

function groupMembers(state: SimState, groupid: string): string[] {
  return [...state.users.values()].filter((u) => u.groups.has(groupid)).map((u) => u.userid);
}

function requireRole(state: SimState, roleid: string): { privs: Set<string>; special: boolean } {
  const role = state.roles.get(roleid);
  if (!role) throw die(`role '${roleid}' does not exist`);
  return role;
}

function privileges(list: string | undefined): string[] {
  const privs = listParam(list);
  for (const priv of privs) if (!ALL_PRIVILEGES.includes(priv)) throw die(`invalid privilege '${priv}'`);
  return privs;
}

function changeRole(ctx: RequestContext): null {
  const roleid = ctx.params.roleid ?? '';
  const role = requireRole(ctx.engine.state, roleid);
  if (role.special) throw die(`auto-generated role '${roleid}' cannot be modified`);
  const privs = privileges(ctx.params.privs);
  if (!flagParam(ctx.params, 'append')) role.privs.clear();
  for (const priv of privs) role.privs.add(priv);
  return null;
}

/** `check_perm_modify`: `Permissions.Modify`, or the object's allocate privilege on its path. */
function mayModifyPermissions(state: SimState, who: Principal, path: string): boolean {
  const privs = ['Permissions.Modify'];
  if (/^\/storage\/.+$/.test(path)) privs.push('Datastore.Allocate');
  else if (/^\/vms\/.+$/.test(path)) privs.push('VM.Allocate');
  else if (/^\/pool\/.+$/.test(path)) privs.push('Pool.Allocate');
  return hasPrivileges(state, who, path, privs, true);
}

function aclSubjects(state: SimState, params: Readonly<Record<string, string>>): Array<Pick<SimAclEntry, 'type' | 'ugid'>> {
  const users = listParam(params.users).map((ugid) => {
    if (!state.users.has(ugid)) throw die(`user '${ugid}' does not exist`);
    return { type: 'user' as const, ugid };
  });
  const groups = listParam(params.groups).map((ugid) => {
    if (!state.groups.has(ugid)) throw die(`group '${ugid}' does not exist`);
    return { type: 'group' as const, ugid };
  });
  const tokens = listParam(params.tokens).map((ugid) => {
    const [userid = '', tokenid = ''] = ugid.split('!');
    if (!state.users.get(userid)?.tokens.has(tokenid)) throw die(`no such token '${tokenid}' for user '${userid}'`);
    return { type: 'token' as const, ugid };
  });
  return [...users, ...groups, ...tokens];
}

function updateAcl(ctx: RequestContext): null {
  const { state } = ctx.engine;
  // API2/ACL.pm update_acl: the grant is kept under the normalised path, checked unless removed.
  const given = ctx.params.path ?? '';
  const path = normalizeAclPath(given);
  const remove = flagParam(ctx.params, 'delete') ?? false;
  if (path === undefined || (!remove && !isCheckedAclPath(path))) throw paramError({ path: `invalid ACL path '${given}'` });
  const roles = listParam(ctx.params.roles);
  for (const role of roles) requireRole(state, role);
  const subjects = aclSubjects(state, ctx.params);
  const propagate = flagParam(ctx.params, 'propagate') ?? true;
  for (const subject of subjects) {
    for (const roleid of roles) {
      state.acl = state.acl.filter((e) => !(e.path === path && e.type === subject.type && e.ugid === subject.ugid && e.roleid === roleid));
      if (!remove) state.acl.push({ path, ...subject, roleid, propagate });
    }
  }
  return null;
}

/** The paths `get_effective_permissions` dumps: the top levels, every ACL path and every pool member. */
function effectivePermissionPaths(state: SimState): string[] {
  const paths = new Set(['/', '/access', '/access/groups', '/nodes', '/pool', '/sdn', '/storage', '/vms']);
  for (const entry of state.acl) paths.add(entry.path);
  for (const pool of state.pools.values())
    for (const member of pool.members) {
      const [type, id] = member.split('/');
      paths.add(type === 'storage' ? `/storage/${id}` : `/vms/${id}`);
    }
  return [...paths].sort();
}

/**
 * `GET /access/permissions` (pve-access-control src/PVE/API2/AccessControl.pm `permissions`):
 * any user or token may read its own privileges (a user also those of its tokens), others need
 * Sys.Audit on /access; `{ path: { privilege: propagate } }`: the `path` asked even when it holds
 * nothing (the handler tests the hash reference, always true), else only paths with privileges.
 * An unknown token holds nothing.
 */
function effectivePermissions(ctx: RequestContext): Record<string, Record<string, number>> {
  const { state } = ctx.engine;
  const asker = principalName(ctx.who);
  const userid = ctx.params.userid ?? asker;
  const bang = userid.indexOf('!');
  const owner = bang < 0 ? undefined : userid.slice(0, bang);
  if (userid !== asker && owner !== asker) requirePrivileges(state, ctx.who, '/access', ['Sys.Audit']);
  let subject: Principal | undefined = { userid, privsep: false };
  if (owner !== undefined) {
    const token = state.users.get(owner)?.tokens.get(userid.slice(bang + 1));
    subject = token === undefined ? undefined : { userid: owner, tokenid: userid.slice(bang + 1), privsep: token.privsep };
  }
  const dump = (path: string): Record<string, number> =>
    subject === undefined ? {} : Object.fromEntries([...permissionsOf(state, subject, path)].map(([priv, propagate]) => [priv, propagate ? 1 : 0]));
  const path = ctx.params.path;
  if (path !== undefined) return { [path]: dump(path) };
  const dumps = effectivePermissionPaths(state).map((p) => [p, dump(p)] as const);
  return Object.fromEntries(dumps.filter(([, privs]) => Object.keys(privs).length > 0));
}

export const accessRoutes: Routes = {
  'POST /access/ticket': ticket,
  'GET /access/users': listUsers,
  'POST /access/users': createUser,
  'GET /access/users/{userid}': getUser,
  'PUT /access/users/{userid}': updateUser,
  'PUT /access/password': changePassword,
  'DELETE /access/users/{userid}': deleteUser,
  'GET /access/users/{userid}/token': (ctx) =>
    [...requireUser(ctx.engine.state, ctx.params.userid ?? '').tokens].map(([tokenid, t]) => ({ tokenid, ...tokenView(t) })),
  'GET /access/users/{userid}/token/{tokenid}': (ctx) =>
    tokenView(requireToken(requireUser(ctx.engine.state, ctx.params.userid ?? ''), ctx.params.tokenid ?? '')),
  'POST /access/users/{userid}/token/{tokenid}': createToken,
  'PUT /access/users/{userid}/token/{tokenid}': updateToken,
  'DELETE /access/users/{userid}/token/{tokenid}': deleteToken,
  // Groups with `User.Modify`, `Sys.Audit` or `Group.Allocate` on `/access/groups/<group>` (API2/Group.pm).
  'GET /access/groups': (ctx) =>
    [...ctx.engine.state.groups]
      .filter(([groupid]) => hasPrivileges(ctx.engine.state, ctx.who, `/access/groups/${groupid}`, ['User.Modify', 'Sys.Audit', 'Group.Allocate'], true))
      .map(([groupid, g]) => ({ groupid, ...textField('comment', g.comment), users: groupMembers(ctx.engine.state, groupid).join(',') })),
  'POST /access/groups': (ctx) => {
    const groupid = ctx.params.groupid ?? '';
    if (ctx.engine.state.groups.has(groupid)) throw die(`create group failed: group '${groupid}' already exists`);
    ctx.engine.state.groups.set(groupid, { comment: userCfgText(ctx.params.comment ?? '') ?? '' });
    return null;
  },
  'GET /access/groups/{groupid}': (ctx) => {
    const group = requireGroup(ctx.engine.state, ctx.params.groupid ?? '');
    return { ...textField('comment', group.comment), members: groupMembers(ctx.engine.state, ctx.params.groupid ?? '') };
  },
  'PUT /access/groups/{groupid}': (ctx) => {
    const group = requireGroup(ctx.engine.state, ctx.params.groupid ?? '');
    if (ctx.params.comment !== undefined) group.comment = userCfgText(ctx.params.comment) ?? '';
    return null;
  },
  'DELETE /access/groups/{groupid}': (ctx) => {
    const { state } = ctx.engine;
    const groupid = ctx.params.groupid ?? '';
    requireGroup(state, groupid);
    state.groups.delete(groupid);
    for (const user of state.users.values()) user.groups.delete(groupid);
    state.acl = state.acl.filter((e) => !(e.type === 'group' && e.ugid === groupid));
    return null;
  },
  'GET /access/roles': (ctx) =>
    [...ctx.engine.state.roles].map(([roleid, r]) => ({ roleid, privs: [...r.privs].sort().join(','), special: r.special ? 1 : 0 })),
  'POST /access/roles': (ctx) => {
    const roleid = ctx.params.roleid ?? '';
    // API2/Role.pm create_role: the PVE namespace belongs to the built-in roles.
    if (/^PVE/i.test(roleid)) throw paramError({ roleid: "cannot use role ID starting with the (case-insensitive) 'PVE' namespace" });
    if (ctx.engine.state.roles.has(roleid)) throw die(`role '${roleid}' already exists`);
    ctx.engine.state.roles.set(roleid, { privs: new Set(privileges(ctx.params.privs)), special: false });
    return null;
  },
  'GET /access/roles/{roleid}': (ctx) => Object.fromEntries([...requireRole(ctx.engine.state, ctx.params.roleid ?? '').privs].sort().map((p) => [p, 1])),
  'PUT /access/roles/{roleid}': changeRole,
  'DELETE /access/roles/{roleid}': (ctx) => {
    const { state } = ctx.engine;
    const roleid = ctx.params.roleid ?? '';
    if (requireRole(state, roleid).special) throw die(`auto-generated role '${roleid}' cannot be deleted`);
    state.roles.delete(roleid);
    state.acl = state.acl.filter((e) => e.roleid !== roleid);
    return null;
  },
  // Entries on paths the caller may modify permissions of, or all with `Sys.Audit` on `/access` (API2/ACL.pm).
  'GET /access/acl': (ctx) =>
    ctx.engine.state.acl
      .filter((e) => hasPrivileges(ctx.engine.state, ctx.who, '/access', ['Sys.Audit']) || mayModifyPermissions(ctx.engine.state, ctx.who, e.path))
      .map((e) => ({ path: e.path, type: e.type, ugid: e.ugid, roleid: e.roleid, propagate: e.propagate ? 1 : 0 })),
  'PUT /access/acl': updateAcl,
  'GET /access/permissions': effectivePermissions,
};
