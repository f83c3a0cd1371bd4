// NFS shares. Fields the providers do not model are dropped: zod keeps only what is declared.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const nfsShareSchema = lazySchema(() =>
  z.object({
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
  }),
);
export type NfsShare = z.output<typeof nfsShareSchema>;
export type NfsShareCreate = Partial<Omit<NfsShare, 'id' | 'locked'>> & { path: string };
