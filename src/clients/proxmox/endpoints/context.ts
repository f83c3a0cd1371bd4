// What every endpoint group is built from.
import type { ProxmoxHttp } from '../http.js';
import type { ProxmoxTasks, TaskOptions, TaskStatus } from '../tasks.js';

export interface EndpointContext {
  http: ProxmoxHttp;
  tasks: ProxmoxTasks;
}

/** Awaits a UPID-returning call's task; null (finished synchronously) resolves to undefined. */
export async function awaitTask(ctx: EndpointContext, upid: Promise<string | null>, options?: TaskOptions): Promise<TaskStatus | undefined> {
  const id = await upid;
  return id === null ? undefined : ctx.tasks.wait(id, options);
}

/** `delete` is sent as a comma list of keys. */
export function deleteList(keys: readonly string[] | undefined): string | undefined {
  return keys && keys.length > 0 ? keys.join(',') : undefined;
}
