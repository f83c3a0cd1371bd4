// Creating a VM or container under a free id without orphaning it.
import { ProxmoxApiError } from '../../../clients/proxmox/errors.js';
import type { GuestConfig, ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { WriteContext } from '../../../framework/resource.js';
import { backoffDelay, sleep, type BackoffOptions } from '../../../clients/common/backoff.js';
import type { GuestRef } from './guest-id.js';
import type { VmidAllocator } from './vmid-allocator.js';

interface GuestReader {
  config(node: string, vmid: number): Promise<GuestConfig>;
}

/** Create and clone answer "already exists" when a parallel create took the id we were given. */
function isIdTaken(error: unknown): boolean {
  return error instanceof ProxmoxApiError && /already exists/.test(error.serverMessage);
}

async function exists(guests: GuestReader, ref: GuestRef): Promise<boolean> {
  try {
    await guests.config(ref.node, ref.vmid);
    return true;
  } catch {
    return false;
  }
}

/** Backoff between retries after another client took our id: spreads the racers apart. */
const RETRY_BACKOFF: BackoffOptions = { baseMs: 100, maxMs: 2_000 };
const MAX_ATTEMPTS = 10;

/**
 * Runs the create (or clone) call for a guest id. When the user set none, the provider's
 * allocator hands out one that no other create of this run is using; if another client took it
 * first ("already exists"), the call is retried with a new id after a backoff. When the call
 * fails without an answer (a dropped connection) the guest may exist anyway: it is then saved in
 * state, not orphaned.
 */
export async function createGuest<M>(
  ctx: WriteContext<{ client: ProxmoxClient; vmids: VmidAllocator }, M>,
  request: { node: string; vmid: number | null; guests: GuestReader; partial: (ref: GuestRef) => M },
  call: (ref: GuestRef) => Promise<unknown>,
): Promise<GuestRef> {
  const { vmids } = ctx.provider;
  for (let attempt = 0; ; attempt++) {
    let vmid: number;
    if (request.vmid === null) vmid = await vmids.allocate();
    else {
      vmid = request.vmid;
      vmids.hold(vmid);
    }
    const ref = { node: request.node, vmid };
    try {
      await call(ref);
      ctx.savePartialState(request.partial(ref));
      return ref;
    } catch (error) {
      if (request.vmid === null && isIdTaken(error) && attempt + 1 < MAX_ATTEMPTS) {
        ctx.logger.info('VM id taken by another client, retrying with another', { vmid, attempt });
        await sleep(backoffDelay(attempt, RETRY_BACKOFF));
        ctx.signal.throwIfAborted();
        continue;
      }
      if (!(error instanceof ProxmoxApiError) && (await exists(request.guests, ref))) ctx.savePartialState(request.partial(ref));
      throw error;
    } finally {
      vmids.release(vmid);
    }
  }
}
