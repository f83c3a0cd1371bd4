// `POST /nodes/{node}/lxc/{vmid}/move_volume` (pve-container src/PVE/API2/LXC.pm `move_volume`):
// copies a stopped container's root disk or mount point volume to another storage under the
// `disk` lock (set in the call, removed when the task ends), points the key at the copy and frees the source (`delete=1`) or keeps it as
// `unusedN`. Moving a volume to another container (`target-vmid`) is not modelled.
import { flagParam, type RequestContext } from '../engine.js';
import { diskVolume } from '../guest-config.js';
import { die, paramError } from '../pve-error.js';
import type { SimGuest } from '../state.js';
import { requireStorage, storageContent } from '../volumes.js';
import { checkDigest, checkNotLocked } from './guest-common.js';
import { moveGuestVolume } from './guest-volume-move.js';

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

export function moveVolume(ctx: RequestContext): Promise<string> {
  return moveGuestVolume(ctx, {
    type: 'lxc',
    keyParam: 'volume',
    task: 'move_volume',
    unmodelled: 'moving a volume to another container',
    check: checkMove,
    missing: (old) => `volume '${old}' does not exist`,
    copying: (key, old, _source, storage) => `moving volume ${key} (${old}) to storage '${storage}'`,
    configLock: 'disk',
  });
}
