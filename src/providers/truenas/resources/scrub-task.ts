// truenas_scrub_task: when a pool is scrubbed (`pool.scrub`); a pool has at most one.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { ScrubTask, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { keepIncompleteCreate, numericId } from '../shared/ids.js';
import { sameFields } from '../../common/same-fields.js';
import { cronAttribute, scheduleAsConfigured, taskEnabledAttribute, toSchedule } from '../shared/schedule.js';

const scrubSchema = schema({
  description:
    'A scheduled scrub of a pool. A pool has at most one scrub task, and TrueNAS makes one for each pool it creates or imports: creating this resource adopts that task and sets it as configured (destroying it deletes the task). The server skips a scheduled scrub until threshold days passed since the last.',
  attributes: {
    id: numericId('scrub task'),
    pool: attr.string({ required: true, description: 'Name of the pool to scrub.', planModifiers: [planModifiers.requiresReplace()] }),
    pool_id: attr.number({ computed: true, description: "The pool's id on the server.", planModifiers: [planModifiers.useStateForUnknown()] }),
    threshold: attr.number({
      default: 35,
      description: 'Days that must pass since the last scrub before a scheduled one runs.',
      validators: [validators.integer(), validators.atLeast(0)],
    }),
    schedule: cronAttribute({
      default: '00 00 * * 7',
      description: 'When to check whether a scrub is due, as a crontab line (minute hour day-of-month month day-of-week); Sundays at midnight by default.',
    }),
    enabled: taskEnabledAttribute,
  },
});

type ScrubModel = ModelOf<typeof scrubSchema>;

function toModel(task: ScrubTask, known: Partial<ScrubModel>): ScrubModel {
  return {
    ...sameFields(task, ['id', 'threshold', 'enabled']),
    pool: task.pool_name,
    pool_id: task.pool,
    schedule: scheduleAsConfigured(known.schedule, task.schedule),
  };
}

async function poolId(client: TrueNASClient, name: string): Promise<number> {
  const [pool] = await client.system.pools([['name', '=', name]]);
  if (!pool) throw new AttributeError('pool', 'Unknown pool', `The server has no pool named "${name}".`);
  return pool.id;
}

function input(plan: PlanModelOf<typeof scrubSchema>, pool: number) {
  return { pool, threshold: plan.threshold, enabled: plan.enabled, schedule: toSchedule(plan.schedule) };
}

const crud = numericCrud({
  importId: numericImportId('scrub task'),
  group: (client) => client.protection.scrubTasks,
  toModel,
  // The pool's id is looked up once; an update keeps the one found at creation.
  input: async (plan: PlanModelOf<typeof scrubSchema>, prior, client) => input(plan, prior?.pool_id ?? (await poolId(client, plan.pool))),
});

export const scrubTaskResource = truenasResource({
  name: 'truenas_scrub_task',
  schema: scrubSchema,
  ...crud,
  /**
   * TrueNAS makes a scrub task for every pool it creates or imports (plugins/pool_/pool.py:478,
   * import_pool.py:164 @TS-25.10.6) and pool.scrub.create refuses a second one for the pool
   * ("A scrub with this pool already exists", plugins/pool_/scrub.py:84-89), so create adopts the
   * pool's task when there is one and sets it as planned.
   */
  async create(ctx, plan) {
    const { client } = ctx.provider;
    const pool = await poolId(client, plan.pool);
    const [existing] = await client.protection.scrubTasks.query([['pool', '=', pool]]);
    const row = existing
      ? await client.protection.scrubTasks.update(existing.id, input(plan, pool))
      : await keepIncompleteCreate(
          ctx,
          () => client.protection.scrubTasks.create(input(plan, pool)),
          (task) => toModel(task, plan),
        );
    return toModel(row, plan);
  },
});
