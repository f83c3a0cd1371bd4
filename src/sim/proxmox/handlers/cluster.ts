// Version, nodes, cluster resources (filtered by what the caller may audit), next free VMID,
// cluster status, and tasks (list, status, log).
import { die, paramError } from '../pve-error.js';
import { listParam, requireNode, type RequestContext, type Routes } from '../engine.js';
import { parseUpid } from '../../../clients/proxmox/upid.js';
import { hasPrivileges, principalName, requirePrivileges, type Principal } from '../permissions.js';
import { GIB, type SimGuest } from '../state.js';
import type { SimTask } from '../task-registry.js';
import { usedBytes } from '../volumes.js';
import { guestMember, poolOf } from './pool-members.js';
import { haServiceState } from './ha.js';

/**
 * `GET /cluster/nextid` (pve-manager PVE/API2/Cluster.pm): a number, the first free id in the
 * datacenter.cfg `next-id` range; a given `vmid` is echoed when free. Nothing is reserved.
 */
function nextId(ctx: RequestContext): number {
  const { guests, nextId: range } = ctx.engine.state;
  const wanted = ctx.params.vmid;
  if (wanted !== undefined) {
    if (guests.has(Number(wanted))) throw paramError({ vmid: `VM ${wanted} already exists` });
    return Number(wanted);
  }
  for (let id = range.lower; id < range.upper; id++) if (!guests.has(id)) return id;
  throw die(`unable to get any free VMID in range [${range.lower}, ${range.upper}]`);
}

/**
 * `GET /cluster/status` (pve-manager PVE/API2/Cluster.pm `get_status`): one entry per node, and
 * a `cluster` entry once there is more than one node (a cluster was formed); `online` 0 for a
 * node that is down, quorate while more than half the nodes are up (corosync's votequorum).
 */
function clusterStatus(ctx: RequestContext): Array<Record<string, string | number>> {
  const { nodes, offlineNodes } = ctx.engine.state;
  const entries: Array<Record<string, string | number>> = nodes.map((name, index) => ({
    type: 'node',
    id: `node/${name}`,
    name,
    nodeid: nodes.length > 1 ? index + 1 : 0,
    ip: `192.0.2.${10 + index}`,
    local: index === 0 ? 1 : 0,
    online: offlineNodes.has(name) ? 0 : 1,
    level: '',
  }));
  const up = nodes.filter((name) => !offlineNodes.has(name)).length;
  const quorate = up * 2 > nodes.length ? 1 : 0;
  if (nodes.length > 1) entries.unshift({ type: 'cluster', id: 'cluster', name: 'truemox', nodes: nodes.length, quorate, version: nodes.length });
  return entries;
}

/**
 * A node as `/nodes` and `/cluster/resources` list it (pve-manager PVE/API2Tools.pm
 * `extract_node_stats`): `online`, or `offline` for a member that is down, whose statistics
 * pmxcfs dropped after five minutes (pve-cluster src/pmxcfs/status.c `rrd_entry_is_old`); the
 * statistics only for callers with Sys.Audit on the node.
 */
function nodeEntry(ctx: RequestContext, node: string): Record<string, string | number> {
  const { state } = ctx.engine;
  const entry: Record<string, string | number> = { id: `node/${node}`, node, type: 'node', status: 'offline' };
  if (state.offlineNodes.has(node)) return entry;
  Object.assign(entry, { status: 'online', level: '' });
  if (hasPrivileges(state, ctx.who, `/nodes/${node}`, ['Sys.Audit'])) {
    Object.assign(entry, { uptime: 86400, cpu: 0.02, mem: 8 * GIB, disk: 4 * GIB, maxcpu: 8, maxmem: 64 * GIB, maxdisk: 100 * GIB });
  }
  return entry;
}

/**
 * A guest as `/cluster/resources` lists it (PVE/API2Tools.pm `extract_vm_stats`): its statistics
 * come from pmxcfs, so a guest on a node that is down has only id, node, type, `unknown` status
 * and what its config file says (tags, lock, pool); a name defaults to "VM <id>" (qemu-server
 * src/PVE/QemuServer.pm `vmstatus`) or "CT<id>" (pve-container src/PVE/LXC.pm `vmstatus`).
 */
