// zod schemas of the response shapes the client relies on. Objects are loose: the server adds
// fields between releases, and a provider only reads the ones named here.
import { z } from 'zod';
import { lazySchema } from '../common/lazy-schema.js';
import { optionalNumbers, optionalStrings } from './optional-fields.js';

/** An integer the server may send as a number or as a decimal string (`"100"`). */
export const intLike = lazySchema(() =>
  z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+$/)
      .transform(Number),
  ]),
);
/** A 0/1 flag (or boolean) as a boolean. */
export const flag = lazySchema(() =>
  z.union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1'])]).transform((v) => v === true || v === 1 || v === '1'),
);

export const nullData = lazySchema(() => z.null());
export const upidData = lazySchema(() => z.string().startsWith('UPID:'));
export const upidOrNull = lazySchema(() => upidData.nullable());

/** A guest or storage config: every value the server sends is a string or a number. */
export const configRecord = lazySchema(() => z.record(z.string(), z.union([z.string(), z.number()])));

/** A container's raw `lxc.*` entries, `[[key, value], ...]` in file order (GET .../lxc/{vmid}/config `lxc`). */
const lxcRawEntries = lazySchema(() => z.array(z.tuple([z.string(), z.string()])));

/**
 * A guest config as GET .../config returns it: the values, and apart from them a container's raw
 * `lxc.*` entries (pve-container parse_pct_config keeps them as the `lxc` array), so a container
 * with `lxc.idmap` lines reads like any other.
 */
export const guestConfigResponse = lazySchema(() =>
  z.record(z.string(), z.union([z.string(), z.number(), lxcRawEntries])).transform((record) => {
    const config: Record<string, string | number> = {};
    let raw: Array<[string, string]> = [];
    for (const [key, value] of Object.entries(record)) {
      if (!Array.isArray(value)) config[key] = value;
      else if (key === 'lxc') raw = value;
    }
    return { config, raw };
  }),
);

export const versionInfo = lazySchema(() => z.looseObject({ version: z.string(), release: z.string(), repoid: z.string() }));
/** A `/nodes` entry: the statistics only for an online node and a caller with Sys.Audit on it. */
export const nodeEntry = lazySchema(() =>
  z.looseObject({
    node: z.string(),
    status: z.string().optional(),
    maxcpu: z.number().optional(),
    maxmem: z.number().optional(),
    uptime: z.number().optional(),
  }),
);
export const nodeStatus = lazySchema(() =>
  z.looseObject({ uptime: z.number().optional(), memory: z.looseObject({ total: z.number(), used: z.number() }).optional() }),
);
export const clusterResource = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    type: z.string(),
    node: z.string().optional(),
    vmid: intLike.optional(),
    // hastate: an HA-managed guest's HA service state (pve-manager PVE/API2/Cluster.pm `resources`).
    ...optionalStrings('name', 'status', 'storage', 'pool', 'hastate'),
    template: flag.optional(),
    maxdisk: z.number().optional(),
    disk: z.number().optional(),
  }),
);

export const guestEntry = lazySchema(() =>
  z.looseObject({
    vmid: intLike,
    status: z.string(),
    name: z.string().optional(),
    template: flag.optional(),
    tags: z.string().optional(),
  }),
);
export const guestStatus = lazySchema(() =>
  z.looseObject({
    status: z.enum(['running', 'stopped']),
    vmid: intLike.optional(),
    ...optionalStrings('name', 'qmpstatus', 'lock'),
    uptime: z.number().optional(),
  }),
);
export const pendingEntry = lazySchema(() =>
  z.looseObject({
    key: z.string(),
    value: z.union([z.string(), z.number()]).optional(),
    pending: z.union([z.string(), z.number()]).optional(),
    delete: z.number().optional(),
  }),
);
export const snapshotEntry = lazySchema(() =>
  z.looseObject({
    name: z.string(),
    description: z.string().optional(),
    snaptime: z.number().optional(),
    parent: z.string().optional(),
    vmstate: flag.optional(),
  }),
);

