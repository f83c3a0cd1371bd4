// iSCSI objects: global config, portals, initiator groups, auth credentials, targets, extents
// and target-to-extent mappings.
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';

export const iscsiGlobalSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    basename: z.string(),
    isns_servers: z.array(z.string()),
    listen_port: z.number(),
    pool_avail_threshold: z.number().nullable(),
    alua: z.boolean(),
    iser: z.boolean().optional(),
  }),
);
export type IscsiGlobal = z.output<typeof iscsiGlobalSchema>;
export type IscsiGlobalUpdate = Partial<Omit<IscsiGlobal, 'id'>>;

export const portalSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    listen: z.array(z.object({ ip: z.string(), port: z.number() })),
    tag: z.number(),
    comment: z.string(),
  }),
);
export type Portal = z.output<typeof portalSchema>;
export interface PortalCreate {
  listen: { ip: string }[];
  comment?: string;
}

export const initiatorSchema = lazySchema(() => z.object({ id: z.number(), initiators: z.array(z.string()), comment: z.string() }));
export type Initiator = z.output<typeof initiatorSchema>;
export interface InitiatorCreate {
  initiators?: string[];
  comment?: string;
}

export const authSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    tag: z.number(),
    user: z.string(),
    secret: z.string(),
    peeruser: z.string(),
    peersecret: z.string(),
    discovery_auth: z.string().optional(),
  }),
);
export type IscsiAuth = z.output<typeof authSchema>;
export interface IscsiAuthCreate {
  tag: number;
  user: string;
  secret: string;
  peeruser?: string;
  peersecret?: string;
  discovery_auth?: 'NONE' | 'CHAP' | 'CHAP_MUTUAL';
}

const groupSchema = lazySchema(() =>
  z.object({
    portal: z.number(),
    initiator: z.number().nullable(),
    authmethod: z.enum(['NONE', 'CHAP', 'CHAP_MUTUAL']),
    auth: z.number().nullable(),
  }),
);
export const targetSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    alias: z.string().nullable(),
    mode: z.enum(['ISCSI', 'FC', 'BOTH']),
    groups: z.array(groupSchema),
    auth_networks: z.array(z.string()),
    rel_tgt_id: z.number().optional(),
    iscsi_parameters: z.object({ QueuedCommands: z.number().nullable().optional() }).nullable().optional(),
  }),
);
export type Target = z.output<typeof targetSchema>;
export interface TargetCreate {
  name: string;
  alias?: string | null;
  mode?: 'ISCSI' | 'FC' | 'BOTH';
  groups?: { portal: number; initiator?: number | null; authmethod?: 'NONE' | 'CHAP' | 'CHAP_MUTUAL'; auth?: number | null }[];
  auth_networks?: string[];
}

export const extentSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    type: z.enum(['DISK', 'FILE']),
    disk: z.string().nullable(),
    path: z.string(),
    filesize: z.union([z.string(), z.number()]).transform(Number),
    serial: z.string(),
    blocksize: z.number(),
    pblocksize: z.boolean(),
    avail_threshold: z.number().nullable(),
    comment: z.string(),
    naa: z.string(),
    insecure_tpc: z.boolean(),
    xen: z.boolean(),
    rpm: z.string(),
    ro: z.boolean(),
    enabled: z.boolean(),
    vendor: z.string(),
    /** 25.10 and later; "iSCSI Disk" when none was given (plugins/iscsi_/extents.py:365-366 @TS-25.10.6). */
    product_id: z.string().nullable().optional(),
  }),
);
export type Extent = z.output<typeof extentSchema>;
export interface ExtentCreate {
  name: string;
  type?: 'DISK' | 'FILE';
  disk?: string;
  path?: string;
  filesize?: number;
  serial?: string;
  blocksize?: 512 | 1024 | 2048 | 4096;
  pblocksize?: boolean;
  avail_threshold?: number | null;
  comment?: string;
  insecure_tpc?: boolean;
  xen?: boolean;
  rpm?: 'UNKNOWN' | 'SSD' | '5400' | '7200' | '10000' | '15000';
  ro?: boolean;
  enabled?: boolean;
  /** 25.10 and later: 1 to 16 characters (api/v25_10_5/iscsi_extent.py:60 @TS-25.10.6). */
  product_id?: string;
}

export const targetExtentSchema = lazySchema(() => z.object({ id: z.number(), target: z.number(), lunid: z.number(), extent: z.number() }));
export type TargetExtent = z.output<typeof targetExtentSchema>;
export interface TargetExtentCreate {
  target: number;
  extent: number;
  lunid?: number | null;
}
