// Stored ACLs of paths and the ACL template table of the simulated server. The built-in
// templates are those the database migrations insert (truenas/middleware
// src/middlewared/middlewared/alembic/versions/22.02/2021-08-26_14-35_add-acl-templates.py and
// 2022-07-11_10-37_add_acltemplate_comment.py @TS-25.10.6), in that order, with their comments.

/** An NFSv4 entry as ZFS keeps it: the access mask and flags as sets of names. */
export interface SimNfs4Ace {
  tag: string;
  id: number;
  type: string;
  perms: string[];
  flags: string[];
}

export interface SimPosixAce {
  tag: string;
  id: number;
  default: boolean;
  perms: { READ: boolean; WRITE: boolean; EXECUTE: boolean };
}

/** A non-trivial ACL set with filesystem.setacl (paths without one have the trivial ACL of their mode). */
export type SimPathAcl =
  | { acltype: 'NFS4'; acl: SimNfs4Ace[]; aclflags: { autoinherit: boolean; protected: boolean; defaulted: boolean } }
  | { acltype: 'POSIX1E'; acl: SimPosixAce[] };

export interface SimAclTemplate {
  id: number;
  name: string;
  acltype: 'NFS4' | 'POSIX1E';
  /** The entries as stored (API shape; `who` is dropped before storing). */
  acl: Record<string, unknown>[];
  comment: string;
  builtin: boolean;
}

const all = { READ: true, WRITE: true, EXECUTE: true };
const none = { READ: false, WRITE: false, EXECUTE: false };
const rx = { READ: true, WRITE: false, EXECUTE: true };
const nfs4 = (tag: string, perms: string, flags: Record<string, unknown>, id: number | null = null) => ({
  tag,
  id,
  perms: { BASIC: perms },
  flags,
  type: 'ALLOW',
});
const inherit = { BASIC: 'INHERIT' };
const noinherit = { BASIC: 'NOINHERIT' };
const posix = (isDefault: boolean, tag: string, perms: typeof all, id = -1) => ({ default: isDefault, tag, id, perms });
/** USER_OBJ, GROUP_OBJ and OTHER, default entries first, as the migration lists them. */
const posixUgo = (other: typeof all, accessOther: typeof all) => [
  posix(true, 'USER_OBJ', all),
  posix(true, 'GROUP_OBJ', all),
  posix(true, 'OTHER', other),
  posix(false, 'USER_OBJ', all),
  posix(false, 'GROUP_OBJ', all),
  posix(false, 'OTHER', accessOther),
];

const HOME_COMMENT = "Template for special Samba homes share that only grants read and write access to the home share's owner.";
const ADMIN_COMMENT = 'Template restricting access to local and domain administrators.';

export function builtinAclTemplates(): Omit<SimAclTemplate, 'id'>[] {
  const builtin = (name: string, acltype: 'NFS4' | 'POSIX1E', acl: Record<string, unknown>[], comment: string) => ({
    name,
    acltype,
    acl,
    comment,
    builtin: true,
  });
  return [
    builtin(
      'NFS4_OPEN',
      'NFS4',
      [nfs4('owner@', 'FULL_CONTROL', inherit), nfs4('group@', 'FULL_CONTROL', inherit), nfs4('everyone@', 'MODIFY', inherit)],
      'Template that grants full control to owner@, group@, and everyone@ special entries.',
    ),
    builtin(
      'NFS4_RESTRICTED',
      'NFS4',
      [nfs4('owner@', 'FULL_CONTROL', inherit), nfs4('group@', 'MODIFY', inherit)],
      "Template that omits access for the everyone@ special entry. The template may optionally include the special-purpose 'builtin_users' and 'builtin_administrators' groups as well as Domain Users and Domain Admins groups in Active Directory environments.",
    ),
    builtin(
      'NFS4_HOME',
      'NFS4',
      [nfs4('owner@', 'FULL_CONTROL', inherit), nfs4('group@', 'MODIFY', noinherit), nfs4('everyone@', 'TRAVERSE', noinherit)],
      HOME_COMMENT,
    ),
    builtin(
      'NFS4_DOMAIN_HOME',
      'NFS4',
      [
        nfs4('owner@', 'FULL_CONTROL', inherit),
        nfs4('group@', 'MODIFY', { DIRECTORY_INHERIT: true, INHERIT_ONLY: true, NO_PROPAGATE_INHERIT: true }),
        nfs4('everyone@', 'TRAVERSE', noinherit),
      ],
      "Template for special Samba homes share in Active Directory (AD) domains. This is differentiated from non-AD homes share in that the entries are optimized to handle the case where the share's connectpath auto-expands to contain user's domain and name.",
    ),
    builtin('POSIX_OPEN', 'POSIX1E', posixUgo(all, all), 'Template that grants read, write, and execute permissions to all users.'),
    builtin(
      'POSIX_RESTRICTED',
      'POSIX1E',
      posixUgo(none, none),
      "Template that grants read, write, and execute to owner and group, but not other. The template may optionally include the special-purpose 'builtin_users' and 'builtin_administrators' groups as well as Domain Users and Domain Admins groups in Active Directory environments.",
    ),
    builtin('POSIX_HOME', 'POSIX1E', posixUgo(none, rx), HOME_COMMENT),
    builtin(
      'NFS4_ADMIN',
      'NFS4',
      [nfs4('owner@', 'FULL_CONTROL', inherit), nfs4('group@', 'TRAVERSE', inherit), nfs4('GROUP', 'FULL_CONTROL', inherit, 544)],
      ADMIN_COMMENT,
    ),
    builtin(
      'POSIX_ADMIN',
      'POSIX1E',
      [
        posix(true, 'USER_OBJ', all),
        posix(true, 'GROUP_OBJ', all),
        posix(true, 'MASK', all),
        posix(true, 'OTHER', none),
        posix(true, 'GROUP', all, 544),
        posix(false, 'USER_OBJ', all),
        posix(false, 'GROUP_OBJ', all),
        posix(false, 'MASK', all),
        posix(false, 'OTHER', rx),
        posix(false, 'GROUP', all, 544),
      ],
      ADMIN_COMMENT,
    ),
  ];
}
