// Version, nodes, cluster resources, next free VMID, and task status/log.
import { paramError, PveError } from '../pve-error.js';
import { requireNode, type RequestContext, type Routes } from '../engine.js';
import { parseUpid } from '../../../clients/proxmox/upid.js';
import { principalName } from '../permissions.js';
import { usedBytes } from '../volumes.js';
import { poolOf } from './pool-members.js';

function nextId(ctx: RequestContext): string {
  const { guests } = ctx.engine.state;
  const wanted = ctx.params.vmid;
  if (wanted !== undefined) {
    if (guests.has(Number(wanted))) throw paramError({ vmid: `VM ${wanted} already exists` });
    return wanted;
  }
  let id = 100;
  while (guests.has(id)) id++;
  return String(id);
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
      const pool = poolOf(state, `${guest.kind}/${guest.vmid}`);
      out.push({
        id: `${guest.kind}/${guest.vmid}`, type: guest.kind, vmid: guest.vmid, node: guest.node, status: guest.status,
        name: guest.config.name ?? guest.config.hostname ?? '', template: guest.config.template === '1' ? 1 : 0,
        ...(pool !== undefined ? { pool } : {}),
        ...(guest.config.tags !== undefined ? { tags: guest.config.tags } : {}),
      });
    }
  }
  if (type === undefined || type === 'storage') {
    for (const storage of state.storages.values()) {
      for (const node of state.nodes) {
        out.push({ id: `storage/${node}/${storage.storage}`, type: 'storage', storage: storage.storage, node, status: 'available', maxdisk: storage.capacity, disk: usedBytes(state, storage.storage) });
      }
    }
  }
  return out;
}

function taskFor(ctx: RequestContext) {
  const upid = ctx.params.upid ?? '';
  if (!parseUpid(upid)) throw paramError({ upid: 'unable to parse worker upid' });
  const task = ctx.engine.tasks.tasks.get(upid);
  if (!task) throw paramError({ upid: 'no such task' });
  const who = ctx.who;
  const owner = task.owner;
  const visible = who.userid === 'root@pam' || (who.tokenid === undefined ? owner.userid === who.userid : principalName(owner) === principalName(who));
  if (!visible) throw new PveError(403, `Permission check failed (/nodes/${task.node}, Sys.Audit)`);
  return task;
}

function taskStatus(ctx: RequestContext): Record<string, string | number> {
  requireNode(ctx);
  const task = taskFor(ctx);
  const out: Record<string, string | number> = {
    upid: task.upid, node: task.node, pid: task.pid, pstart: task.pstart, starttime: task.starttime,
    type: task.type, id: task.id, user: task.owner.userid, status: task.status,
  };
  if (task.owner.tokenid !== undefined) out.tokenid = task.owner.tokenid;
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
  'GET /version': () => ({ version: '9.1.3', release: '9.1', repoid: 'a1b2c3d4e5f6a7b8' }),
  'GET /nodes': (ctx) => ctx.engine.state.nodes.map((node) => ({ node, status: 'online', maxcpu: 8, maxmem: 64 * 1024 ** 3, type: 'node' })),
  'GET /nodes/{node}/status': (ctx) => {
    requireNode(ctx);
    return { uptime: 86400, memory: { total: 64 * 1024 ** 3, used: 8 * 1024 ** 3, free: 56 * 1024 ** 3 }, pveversion: 'pve-manager/9.1.3', kversion: 'Linux 6.14' };
  },
  'GET /cluster/resources': resources,
  'GET /cluster/nextid': nextId,
  'GET /nodes/{node}/tasks/{upid}/status': taskStatus,
  'GET /nodes/{node}/tasks/{upid}/log': taskLog,
};
