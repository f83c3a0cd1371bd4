// Power state, the same for VMs and containers (removal: guest-move.ts).
import type { GuestApi, GuestConfigParams } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { GuestRef } from './guest-id.js';
import { taskOptions } from './tasks.js';

type Guests =
  | Pick<GuestApi<GuestConfigParams & { ostemplate: string }>, 'status' | 'power' | 'delete' | 'template'>
  | Pick<GuestApi<GuestConfigParams>, 'status' | 'power' | 'delete' | 'template'>;

/**
 * Proxmox's template conversion (`POST .../template`), the guest stopped first: its disks become
 * the read-only base volumes linked clones need (a `template=1` config flag alone leaves them writable).
 */
export async function convertToTemplate(ctx: OperationContext<unknown>, guests: Guests, ref: GuestRef): Promise<void> {
  if ((await guests.status(ref.node, ref.vmid)).status === 'running') await guests.power(ref.node, ref.vmid, 'stop', {}, taskOptions(ctx));
  ctx.logger.info('converting guest to a template', { vmid: ref.vmid });
  await guests.template(ref.node, ref.vmid, taskOptions(ctx));
}

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
