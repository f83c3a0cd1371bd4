// cloudsync.*: cloud sync tasks (plugins/cloud_sync.py CloudSyncService @TS-25.04.2.6,
// @TS-25.10.6, @TS-26.0.0-BETA.3) with the shared cloud task checks (cloud-tasks.ts) and its own:
// an encryption password when encryption is on, bandwidth limits in time order, a snapshot only
// for PUSH and not for MOVE, no PUSH to a read-only remote (HTTP). An update merges into the
// stored task and validates the whole. (`_validate_folder` also lists the remote folder of a PULL
// task; the simulator has no remote storage, so that check is not made.)
import type { CallContext, MethodTable } from '../registry.js';
import { Verrors } from '../sim-errors.js';
import type { SimCloudSyncTask } from '../state.js';
import { cloudTaskCrud, validateCloudTask } from './cloud-tasks.js';

function validate(ctx: CallContext, task: SimCloudSyncTask, name: string): void {
  const verrors = new Verrors();
  if (task.encryption && !task.encryption_password) verrors.add(`${name}.encryption_password`, 'This field is required when encryption is enabled');
  const remote = validateCloudTask(ctx.state, task, name, verrors, { allowZvol: false, version: ctx.version });
  task.bwlimit.slice(1).forEach((limit, i) => {
    const previous = task.bwlimit[i]!;
    if (previous.time >= limit.time) verrors.add(`${name}.bwlimit.${i + 1}.time`, `Invalid time order: ${previous.time}, ${limit.time}`);
  });
  if (task.snapshot) {
    if (task.direction !== 'PUSH') verrors.add(`${name}.snapshot`, 'This option can only be enabled for PUSH tasks');
    if (task.transfer_mode === 'MOVE') verrors.add(`${name}.snapshot`, 'This option can not be used for MOVE transfer mode');
  }
  verrors.check();
  if (task.direction === 'PUSH' && remote?.readonly) verrors.add(`${name}.direction`, 'This remote is read-only');
  verrors.check();
}

export const cloudSyncTaskMethods: MethodTable = cloudTaskCrud('cloudsync', {
  noun: 'CloudSync',
  table: (state) => state.cloudSyncTasks,
  lists: ['include', 'exclude', 'bwlimit'],
  errorPrefix: 'cloud_sync',
  validate,
});
