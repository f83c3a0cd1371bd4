// Users, API tokens, groups, roles and ACLs (`/access/...`).
import { z } from 'zod';
import { apiPath } from '../http.js';
import {
  aclEntry,
  effectivePermissions,
  groupDetail,
  groupEntry,
  nullData,
  roleEntry,
  rolePrivileges,
  tokenCreated,
  tokenInfo,
  tokenUpdated,
  userDetail,
  userEntry,
} from '../schemas.js';
import type { CachedCollection } from '../collection-cache.js';
import { deleteList, splitList, unlessNotFound, type EndpointContext } from './context.js';
import { listedLookup } from './listed-lookup.js';

export type UserEntry = z.infer<typeof userEntry>;
export type UserDetail = z.infer<typeof userDetail>;
export type TokenInfo = z.infer<typeof tokenInfo>;
export type TokenCreated = z.infer<typeof tokenCreated>;
export type TokenUpdated = z.infer<typeof tokenUpdated>;
export type GroupEntry = z.infer<typeof groupEntry>;
export type GroupDetail = z.infer<typeof groupDetail>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type AclEntry = z.infer<typeof aclEntry>;

export interface UserParams {
  enable?: boolean;
  /** Expiry, epoch seconds; 0 = never. */
  expire?: number;
  firstname?: string;
  lastname?: string;
  email?: string;
  comment?: string;
  keys?: string;
  groups?: readonly string[];
}

export interface TokenParams {
  comment?: string;
  expire?: number;
  privsep?: boolean;
}

export interface AclChange {
  path: string;
  roles: readonly string[];
  users?: readonly string[];
  groups?: readonly string[];
  tokens?: readonly string[];
  propagate?: boolean;
  /** Remove these grants instead of adding them. */
  remove?: boolean;
}

/** What identifies one ACL entry. */
export type AclKey = Pick<AclEntry, 'path' | 'roleid' | 'type' | 'ugid'>;

function aclKey(entry: AclKey): string {
  return `${entry.path}|${entry.roleid}|${entry.type}:${entry.ugid}`;
}

/** A user as `user()` returns it, from a `users({ full: true })` row (tokens: see `findToken`). */
function userDetailOf(entry: UserEntry): UserDetail {
  const { userid: _userid, groups, tokens: _tokens, ...fields } = entry;
  return { ...fields, groups: splitList(groups) };
}

function groupDetailOf(entry: GroupEntry): GroupDetail {
  return { ...(entry.comment !== undefined ? { comment: entry.comment } : {}), members: splitList(entry.users) };
}

function userParams(params: UserParams): Record<string, string | number | boolean | undefined> {
  return { ...params, groups: params.groups?.join(',') };
}

export class AccessApi {
  /** A group with its members, undefined when absent; from the cached group list. */
  readonly findGroup: (groupid: string) => Promise<GroupDetail | undefined>;
  /** A role's privileges, sorted, undefined when the role is absent; from the cached role list. */
  readonly findRole: (roleid: string) => Promise<string[] | undefined>;
  private readonly usersById: CachedCollection<UserEntry>;
  private readonly aclByKey: CachedCollection<AclEntry>;

  constructor(private readonly ctx: EndpointContext) {
    this.usersById = ctx.cache.collection(
      () => this.users({ full: true }),
      (user) => user.userid,
    );
    this.findGroup = listedLookup(ctx, {
      list: () => this.groups(),
      keyOf: (group) => group.groupid,
      fromRow: groupDetailOf,
      read: (groupid) => this.group(groupid),
    });
    this.findRole = listedLookup(ctx, {
      list: () => this.roles(),
      keyOf: (role) => role.roleid,
      fromRow: (role) => splitList(role.privs).sort(),
      read: (roleid) => this.role(roleid),
    });
    this.aclByKey = ctx.cache.collection(() => this.acl(), aclKey);
  }

  /** A user (groups included, tokens not), undefined when absent; from the cached user list. */
  findUser(userid: string): Promise<UserDetail | undefined> {
    return this.usersById.find(userid, userDetailOf, () => unlessNotFound(() => this.user(userid)));
  }

  /** A user's API token, undefined when it or its user is absent; from the cached user list. */
  findToken(userid: string, tokenid: string): Promise<TokenInfo | undefined> {
    const fromUser = (user: UserEntry): TokenInfo | undefined => user.tokens?.find((token) => token.tokenid === tokenid);
    return this.usersById.find(userid, fromUser, () => unlessNotFound(() => this.token(userid, tokenid)));
  }

  /** One ACL entry, undefined when absent; from the cached ACL list. */
  findAcl(key: AclKey): Promise<AclEntry | undefined> {
    return this.aclByKey.find(
      aclKey(key),
      (entry) => entry,
      async () => (await this.acl()).find((entry) => aclKey(entry) === aclKey(key)),
    );
  }

  users(options: { full?: boolean; enabled?: boolean } = {}): Promise<UserEntry[]> {
    return this.ctx.http.call('GET', '/access/users', options, z.array(userEntry));
  }

