// What resources pass to the client's task waits: the operation's abort signal, which carries
// the user's `timeouts` limit and Ctrl-C, so long operations honour both.
import type { TaskOptions } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';

export function taskOptions(ctx: OperationContext<unknown>): TaskOptions {
  // With a limit, the signal alone ends the wait: a second timer of the client's own would race
  // it and, winning on a busy machine, report the same timeout in other words.
  return ctx.timeoutMs === undefined ? { signal: ctx.signal } : { timeoutMs: Number.POSITIVE_INFINITY, signal: ctx.signal };
}

/** Runs `attempt` again while the guest is locked by a task still running (create, clone). */
export async function whileLocked<T>(attempt: () => Promise<T>, signal: AbortSignal, tries = 20): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries || !(error instanceof Error) || !/is locked \(/.test(error.message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
      signal.throwIfAborted();
    }
  }
}
