// `POST /nodes/{node}/qemu/{vmid}/move_disk` (qemu-server src/PVE/API2/Qemu.pm `move_vm_disk`):
// copies a disk's volume to another storage under the config lock, points the drive at the copy
// and either frees the source (`delete=1`) or keeps it as `unusedN`. The VM may be running (a
// live mirror on the real server). Reassigning a disk to another VM (`target-vmid`) is not modelled.
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { flagParam, type RequestContext } from '../engine.js';
import { diskVolume } from '../guest-config.js';
import { die, paramError } from '../pve-error.js';
import type { SimGuest } from '../state.js';
import { findVolume, requireStorage, storageContent } from '../volumes.js';
import { checkDigest, checkNotLocked } from './guest-common.js';
import { moveGuestVolume } from './guest-volume-move.js';

/** `$load_and_check_move`: the early checks, repeated inside the lock. */
function checkMove(ctx: RequestContext, guest: SimGuest, disk: string, storage: string): string {
  checkNotLocked(guest);
  checkDigest(guest, ctx.params.digest);
  const value = guest.config[disk];
  if (value === undefined) throw die(`disk '${disk}' does not exist`);
  const volume = diskVolume(value);
  if (parsePropertyString(value).props.media === 'cdrom') throw die("you can't move a cdrom");
  if (volume === undefined) throw die(`disk '${disk}' has no associated volume`);
  const source = findVolume(ctx.engine.state, volume);
  const format = ctx.params.format;
  if (source?.storage === storage && (format === undefined || source.format === format)) throw die("you can't move to the same storage with same format");
  const target = requireStorage(ctx.engine.state, storage);
  if (!storageContent(target).has('images')) throw paramError({ storage: `storage '${storage}' does not support vm images` });
  const snapshotted = [...guest.snapshots.values()].some((snap) => Object.values(snap.config).some((v) => diskVolume(v) === volume));
  if (snapshotted && flagParam(ctx.params, 'delete')) throw die("you can't move a disk with snapshots and delete the source");
  return volume;
}

export function moveDisk(ctx: RequestContext): Promise<string> {
  return moveGuestVolume(ctx, {
    type: 'qemu',
    keyParam: 'disk',
    task: 'qmmove',
    unmodelled: 'reassigning a disk to another VM',
    check: checkMove,
    missing: (old) => `storage migration failed: volume '${old}' does not exist`,
    copying: (_disk, old, source, storage) => `copying volume '${old}' from current storage '${source.storage}' to target storage '${storage}'`,
    freed: (old) => `removing source volume '${old}' after successful copy`,
    kept: (old, unused) => `adding source volume '${old}' as '${unused}' to config`,
    format: ctx.params.format,
  });
}