  user(userid: string): Promise<UserDetail> {
    return this.ctx.http.call('GET', apiPath`/access/users/${userid}`, {}, userDetail);
  }

  async createUser(userid: string, params: UserParams & { password?: string } = {}): Promise<void> {
    await this.ctx.http.call('POST', '/access/users', { ...userParams(params), userid }, nullData);
  }

  /** `append` adds `groups` to the user's groups instead of replacing them. */
  async updateUser(userid: string, params: UserParams, append?: boolean): Promise<void> {
    const body = { ...userParams(params), append };
    await this.ctx.http.call('PUT', apiPath`/access/users/${userid}`, body, nullData);
  }

  /**
   * Sets a user's password (`PUT /access/password`). Proxmox allows this only with a ticket,
   * never with an API token; a caller other than root@pam must confirm with its own current
   * password (pve-access-control RPCEnvironment.pm, reauth_user_for_user_modification), may not
   * change root@pam's and may not change a pam user's other than its own (AccessControl.pm).
   */
  async changePassword(userid: string, password: string, confirmationPassword?: string): Promise<void> {
    await this.ctx.http.call('PUT', '/access/password', { userid, password, 'confirmation-password': confirmationPassword }, nullData);
  }

  async deleteUser(userid: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/access/users/${userid}`, {}, nullData);
  }

  tokens(userid: string): Promise<TokenInfo[]> {
    return this.ctx.http.call('GET', apiPath`/access/users/${userid}/token`, {}, z.array(tokenInfo));
  }

  token(userid: string, tokenid: string): Promise<TokenInfo> {
    return this.ctx.http.call('GET', apiPath`/access/users/${userid}/token/${tokenid}`, {}, tokenInfo);
  }

  /** Creates a token; the answer's `value` is the secret, shown only this once. */
  createToken(userid: string, tokenid: string, params: TokenParams = {}): Promise<TokenCreated> {
    return this.ctx.http.call('POST', apiPath`/access/users/${userid}/token/${tokenid}`, { ...params }, tokenCreated);
  }

  updateToken(userid: string, tokenid: string, params: TokenParams, change: { delete?: readonly string[] } = {}): Promise<TokenUpdated> {
    return this.ctx.http.call('PUT', apiPath`/access/users/${userid}/token/${tokenid}`, { ...params, delete: deleteList(change.delete) }, tokenUpdated);
  }

  async deleteToken(userid: string, tokenid: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/access/users/${userid}/token/${tokenid}`, {}, nullData);
  }

  groups(): Promise<GroupEntry[]> {
    return this.ctx.http.call('GET', '/access/groups', {}, z.array(groupEntry));
  }

  group(groupid: string): Promise<GroupDetail> {
    return this.ctx.http.call('GET', apiPath`/access/groups/${groupid}`, {}, groupDetail);
  }

  async createGroup(groupid: string, comment?: string): Promise<void> {
    await this.ctx.http.call('POST', '/access/groups', { groupid, comment }, nullData);
  }

  async updateGroup(groupid: string, comment: string): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/access/groups/${groupid}`, { comment }, nullData);
  }

  async deleteGroup(groupid: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/access/groups/${groupid}`, {}, nullData);
  }

  roles(): Promise<RoleEntry[]> {
    return this.ctx.http.call('GET', '/access/roles', {}, z.array(roleEntry));
  }

  /** A role's privileges, sorted (`['VM.Audit', 'VM.PowerMgmt']`). */
  async role(roleid: string): Promise<string[]> {
    const privileges = await this.ctx.http.call('GET', apiPath`/access/roles/${roleid}`, {}, rolePrivileges);
    return Object.keys(privileges)
      .filter((name) => privileges[name])
      .sort();
  }

  async createRole(roleid: string, privs: readonly string[]): Promise<void> {
    await this.ctx.http.call('POST', '/access/roles', { roleid, privs: privs.join(',') }, nullData);
  }

  async updateRole(roleid: string, privs: readonly string[], append = false): Promise<void> {
    await this.ctx.http.call('PUT', apiPath`/access/roles/${roleid}`, { privs: privs.join(','), append }, nullData);
  }

  async deleteRole(roleid: string): Promise<void> {
    await this.ctx.http.call('DELETE', apiPath`/access/roles/${roleid}`, {}, nullData);
  }

  acl(): Promise<AclEntry[]> {
    return this.ctx.http.call('GET', '/access/acl', {}, z.array(aclEntry));
  }

  async updateAcl(change: AclChange): Promise<void> {
    const params = {
      path: change.path,
      roles: change.roles.join(','),
      users: change.users?.join(','),
      groups: change.groups?.join(','),
      tokens: change.tokens?.join(','),
      propagate: change.propagate,
      delete: change.remove,
    };
    await this.ctx.http.call('PUT', '/access/acl', params, nullData);
  }

  /** The privileges the caller itself holds on `path` (any user or token may ask for its own). */
  async ownPrivileges(path: string): Promise<Set<string>> {
    const dump = await this.ctx.http.call('GET', '/access/permissions', { path }, effectivePermissions);
    return new Set(Object.keys(dump[path] ?? {}));
  }
}
