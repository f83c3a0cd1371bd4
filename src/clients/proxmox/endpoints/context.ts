// What every endpoint group is built from.
import type { Logger } from '../../../log/logger.js';
import type { CollectionCache } from '../collection-cache.js';
import { whenFound } from '../errors.js';
import type { ProxmoxHttp } from '../http.js';
import type { ProxmoxTasks, TaskOptions, TaskStatus } from '../tasks.js';

export interface EndpointContext {
  http: ProxmoxHttp;
  tasks: ProxmoxTasks;
  cache: CollectionCache;
  logger: Logger;
}

/** The object `read` returns, or undefined when the server says it does not exist. */
export function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  return whenFound(read, undefined);
}

/** Awaits a UPID-returning call's task; null (finished synchronously) resolves to undefined. */
export async function awaitTask(ctx: EndpointContext, upid: Promise<string | null>, options?: TaskOptions): Promise<TaskStatus | undefined> {
  const id = await upid;
  return id === null ? undefined : ctx.tasks.wait(id, options);
}

/** A comma list the server sends (`"a,b"`, empty or absent) as its items. */
export function splitList(text: string | undefined): string[] {
  return text ? text.split(',').filter((item) => item !== '') : [];
}

/** `delete` is sent as a comma list of keys. */
export function deleteList(keys: readonly string[] | undefined): string | undefined {
  return keys && keys.length > 0 ? keys.join(',') : undefined;
}
