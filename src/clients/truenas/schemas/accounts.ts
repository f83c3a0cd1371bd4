// Local accounts and access: users, groups, privileges, API keys, and the owner and mode of a
// path (filesystem.stat). Fields that differ between releases are optional here.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const userSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    uid: z.number(),
    username: z.string(),
    full_name: z.string(),
    email: z.string().nullable(),
    /**
     * The primary group's datastore row (`bsdgrp_*` keys); an empty object for the synthetic
     * users (the containers' unprivileged root every user.query lists, directory service users).
     */
    group: z.object({ id: z.number().optional(), bsdgrp_gid: z.number().optional(), bsdgrp_group: z.string().optional() }).passthrough(),
    /** Auxiliary group ids (datastore ids, not gids). */
    groups: z.array(z.number()),
    home: z.string(),
    shell: z.string(),
    smb: z.boolean(),
    sshpubkey: z.string().nullable(),
    locked: z.boolean(),
    password_disabled: z.boolean(),
    /** Absent from 25.04's synthetic users (idmap.py synthetic_user @TS-25.04.2.6). */
    ssh_password_enabled: z.boolean().default(false),
    sudo_commands: z.array(z.string()),
    sudo_commands_nopasswd: z.array(z.string()),
    builtin: z.boolean(),
    local: z.boolean(),
    /** "DIRECT", a target id or null (api/v25_10_5/user.py, group.py @TS-25.10.6). */
    userns_idmap: z.union([z.literal('DIRECT'), z.number()]).nullish(),
    /** 26.0 and later: membership of truenas_webshare (plugins/account.py:366 @TS-26.0.0-BETA.3). */
    webshare: z.boolean().optional(),
  }),
);
export type User = z.output<typeof userSchema>;

export interface UserCreate {
  username: string;
  full_name: string;
  uid?: number | null;
  group?: number | null;
  group_create?: boolean;
  groups?: number[];
  home?: string;
  home_create?: boolean;
  shell?: string;
  email?: string | null;
  password?: string | null;
  password_disabled?: boolean;
  locked?: boolean;
  smb?: boolean;
  ssh_password_enabled?: boolean;
  sshpubkey?: string | null;
  sudo_commands?: string[];
  sudo_commands_nopasswd?: string[];
  /** 26.0 and later. */
  webshare?: boolean;
  userns_idmap?: 'DIRECT' | number | null;
}
export type UserUpdate = Partial<Omit<UserCreate, 'group_create' | 'uid'>>;

export const groupSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    gid: z.number(),
    name: z.string(),
    group: z.string(),
    smb: z.boolean(),
    sudo_commands: z.array(z.string()),
    sudo_commands_nopasswd: z.array(z.string()),
    users: z.array(z.number()),
    builtin: z.boolean(),
    local: z.boolean(),
    /** "DIRECT", a target id or null (api/v25_10_5/user.py, group.py @TS-25.10.6). */
    userns_idmap: z.union([z.literal('DIRECT'), z.number()]).nullish(),
  }),
);
export type Group = z.output<typeof groupSchema>;

export interface GroupCreate {
  name: string;
  gid?: number | null;
  smb?: boolean;
  sudo_commands?: string[];
  sudo_commands_nopasswd?: string[];
  userns_idmap?: 'DIRECT' | number | null;
}
export type GroupUpdate = Partial<Omit<GroupCreate, 'gid'>>;

export const privilegeSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    builtin_name: z.string().nullable(),
    local_groups: z.array(z.object({ id: z.number().optional(), gid: z.number() }).passthrough()),
    ds_groups: z.array(z.unknown()),
    roles: z.array(z.string()),
    web_shell: z.boolean(),
  }),
);
export type Privilege = z.output<typeof privilegeSchema>;

export interface PrivilegeCreate {
  name: string;
  /** Group ids (gids of local groups). */
  local_groups?: number[];
  ds_groups?: (number | string)[];
  roles?: string[];
  web_shell: boolean;
}
export type PrivilegeUpdate = Partial<PrivilegeCreate>;

/** ISO date text; the JSON-RPC transports send `{"$date": ms}`, decoded to ISO here. */
const isoDate = lazySchema(() => z.union([z.object({ $date: z.number() }).transform((d) => new Date(d.$date).toISOString()), z.string()]));

export const apiKeySchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    username: z.string().nullable(),
    expires_at: isoDate.nullable(),
    revoked: z.boolean(),
    local: z.boolean(),
  }),
);
export type ApiKey = z.output<typeof apiKeySchema>;

/** What api_key.create answers: the row plus the key itself, shown this once. */
export const createdApiKeySchema = lazySchema(() => apiKeySchema.extend({ key: z.string() }));
export type CreatedApiKey = z.output<typeof createdApiKeySchema>;

export interface ApiKeyCreate {
  name: string;
  username: string;
  expires_at?: string | null;
}
export interface ApiKeyUpdate {
  name?: string;
  expires_at?: string | null;
  reset?: boolean;
}

export const pathStatSchema = lazySchema(() =>
  z.object({
    realpath: z.string(),
    type: z.string(),
    uid: z.number(),
    gid: z.number(),
    user: z.string().nullable(),
    group: z.string().nullable(),
    mode: z.number(),
    acl: z.boolean(),
  }),
);
export type PathStat = z.output<typeof pathStatSchema>;

export interface SetPermissions {
  path: string;
  mode?: string | null;
  uid?: number | null;
  gid?: number | null;
  user?: string | null;
  group?: string | null;
  options?: { recursive?: boolean; stripacl?: boolean; traverse?: boolean };
}
