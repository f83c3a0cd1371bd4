// Version, nodes, cluster resources (filtered by what the caller may audit), next free VMID,
// cluster status, and tasks (list, status, log).
import { die, paramError } from '../pve-error.js';
import { requireNode, type RequestContext, type Routes } from '../engine.js';
import { parseUpid } from '../../../clients/proxmox/upid.js';
import { hasPrivileges, principalName, requirePrivileges, type Principal } from '../permissions.js';
import type { SimTask } from '../task-registry.js';
import { usedBytes } from '../volumes.js';
import { poolOf } from './pool-members.js';

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
 * a `cluster` entry once there is more than one node (a cluster was formed).
 */
function clusterStatus(ctx: RequestContext): Array<Record<string, string | number>> {
  const { nodes } = ctx.engine.state;
  const entries: Array<Record<string, string | number>> = nodes.map((name, index) => ({
    type: 'node',
    id: `node/${name}`,
    name,
    nodeid: nodes.length > 1 ? index + 1 : 0,
    ip: `192.0.2.${10 + index}`,
    local: index === 0 ? 1 : 0,
    online: 1,
    level: '',
  }));
  if (nodes.length > 1) entries.unshift({ type: 'cluster', id: 'cluster', name: 'truemox', nodes: nodes.length, quorate: 1, version: nodes.length });
  return entries;
}

function resources(ctx: RequestContext): Array<Record<string, string | number>> {
  const { state } = ctx.engine;
  const type = ctx.params.type;
  const out: Array<Record<string, string | number>> = [];
  if (type === undefined || type === 'node') {
    for (const node of state.nodes) out.push({ id: `node/${node}`, type: 'node', node, status: 'online', maxcpu: 8, maxmem: 64 * 1024 ** 3 });
  }
  if (type === undefined || type === 'vm') {
    for (const guest of state.guests.values()) {
      if (!hasPrivileges(state, ctx.who, `/vms/${guest.vmid}`, ['VM.Audit'])) continue;
      const pool = poolOf(state, `${guest.kind}/${guest.vmid}`);
      out.push({
        id: `${guest.kind}/${guest.vmid}`,
        type: guest.kind,
        vmid: guest.vmid,
        node: guest.node,
        status: guest.status,
        name: guest.config.name ?? guest.config.hostname ?? '',
        template: guest.config.template === '1' ? 1 : 0,
        ...(pool !== undefined ? { pool } : {}),
        ...(guest.config.tags !== undefined ? { tags: guest.config.tags } : {}),
      });
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

/** `GET /nodes/{node}/tasks`: the caller's tasks, or all of the node's with `Sys.Audit` on it. */
/**
 * pve-manager PVE/API2/Tasks.pm `node_tasks`: the caller's own tasks, or all with Sys.Audit on the
 * node; `source` archive (finished, the default), active or all; the filters; newest first,
 * `start`/`limit` (default 50) paging.
 */
function taskList(ctx: RequestContext): Array<Record<string, string | number>> {
  const node = requireNode(ctx);
  const auditor = hasPrivileges(ctx.engine.state, ctx.who, `/nodes/${node}`, ['Sys.Audit']);
  const { vmid, typefilter, userfilter, source = 'archive' } = ctx.params;
  const errorsOnly = ctx.params.errors === '1' || ctx.params.errors === 'true';
  const since = ctx.params.since === undefined ? undefined : Number(ctx.params.since);
  const until = ctx.params.until === undefined ? undefined : Number(ctx.params.until);
  const start = Number(ctx.params.start ?? 0);
  const limit = Number(ctx.params.limit ?? 50);
  return [...ctx.engine.tasks.tasks.values()]
    .filter((task) => task.node === node && (auditor || ownsTask(task, ctx.who)))
    .filter((task) => (vmid === undefined || task.id === vmid) && (typefilter === undefined || task.type === typefilter))
    .filter((task) => (source === 'all' ? true : source === 'active' ? task.exitstatus === undefined : task.exitstatus !== undefined))
    .filter((task) => !errorsOnly || (task.exitstatus !== undefined && task.exitstatus !== 'OK' && !task.exitstatus.startsWith('WARNINGS')))
    .filter((task) => userfilter === undefined || task.owner.userid.includes(userfilter))
    .filter((task) => (since === undefined || task.starttime >= since) && (until === undefined || task.starttime <= until))
    .sort((a, b) => b.starttime - a.starttime)
    .slice(start, start + limit)
    .map((task) => ({
      ...taskFields(task),
      ...(task.exitstatus !== undefined ? { status: task.exitstatus, endtime: task.starttime } : {}),
    }));
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

export const clusterRoutes: Routes = {
  'GET /version': (ctx) => {
    const version = ctx.engine.state.pveVersion;
    return { version, release: version.split('.').slice(0, 2).join('.'), repoid: 'a1b2c3d4e5f6a7b8' };
  },
  'GET /nodes': (ctx) => ctx.engine.state.nodes.map((node) => ({ node, status: 'online', maxcpu: 8, maxmem: 64 * 1024 ** 3, type: 'node' })),
  'GET /nodes/{node}/status': (ctx) => {
    requireNode(ctx);
    return {
      uptime: 86400,
      memory: { total: 64 * 1024 ** 3, used: 8 * 1024 ** 3, free: 56 * 1024 ** 3 },
      pveversion: `pve-manager/${ctx.engine.state.pveVersion}`,
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
