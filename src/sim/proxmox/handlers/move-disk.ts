// `POST /nodes/{node}/qemu/{vmid}/move_disk` (qemu-server src/PVE/API2/Qemu.pm `move_vm_disk`):
// copies a disk's volume to another storage under the config lock, points the drive at the copy
// and either frees the source (`delete=1`) or keeps it as `unusedN`. The VM may be running (a
// live mirror on the real server). Reassigning a disk to another VM (`target-vmid`) is not modelled.
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { flagParam, requireGuest, type RequestContext } from '../engine.js';
import { diskVolume } from '../guest-config.js';
import { requirePrivileges } from '../permissions.js';
import { die, paramError } from '../pve-error.js';
import type { SimGuest } from '../state.js';
import { copyVolume, findVolume, freeVolume, requireStorage, storageContent } from '../volumes.js';
import { checkDigest, checkNotLocked } from './guest-common.js';

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

/**
 * The storage a move goes to: `storage` or `target-vmid`, exactly one (qemu-server and
 * pve-container word it alike); `target-vmid` is `unmodelled` here.
 */
export function moveTargetStorage(params: RequestContext['params'], unmodelled: string): string {
  const storage = params.storage;
  if (params['target-vmid'] !== undefined && storage !== undefined) {
    const msg = "either set 'storage' or 'target-vmid', but not both";
    throw paramError({ 'target-vmid': msg, storage: msg });
  }
  if (params['target-vmid'] !== undefined) throw die(`the simulator does not model ${unmodelled}`);
  if (storage === undefined) {
    const msg = "both 'storage' and 'target-vmid' missing, either needs to be set";
    throw paramError({ 'target-vmid': msg, storage: msg });
  }
  return storage;
}

export function moveDisk(ctx: RequestContext): string {
  const { engine, params } = ctx;
  const guest = requireGuest(ctx, 'qemu');
  const disk = params.disk ?? '';
  const storage = moveTargetStorage(params, 'reassigning a disk to another VM');
  requirePrivileges(engine.state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
  checkMove(ctx, guest, disk, storage);
  return engine.tasks.start(guest.node, 'qmmove', String(guest.vmid), ctx.who, (log) =>
    engine.locks.with('qemu', guest.vmid, () => {
      const old = checkMove(ctx, guest, disk, storage);
      const source = findVolume(engine.state, old);
      if (!source) throw new Error(`storage migration failed: volume '${old}' does not exist`);
      log(`copying volume '${old}' from current storage '${source.storage}' to target storage '${storage}'`);
      const copy = copyVolume(engine.state, source, guest.vmid, storage);
      if (params.format !== undefined) copy.format = params.format;
      const value = guest.config[disk] ?? '';
      guest.config[disk] = value.replace(old, `${copy.storage}:${copy.name}`);
      if (flagParam(params, 'delete')) {
        log(`removing source volume '${old}' after successful copy`);
        freeVolume(engine.state, old);
      } else {
        let n = 0;
        while (guest.config[`unused${n}`] !== undefined) n++;
        guest.config[`unused${n}`] = old;
        log(`adding source volume '${old}' as 'unused${n}' to config`);
      }
    }),
  );
}
