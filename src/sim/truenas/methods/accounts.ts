// user.*, group.*, privilege.*, api_key.*: local accounts with the middleware's checks and error
// texts (truenas/middleware src/middlewared/middlewared/plugins/account.py,
// account_/privilege.py, api_key.py @TS-25.10.6; see docs/simulators.md).
import { randomBytes } from 'node:crypto';
import { Errno } from '../../../clients/truenas/errno.js';
import { ALLOWED_BUILTIN_GIDS, DEFAULT_HOME, MIN_AUTO_XID, NO_LOGIN_SHELL, type SimGroup, type SimUser } from '../accounts.js';
import { crud, deleteFrom, mustExist, versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors, invalid } from '../sim-errors.js';
import type { SimState } from '../state.js';
import { fitReturns } from './fit-returns.js';
import { userRoles } from '../granted-roles.js';
import { isRole } from '../authorization.js';
import type { TrueNASRelease } from '../schema/releases.js';

const SHELLS = ['/usr/bin/bash', '/usr/bin/rbash', '/usr/bin/dash', '/usr/bin/sh', '/usr/bin/zsh', '/usr/bin/tmux', NO_LOGIN_SHELL];

function groupRow(state: SimState, group: SimGroup): Record<string, unknown> {
  const members = state.users.list().filter((u) => u.groups.includes(group.id));
  const roles = state.privileges.list().filter((p) => p.local_groups.includes(group.gid));
  return {
    id: group.id,
    gid: group.gid,
    name: group.name,
    group: group.name,
    builtin: group.builtin,
    immutable: group.builtin && !ALLOWED_BUILTIN_GIDS.has(group.gid),
    id_type_both: false,
    local: true,
    sid: group.smb ? `S-1-5-21-1-2-3-${200000 + group.id}` : null,
    smb: group.smb,
    sudo_commands: [...group.sudo_commands],
    sudo_commands_nopasswd: [...group.sudo_commands_nopasswd],
    userns_idmap: group.userns_idmap ?? null,
    roles: [...new Set(roles.flatMap((p) => p.roles))].sort(),
    users: members.map((u) => u.id),
  };
}

function userRow(state: SimState, user: SimUser): Record<string, unknown> {
  const primary = state.groups.get(user.group);
  return {
    id: user.id,
    uid: user.uid,
    username: user.username,
    unixhash: user.hasPassword ? '$6$sim$hash' : '*',
    smbhash: user.hasPassword && user.smb ? 'SIMHASH' : '*',
    home: user.home,
    shell: user.shell,
    full_name: user.full_name,
    builtin: user.builtin,
    smb: user.smb,
    userns_idmap: user.userns_idmap ?? null,
    group: {
      id: user.group,
      bsdgrp_gid: primary?.gid ?? 0,
      bsdgrp_group: primary?.name ?? '',
      bsdgrp_builtin: primary?.builtin ?? false,
      bsdgrp_smb: primary?.smb ?? false,
    },
    groups: [...user.groups],
    password_disabled: user.password_disabled,
    ssh_password_enabled: user.ssh_password_enabled,
    sshpubkey: user.sshpubkey,
    locked: user.locked,
    sudo_commands: [...user.sudo_commands],
    sudo_commands_nopasswd: [...user.sudo_commands_nopasswd],
    email: user.email,
    id_type_both: false,
    local: true,
    immutable: user.immutable,
    twofactor_auth_configured: false,
    sid: user.smb ? `S-1-5-21-1-2-3-${20000 + user.id}` : null,
    last_password_change: null,
    password_age: null,
    password_history: null,
    password_change_required: false,
    roles: userRoles(state, user),
    api_keys: state.apiKeys
      .list()
      .filter((k) => k.userId === user.id)
      .map((k) => k.id),
    webshare: user.webshare,
  };
}

/**
 * The synthetic user every user.query answers besides the datastore's rows: the unprivileged root
 * of containers (uid 2147000001, id 100000000 + uid), built by idmap.synthetic_user and then
 * marked builtin, local and locked (plugins/account.py:444-452 @TS-25.10.6, :443-451 @TS-25.04.2.6,
 * :451-459 @TS-26.0.0-BETA.3; idmap.py:426-463 @TS-25.10.6). Its primary group is an empty object
 * and 25.04's has no `ssh_password_enabled` (idmap.py:1231-1261 @TS-25.04.2.6).
 */
