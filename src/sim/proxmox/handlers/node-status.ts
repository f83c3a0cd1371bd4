// A node's disks (pve-storage PVE/API2/Disks.pm `list`) and Ceph's status, which a node without
// Ceph answers with the error pve-manager's PVE/Ceph/Tools.pm `check_ceph_inited` dies with.
import { die } from '../pve-error.js';
import { requireNode, unknownNode, type RequestContext, type Routes } from '../engine.js';
import type { SimDisk } from '../node-disks.js';

export function nodeDisksOf(ctx: RequestContext): SimDisk[] {
  const node = requireNode(ctx);
  const disks = ctx.engine.state.nodeDisks.get(node);
  if (!disks) throw unknownNode(node);
  return disks;
}

/**
 * `type=unused` leaves out every disk something holds; `health` is 'UNKNOWN' on `skipsmart` and
 * `mounted` is there only for a mounted disk (pve-storage src/PVE/Diskmanage.pm `get_disks`).
 */
function listDisks(ctx: RequestContext): Array<Record<string, unknown>> {
  const unusedOnly = ctx.params.type === 'unused';
  const skipSmart = ctx.params.skipsmart === '1' || ctx.params.skipsmart === 'true';
  return nodeDisksOf(ctx)
    .filter((d) => !unusedOnly || d.used === undefined)
    .map(({ mounted, ...d }) => ({
      ...d,
      gpt: d.gpt ? 1 : 0,
      ...(mounted ? { mounted: 1 } : {}),
      rpm: d.type === 'hdd' ? 7200 : 0,
      osdid: -1,
      'osdid-list': null,
      health: skipSmart ? 'UNKNOWN' : 'PASSED',
      wearout: d.type === 'hdd' || skipSmart ? 'N/A' : 100,
    }));
}

/** The simulated nodes have no Ceph: check_ceph_inited('ceph_mon') fails first on the binary. */
function cephStatus(ctx: RequestContext): never {
  if (ctx.params.node !== undefined) requireNode(ctx);
  throw die('binary not installed: /usr/bin/ceph-mon');
}

export const nodeStatusRoutes: Routes = {
  'GET /nodes/{node}/disks/list': listDisks,
  'GET /cluster/ceph/status': cephStatus,
  'GET /nodes/{node}/ceph/status': cephStatus,
};
