// A new storage for a container's root disk or a mount point volume moves the volume there
// (`move_volume`, the source freed) instead of replacing the container and its data. Proxmox moves
// volumes of a stopped container only (pve-container API2/LXC.pm: "cannot move volumes of a
// running container"), so a running one is shut down for the move and started again, as
// reboot_after_update allows. After a migration the volumes' ids change too: migrate_target_storage
// puts local volumes on the target storage, and any still not where the configuration wants them
// are moved after it.
import { AttributeError } from '../../../framework/diagnostics.js';
import type { OperationContext, PlanContext } from '../../../framework/resource.js';
import { isListValue, isObjectValue } from '../../../framework/values-util.js';
import { UNKNOWN, type Value } from '../../../values/types.js';
import type { ProxmoxProviderData } from '../index.js';
import type { GuestRef } from '../shared/guest-id.js';
import { taskOptions } from '../shared/tasks.js';
import type { LxcModel, LxcPlan } from './lxc-schema.js';

/** A volume to move: the config key (rootfs, mpN) and the storage it goes to. */
export interface VolumeMove {
  readonly volume: string;
  readonly storage: string;
}

function storageOf(value: Value | undefined): unknown {
  return value !== undefined && isObjectValue(value) && value.host_path == null ? value.storage : undefined;
}

/** Whether a volume's storage changes: both known and different. */
function moves(wanted: Value | undefined, prior: Value | undefined): boolean {
  const to = storageOf(wanted);
  const from = storageOf(prior);
  return typeof to === 'string' && typeof from === 'string' && to !== from;
}

/** The volumes a plan moves get new ids, known after the apply; the container is not replaced. */
export function planVolumeMoves(ctx: PlanContext<unknown>): void {
  if (ctx.creating) return;
  const migrating = ctx.config.get('node') !== ctx.prior.get('node');
  const rootfs = ctx.planned.get('rootfs');
  if (isObjectValue(rootfs) && (migrating || moves(ctx.config.get('rootfs'), ctx.prior.get('rootfs'))))
    ctx.setPlanned('rootfs', { ...rootfs, volume: UNKNOWN });
  const planned = ctx.planned.get('mount_point');
  const wanted = ctx.config.get('mount_point');
  const prior = ctx.prior.get('mount_point');
  if (!isListValue(planned) || !isListValue(wanted) || !isListValue(prior)) return;
  let changed = false;
  const next = planned.map((mp, i) => {
    if (!isObjectValue(mp) || storageOf(prior[i]) === undefined || !(migrating || moves(wanted[i], prior[i]))) return mp;
    changed = true;
    return { ...mp, volume: UNKNOWN };
  });
  if (changed) ctx.setPlanned('mount_point', next);
}

/** The moves that turn `current` into `plan`: the root disk and volume mount points at the same position. */
export function volumeMoves(plan: LxcPlan, current: LxcModel): VolumeMove[] {
  const found: VolumeMove[] = [];
  const rootfs = plan.rootfs?.storage;
  if (rootfs !== undefined && current.rootfs !== null && current.rootfs.storage !== rootfs) found.push({ volume: 'rootfs', storage: rootfs });
  plan.mount_point.forEach((mp, i) => {
    const existing = current.mount_point[i];
    if (mp.storage === null || existing?.storage == null || existing.host_path !== null || existing.storage === mp.storage) return;
    found.push({ volume: `mp${i}`, storage: mp.storage });
  });
  return found;
}

/**
 * Moves the volumes (a running container is shut down for it and, when it should run, started
 * again, only with reboot_after_update); says whether anything moved.
 */
export async function moveVolumes(ctx: OperationContext<ProxmoxProviderData>, ref: GuestRef, plan: LxcPlan, current: LxcModel): Promise<boolean> {
  const planned = volumeMoves(plan, current);
  if (planned.length === 0) return false;
  const { lxc } = ctx.provider.client;
  const running = (await lxc.status(ref.node, ref.vmid)).status === 'running';
  const what = planned.map((move) => `${move.volume} to ${move.storage}`).join(', ');
  // A container the configuration stops anyway is not started again, and needs no restart allowed.
  const restart = running && plan.started;
  if (restart && !plan.reboot_after_update)
    throw new AttributeError(
      planned[0]!.volume === 'rootfs' ? 'rootfs' : 'mount_point',
      'The container must stop to move its volumes',
      `Proxmox moves volumes of a stopped container only (${what}); set reboot_after_update = true to let the apply shut container ${ref.vmid} down and start it again, or stop it first.`,
    );
  if (running) await lxc.power(ref.node, ref.vmid, 'shutdown', { timeout: plan.shutdown_timeout }, taskOptions(ctx));
  for (const move of planned) {
    ctx.logger.info('moving container volume', { vmid: ref.vmid, volume: move.volume, storage: move.storage });
    await lxc.moveVolume(ref.node, ref.vmid, { ...move, delete: true }, taskOptions(ctx));
  }
  if (restart) await lxc.power(ref.node, ref.vmid, 'start', {}, taskOptions(ctx));
  return true;
}
