// Task schedules as one crontab line (`"0 * * * *"`: minute hour day-of-month month
// day-of-week), mapped to and from the API's schedule object.
import { attr } from '../../../framework/attributes.js';
import type { PlanModifier } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { CronSchedule } from '../../../clients/truenas/index.js';

const FIELD = /^(\*|[0-9a-z]+(-[0-9a-z]+)?)(\/\d+)?(,(\*|[0-9a-z]+(-[0-9a-z]+)?)(\/\d+)?)*$/i;

/** Why a crontab line is not a five-field schedule, or undefined when it is one. */
export function cronProblem(text: string): string | undefined {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5) return `must have five fields (minute hour day-of-month month day-of-week), such as "0 * * * *"; got ${fields.length}`;
  const bad = fields.find((field) => !FIELD.test(field));
  return bad === undefined ? undefined : `"${bad}" is not a cron field (numbers, names, ranges, lists, steps or *)`;
}

export const cronValidator = validators.custom('a five-field cron schedule', (value) => (typeof value === 'string' ? cronProblem(value) : undefined));

export const TIME_OF_DAY = { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, what: 'a time of day as HH:MM' };

export function toSchedule(line: string): Omit<CronSchedule, 'begin' | 'end'> {
  const [minute = '*', hour = '*', dom = '*', month = '*', dow = '*'] = line.trim().split(/\s+/);
  return { minute, hour, dom, month, dow };
}

export function fromSchedule(schedule: Pick<CronSchedule, 'minute' | 'hour' | 'dom' | 'month' | 'dow'>): string {
  return [schedule.minute, schedule.hour, schedule.dom, schedule.month, schedule.dow].join(' ');
}

/** Whether two crontab lines name the same schedule as the server stores it (`00` and `0` are one minute). */
export function sameSchedule(a: string, b: string): boolean {
  const norm = (line: string) =>
    line
      .trim()
      .split(/\s+/)
      .map((field) => field.replace(/\b0+(\d)/g, '$1').toLowerCase())
      .join(' ');
  return norm(a) === norm(b);
}

/**
 * The schedule the object has, spelt otherwise ("0 * * * *" planned over the server's
 * "00 * * * *"), is no change: plans keep the state's spelling. A task made outside terraform
 * reads as the server stores it, whose default minute is "00" (`CronModel` and its subclasses,
 * api/v25_10_5/cronjob.py:14, pool_snapshottask.py:21 @TS-25.10.6), while the attributes'
 * defaults and configurations write "0".
 */
const keepSameSchedule: PlanModifier = {
  description: 'the same schedule spelt otherwise is no change',
  modify: ({ plan, state }) => (typeof plan === 'string' && typeof state === 'string' && sameSchedule(plan, state) ? { plan: state } : {}),
};

/** A task's crontab-line attribute: `default` (or `optional`) and the description as given, checked as a five-field schedule. */
export function cronAttribute<const O extends { readonly description: string } & ({ readonly default: string } | { readonly optional: true })>(options: O) {
  return attr.string({ ...options, validators: [cronValidator], planModifiers: [keepSameSchedule] });
}

/** The schedule to record: the configured spelling while the server's schedule is the same one, else the server's. */
export function scheduleAsConfigured(configured: string | null | undefined, server: Pick<CronSchedule, 'minute' | 'hour' | 'dom' | 'month' | 'dow'>): string {
  const line = fromSchedule(server);
  return configured && sameSchedule(configured, line) ? configured : line;
}

/** The `enabled` switch of a scheduled task. */
export const taskEnabledAttribute = attr.bool({ default: true, description: 'Whether the task runs.' });
