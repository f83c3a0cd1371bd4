// truenas_periodic_snapshot_task: snapshots of a dataset or zvol taken on a schedule and kept
// for a lifetime (`pool.snapshottask`), the source of what replication tasks copy.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { LIFETIME_UNITS, type SnapshotTask, type SnapshotTaskCreate } from '../../../clients/truenas/schemas/protection.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { TIME_OF_DAY, cronAttribute, scheduleAsConfigured, taskEnabledAttribute, toSchedule } from '../shared/schedule.js';
import { sameFields } from '../../common/same-fields.js';

/** zettarepl's rule for naming schemas (zettarepl/snapshot/name.py validate_snapshot_naming_schema): %Y %m %d %H %M, or %s alone; [0-9A-Za-z %_.:-], no %%. */
export function namingSchemaProblem(schema: string): string | undefined {
  if (schema.includes('%%')) return 'may not contain "%%" (a literal % is not allowed in a ZFS snapshot name)';
  if (/(^|[^%])%s/.test(schema)) return /%[^s]/.test(schema) ? 'no other placeholder can be used with %s' : undefined;
  const missing = ['%Y', '%m', '%d', '%H', '%M'].filter((code) => !new RegExp(`(^|[^%])${code}`).test(schema));
  if (missing.length > 0) return `must contain ${missing.join(', ')} (year, month, day, hour and minute), such as "auto-%Y-%m-%d_%H-%M"`;
  if (/[^A-Za-z0-9 _.:%-]/.test(schema.replace(/%./g, '')))
    return 'may hold only letters, digits, spaces and _ . : - around the placeholders (a ZFS snapshot name)';
  return undefined;
}

export const namingSchemaValidator = validators.custom('a snapshot naming schema', (value) =>
  typeof value === 'string' ? namingSchemaProblem(value) : undefined,
);

const taskSchema = schema({
  description:
    'A periodic snapshot task: snapshots of a dataset or zvol (and its children when recursive) taken on a cron schedule, named by a naming schema, and destroyed after their lifetime.',
  attributes: {
    id: numericId('periodic snapshot task'),
    dataset: attr.string({ required: true, description: 'Dataset or zvol to snapshot, such as "tank/vms/vm-100-disk-0".' }),
    recursive: attr.bool({ default: false, description: 'Also snapshot every child dataset and zvol (all in one atomic snapshot).' }),
    exclude: attr.list(ty.string, { default: [], description: 'Children to leave out of a recursive task (full names under dataset).' }),
    lifetime_value: attr.number({
      default: 2,
      description: 'How many lifetime units a snapshot is kept.',
      validators: [validators.integer(), validators.atLeast(1)],
    }),
    lifetime_unit: attr.string({ default: 'WEEK', description: 'HOUR, DAY, WEEK, MONTH or YEAR.', validators: [validators.oneOf(...LIFETIME_UNITS)] }),
    naming_schema: attr.string({
      default: 'auto-%Y-%m-%d_%H-%M',
      description: 'strftime-like name of the snapshots; must contain %Y, %m, %d, %H and %M. Replication tasks find snapshots by it.',
      validators: [namingSchemaValidator],
    }),
    schedule: cronAttribute({
      default: '0 * * * *',
      description: 'When to take snapshots, as a crontab line (minute hour day-of-month month day-of-week, UTC on the server clock); hourly by default.',
    }),
    begin: attr.string({
      default: '00:00',
      description: 'Start of the daily window in which the schedule fires (HH:MM).',
      validators: [validators.textMatching(TIME_OF_DAY.pattern, TIME_OF_DAY.what)],
    }),
    end: attr.string({
      default: '23:59',
      description: 'End of the daily window in which the schedule fires (HH:MM).',
      validators: [validators.textMatching(TIME_OF_DAY.pattern, TIME_OF_DAY.what)],
    }),
    allow_empty: attr.bool({ default: true, description: 'Take a snapshot even when nothing changed since the last one.' }),
    enabled: taskEnabledAttribute,
    state: attr.string({ computed: true, description: "The task's last run as the server reports it: PENDING, RUNNING, FINISHED or ERROR." }),
  },
});

type TaskModel = ModelOf<typeof taskSchema>;

/** The attributes the task has as they are, under the same name, in both directions. */
const SAME_FIELDS = ['dataset', 'recursive', 'exclude', 'lifetime_value', 'naming_schema', 'allow_empty', 'enabled'] as const;

function toModel(task: SnapshotTask, known: Partial<TaskModel>): TaskModel {
  return {
    ...sameFields(task, SAME_FIELDS),
    id: task.id,
    lifetime_unit: task.lifetime_unit,
    schedule: scheduleAsConfigured(known.schedule, task.schedule),
    begin: task.schedule.begin ?? '00:00',
    end: task.schedule.end ?? '23:59',
    state: task.state?.state ?? null,
  };
}

function input(plan: PlanModelOf<typeof taskSchema>): SnapshotTaskCreate {
  return {
    ...sameFields(plan, SAME_FIELDS),
    lifetime_unit: plan.lifetime_unit as SnapshotTaskCreate['lifetime_unit'],
    schedule: { ...toSchedule(plan.schedule), begin: plan.begin, end: plan.end },
  };
}

export const periodicSnapshotTaskResource = truenasResource({
  name: 'truenas_periodic_snapshot_task',
  schema: taskSchema,
  validateConfig(ctx) {
    // The schedule model asserts begin <= end ("Begin time should be less than or equal to end
    // time": api/v25_10_5/common.py:117 @TS-25.10.6, schema/dict_schema.py:289 on 25.04).
    const minutes = (name: 'begin' | 'end', fallback: string) => {
      if (!ctx.config.isKnown(name)) return undefined;
      const match = /^(\d{1,2}):(\d{2})$/.exec(ctx.config.string(name) ?? fallback);
      return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
    };
    const begin = minutes('begin', '00:00');
    const end = minutes('end', '23:59');
    if (begin !== undefined && end !== undefined && begin > end)
      ctx.error('end', 'end before begin', 'The daily window cannot span midnight: end must be at or after begin (TrueNAS refuses otherwise).');
    if (ctx.config.isKnown('recursive') && ctx.config.bool('recursive') !== true && ctx.config.isKnown('exclude') && !ctx.config.isNull('exclude')) {
      const exclude = ctx.config.get('exclude');
      if (Array.isArray(exclude) && exclude.length > 0)
        ctx.error(
          'exclude',
          'exclude needs recursive',
          'Excluding children only means something for a recursive task: set recursive = true or remove exclude.',
        );
    }
  },
  ...numericCrud({ importId: numericImportId('task'), group: (client) => client.protection.snapshotTasks, toModel, input }),
});
