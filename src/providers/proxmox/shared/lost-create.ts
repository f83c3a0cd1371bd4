// A create whose object's key is known before the call (a guest id, a snapshot name) that fails
// without the server refusing it: the answer was lost, the task failed after it made something,
// or the operation's time ran out while the task went on. The object may exist all the same.
import { ProxmoxApiError } from '../../../clients/proxmox/errors.js';
import type { WriteContext } from '../../../framework/resource.js';

/**
 * After `error` from a create call: when the server did not refuse it (any error but an API
 * answer) and `exists` now finds the object, records `partial` so the failed apply keeps it in
 * state (tainted; the next apply replaces it, a destroy removes it) instead of orphaning it. The
 * caller makes sure the object did not exist before the call (a free id, a checked name).
 */
export async function keepIfMade<M>(ctx: WriteContext<unknown, M>, error: unknown, exists: () => Promise<boolean>, partial: () => M): Promise<void> {
  if (error instanceof ProxmoxApiError) return;
  // A read failing too (the server still unreachable) leaves nothing to record.
  if (await exists().catch(() => false)) ctx.savePartialState(partial());
}
