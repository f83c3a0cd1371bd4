// pool.scrub.*: scheduled scrubs, one per pool (plugins/pool_/scrub.py @TS-25.10.6,
// `validate_data`); rows name the pool as `pool_scrub_extend` does.
import { crud, deleteFrom, dict, mustExist, type MethodTable } from '../registry.js';
import { Verrors } from '../sim-errors.js';
import type { SimScrubTask, SimState } from '../state.js';

const NOUN = 'PoolScrub';

function scrubRow(state: SimState, task: SimScrubTask): Record<string, unknown> {
  const { lastRun: _lastRun, ...row } = structuredClone(task);
  return { ...row, pool_name: state.pools.find((p) => p.id === task.pool)?.name ?? '' };
}

function validate(state: SimState, task: Omit<SimScrubTask, 'id'>, schema: string, id?: number): void {
  const verrors = new Verrors();
  if (!state.pools.some((p) => p.id === task.pool)) verrors.add(`${schema}.pool`, 'The specified volume does not exist');
  else if (state.scrubTasks.list().some((s) => s.pool === task.pool && s.id !== id)) verrors.add(`${schema}.pool`, 'A scrub with this pool already exists');
  verrors.check();
}

function schedule(value: unknown, base: SimScrubTask['schedule']): SimScrubTask['schedule'] {
  return { ...base, ...(dict(value, 'data.schedule') as Partial<SimScrubTask['schedule']>) };
}

const DEFAULT_SCHEDULE: SimScrubTask['schedule'] = { minute: '00', hour: '00', dom: '*', month: '*', dow: '7' };

export const scrubTaskMethods: MethodTable = crud<number>('pool.scrub', {
  noun: NOUN,
  rows: (ctx) => ctx.state.scrubTasks.list().map((task) => scrubRow(ctx.state, task)),
  create: (data, ctx) => {
    const task: Omit<SimScrubTask, 'id'> = {
      pool: Number(data['pool']),
      threshold: (data['threshold'] as number | undefined) ?? 35,
      enabled: data['enabled'] !== false,
      schedule: schedule(data['schedule'], DEFAULT_SCHEDULE),
      lastRun: null,
    };
    validate(ctx.state, task, 'pool_scrub_create');
    return scrubRow(ctx.state, ctx.state.scrubTasks.insert(task));
  },
  update: (id, data, ctx) => {
    const task = mustExist(ctx.state.scrubTasks.get(id), NOUN, id);
    const merged = {
      ...structuredClone(task),
      ...data,
      schedule: data['schedule'] === undefined ? task.schedule : schedule(data['schedule'], task.schedule),
    } as SimScrubTask;
    validate(ctx.state, merged, 'pool_scrub_update', id);
    Object.assign(task, merged);
    return scrubRow(ctx.state, task);
  },
  delete: deleteFrom((state) => state.scrubTasks, NOUN),
});
