// NFS and SMB shares. Fields the providers do not model pass through untyped in `extra`-free
// objects: zod keeps only what is declared.
import { z } from 'zod';

export const nfsShareSchema = z.object({
  id: z.number(),
  path: z.string(),
  aliases: z.array(z.string()).optional(),
  comment: z.string(),
  networks: z.array(z.string()),
  hosts: z.array(z.string()),
  ro: z.boolean(),
  maproot_user: z.string().nullable(),
  maproot_group: z.string().nullable(),
  mapall_user: z.string().nullable(),
  mapall_group: z.string().nullable(),
  security: z.array(z.string()),
  enabled: z.boolean(),
  locked: z.boolean().nullable().optional(),
  expose_snapshots: z.boolean().optional(),
});
export type NfsShare = z.output<typeof nfsShareSchema>;
export type NfsShareCreate = Partial<Omit<NfsShare, 'id' | 'locked'>> & { path: string };

export const smbShareSchema = z.object({
  id: z.number(),
  purpose: z.string().optional(),
  path: z.string(),
  name: z.string(),
  comment: z.string(),
  ro: z.boolean(),
  browsable: z.boolean(),
  guestok: z.boolean().optional(),
  abe: z.boolean().optional(),
  hostsallow: z.array(z.string()).optional(),
  hostsdeny: z.array(z.string()).optional(),
  timemachine: z.boolean().optional(),
  recyclebin: z.boolean().optional(),
  shadowcopy: z.boolean().optional(),
  auxsmbconf: z.string().optional(),
  enabled: z.boolean(),
  locked: z.boolean().nullable().optional(),
});
export type SmbShare = z.output<typeof smbShareSchema>;
export type SmbShareCreate = Partial<Omit<SmbShare, 'id' | 'locked'>> & { path: string; name: string };