const CONTAINER_ROOT_UID = 2147000001;
const CONTAINER_ROOT_NAME = 'truenas_container_unpriv_root';
function containerRootRow(version: string): Record<string, unknown> {
  const row: Record<string, unknown> = {
    id: 100000000 + CONTAINER_ROOT_UID,
    uid: CONTAINER_ROOT_UID,
    username: CONTAINER_ROOT_NAME,
    unixhash: null,
    smbhash: null,
    home: DEFAULT_HOME,
    shell: NO_LOGIN_SHELL,
    full_name: 'Unprivileged root user for containers',
    builtin: true,
    smb: false,
    userns_idmap: null,
    group: {},
    groups: [],
    password_disabled: false,
    ssh_password_enabled: false,
    sshpubkey: null,
    locked: true,
    sudo_commands: [],
    sudo_commands_nopasswd: [],
    email: null,
    id_type_both: false,
    local: true,
    immutable: true,
    twofactor_auth_configured: false,
    sid: null,
    last_password_change: null,
    password_age: null,
    password_history: null,
    password_change_required: false,
    roles: [],
    api_keys: [],
    webshare: false,
  };
  if (!versionAtLeast(version, '25.10')) {
    delete row['ssh_password_enabled'];
    delete row['twofactor_auth_configured'];
  }
  return row;
}

/** The next free id from 3000 up, filling gaps (user.get_next_uid / group.get_next_gid). */
function nextId(used: Iterable<number>): number {
  const taken = new Set([...used].filter((id) => id >= MIN_AUTO_XID));
  let next = MIN_AUTO_XID;
  while (taken.has(next)) next++;
  return next;
}

