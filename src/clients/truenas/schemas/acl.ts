// Filesystem ACLs (`filesystem.getacl` / `filesystem.setacl`) and ACL templates
// (`filesystem.acltemplate.*`), as api/v25_10_0/acl.py @TS-25.10.6 defines them (the same in
// 25.04 and 26.0, except that 26.0 dropped the `canonicalize` option of setacl).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

/** NFSv4 permissions: a basic set, or every advanced flag spelled out. */
const nfs4Perms = lazySchema(() => z.union([z.object({ BASIC: z.string() }), z.record(z.string(), z.boolean())]));
/** NFSv4 inheritance flags: INHERIT / NOINHERIT, or every advanced flag spelled out. */
const nfs4Flags = lazySchema(() => z.union([z.object({ BASIC: z.string() }), z.record(z.string(), z.boolean())]));

export const nfs4AceSchema = lazySchema(() =>
  z.object({
    tag: z.string(),
    type: z.string(),
    perms: nfs4Perms,
    flags: nfs4Flags,
    id: z.number().nullish(),
    who: z.string().nullish(),
  }),
);
export type Nfs4Ace = z.output<typeof nfs4AceSchema>;

export const posixAceSchema = lazySchema(() =>
  z.object({
    tag: z.string(),
    default: z.boolean(),
    perms: z.object({ READ: z.boolean(), WRITE: z.boolean(), EXECUTE: z.boolean() }),
    id: z.number().nullish(),
    who: z.string().nullish(),
  }),
);
export type PosixAce = z.output<typeof posixAceSchema>;

/** What every getacl answer has: the path and its owner (names only with resolve_ids). */
const aclBase = () => ({
  path: z.string(),
  uid: z.number().nullable(),
  gid: z.number().nullable(),
  user: z.string().nullable(),
  group: z.string().nullable(),
});

export const pathAclSchema = lazySchema(() =>
  z.discriminatedUnion('acltype', [
    z.object({
      acltype: z.literal('NFS4'),
      ...aclBase(),
      acl: z.array(nfs4AceSchema),
      aclflags: z.object({ autoinherit: z.boolean(), protected: z.boolean(), defaulted: z.boolean() }).partial(),
      trivial: z.boolean(),
    }),
    z.object({
      acltype: z.literal('POSIX1E'),
      ...aclBase(),
      acl: z.array(posixAceSchema),
      trivial: z.boolean(),
    }),
    z.object({
      acltype: z.literal('DISABLED'),
      ...aclBase(),
      acl: z.null(),
      trivial: z.boolean(),
    }),
  ]),
);
export type PathAcl = z.output<typeof pathAclSchema>;

export interface SetAclOptions {
  stripacl?: boolean;
  recursive?: boolean;
  traverse?: boolean;
  /** Not in 26.0 (always canonical there): leave it out on that release. */
  canonicalize?: boolean;
  validate_effective_acl?: boolean;
}

export interface SetAcl {
  path: string;
  dacl: Nfs4Ace[] | PosixAce[];
  options?: SetAclOptions;
  uid?: number | null;
  gid?: number | null;
  user?: string | null;
  group?: string | null;
  acltype?: 'NFS4' | 'POSIX1E' | null;
}

export const aclTemplateSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    builtin: z.boolean(),
    name: z.string(),
    acltype: z.enum(['NFS4', 'POSIX1E']),
    acl: z.union([z.array(nfs4AceSchema), z.array(posixAceSchema)]),
    comment: z.string(),
  }),
);
export type AclTemplate = z.output<typeof aclTemplateSchema>;

export interface AclTemplateCreate {
  name: string;
  acltype: 'NFS4' | 'POSIX1E';
  acl: Nfs4Ace[] | PosixAce[];
  comment?: string;
}
export type AclTemplateUpdate = Partial<AclTemplateCreate>;
