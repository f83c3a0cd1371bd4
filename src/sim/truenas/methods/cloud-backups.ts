// cloud_backup.*: restic backups to the cloud (plugins/cloud_backup/crud.py and init.py
// @TS-25.04.2.6, @TS-25.10.6, @TS-26.0.0-BETA.3) with the shared cloud task checks
// (cloud-tasks.ts; the path may also be a zvol) and their own: no snapshot with absolute paths,
// a cache directory under a pool that is writeable (25.10+), and `ensure_initialized`: the
// restic repository at the credential's bucket/folder is made on first use and must open with
// the task's password (restic's "wrong password or no key found" on `password`). Only S3 and
// Storj have a restic configuration (`get_restic_config`; the others raise NotImplementedError).
// Repositories stay in the cloud when a task is deleted.
import { createHash } from 'node:crypto';
import { Errno } from '../../../clients/truenas/errno.js';
import { versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import type { SimCloudBackup } from '../state.js';
import { cloudTaskCrud, validateCloudTask } from './cloud-tasks.js';
import { checkWithinPool, pathReadonly } from './task-paths.js';

const digest = (password: string) => createHash('sha256').update(password).digest('hex');

/** The repository's place: the credential and `get_remote_path` (bucket/folder, or the folder). */
function repositoryKey(task: SimCloudBackup): string {
  const folder = String(task.attributes['folder'] ?? '').replace(/\/+$/, '') || '/';
  const bucket = task.attributes['bucket'];
  return `${task.credentials}:${typeof bucket === 'string' ? `${bucket}/${folder.replace(/^\/+/, '')}` : folder}`;
}

function validate(ctx: CallContext, task: SimCloudBackup, name: string): void {
  const verrors = new Verrors();
  const remote = validateCloudTask(ctx.state, task, name, verrors, { allowZvol: true, version: ctx.version });
  if (task.snapshot && task.absolute_paths) verrors.add(`${name}.snapshot`, "This option can't be used when absolute paths are enabled");
  if (task.cache_path) {
    checkWithinPool(ctx.state, task.cache_path, `${name}.cache_path`, verrors, true);
    if (verrors.errors.length === 0 && pathReadonly(ctx.state, task.cache_path)) verrors.add(`${name}.cache_path`, 'The cache directory must be writeable');
  }
  if (verrors.errors.length === 0 && remote) {
    if (!remote.restic) throw new SimCallError(Errno.EFAULT, 'NotImplementedError');
    const key = repositoryKey(task);
    const existing = ctx.state.resticRepositories.get(key);
    if (existing === undefined) ctx.state.resticRepositories.set(key, digest(task.password));
    else if (existing !== digest(task.password)) verrors.add(`${name}.password`, 'Fatal: wrong password or no key found');
  }
  verrors.check();
}

export const cloudBackupMethods: MethodTable = cloudTaskCrud('cloud_backup', {
  noun: 'CloudBackup',
  table: (state) => state.cloudBackups,
  lists: ['include', 'exclude'],
  errorPrefix: 'cloud_backup',
  validate,
  // 25.04 has neither field; the row keeps them null (and its rows leave them out).
  created: (ctx, task) => {
    if (!versionAtLeast(ctx.version, '25.10')) Object.assign(task, { cache_path: null, rate_limit: null });
  },
});
