// Disks whose storage changes are moved, not recreated: `POST .../move_disk` copies the volume to
// the new storage and (with `delete`) frees the old one, the VM and its other disks untouched
// (qemu-server API2/Qemu.pm `move_vm_disk`). The firmware disks (EFI vars, TPM state) move the
// same way; they are created as `STORAGE:1` and Proxmox sizes them itself.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { ConfigDiff } from '../shared/config-diff.js';
import type { GuestRef } from '../shared/guest-id.js';
import { taskOptions } from '../shared/tasks.js';
import { FIRMWARE_DISKS, firmwareDiskValue, firmwareDiskWanted } from './vm-hardware-config.js';
import type { VmModel } from './vm-schema.js';

export interface DiskMove {
  readonly disk: string;
  readonly storage: string;
  readonly format?: string;
}

/** The disks the plan puts on another storage than the one they are on now. */
export function diskMoves(plan: VmModel, current: VmModel): DiskMove[] {
  const moves: DiskMove[] = [];
  for (const wanted of plan.disk) {
    const existing = current.disk.find((d) => d.interface === wanted.interface);
    if (existing === undefined || existing.volume === null || wanted.storage === null || wanted.storage === existing.storage) continue;
    moves.push({ disk: wanted.interface, storage: wanted.storage, ...(wanted.format !== null ? { format: wanted.format } : {}) });
  }
  for (const key of FIRMWARE_DISKS) {
    const wanted = firmwareDiskWanted(plan, key);
    const existing = firmwareDiskWanted(current, key);
    if (wanted !== null && existing !== null && wanted.storage !== existing.storage) moves.push({ disk: key, storage: wanted.storage });
  }
  return moves;
}

/** Moves each disk, deleting the source volume once copied (nothing is left behind as unusedN). */
export async function moveDisks(ctx: OperationContext<{ client: ProxmoxClient }>, ref: GuestRef, moves: readonly DiskMove[]): Promise<void> {
  for (const move of moves) {
    ctx.logger.info('moving VM disk to another storage', { vmid: ref.vmid, disk: move.disk, storage: move.storage });
    await ctx.provider.client.qemu.moveDisk(ref.node, ref.vmid, { ...move, delete: true }, taskOptions(ctx));
  }
}

/**
 * The firmware disks' part of a diff: a new one is created, one the plan drops is removed (not on
 * a clone, which keeps what it inherited), one whose options changed is rewritten on its volume.
 */
export function firmwareDiskDiff(diff: ConfigDiff, plan: VmModel, current: VmModel, removeUnplanned: boolean): void {
  for (const key of FIRMWARE_DISKS) {
    const wanted = firmwareDiskWanted(plan, key);
    const existing = firmwareDiskWanted(current, key);
    if (wanted === null) {
      if (existing !== null && removeUnplanned) diff.remove.push(key);
    } else if (existing === null || existing.volume === null) {
      diff.set[key] = firmwareDiskValue(wanted);
    } else {
      const { format: _wantedFormat, ...wantedOptions } = wanted.options;
      const { format: _existingFormat, ...existingOptions } = existing.options;
      if (JSON.stringify(wantedOptions) !== JSON.stringify(existingOptions)) diff.set[key] = firmwareDiskValue(wanted, existing.volume);
    }
  }
}
