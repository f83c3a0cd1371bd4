// Creating a VM or container under a free id without orphaning it.
import { ProxmoxApiError } from '../../../clients/proxmox/errors.js';
import type { GuestConfig, ProxmoxClient } from '../../../clients/proxmox/index.js';
import type { WriteContext } from '../../../framework/resource.js';
import type { GuestRef } from './guest-id.js';

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

/**
 * Runs the create (or clone) call for a guest id, choosing the next free id when the user set
 * none, and again when a parallel create took it first. When the call fails without an answer
 * (a dropped connection) the guest may exist anyway: it is then saved in state, not orphaned.
 */
export async function createGuest<M>(
  ctx: WriteContext<{ client: ProxmoxClient }, M>,
  request: { node: string; vmid: number | null; guests: GuestReader; partial: (ref: GuestRef) => M },
  call: (ref: GuestRef) => Promise<unknown>,
): Promise<GuestRef> {
  for (let attempt = 0; ; attempt++) {
    const ref = { node: request.node, vmid: request.vmid ?? (await ctx.provider.client.cluster.nextId()) };
    try {
      await call(ref);
      ctx.savePartialState(request.partial(ref));
      return ref;
    } catch (error) {
      if (request.vmid === null && isIdTaken(error) && attempt < 10) continue;
      if (!(error instanceof ProxmoxApiError) && (await exists(request.guests, ref))) ctx.savePartialState(request.partial(ref));
      throw error;
    }
  }
}
