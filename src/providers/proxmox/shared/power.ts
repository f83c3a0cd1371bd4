// Power state and removal, the same for VMs and containers.
import { isNotFound } from '../../../clients/proxmox/errors.js';
import type { GuestApi, GuestConfigParams } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { GuestRef } from './guest-id.js';
import { taskOptions, whileLocked } from './tasks.js';

type Guests =
  Pick<GuestApi<GuestConfigParams & { ostemplate: string }>, 'status' | 'power' | 'delete'> | Pick<GuestApi<GuestConfigParams>, 'status' | 'power' | 'delete'>;

/** Starts or stops the guest to match `started`; true when it was running and stays so. */
export async function setPowerState(ctx: OperationContext<unknown>, guests: Guests, ref: GuestRef, started: boolean): Promise<boolean> {
  const running = (await guests.status(ref.node, ref.vmid)).status === 'running';
  if (started && !running) {
    ctx.logger.info('starting guest', { vmid: ref.vmid });
    await guests.power(ref.node, ref.vmid, 'start', {}, taskOptions(ctx));
  } else if (!started && running) {
    ctx.logger.info('stopping guest', { vmid: ref.vmid });
    await guests.power(ref.node, ref.vmid, 'stop', {}, taskOptions(ctx));
  }
  return started && running;
}

/** Stops and destroys the guest with its disks; one already gone counts as destroyed. */
export async function destroyGuest(ctx: OperationContext<unknown>, guests: Guests, ref: GuestRef): Promise<void> {
  try {
    await whileLocked(async () => {
      await setPowerState(ctx, guests, ref, false);
      await guests.delete(ref.node, ref.vmid, { purge: true, destroyUnreferencedDisks: true }, taskOptions(ctx));
    }, ctx.signal);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