export const taskStatus = lazySchema(() =>
  z.looseObject({
    upid: z.string(),
    node: z.string(),
    status: z.enum(['running', 'stopped']),
    exitstatus: z.string().optional(),
    type: z.string(),
    id: z.string().optional(),
    user: z.string(),
    tokenid: z.string().optional(),
    starttime: z.number(),
    pid: z.number(),
  }),
);
export const taskLogLine = lazySchema(() => z.looseObject({ n: z.number(), t: z.string() }));

export const storageConfig = lazySchema(() =>
  z.looseObject({
    storage: z.string(),
    type: z.string(),
    ...optionalStrings('digest', 'content', 'nodes'),
  }),
);
export const storageCreated = lazySchema(() => z.looseObject({ storage: z.string(), type: z.string(), config: z.record(z.string(), z.unknown()).optional() }));
export const nodeStorage = lazySchema(() =>
  z.looseObject({
    storage: z.string(),
    type: z.string(),
    content: z.string(),
    active: flag.optional(),
    enabled: flag.optional(),
    shared: flag.optional(),
    ...optionalNumbers('total', 'used', 'avail'),
  }),
);
export const storageVolume = lazySchema(() =>
  z.looseObject({
    volid: z.string(),
    format: z.string(),
    size: z.number(),
    content: z.string().optional(),
    vmid: intLike.optional(),
  }),
);
export const volumeAttributes = lazySchema(() =>
  z.looseObject({ path: z.string().optional(), size: z.number(), used: z.number().optional(), format: z.string().optional() }),
);

export const poolSummary = lazySchema(() => z.looseObject({ poolid: z.string(), comment: z.string().optional() }));
export const poolMember = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    type: z.string(),
    vmid: intLike.optional(),
    ...optionalStrings('storage', 'node', 'name'),
  }),
);
export const poolDetail = lazySchema(() => z.looseObject({ poolid: z.string(), comment: z.string().optional(), members: z.array(poolMember) }));

export const tokenInfo = lazySchema(() =>
  z.looseObject({
    tokenid: z.string().optional(),
    comment: z.string().optional(),
    expire: intLike.optional(),
    privsep: flag.optional(),
  }),
);
export const tokenCreated = lazySchema(() => z.looseObject({ info: tokenInfo, value: z.string(), 'full-tokenid': z.string() }));
export const tokenUpdated = lazySchema(() =>
  z.looseObject({ info: tokenInfo.optional(), value: z.string().optional(), 'full-tokenid': z.string().optional() }),
);
const userFields = () => ({
  enable: flag.optional(),
  expire: intLike.optional(),
  ...optionalStrings('firstname', 'lastname', 'email', 'comment', 'keys'),
});
export const userEntry = lazySchema(() =>
  z.looseObject({ userid: z.string(), ...userFields(), groups: z.string().optional(), tokens: z.array(tokenInfo).optional() }),
);
export const userDetail = lazySchema(() =>
  z.looseObject({ ...userFields(), groups: z.array(z.string()).optional(), tokens: z.record(z.string(), tokenInfo).optional() }),
);
export const groupEntry = lazySchema(() => z.looseObject({ groupid: z.string(), comment: z.string().optional(), users: z.string().optional() }));
export const groupDetail = lazySchema(() => z.looseObject({ comment: z.string().optional(), members: z.array(z.string()) }));
export const roleEntry = lazySchema(() => z.looseObject({ roleid: z.string(), privs: z.string().optional(), special: flag.optional() }));
export const rolePrivileges = lazySchema(() => z.record(z.string(), flag));
/** `GET /access/permissions`: path → privilege → whether it propagates. */
export const effectivePermissions = lazySchema(() => z.record(z.string(), z.record(z.string(), flag)));
export const aclEntry = lazySchema(() =>
  z.looseObject({ path: z.string(), type: z.enum(['user', 'group', 'token']), ugid: z.string(), roleid: z.string(), propagate: flag }),
);
/** `POST /access/ticket`; `NeedTFA` marks a TFA-data ticket, which is no login. */
export const ticketData = lazySchema(() =>
  z.looseObject({ username: z.string(), ticket: z.string(), CSRFPreventionToken: z.string(), NeedTFA: flag.optional() }),
);
export const nextIdData = intLike;
