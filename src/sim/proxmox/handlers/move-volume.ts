// `POST /nodes/{node}/lxc/{vmid}/move_volume` (pve-container src/PVE/API2/LXC.pm `move_volume`):
// copies a stopped container's root disk or mount point volume to another storage under the
// config lock, points the key at the copy and frees the source (`delete=1`) or keeps it as
// `unusedN`. Moving a volume to another container (`target-vmid`) is not modelled.
import { flagParam, requireGuest, type RequestContext } from '../engine.js';
import { diskVolume } from '../guest-config.js';
import { requirePrivileges } from '../permissions.js';
import { die, paramError } from '../pve-error.js';
import type { SimGuest } from '../state.js';
import { copyVolume, findVolume, freeVolume, requireStorage, storageContent } from '../volumes.js';
import { checkDigest, checkNotLocked } from './guest-common.js';
import { moveTargetStorage } from './move-disk.js';

/** The checks `move_volume` makes inside the config lock before it starts the copy. */
function checkMove(ctx: RequestContext, guest: SimGuest, key: string, storage: string): string {
  checkNotLocked(guest);
  if (guest.status === 'running') throw die('cannot move volumes of a running container');
  if (/^unused\d+$/.test(key)) throw die(`cannot move volume '${key}', only configured volumes can be moved to another storage`);
  const value = guest.config[key];
  const volume = value === undefined ? undefined : diskVolume(value);
  // A bind mount (a host path) is no volume of a storage.
  if (volume === undefined || volume.startsWith('/')) throw die(`volume '${key}' for container '${guest.vmid}' does not exist`);
  const snapshotted = [...guest.snapshots.values()].some((snap) => Object.values(snap.config).some((v) => diskVolume(v) === volume));
  if (snapshotted && flagParam(ctx.params, 'delete')) throw die("you can't move a volume with snapshots and delete the source");
  checkDigest(guest, ctx.params.digest);
  // The words of the create call's storage check (API2/LXC.pm), which copy_volume's allocation shares.
  if (!storageContent(requireStorage(ctx.engine.state, storage)).has('rootdir'))
    throw paramError({ storage: `storage '${storage}' does not support container directories` });
  return volume;
}

export function moveVolume(ctx: RequestContext): string {
  const { engine, params } = ctx;
  const guest = requireGuest(ctx, 'lxc');
  const key = params.volume ?? '';
  const storage = moveTargetStorage(params, 'moving a volume to another container');
  requirePrivileges(engine.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
  checkMove(ctx, guest, key, storage);
  return engine.tasks.start(guest.node, 'move_volume', String(guest.vmid), ctx.who, (log) =>
    engine.locks.with('lxc', guest.vmid, () => {
      const old = checkMove(ctx, guest, key, storage);
      const source = findVolume(engine.state, old);
      if (!source) throw new Error(`volume '${old}' does not exist`);
      log(`moving volume ${key} (${old}) to storage '${storage}'`);
      const copy = copyVolume(engine.state, source, guest.vmid, storage);
      guest.config[key] = (guest.config[key] ?? '').replace(old, `${copy.storage}:${copy.name}`);
      if (flagParam(params, 'delete')) freeVolume(engine.state, old);
      else {
        let n = 0;
        while (guest.config[`unused${n}`] !== undefined) n++;
        guest.config[`unused${n}`] = old;
      }
    }),
  );
}
