// Read-only views of a node's or the cluster's state: membership and quorum (`/cluster/status`),
// the HA manager's view (`/cluster/ha/status/current`), Ceph (`/cluster/ceph/status`), a node's
// disks (`/nodes/{node}/disks/list`) and a node's task history (`/nodes/{node}/tasks`).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { optionalNumbers, optionalStrings } from '../optional-fields.js';
import { ProxmoxApiError } from '../errors.js';
import { apiPath } from '../http.js';
import { flag } from '../schemas.js';
import type { EndpointContext } from './context.js';

/** One `/cluster/status` entry; the flags are 0/1 from pmxcfs, booleans in the schema. */
export const clusterStatusEntry = lazySchema(() =>
  z.looseObject({
    type: z.string(),
    id: z.string(),
    name: z.string(),
    nodeid: z.number().optional(),
    ip: z.string().optional(),
    online: flag.optional(),
    local: flag.optional(),
    quorate: flag.optional(),
    level: z.string().optional(),
    ...optionalNumbers('nodes', 'version'),
  }),
);
export type ClusterStatusEntry = z.infer<typeof clusterStatusEntry>;

/** One `/cluster/ha/status/current` entry: quorum, master, fencing, lrm:<node> or service:<sid>. */
export const haStatusEntry = lazySchema(() =>
  z.looseObject({
    id: z.string(),
    type: z.string(),
    status: z.string(),
    ...optionalStrings('node', 'sid', 'state', 'crm_state', 'request_state'),
    quorate: flag.optional(),
  }),
);
export type HaStatusEntry = z.infer<typeof haStatusEntry>;

export const nodeDisk = lazySchema(() =>
  z.looseObject({
    devpath: z.string(),
    size: z.number().optional(),
    ...optionalStrings('used', 'type', 'model', 'serial', 'vendor', 'wwn', 'by_id_link', 'health'),
    gpt: flag.optional(),
    mounted: flag.optional(),
  }),
);
export type NodeDisk = z.infer<typeof nodeDisk>;

export const taskEntry = lazySchema(() =>
  z.looseObject({
    upid: z.string(),
    node: z.string(),
    type: z.string(),
    id: z.string().optional(),
    user: z.string().optional(),
    starttime: z.number().optional(),
    endtime: z.number().optional(),
    status: z.string().optional(),
  }),
);
export type TaskEntry = z.infer<typeof taskEntry>;

export interface TaskFilter {
  typefilter?: string;
  vmid?: number;
  userfilter?: string;
  /** `archive` (finished, the default), `active` or `all`. */
  source?: 'archive' | 'active' | 'all';
  /** Only failed tasks. */
  errors?: boolean;
  since?: number;
  until?: number;
  limit?: number;
}

/** Ceph's status, or why there is none: a node without Ceph answers 500 "binary not installed: …". */
export type CephStatus = { installed: true; status: Record<string, unknown> } | { installed: false; reason: string };

/** pve-manager PVE/Ceph/Tools.pm check_ceph_inited: the texts of a cluster without (set-up) Ceph. */
const CEPH_ABSENT = /^(binary not installed: |pveceph configuration not initialized)/;

export class StatusApi {
  constructor(private readonly ctx: EndpointContext) {}

  /** `/cluster/status`: the cluster entry (when clustered) and one entry per node. */
  cluster(): Promise<ClusterStatusEntry[]> {
    return this.ctx.http.call('GET', '/cluster/status', {}, z.array(clusterStatusEntry));
  }

  /** `/cluster/ha/status/current`: quorum, the manager, each node's LRM and each resource. */
  ha(): Promise<HaStatusEntry[]> {
    return this.ctx.http.call('GET', '/cluster/ha/status/current', {}, z.array(haStatusEntry));
  }

  async ceph(): Promise<CephStatus> {
    try {
      return { installed: true, status: await this.ctx.http.call('GET', '/cluster/ceph/status', {}, z.record(z.string(), z.unknown())) };
    } catch (error) {
      if (error instanceof ProxmoxApiError && error.status === 500 && CEPH_ABSENT.test(error.serverMessage))
        return { installed: false, reason: error.serverMessage };
      throw error;
    }
  }

  /** The node's disks; `unusedOnly` asks for those holding nothing (no partitions, LVM, ZFS, mount). */
  disks(node: string, unusedOnly = false): Promise<NodeDisk[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/disks/list`, { type: unusedOnly ? 'unused' : undefined, skipsmart: true }, z.array(nodeDisk));
  }

  tasks(node: string, filter: TaskFilter = {}): Promise<TaskEntry[]> {
    return this.ctx.http.call('GET', apiPath`/nodes/${node}/tasks`, { ...filter }, z.array(taskEntry));
  }
}