function guestEntry(ctx: RequestContext, guest: SimGuest): Record<string, string | number> {
  const { state } = ctx.engine;
  const pool = poolOf(state, guestMember(guest.vmid));
  const entry: Record<string, string | number> = {
    id: `${guest.kind}/${guest.vmid}`,
    type: guest.kind,
    vmid: guest.vmid,
    node: guest.node,
    status: 'unknown',
    ...(pool !== undefined ? { pool } : {}),
    ...(guest.config.tags !== undefined ? { tags: guest.config.tags } : {}),
    ...(guest.config.lock !== undefined ? { lock: guest.config.lock } : {}),
  };
  const hastate = haServiceState(state, `${guest.kind === 'qemu' ? 'vm' : 'ct'}:${guest.vmid}`);
  if (hastate !== undefined) entry.hastate = hastate;
  if (state.offlineNodes.has(guest.node)) return entry;
  const name = guest.kind === 'qemu' ? (guest.config.name ?? `VM ${guest.vmid}`) : (guest.config.hostname ?? `CT${guest.vmid}`);
  return {
    ...entry,
    status: guest.status,
    name,
    template: guest.config.template === '1' ? 1 : 0,
    uptime: guest.status === 'running' ? 3600 : 0,
    maxcpu: Number(guest.config.cores ?? 1),
    maxmem: Number(guest.config.memory ?? 512) * 1024 ** 2,
  };
}

function resources(ctx: RequestContext): Array<Record<string, string | number>> {
  const { state } = ctx.engine;
  const type = ctx.params.type;
  const out: Array<Record<string, string | number>> = [];
  if (type === undefined || type === 'node') {
    for (const node of state.nodes) out.push(nodeEntry(ctx, node));
  }
  if (type === undefined || type === 'vm') {
    for (const guest of state.guests.values()) {
      if (!hasPrivileges(state, ctx.who, `/vms/${guest.vmid}`, ['VM.Audit'])) continue;
      out.push(guestEntry(ctx, guest));
    }
  }
  if (type === undefined || type === 'storage') {
    for (const storage of state.storages.values()) {
      if (!hasPrivileges(state, ctx.who, `/storage/${storage.storage}`, ['Datastore.Audit'])) continue;
      for (const node of state.nodes) {
        out.push({
          id: `storage/${node}/${storage.storage}`,
          type: 'storage',
          storage: storage.storage,
          node,
          status: 'available',
          maxdisk: storage.capacity,
          disk: usedBytes(state, storage.storage),
        });
      }
    }
  }
  return out;
}

/** `$check_task_user`: a user sees its own and its tokens' tasks, a token only its own. */
function ownsTask(task: SimTask, who: Principal): boolean {
  if (task.owner.tokenid !== undefined) return principalName(who) === principalName(task.owner) || principalName(who) === task.owner.userid;
  return principalName(who) === task.owner.userid;
}

/** A task the caller owns or may audit (`Sys.Audit` on its node), pve-manager PVE/API2/Tasks.pm. */
function taskFor(ctx: RequestContext): SimTask {
  const upid = ctx.params.upid ?? '';
  if (!parseUpid(upid)) throw paramError({ upid: 'unable to parse worker upid' });
  const task = ctx.engine.tasks.tasks.get(upid);
  if (!task) throw paramError({ upid: 'no such task' });
  if (!ownsTask(task, ctx.who)) requirePrivileges(ctx.engine.state, ctx.who, `/nodes/${task.node}`, ['Sys.Audit']);
  return task;
}

/** The fields a task list entry and a task status share: its UPID parts and owner. */
function taskFields(task: SimTask): Record<string, string | number> {
  return {
    upid: task.upid,
    node: task.node,
    pid: task.pid,
    pstart: task.pstart,
    starttime: task.starttime,
    type: task.type,
    id: task.id,
    user: task.owner.userid,
    ...(task.owner.tokenid !== undefined ? { tokenid: task.owner.tokenid } : {}),
  };
}

/** pve-common src/PVE/UPID.pm `normalize_status_type`: what `statusfilter` and `errors` filter by. */
function statusType(status: string | undefined): 'ok' | 'warning' | 'error' | 'unknown' {
  if (status === undefined || status === '' || status === 'unexpected status') return 'unknown';
  if (status === 'OK') return 'ok';
  return /^WARNINGS: \d+$/.test(status) ? 'warning' : 'error';
}

/** The status types a task list keeps: all, those of `statusfilter`, or with `errors` all but `ok`. */
function wantedStatusTypes(params: Readonly<Record<string, string>>): Set<string> {
  const errors = params.errors === '1' || params.errors === 'true';
  if (params.statusfilter !== undefined && !errors) return new Set(listParam(params.statusfilter).map((type) => type.toLowerCase()));
  return new Set(errors ? ['warning', 'error', 'unknown'] : ['ok', 'warning', 'error', 'unknown']);
}