/** pw_checkname (account.py): names a POSIX system accepts. */
function checkName(verrors: Verrors, attribute: string, name: string): void {
  if (name.startsWith('-')) verrors.add(attribute, 'Name must begin with an alphanumeric character and may not begin with a hyphen.');
  else if (/[ ,\t:+&#%^()!@~*?<>=]/.test(name) || (name.includes('$') && !name.endsWith('$'))) verrors.add(attribute, `Name contains invalid characters.`);
  if (name.length > 32) verrors.add(attribute, 'Username may not exceed 32 characters.');
}

/**
 * 26.0's `EmailString` check of a user's email (an AfterValidator, so a pydantic "Value error"):
 * api/base/validators/base.py:40-76 @TS-26.0.0-BETA.3. Earlier releases' `EmailStr` is the
 * schema's `format: email`, checked with the rest of the schema.
 */
function emailStringError(value: string): string | undefined {
  if (value === '') return undefined;
  if (Array.from(value).length > 254) return 'Maximum length is 254 characters.';
  const at = value.lastIndexOf('@');
  if (at < 0) return "Missing '@' symbol.";
  if (at === 0) return "Missing local part of email string (part before the '@').";
  if (at === value.length - 1) return "Missing domain part of email string (part after the '@').";
  return undefined;
}

function validateUser(ctx: CallContext, schema: string, data: Record<string, unknown>, old?: SimUser): void {
  const { state } = ctx;
  if (versionAtLeast(ctx.version, '26.0') && typeof data['email'] === 'string') {
    const problem = emailStringError(data['email']);
    if (problem) throw invalid(`${schema}.email`, `Value error, ${problem}`);
  }
  const verrors = new Verrors();
  const combined = { ...(old ?? {}), ...data } as Record<string, unknown>;
  if (typeof data['username'] === 'string') {
    checkName(verrors, `${schema}.username`, data['username']);
    if (state.users.list().some((u) => u.username === data['username'] && u.id !== old?.id))
      verrors.add(`${schema}.username`, `The username "${data['username']}" already exists.`, Errno.EEXIST);
  }
  if (typeof data['uid'] === 'number') {
    const holder = state.users.list().find((u) => u.uid === data['uid']);
    if (holder) verrors.add(`${schema}.uid`, `Uid ${data['uid']} is already used (user ${holder.username} has it)`, Errno.EEXIST);
  }
  if (combined['smb'] === true && combined['password_disabled'] === true)
    verrors.add(`${schema}.password_disabled`, 'Password authentication may not be disabled for SMB users.');
  const password = data['password'];
  if (!old && !password && !data['password_disabled']) verrors.add(`${schema}.password`, 'Password is required');
  else if (data['password_disabled'] && password)
    verrors.add(`${schema}.password_disabled`, 'Leave "Password" blank when "Disable password login" is checked.');
  if (typeof data['home'] === 'string') checkHome(state, verrors, schema, data, old);
  if (typeof data['full_name'] === 'string') {
    for (const bad of [':', '\n'].filter((c) => (data['full_name'] as string).includes(c)))
      verrors.add(`${schema}.full_name`, `The ${bad === ':' ? "':'" : "'\\n'"} character is not allowed.`);
  }
  if (typeof data['shell'] === 'string' && !SHELLS.includes(data['shell'])) verrors.add(`${schema}.shell`, 'Please select a valid shell.');
  const groups = Array.isArray(data['groups']) ? (data['groups'] as number[]) : [];
  if (groups.length > 64) verrors.add(`${schema}.groups`, 'A user cannot belong to more than 64 auxiliary groups.');
  groups.forEach((id, index) => {
    const group = state.groups.get(id);
    if (!group) verrors.add(`${schema}.groups.${index}`, 'This group does not exist.');
    else if (group.builtin && !ALLOWED_BUILTIN_GIDS.has(group.gid))
      verrors.add(`${schema}.groups.${index}`, `${group.name}: membership of this builtin group may not be altered.`);
  });
  if (data['ssh_password_enabled'] === true && (combined['home'] === DEFAULT_HOME || combined['shell'] === NO_LOGIN_SHELL))
    verrors.add(`${schema}.ssh_password_enabled`, 'Cannot be enabled without a valid home path and login shell.');
  checkUserIdmap(ctx, verrors, schema, data, old);
  verrors.check();
}

/**
 * A user's `userns_idmap`: refused for a member (primary or auxiliary) of a group holding roles
 * (plugins/account.py:1452-1461 @TS-25.10.6, :1435-1444 @TS-25.04.2.6); 26.0 also refuses one for a
 * builtin user and one that maps to the container uid another local user maps to
 * (:1515-1545 and `validate_userns_idmap_conflict` :1461-1497 @TS-26.0.0-BETA.3).
 */
function checkUserIdmap(ctx: CallContext, verrors: Verrors, schema: string, data: Record<string, unknown>, old?: SimUser): void {
  const { state } = ctx;
  const idmap = data['userns_idmap'];
  if (!idmap) return;
  const groupIds = [
    ...(typeof data['group'] === 'number' ? [data['group']] : old ? [old.group] : []),
    ...(Array.isArray(data['groups']) ? (data['groups'] as number[]) : (old?.groups ?? [])),
  ];
  const gids = groupIds.map((id) => state.groups.get(id)?.gid);
  if (state.privileges.list().some((p) => p.roles.length > 0 && p.local_groups.some((gid) => gids.includes(gid))))
    verrors.add(`${schema}.userns_idmap`, 'User namespace idmaps may not be configured for privileged accounts.');
  if (!versionAtLeast(ctx.version, '26.0')) return;
  if (old?.builtin) verrors.add(`${schema}.userns_idmap`, 'User namespace idmaps may not be configured for builtin accounts.');
  const uid = typeof data['uid'] === 'number' ? data['uid'] : old?.uid;
  const target = idmap === 'DIRECT' ? uid : idmap;
  if (target === undefined) return;
  const other = state.users.list().find((u) => u.id !== old?.id && u.userns_idmap && (u.userns_idmap === 'DIRECT' ? u.uid : u.userns_idmap) === target);
  if (other) verrors.add(`${schema}.userns_idmap`, `User '${other.username}' already maps to container UID ${String(target)}.`);
}

/** validate_homedir_path (account.py): /var/empty, or an existing path under a pool (the parent when home_create). */
function checkHome(state: SimState, verrors: Verrors, schema: string, data: Record<string, unknown>, old?: SimUser): void {
  const home = data['home'] as string;
  const attribute = `${schema}.home`;
  if (!home.startsWith('/')) return verrors.add(attribute, '"Home Directory" must be an absolute path.');
  if (home.includes(':')) return verrors.add(attribute, '"Home Directory" cannot contain colons (:).');
  if (home === DEFAULT_HOME) return;
  if (!pathExists(state, home)) {
    verrors.add(
      attribute,
      data['home_create']
        ? `${home}: path specified to use for home directory creation does not exist. TrueNAS uses the provided path as the parent directory of the newly-created home directory.`
        : `${home}: path specified to use as home directory does not exist.`,
    );
  }
  const user = state.users.list().find((u) => u.home === home && u.id !== old?.id);
  if (user) verrors.add(attribute, `${home}: homedir already used by ${user.username}.`, Errno.EEXIST);
  if (!home.startsWith('/mnt')) verrors.add(attribute, `"Home Directory" must begin with /mnt or set to ${DEFAULT_HOME}.`);
  else if (home === '/mnt' || home === '/mnt/') verrors.add(attribute, '"Home Directory" cannot be at root of "/mnt"');
}

/** A dataset's mountpoint or a directory made under one (home directories). */
export function pathExists(state: SimState, path: string): boolean {
  const trimmed = path.replace(/\/+$/, '');
  return (trimmed.startsWith('/mnt/') && state.datasets.has(trimmed.slice('/mnt/'.length))) || state.directories.has(trimmed);
}

/**
 * The keys as authorized_keys holds them: written stripped, and no file (null) when blank
 * (update_sshpubkey and _read_authorized_keys, plugins/account.py:279-299,1720-1737 @TS-25.10.6).
 */
function authorizedKeys(keys: unknown): string | null {
  return typeof keys === 'string' && keys.trim() !== '' ? keys.trim() : null;
}

function userInput(data: Record<string, unknown>): Partial<SimUser> {
  const out: Partial<SimUser> = {};
  const copy = [
    'username',
    'full_name',
    'email',
    'groups',
    'home',
    'shell',
    'smb',
    'locked',
    'password_disabled',
    'ssh_password_enabled',
    'sudo_commands',
    'sudo_commands_nopasswd',
    'webshare',
    'userns_idmap',
  ] as const;
  for (const key of copy) if (data[key] !== undefined) (out as Record<string, unknown>)[key] = data[key];
  if (typeof data['group'] === 'number') out.group = data['group'];
  if (data['sshpubkey'] !== undefined) out.sshpubkey = authorizedKeys(data['sshpubkey']);
  if (data['password']) out.hasPassword = true;
  if (data['password_disabled'] === true) out.hasPassword = false;
  return out;
}

function createUser(data: Record<string, unknown>, ctx: CallContext): unknown {
  const { state } = ctx;
  const verrors = new Verrors();
  if ((!data['group'] && !data['group_create']) || (data['group'] != null && data['group_create']))
    verrors.add('user_create.group', 'Enter either a group name or create a new group to continue.');
  verrors.check();
  validateUser(ctx, 'user_create', { groups: [], ...data });
  if (data['sshpubkey'] && !String(data['home'] ?? DEFAULT_HOME).startsWith('/mnt')) {
    const home = new Verrors();
    home.add(
      'user_create.sshpubkey',
      `${String(data['home'] ?? DEFAULT_HOME)}: the user home directory must be set to a writable path located within a data pool.`,
    );
    home.check();
  }
  let groupId = data['group'] as number | null | undefined;
  if (data['group_create']) {
    const existing = state.groups.list().find((g) => g.name === data['username']);
    groupId =
      existing?.id ??
      state.groups.insert({
        gid: nextId(state.groups.list().map((g) => g.gid)),
        name: String(data['username']),
        smb: false,
        sudo_commands: [],
        sudo_commands_nopasswd: [],
        builtin: false,
      }).id;
  } else if (!state.groups.get(groupId!)) {
    const notFound = new Verrors();
    notFound.add('user_create.group', `Group ${String(groupId)} not found`, Errno.ENOENT);
    notFound.check();
  }
  const input = userInput(data);
  const smb = data['smb'] !== false;
  const groups = [...(input.groups ?? [])];
  const builtinUsers = state.groups.list().find((g) => g.name === 'builtin_users');
  if (smb && builtinUsers && !groups.includes(builtinUsers.id)) groups.push(builtinUsers.id);
  let home = String(data['home'] ?? DEFAULT_HOME);
  if (data['home_create'] && home !== DEFAULT_HOME) home = `${home.replace(/\/+$/, '')}/${String(data['username'])}`;
  const uid = typeof data['uid'] === 'number' ? data['uid'] : nextId(state.users.list().map((u) => u.uid));
  const group = state.groups.get(groupId!)!;
  if (home !== DEFAULT_HOME && data['home_create']) {
    state.directories.add(home);
    state.pathPerms.set(home, { uid, gid: group.gid, mode: parseInt(String(data['home_mode'] ?? '700'), 8) });
  }
  const user = state.users.insert({
    uid,
    username: String(data['username']),
    full_name: String(data['full_name']),
    email: (data['email'] as string | null | undefined) ?? null,
    group: groupId!,
    groups,
    home,
    shell: String(data['shell'] ?? '/usr/bin/zsh'),
    smb,
    sshpubkey: authorizedKeys(data['sshpubkey']),
    locked: data['locked'] === true,
    password_disabled: data['password_disabled'] === true,
    ssh_password_enabled: data['ssh_password_enabled'] === true,
    sudo_commands: (data['sudo_commands'] as string[] | undefined) ?? [],
    sudo_commands_nopasswd: (data['sudo_commands_nopasswd'] as string[] | undefined) ?? [],
    builtin: false,
    immutable: false,
    hasPassword: Boolean(data['password']),
    webshare: data['webshare'] === true,
    userns_idmap: (data['userns_idmap'] as SimUser['userns_idmap']) ?? null,
  });
  return fitReturns(ctx, 'user.create', userRow(state, user));
}

function updateUser(id: number, data: Record<string, unknown>, ctx: CallContext): unknown {
  const { state } = ctx;
  const user = mustExist(state.users.get(id), 'User', id);
  validateUser(ctx, 'user_update', data, user);
  const verrors = new Verrors();
  if (user.immutable) {
    if ('home_mode' in data) verrors.add('user_update.home_mode', 'This attribute cannot be changed');
    // `group` is compared with the stored group object, which no id equals (plugins/account.py:879-882 @TS-25.10.6).
    if ('group' in data) verrors.add('user_update.group', 'This attribute cannot be changed');
    for (const key of ['home', 'username', 'smb'] as const)
      if (key in data && data[key] !== user[key]) verrors.add(`user_update.${key}`, 'This attribute cannot be changed');
    if ('userns_idmap' in data && data['userns_idmap'] !== (user.userns_idmap ?? null))
      verrors.add('user_update.userns_idmap', 'This attribute cannot be changed');
  }
  // Root may not use WebShare (plugins/account.py:1723-1729 @TS-26.0.0-BETA.3).
  if (user.uid === 0 && data['webshare']) verrors.add('user_update.webshare', 'The root user is not allowed access via webshare.');
  if (!user.smb && data['smb'] === true && !data['password']) verrors.add('user_update.smb', 'Password must be reset in order to enable SMB authentication');
  if (data['group'] === null) verrors.add('user_update.group', 'User must have a primary group');
  else if (typeof data['group'] === 'number' && !state.groups.get(data['group']))
    verrors.add('user_update.group', `Group ${data['group']} not found`, Errno.ENOENT);
  verrors.check();
  Object.assign(user, userInput(data));
  return fitReturns(ctx, 'user.update', userRow(state, user));
}

function deleteUser(id: number, options: unknown[], ctx: CallContext): unknown {
  const { state } = ctx;
  const user = mustExist(state.users.get(id), 'User', id);
  if (user.builtin) throw new SimCallError(Errno.EINVAL, 'Cannot delete a built-in user');
  if (user.immutable) throw new SimCallError(Errno.EINVAL, 'Cannot delete an immutable user');
  const deleteGroup = (options[0] as { delete_group?: boolean } | undefined)?.delete_group ?? true;
  const primary = state.groups.get(user.group);
  state.users.delete(id);
  for (const key of state.apiKeys.list().filter((k) => k.userId === id)) state.apiKeys.delete(key.id);
  if (deleteGroup && primary && !primary.builtin) {
    const used = state.users.list().some((u) => u.group === primary.id || u.groups.includes(primary.id));
    if (!used && !state.privileges.list().some((p) => p.local_groups.includes(primary.gid))) state.groups.delete(primary.id);
  }
  return id;
}

function validateGroup(state: SimState, schema: string, data: Record<string, unknown>, old?: SimGroup): void {
  const verrors = new Verrors();
  if (typeof data['name'] === 'string') {
    if (state.groups.list().some((g) => g.name === data['name'] && g.id !== old?.id))
      verrors.add(`${schema}.name`, `A Group with the name "${data['name']}" already exists.`, Errno.EEXIST);
    checkName(verrors, `${schema}.name`, data['name']);
  }
  if (typeof data['gid'] === 'number') {
    const holder = state.groups.list().find((g) => g.gid === data['gid']);
    if (holder) verrors.add(`${schema}.gid`, `Gid ${data['gid']} is already used (group ${holder.name} has it)`, Errno.EEXIST);
    const privilege = state.privileges.list().find((p) => p.local_groups.includes(data['gid'] as number));
    if (privilege) verrors.add(`${schema}.gid`, `A privilege '${privilege.name}' already uses this group ID.`);
  }
  verrors.check();
}

/**
 * group.update with `userns_idmap` at all (even null) on a group holding roles or a builtin one
 * (plugins/account.py `__common_validation` @TS-25.10.6:2350-2362, TS-25.04.2.6:2305-2317, TS-26.0.0-BETA.3:2510-2526).
 */
function checkGroupIdmap(state: SimState, data: Record<string, unknown>, group: SimGroup): void {
  if (!('userns_idmap' in data)) return;
  const verrors = new Verrors();
  if (state.privileges.list().some((p) => p.roles.length > 0 && p.local_groups.includes(group.gid)))
    verrors.add('group_update.userns_idmap', 'User namespace idmaps may not be configured for privileged accounts.');
  if (group.builtin) verrors.add('group_update.userns_idmap', 'User namespace idmaps may not be configured for builtin accounts.');
  verrors.check();
}

function groupInput(data: Record<string, unknown>): Partial<SimGroup> {
  const out: Partial<SimGroup> = {};
  for (const key of ['name', 'smb', 'sudo_commands', 'sudo_commands_nopasswd', 'userns_idmap'] as const)
    if (data[key] !== undefined) (out as Record<string, unknown>)[key] = data[key];
  return out;
}

/** Sets the members of a group from a group.create/update `users` list (user ids). */
function setMembers(state: SimState, group: SimGroup, users: unknown): void {
  if (!Array.isArray(users)) return;
  for (const user of state.users.list()) {
    const member = users.includes(user.id);
    if (member && !user.groups.includes(group.id)) user.groups.push(group.id);
    if (!member) user.groups = user.groups.filter((id) => id !== group.id);
  }
}

function deleteGroup(id: number, options: unknown[], ctx: CallContext): unknown {
  const { state } = ctx;
  const group = mustExist(state.groups.get(id), 'Group', id);
  if (group.builtin) throw new SimCallError(Errno.EACCES, 'A built-in group cannot be deleted.');
  const privilege = state.privileges.list().find((p) => p.local_groups.includes(group.gid));
  if (privilege)
    throw new SimCallError(
      Errno.EACCES,
      `This group is used by privilege '${privilege.name}'. Please remove it from that privilege first, then delete the group.`,
    );
  const nogroup = state.groups.list().find((g) => g.name === 'nogroup')!;
  const deleteUsers = (options[0] as { delete_users?: boolean } | undefined)?.delete_users ?? false;
  for (const user of state.users.list()) {
    user.groups = user.groups.filter((g) => g !== id);
    if (user.group !== id) continue;
    if (deleteUsers) state.users.delete(user.id);
    else user.group = nogroup.id;
  }
  state.groups.delete(id);
  return id;
}

function privilegeRow(ctx: CallContext, privilege: import('../accounts.js').SimPrivilege): Record<string, unknown> {
  const { state } = ctx;
  const groups = privilege.local_groups.map((gid) => {
    const group = state.groups.list().find((g) => g.gid === gid);
    return group ? fitReturns(ctx, 'group.query', groupRow(state, group)) : { gid, group: null, sid: null };
  });
  return { ...privilege, local_groups: groups, ds_groups: [] };
}

function validatePrivilege(state: SimState, release: TrueNASRelease, schema: string, data: Record<string, unknown>, selfId?: number): void {
  const verrors = new Verrors();
  if (state.privileges.list().some((p) => p.name === data['name'] && p.id !== selfId)) verrors.add(`${schema}.name`, 'Object with this name already exists');
  ((data['local_groups'] as number[] | undefined) ?? []).forEach((gid, index) => {
    if (!state.groups.list().some((g) => g.gid === gid))
      verrors.add(
        `${schema}.local_groups.${index}`,
        `${gid}: local group does not exist. This error may be addressed by either re-creating the missing group with the specified group id or removing this entry from the privilege.`,
      );
  });
  ((data['ds_groups'] as unknown[] | undefined) ?? []).forEach((group, index) =>
    verrors.add(
      `${schema}.ds_groups.${index}`,
      `${String(group)}: directory service group does not exist. If the directory service state is healthy, then this error may be addressed by removing this entry from the privilege.`,
    ),
  );
  ((data['roles'] as string[] | undefined) ?? []).forEach((role, index) => {
    if (!isRole(release, role)) verrors.add(`${schema}.roles.${index}`, 'Invalid role');
  });
  verrors.check();
}

function apiKeyRow(state: SimState, key: import('../accounts.js').SimApiKey): Record<string, unknown> {
  const user = state.users.get(key.userId);
  return {
    id: key.id,
    name: key.name,
    username: user?.username ?? key.username,
    user_identifier: String(key.userId),
    keyhash: '$pbkdf2-sha512$500000$sim$hash',
    salt: 'c2lt',
    server_key: 'c2VydmVy',
    stored_key: 'c3RvcmVk',
    iterations: 500000,
    created_at: { $date: key.created_at },
    expires_at: key.expires_at === null ? null : { $date: key.expires_at },
    local: true,
    revoked: key.revoked,
    revoked_reason: null,
  };
}

function validateApiKey(state: SimState, schema: string, name: unknown, expiresAt: unknown, selfId?: number): number | null {
  const verrors = new Verrors();
  if (state.apiKeys.list().some((k) => k.name === name && k.id !== selfId)) verrors.add(schema, 'name must be unique');
  const expires = typeof expiresAt === 'string' ? Date.parse(expiresAt) : null;
  if (expires !== null && expires < Date.now()) verrors.add(schema, 'Expiration date is in the past');
  verrors.check();
  return expires;
}

export const accountMethods: MethodTable = {
  ...crud<number>('user', {
    noun: 'User',
    rows: (ctx) => [
      ...ctx.state.users.list().map((user) => fitReturns(ctx, 'user.query', userRow(ctx.state, user))),
      fitReturns(ctx, 'user.query', containerRootRow(ctx.version)),
    ],
    create: createUser,
    update: updateUser,
    delete: deleteUser,
    deleteParams: ['options'],
  }),
  ...crud<number>('group', {
    noun: 'Group',
    rows: (ctx) => ctx.state.groups.list().map((group) => fitReturns(ctx, 'group.query', groupRow(ctx.state, group))),
    create: (data, { state }) => {
      validateGroup(state, 'group_create', data);
      const gid = typeof data['gid'] === 'number' ? data['gid'] : nextId(state.groups.list().map((g) => g.gid));
      const group = state.groups.insert({
        gid,
        name: String(data['name']),
        smb: data['smb'] !== false,
        sudo_commands: [],
        sudo_commands_nopasswd: [],
        builtin: false,
        ...groupInput(data),
      });
      setMembers(state, group, data['users']);
      return group.id;
    },
    update: (id, data, { state }) => {
      const group = mustExist(state.groups.get(id), 'Group', id);
      validateGroup(state, 'group_update', data, group);
      checkGroupIdmap(state, data, group);
      Object.assign(group, groupInput(data));
      setMembers(state, group, data['users']);
      return id;
    },
    delete: deleteGroup,
    deleteParams: ['options'],
  }),
  ...crud<number>('privilege', {
    noun: 'Privilege',
    rows: (ctx) => ctx.state.privileges.list().map((p) => fitReturns(ctx, 'privilege.query', privilegeRow(ctx, p))),
    create: (data, ctx) => {
      const input = { local_groups: [], ds_groups: [], roles: [], ...data } as Record<string, unknown>;
      validatePrivilege(ctx.state, ctx.schema.release, 'privilege_create', input);
      const privilege = ctx.state.privileges.insert({
        name: String(input['name']),
        builtin_name: null,
        local_groups: input['local_groups'] as number[],
        ds_groups: [],
        roles: input['roles'] as string[],
        web_shell: input['web_shell'] === true,
      });
      return fitReturns(ctx, 'privilege.create', privilegeRow(ctx, privilege));
    },
    update: (id, data, ctx) => {
      const privilege = mustExist(ctx.state.privileges.get(id), 'Privilege', id);
      const merged = { ...privilege, ...data } as Record<string, unknown>;
      if (privilege.builtin_name) {
        const verrors = new Verrors();
        for (const key of ['name', 'roles'] as const)
          if (JSON.stringify(merged[key]) !== JSON.stringify(privilege[key]))
            verrors.add(`privilege_update.${key}`, 'This field is read-only for built-in privileges');
        verrors.check();
      }
      validatePrivilege(ctx.state, ctx.schema.release, 'privilege_update', merged, id);
      Object.assign(privilege, { name: merged['name'], local_groups: merged['local_groups'], roles: merged['roles'], web_shell: merged['web_shell'] });
      return fitReturns(ctx, 'privilege.update', privilegeRow(ctx, privilege));
    },
    delete: (id, _options, { state }) => {
      const privilege = mustExist(state.privileges.get(id), 'Privilege', id);
      if (privilege.builtin_name) throw new SimCallError(Errno.EPERM, 'Unable to delete built-in privilege');
      return state.privileges.delete(id);
    },
  }),
  ...crud<number>('api_key', {
    noun: 'ApiKey',
    rows: (ctx) => ctx.state.apiKeys.list().map((key) => fitReturns(ctx, 'api_key.query', apiKeyRow(ctx.state, key))),
    create: (data, ctx) => {
      const { state } = ctx;
      const expires = validateApiKey(state, 'api_key_create', data['name'], data['expires_at']);
      const user = state.users.list().find((u) => u.username === data['username']);
      const verrors = new Verrors();
      // The server looks the owner up with user.query, which has the synthetic container root (no roles).
      if (!user && data['username'] === CONTAINER_ROOT_NAME) verrors.add('api_key_create', 'User lacks privilege role membership.');
      else if (!user) verrors.add('api_key_create', 'User does not exist.');
      else if (userRoles(state, user).length === 0) verrors.add('api_key_create', 'User lacks privilege role membership.');
      verrors.check();
      const secret = randomBytes(32).toString('hex');
      const key = state.apiKeys.insert({
        name: String(data['name']),
        username: user!.username,
        userId: user!.id,
        secret,
        created_at: Date.now(),
        expires_at: expires,
        revoked: false,
      });
      return { ...fitReturns(ctx, 'api_key.create', { ...apiKeyRow(state, key), client_key: 'Y2xpZW50' }), key: `${key.id}-${secret}` };
    },
    update: (id, data, ctx) => {
      const key = mustExist(ctx.state.apiKeys.get(id), 'ApiKey', id);
      const name = data['name'] ?? key.name;
      const expires =
        'expires_at' in data
          ? validateApiKey(ctx.state, 'api_key_update', name, data['expires_at'], id)
          : (validateApiKey(ctx.state, 'api_key_update', name, null, id), key.expires_at);
      Object.assign(key, { name, expires_at: expires });
      const row = fitReturns(ctx, 'api_key.update', apiKeyRow(ctx.state, key));
      if (data['reset'] !== true) return row;
      key.secret = randomBytes(32).toString('hex');
      key.revoked = false;
      return { ...row, key: `${key.id}-${key.secret}` };
    },
    delete: deleteFrom((state) => state.apiKeys, 'ApiKey'),
  }),
};
