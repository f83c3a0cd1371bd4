// pool.snapshottask.*: periodic snapshot tasks with the middleware's validation
// (plugins/snapshot.py @TS-25.10.6), rows extended with zettarepl's state, and `run`.
import { Errno } from '../../../clients/truenas/errno.js';
import { namingSchemaProblem } from '../cron.js';
import { crud, dict, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors, invalid } from '../sim-errors.js';
import type { SimSnapshotTask, SimState } from '../state.js';
import { runSnapshotTask } from '../scheduler.js';

const NOUN = 'PeriodicSnapshotTask';

export const snapshotTaskSchedule = (value: unknown): SimSnapshotTask['schedule'] => {
  const given = dict(value, 'data.schedule') as Partial<SimSnapshotTask['schedule']>;
  const schedule = { minute: '00', hour: '*', dom: '*', month: '*', dow: '*', begin: '00:00', end: '23:59', ...given };
  // The schedule model asserts begin <= end (api/v25_10_5/common.py:117 @TS-25.10.6).
  const minutes = (time: string) => time.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  if (minutes(schedule.begin) > minutes(schedule.end)) throw invalid('data.schedule', 'Assertion failed, Begin time should be less than or equal to end time');
  return schedule;
};

export function snapshotTaskRow(task: SimSnapshotTask): Record<string, unknown> {
  return { ...structuredClone(task), vmware_sync: false };
}

/** The model's own check of the naming schema (a pydantic "Value error" on `data.naming_schema`). */
export function checkNamingSchema(attribute: string, schema: string): void {
  const problem = namingSchemaProblem(schema);
  if (problem) throw invalid(attribute, `Value error, ${problem}`);
}

/** Datasets and zvols a task may snapshot (`pool.filesystem_choices`). */
function validate(state: SimState, task: Omit<SimSnapshotTask, 'id' | 'state'>, prefix: string, verrors: Verrors): void {
  if (!state.datasets.has(task.dataset)) verrors.add(`${prefix}.dataset`, 'Dataset not found');
  if (!task.recursive && task.exclude.length > 0)
    verrors.add(`${prefix}.exclude`, 'Excluding datasets is not necessary for non-recursive periodic snapshot tasks');
  task.exclude.forEach((excluded, i) => {
    if (!excluded.startsWith(`${task.dataset}/`))
      verrors.add(`${prefix}.exclude.${i}`, 'Excluded dataset should be a child or other descendant of the selected dataset');
  });
}

function createTask(state: SimState, data: Record<string, unknown>): Record<string, unknown> {
  const task: Omit<SimSnapshotTask, 'id'> = {
    dataset: String(data['dataset']),
    recursive: data['recursive'] === true,
    lifetime_value: (data['lifetime_value'] as number | undefined) ?? 2,
    lifetime_unit: (data['lifetime_unit'] as string | undefined) ?? 'WEEK',
    enabled: data['enabled'] !== false,
    exclude: (data['exclude'] as string[] | undefined) ?? [],
    naming_schema: (data['naming_schema'] as string | undefined) ?? 'auto-%Y-%m-%d_%H-%M',
    allow_empty: data['allow_empty'] !== false,
    schedule: snapshotTaskSchedule(data['schedule']),
    state: { state: 'PENDING' },
  };
  checkNamingSchema('data.naming_schema', task.naming_schema);
  const verrors = new Verrors();
  validate(state, task, 'periodic_snapshot_create', verrors);
  verrors.check();
  return snapshotTaskRow(state.snapshotTasks.insert(task));
}

function updateTask(state: SimState, id: number, data: Record<string, unknown>): Record<string, unknown> {
  const task = mustExist(state.snapshotTasks.get(id), NOUN, id);
  const { fixate_removal_date: _fixate, ...changes } = data;
  const merged: SimSnapshotTask = { ...structuredClone(task), ...(changes as Partial<SimSnapshotTask>) };
  if (changes['schedule'] !== undefined) merged.schedule = snapshotTaskSchedule(changes['schedule']);
  if (typeof changes['naming_schema'] === 'string') checkNamingSchema('data.naming_schema', changes['naming_schema']);
  const verrors = new Verrors();
  validate(state, merged, 'periodic_snapshot_update', verrors);
  if (!merged.enabled) {
    const bound = state.replications.list().find((r) => r.enabled && r.periodic_snapshot_tasks.includes(id));
    if (bound)
      verrors.add(
        'periodic_snapshot_update.enabled',
        `You can't disable this periodic snapshot task because it is bound to enabled replication task ${bound.id}`,
      );
  }
  verrors.check();
  Object.assign(task, merged);
  return snapshotTaskRow(task);
}

function deleteTask(state: SimState, id: number): boolean {
  mustExist(state.snapshotTasks.get(id), NOUN, id);
  // The last task feeding an enabled push replication cannot go (it would break the replication).
  for (const replication of state.replications.list()) {
    const pushOnlyFromTasks = replication.direction === 'PUSH' && replication.also_include_naming_schema.length === 0 && replication.enabled;
    if (pushOnlyFromTasks && replication.periodic_snapshot_tasks.length === 1 && replication.periodic_snapshot_tasks[0] === id) {
      throw new SimCallError(
        Errno.EFAULT,
        `You are deleting the last periodic snapshot task bound to enabled replication task '${replication.name}' which will break it. Please, disable that replication task first.`,
      );
    }
  }
  state.snapshotTasks.delete(id);
  // The link rows go with it (ON DELETE CASCADE on storage_replication_repl_periodic_snapshot_tasks).
  for (const replication of state.replications.list()) replication.periodic_snapshot_tasks = replication.periodic_snapshot_tasks.filter((t) => t !== id);
  return true;
}

function runTask(ctx: CallContext, id: number): null {
  const task = mustExist(ctx.state.snapshotTasks.get(id), NOUN, id);
  if (!task.enabled) throw new SimCallError(Errno.EFAULT, 'Task is not enabled');
  runSnapshotTask(ctx.state, task, new Date(ctx.state.now()));
  return null;
}

export const snapshotTaskMethods: MethodTable = {
  ...crud<number>('pool.snapshottask', {
    noun: NOUN,
    rows: (ctx) => ctx.state.snapshotTasks.list().map(snapshotTaskRow),
    create: (data, ctx) => createTask(ctx.state, data),
    update: (id, data, ctx) => updateTask(ctx.state, id, data),
    delete: (id, _options, ctx) => deleteTask(ctx.state, id),
    deleteParams: ['options'],
  }),
  'pool.snapshottask.run': { params: ['id'], handler: ([id], ctx) => runTask(ctx, Number(id)) },
};
