// Files the node writes in a task: an upload is copied into place by an `imgcopy` task (no
// worker id; its log names the target file), a download is fetched by a `download` task whose
// worker id is the file name (pve-storage src/PVE/API2/Storage/Status.pm `upload`,
// `download_url`). Either file appears only when its task ends (a download goes to a temporary
// file renamed at the end: pve-common src/PVE/Tools.pm download_file_from_url), so when the
// request's answer is lost (no UPID) or the task outlives the resource's wait, a look right away
// misses the file, and the next apply would fail "File exists already". The node's list of
// active tasks (`GET /nodes/{node}/tasks?source=active`, pve-manager PVE/API2/Tasks.pm) finds
// the running task without its UPID: the provider waits for it, then records the file (the
// create fails, so terraform keeps it tainted) when the task made it; a failed task leaves
// nothing (both workers remove what they wrote).
import { ProxmoxApiError, ProxmoxTaskError, ProxmoxTaskTimeoutError } from '../../../clients/proxmox/errors.js';
import type { ProxmoxClient, StorageVolume, TaskOptions } from '../../../clients/proxmox/index.js';
import { runningTasks, settleTasks } from './tasks.js';

/** The worker type of the task that writes a file: `imgcopy` (upload) or `download` (download-url). */
export type FileTaskType = 'imgcopy' | 'download';

/** The file a task writes: where, by which kind of task, under which name. */
export interface FileTaskTarget {
  readonly node: string;
  readonly type: FileTaskType;
  readonly fileName: string;
}

const TARGET_LINE = 'target file: ';

export function fileTaskOf(node: string, type: FileTaskType, fileName: string): FileTaskTarget {
  return { node, type, fileName };
}

/**
 * A refresh of a file not on the storage: while a task of the caller still writes it (a create
 * whose wait ran out), the state is kept (the file will be there); otherwise it is gone.
 */
export async function keptWhileWritten<T>(client: ProxmoxClient, target: FileTaskTarget, state: T): Promise<T | null> {
  const running = await runningFileTasks(client, target).catch(() => []);
  return running.length > 0 ? state : null;
}

/**
 * The caller's running tasks that may be writing the file. An upload's task names its target in
 * its log only after its checks: one that has not yet is counted (it may be ours).
 */
export function runningFileTasks(client: ProxmoxClient, target: FileTaskTarget): Promise<string[]> {
  if (target.type === 'download') return runningTasks(client, target.node, target.type, (entry) => entry.id === target.fileName);
  return runningTasks(client, target.node, target.type, async (entry) => {
    const lines = await client.tasks.log(target.node, entry.upid, { start: 0, limit: 50 }).catch(() => []);
    const named = lines.find((line) => line.t.startsWith(TARGET_LINE));
    return named === undefined || named.t.endsWith(`/${target.fileName}`);
  });
}

/**
 * Waits for the running tasks writing the file (a previous apply's, whose wait ran out), so a
 * create does not race one and a delete is not undone by one. Returns those still running.
 */
export async function settleFileTasks(client: ProxmoxClient, target: FileTaskTarget, task: TaskOptions, upids?: readonly string[]): Promise<string[]> {
  return settleTasks(client, upids ?? (await runningFileTasks(client, target)), task);
}

export interface FileWrite {
  readonly client: ProxmoxClient;
  readonly target: FileTaskTarget;
  readonly task: TaskOptions;
  /** The file's entry on the storage, undefined when it is not there. */
  readonly find: () => Promise<StorageVolume | undefined>;
  /** Whether a file there before the write may be taken as this write's (overwrite_unmanaged). */
  readonly replacesExisting: boolean;
  /** Starts the task and waits for it. */
  readonly write: () => Promise<unknown>;
  /** Records the file in state (savePartialState): its entry when it is there, undefined while its task still runs. */
  readonly record: (written: StorageVolume | undefined) => void;
}

/**
 * Runs the write; after a lost answer or a wait that ran out, waits for the task (found in the
 * active list when its UPID was lost) and records the file when it made it, or while it still
 * runs, then fails so terraform keeps the file tainted. An error answer (the server refused) or
 * a failed task leaves nothing to record.
 */
export async function writeFileByTask(write: FileWrite): Promise<void> {
  const before = await write.find();
  try {
    await write.write();
    return;
  } catch (error) {
    if (error instanceof ProxmoxApiError || error instanceof ProxmoxTaskError) throw error;
    const known = error instanceof ProxmoxTaskTimeoutError ? [error.upid] : undefined;
    // Past the resource's time limit the wait ends at once: the known task is still running.
    const running = await settleFileTasks(write.client, write.target, write.task, known).catch(() => known ?? []);
    const after = await write.find().catch(() => undefined);
    const made = after !== undefined && (before === undefined || write.replacesExisting);
    if (!made && running.length === 0) throw error;
    write.record(after);
    const reason = error instanceof Error ? error.message : String(error);
    const how =
      running.length > 0
        ? `task ${running.join(', ')} is still writing it: it is kept in state, tainted, and the next apply waits for the task and replaces it.`
        : 'its task made it: it is kept in state, tainted, and the next apply replaces it.';
    throw new Error(`${reason}\nThe file ${write.target.fileName} was not on node ${write.target.node} before this create; ${how}`, { cause: error });
  }
}
