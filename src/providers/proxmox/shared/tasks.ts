// What resources pass to the client's task waits: the operation's abort signal, which carries
// the user's `timeouts` limit and Ctrl-C, so long operations honour both; and finding a task
// whose UPID was lost with its request's answer in the node's active task list
// (`GET /nodes/{node}/tasks?source=active`, pve-manager PVE/API2/Tasks.pm `node_tasks`).
import { ProxmoxTaskError } from '../../../clients/proxmox/errors.js';
import type { ProxmoxClient, TaskEntry, TaskOptions } from '../../../clients/proxmox/index.js';
import type { OperationContext } from '../../../framework/resource.js';

export function taskOptions(ctx: OperationContext<unknown>): TaskOptions {
  // With a limit, the signal alone ends the wait: a second timer of the client's own would race
  // it and, winning on a busy machine, report the same timeout in other words.
  return ctx.timeoutMs === undefined ? { signal: ctx.signal } : { timeoutMs: Number.POSITIVE_INFINITY, signal: ctx.signal };
}

/** The user part of the client's identity: what `userfilter` matches (a token's tasks carry `user@realm!token`). */
function ownUser(client: ProxmoxClient): string | undefined {
  const { identity } = client;
  if (identity.kind === 'token') return identity.tokenId.split('!')[0];
  return identity.kind === 'ticket' ? identity.userid : undefined;
}

/**
 * UPIDs of the caller's running tasks of `type` on `node` that `mayBeIt` keeps: how a task whose
 * UPID was lost with the answer is found again. The active list also holds tasks that ended but
 * are not archived yet (they carry their exit status): not running.
 */
export async function runningTasks(
  client: ProxmoxClient,
  node: string,
  type: string,
  mayBeIt: (entry: TaskEntry) => boolean | Promise<boolean> = () => true,
): Promise<string[]> {
  const user = ownUser(client);
  const entries = await client.status.tasks(node, { source: 'active', typefilter: type, ...(user !== undefined ? { userfilter: user } : {}) });
  const found: string[] = [];
  for (const entry of entries)
    if (entry.type === type && (entry.status === undefined || entry.status === 'RUNNING') && (await mayBeIt(entry))) found.push(entry.upid);
  return found;
}

/**
 * Waits for the tasks; their outcome does not matter here (the caller looks at what they left).
 * Returns the UPIDs still running when the wait ended (the time limit, an interrupt).
 */
export async function settleTasks(client: ProxmoxClient, upids: readonly string[], task: TaskOptions): Promise<string[]> {
  const stillRunning: string[] = [];
  for (const upid of upids) {
    try {
      await client.tasks.wait(upid, task);
    } catch (error) {
      if (!(error instanceof ProxmoxTaskError)) stillRunning.push(upid);
    }
  }
  return stillRunning;
}
