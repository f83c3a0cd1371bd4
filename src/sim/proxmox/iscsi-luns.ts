// LUNs of iSCSI targets. Connected to a TrueNAS (`truenas` option, nas-link.ts), the simulator
// reloads them from it before each request; run alone, a test declares what a target exports
// with `addIscsiLun` (`--iscsi-lun`); every `iscsi` storage pointing at that
// target then shows each LUN as an existing volume `STORAGE:0.0.LUN.scsi-<id>`, as PVE's
// ISCSIPlugin names the devices it finds. Such volumes belong to no guest: they cannot be
// allocated, resized or freed, only attached.
import { createHash } from 'node:crypto';
import type { SimState, SimStorage, SimVolume } from './state.js';

export interface SimIscsiLun {
  lun: number;
  /** Bytes. */
  size: number;
}

export function isIscsiStorage(storage: SimStorage): boolean {
  return storage.type === 'iscsi';
}

/** Adds (or resizes) a LUN on a target, by the target's IQN. */
export function addIscsiLun(state: SimState, target: string, lun: SimIscsiLun): void {
  const luns = (state.iscsiLuns.get(target) ?? []).filter((l) => l.lun !== lun.lun);
  state.iscsiLuns.set(
    target,
    [...luns, { ...lun }].sort((a, b) => a.lun - b.lun),
  );
}

/** The stable `/dev/disk/by-id` name of a LUN: `scsi-3` and an NAA id, stable per target and LUN. */
function deviceId(target: string, lun: number): string {
  const digest = createHash('sha256').update(`${target}/${lun}`).digest('hex');
  return `scsi-36589cfc000000${digest.slice(0, 19)}`;
}

/** The LUN volumes an iscsi storage offers (none for other storage types). */
export function iscsiVolumes(state: SimState, storage: SimStorage): SimVolume[] {
  const target = storage.options.target;
  if (!isIscsiStorage(storage) || target === undefined) return [];
  return (state.iscsiLuns.get(target) ?? []).map((lun) => ({
    storage: storage.storage,
    name: `0.0.${lun.lun}.${deviceId(target, lun.lun)}`,
    // vmid 0, as PVE lists them: owned by no guest, so never freed with one.
    vmid: 0,
    size: lun.size,
    format: 'raw',
    content: 'images',
  }));
}
