// cloudsync.*: cloud sync tasks (plugins/cloud_sync.py CloudSyncService @TS-25.04.2.6,
// @TS-25.10.6, @TS-26.0.0-BETA.3) with the shared cloud task checks (cloud-tasks.ts) and its own:
// an encryption password when encryption is on, bandwidth limits in time order, a snapshot only
// for PUSH and not for MOVE, no PUSH to a read-only remote (HTTP). An update merges into the
// stored task and validates the whole. (`_validate_folder` also lists the remote folder of a PULL
// task; the simulator has no remote storage, so that check is not made.)
import { crud, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { Verrors } from '../sim-errors.js';
import type { SimCloudSyncTask } from '../state.js';
import { cloudTaskRow, mergedUpdate, validateCloudTask, withCreateDefaults } from './cloud-tasks.js';

const NOUN = 'CloudSync';
const LISTS = ['include', 'exclude', 'bwlimit'] as const;

function validate(ctx: CallContext, task: SimCloudSyncTask, name: string): void {
  const verrors = new Verrors();
  if (task.encryption && !task.encryption_password) verrors.add(`${name}.encryption_password`, 'This field is required when encryption is enabled');
  const remote = validateCloudTask(ctx.state, task, name, verrors, { allowZvol: false });
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

const row = (ctx: CallContext, task: SimCloudSyncTask) => cloudTaskRow(ctx, 'cloudsync.query', task);

export const cloudSyncTaskMethods: MethodTable = crud<number>('cloudsync', {
  noun: NOUN,
  rows: (ctx) => ctx.state.cloudSyncTasks.list().map((task) => row(ctx, task)),
  create: (data, ctx) => {
    const task = withCreateDefaults(ctx, 'cloudsync.create', data, LISTS) as unknown as SimCloudSyncTask;
    validate(ctx, task, 'cloud_sync_create');
    return row(ctx, ctx.state.cloudSyncTasks.insert(task));
  },
  update: (id, data, ctx) => {
    const stored = mustExist(ctx.state.cloudSyncTasks.get(id), NOUN, id);
    const merged = mergedUpdate(stored, data);
    validate(ctx, merged, 'cloud_sync_update');
    Object.assign(stored, merged, { id });
    return row(ctx, stored);
  },
  delete: (id, _options, ctx) => mustExist(ctx.state.cloudSyncTasks.get(id), NOUN, id) && ctx.state.cloudSyncTasks.delete(id),
});
