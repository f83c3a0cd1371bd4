// The simulated system's local accounts: the rows user.*, group.*, privilege.* and api_key.*
// work on, and the builtin users, groups and privileges a fresh TrueNAS SCALE install has
// (truenas/middleware src/middlewared/middlewared/plugins/account_/constants.py,
// utils/privilege_constants.py, migration 0002_add_builtin_privileges @TS-25.10.6).
import type { SimState } from './state.js';

export interface SimUser {
  id: number;
  uid: number;
  username: string;
  full_name: string;
  email: string | null;
  /** Datastore id of the primary group. */
  group: number;
  /** Datastore ids of auxiliary groups. */
  groups: number[];
  home: string;
  shell: string;
  smb: boolean;
  sshpubkey: string | null;
  locked: boolean;
  password_disabled: boolean;
  ssh_password_enabled: boolean;
  sudo_commands: string[];
  sudo_commands_nopasswd: string[];
  builtin: boolean;
  immutable: boolean;
  /** Whether a password is set (the real server keeps hashes, never the text). */
  hasPassword: boolean;
  /** Container subuid mapping: 'DIRECT', a target uid, or none (plugins/account.py:304-307 @TS-25.10.6). */
  userns_idmap?: 'DIRECT' | number | null;
  webshare: boolean;
}

export interface SimGroup {
  id: number;
  gid: number;
  name: string;
  smb: boolean;
  sudo_commands: string[];
  sudo_commands_nopasswd: string[];
  builtin: boolean;
  /** Container subgid mapping: 'DIRECT', a target gid, or none. */
  userns_idmap?: 'DIRECT' | number | null;
}

export interface SimPrivilege {
  id: number;
  name: string;
  builtin_name: string | null;
  /** GIDs of local groups. */
  local_groups: number[];
  ds_groups: (number | string)[];
  roles: string[];
  web_shell: boolean;
}

export interface SimApiKey {
  id: number;
  name: string;
  username: string;
  userId: number;
  secret: string;
  created_at: number;
  expires_at: number | null;
  revoked: boolean;
}

export interface SimPathPerms {
  uid: number;
  gid: number;
  /** Permission bits, e.g. 0o750. */
  mode: number;
}

/** First id handed out automatically (MIN_AUTO_XID, account_/constants.py). */
export const MIN_AUTO_XID = 3000;
export const DEFAULT_HOME = '/var/empty';
export const NO_LOGIN_SHELL = '/usr/sbin/nologin';
/** Builtin groups a local user may still join (ALLOWED_BUILTIN_GIDS, account_/constants.py). */
export const ALLOWED_BUILTIN_GIDS = new Set([14, 445, 544, 545, 568, 951, 952]);

const builtinGroups: [name: string, gid: number, smb?: boolean][] = [
  ['root', 0],
  ['daemon', 1],
  ['bin', 2],
  ['sys', 3],
  ['adm', 4],
  ['ftp', 14],
  ['www-data', 33],
  ['builtin_administrators', 544, true],
  ['builtin_users', 545, true],
  ['builtin_guests', 546, true],
  ['apps', 568],
  ['truenas_readonly_administrators', 951],
  ['truenas_sharing_administrators', 952],
  ['nogroup', 65534],
];

const builtinUsers: [name: string, uid: number, group: string, home: string, shell: string][] = [
  ['root', 0, 'root', '/root', '/usr/bin/zsh'],
  ['daemon', 1, 'daemon', '/usr/sbin', NO_LOGIN_SHELL],
  ['bin', 2, 'bin', '/bin', NO_LOGIN_SHELL],
  ['www-data', 33, 'www-data', '/var/www', NO_LOGIN_SHELL],
  ['apps', 568, 'apps', DEFAULT_HOME, NO_LOGIN_SHELL],
  ['nobody', 65534, 'nogroup', '/nonexistent', NO_LOGIN_SHELL],
];

function userRow(fields: Partial<SimUser> & Pick<SimUser, 'uid' | 'username' | 'group'>): Omit<SimUser, 'id'> {
  return {
    full_name: fields.username,
    email: null,
    groups: [],
    home: DEFAULT_HOME,
    shell: NO_LOGIN_SHELL,
    smb: false,
    sshpubkey: null,
    locked: false,
    password_disabled: true,
    ssh_password_enabled: false,
    sudo_commands: [],
    sudo_commands_nopasswd: [],
    builtin: false,
    immutable: false,
    hasPassword: false,
    webshare: false,
    ...fields,
  };
}

/**
 * The accounts of a fresh install: builtin users and groups, the local administrator
 * `truenas_admin` (uid/gid 950, member of builtin_administrators, set up at install time by
 * user.setup_local_administrator) and the three builtin privileges.
 */
export function seedAccounts(state: SimState): void {
  const byName = new Map<string, number>();
  for (const [name, gid, smb] of builtinGroups) {
    byName.set(name, state.groups.insert({ gid, name, smb: smb ?? false, sudo_commands: [], sudo_commands_nopasswd: [], builtin: true }).id);
  }
  const admins = byName.get('builtin_administrators')!;
  for (const [username, uid, group, home, shell] of builtinUsers) {
    state.users.insert(
      userRow({
        uid,
        username,
        group: byName.get(group)!,
        home,
        shell,
        builtin: true,
        immutable: true,
        full_name: username === 'root' ? 'root' : username,
        groups: username === 'root' ? [admins] : [],
        password_disabled: username !== 'root',
        hasPassword: username === 'root',
      }),
    );
  }
  const adminGroup = state.groups.insert({ gid: 950, name: 'truenas_admin', smb: false, sudo_commands: [], sudo_commands_nopasswd: [], builtin: false });
  state.users.insert(
    userRow({
      uid: 950,
      username: 'truenas_admin',
      full_name: 'Local Administrator',
      group: adminGroup.id,
      groups: [admins],
      home: '/home/truenas_admin',
      shell: '/usr/bin/zsh',
      password_disabled: false,
      hasPassword: true,
      // immutable = builtin or uid == ADMIN_UID (plugins/account.py:301 @TS-25.10.6).
      immutable: true,
    }),
  );
  const privilege = (name: string, builtin: string, gid: number, roles: string[], webShell: boolean) =>
    state.privileges.insert({ name, builtin_name: builtin, local_groups: [gid], ds_groups: [], roles, web_shell: webShell });
  privilege('Local Administrator', 'LOCAL_ADMINISTRATOR', 544, ['FULL_ADMIN'], true);
  privilege('Read-Only Administrator', 'READONLY_ADMINISTRATOR', 951, ['READONLY_ADMIN'], false);
  privilege('Sharing Administrator', 'SHARING_ADMINISTRATOR', 952, ['SHARING_ADMIN'], false);
}