/**
 * `GET /nodes/{node}/tasks` (pve-manager PVE/API2/Tasks.pm `node_tasks`): the caller's own tasks,
 * or all with Sys.Audit on the node; `source` archive (finished, the default), active or all;
 * `userfilter` a case-insensitive substring of the user; `errors` keeps every task not `OK`
 * (warnings and running ones too); running tasks read `status: RUNNING` (set after the filters);
 * newest first, `start`/`limit` (default 50) paging. Running tasks come from the node's `active`
 * file (pve-common src/PVE/INotify.pm read_active_workers), whose entries are not split like the
 * archive's (`$convert_token_task`): a token's task reads `user: USER@REALM!TOKEN`, without
 * `tokenid`, and `userfilter` matches that.
 */
function taskList(ctx: RequestContext): Array<Record<string, string | number>> {
  const node = requireNode(ctx);
  const auditor = hasPrivileges(ctx.engine.state, ctx.who, `/nodes/${node}`, ['Sys.Audit']);
  const { vmid, typefilter, userfilter, source = 'archive' } = ctx.params;
  const statusTypes = wantedStatusTypes(ctx.params);
  const since = ctx.params.since === undefined ? undefined : Number(ctx.params.since);
  const until = ctx.params.until === undefined ? undefined : Number(ctx.params.until);
  const start = Number(ctx.params.start ?? 0);
  const limit = Number(ctx.params.limit ?? 50);
  return [...ctx.engine.tasks.tasks.values()]
    .filter((task) => task.node === node && (auditor || ownsTask(task, ctx.who)))
    .filter((task) => (vmid === undefined || task.id === vmid) && (typefilter === undefined || task.type === typefilter))
    .filter((task) => (source === 'all' ? true : source === 'active' ? task.exitstatus === undefined : task.exitstatus !== undefined))
    .filter((task) => statusTypes.has(statusType(task.exitstatus)))
    .filter((task) => userfilter === undefined || listedUser(task).toLowerCase().includes(userfilter.toLowerCase()))
    .filter((task) => (since === undefined || task.starttime >= since) && (until === undefined || task.starttime <= until))
    .sort((a, b) => b.starttime - a.starttime)
    .slice(start, start + limit)
    .map((task) => {
      if (task.exitstatus !== undefined) return { ...taskFields(task), status: task.exitstatus, endtime: task.starttime };
      const { tokenid: _split, ...fields } = taskFields(task);
      return { ...fields, user: listedUser(task), status: 'RUNNING' };
    });
}

/** The `user` of a task list entry: the archive's splits a token off (`tokenid`), the active file's does not. */
function listedUser(task: SimTask): string {
  return task.exitstatus === undefined ? principalName(task.owner) : task.owner.userid;
}

function taskStatus(ctx: RequestContext): Record<string, string | number> {
  requireNode(ctx);
  const task = taskFor(ctx);
  const out: Record<string, string | number> = { ...taskFields(task), status: task.status };
  if (task.exitstatus !== undefined) out.exitstatus = task.exitstatus;
  return out;
}

function taskLog(ctx: RequestContext): Array<{ n: number; t: string }> {
  requireNode(ctx);
  const task = taskFor(ctx);
  const start = Number(ctx.params.start ?? 0);
  const limit = Number(ctx.params.limit ?? 50);
  return task.log.slice(start, start + limit).map((t, i) => ({ n: start + i + 1, t }));
}

/** `/version` and `/nodes/{node}/version` (pve-manager PVE/API2.pm, PVE/API2/Nodes.pm `version`). */
function versionInfo(ctx: RequestContext): { version: string; release: string; repoid: string } {
  const version = ctx.engine.state.pveVersion;
  return { version, release: version.split('.').slice(0, 2).join('.'), repoid: 'a1b2c3d4e5f6a7b8' };
}

export const clusterRoutes: Routes = {
  'GET /version': versionInfo,
  'GET /nodes': (ctx) => ctx.engine.state.nodes.map((node) => nodeEntry(ctx, node)),
  'GET /nodes/{node}/version': (ctx) => {
    requireNode(ctx);
    return versionInfo(ctx);
  },
  'GET /nodes/{node}/status': (ctx) => {
    requireNode(ctx);
    const { version, repoid } = versionInfo(ctx);
    return {
      uptime: 86400,
      memory: { total: 64 * GIB, used: 8 * GIB, free: 56 * GIB },
      // Nodes.pm `status`: PVE::pvecfg::package() . '/' . version_text() ("<version>/<repoid>").
      pveversion: `pve-manager/${version}/${repoid}`,
      kversion: 'Linux 6.14',
    };
  },
  'GET /cluster/resources': resources,
  'GET /cluster/nextid': nextId,
  'GET /cluster/status': clusterStatus,
  'GET /nodes/{node}/tasks': taskList,
  'GET /nodes/{node}/tasks/{upid}/status': taskStatus,
  'GET /nodes/{node}/tasks/{upid}/log': taskLog,
};
