// What resources pass to the client's task waits: the operation's time limit and abort signal,
// so long operations honour the user's `timeouts` and Ctrl-C.
import type { TaskOptions } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';

export function taskOptions(ctx: OperationContext<unknown>): TaskOptions {
  return ctx.timeoutMs === undefined ? { signal: ctx.signal } : { timeoutMs: ctx.timeoutMs, signal: ctx.signal };
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
