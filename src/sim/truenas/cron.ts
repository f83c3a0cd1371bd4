// The middleware's task schedules: five cron fields (`minute hour dom month dow`, lists, ranges,
// steps, `*`) plus an optional begin/end window (periodic snapshot tasks, replication), matched
// in UTC, and the strftime subset snapshot naming schemas use.
import type { CronSchedule } from '../../clients/truenas/schemas/protection.js';

const FIELD_RANGES = { minute: [0, 59], hour: [0, 23], dom: [1, 31], month: [1, 12], dow: [0, 7] } as const;
type CronField = keyof typeof FIELD_RANGES;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function numberIn(field: CronField, text: string): number {
  const lower = text.toLowerCase();
  if (field === 'month' && MONTHS.includes(lower)) return MONTHS.indexOf(lower) + 1;
  if (field === 'dow' && DAYS.includes(lower)) return DAYS.indexOf(lower);
  if (!/^\d+$/.test(text)) throw new Error(`invalid ${field} value ${JSON.stringify(text)}`);
  return Number(text);
}

/** Whether `value` is one of the times the cron field `expression` names. */
export function fieldMatches(field: CronField, expression: string, value: number): boolean {
  const [low, high] = FIELD_RANGES[field];
  return expression.split(',').some((part) => {
    const [range = '*', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`invalid ${field} step ${JSON.stringify(part)}`);
    const [from, to] =
      range === '*'
        ? [low, high]
        : range.includes('-')
          ? range.split('-').map((t) => numberIn(field, t))
          : [numberIn(field, range), stepText ? high : numberIn(field, range)];
    const candidates = field === 'dow' && value === 0 ? [0, 7] : [value];
    return candidates.some((v) => v >= from! && v <= to! && (v - from!) % step === 0);
  });
}

function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Whether the schedule fires at this minute (UTC), inside its begin/end window when it has one. */
export function scheduleMatches(schedule: Partial<CronSchedule>, at: Date): boolean {
  const ok =
    fieldMatches('minute', schedule.minute ?? '00', at.getUTCMinutes()) &&
    fieldMatches('hour', schedule.hour ?? '*', at.getUTCHours()) &&
    fieldMatches('dom', schedule.dom ?? '*', at.getUTCDate()) &&
    fieldMatches('month', schedule.month ?? '*', at.getUTCMonth() + 1) &&
    fieldMatches('dow', schedule.dow ?? '*', at.getUTCDay());
  if (!ok) return false;
  const now = at.getUTCHours() * 60 + at.getUTCMinutes();
  const begin = minutesOf(schedule.begin ?? '00:00');
  const end = minutesOf(schedule.end ?? '23:59');
  // A window whose end is before its begin spans midnight (zettarepl's CronSchedule).
  return begin <= end ? now >= begin && now <= end : now >= begin || now <= end;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The snapshot name a naming schema gives at `at` (UTC): %Y %m %d %H %M %S and %%. */
export function strftime(schema: string, at: Date): string {
  const codes: Record<string, string> = {
    Y: String(at.getUTCFullYear()),
    m: pad(at.getUTCMonth() + 1),
    d: pad(at.getUTCDate()),
    H: pad(at.getUTCHours()),
    M: pad(at.getUTCMinutes()),
    S: pad(at.getUTCSeconds()),
    '%': '%',
  };
  return schema.replace(/%(.)/g, (whole, code: string) => codes[code] ?? whole);
}

/**
 * zettarepl's naming-schema check (`validate_snapshot_naming_schema`, which the middleware's
 * model runs, so it fails as a "Value error"): either %s alone or all of %Y %m %d %H %M, and
 * only characters a ZFS snapshot name may hold around the placeholders.
 */
export function namingSchemaProblem(schema: string): string | undefined {
  // zettarepl/snapshot/name.py validate_snapshot_naming_schema: "%%" first, then the characters of the raw schema.
  if (schema.includes('%%')) return '% is not an allowed character in ZFS snapshot name';
  const bad = schema.replace(/[0-9A-Za-z %_.:-]/g, '');
  if (bad.length === 1) return `${bad} is not an allowed character in ZFS snapshot name`;
  if (bad.length > 1) return `${bad} are not allowed characters in ZFS snapshot name`;
  if (/(^|[^%])%s/.test(schema)) return /%[^s]/.test(schema) ? 'No other placeholder can be used with %s in naming schema' : undefined;
  for (const code of ['%Y', '%m', '%d', '%H', '%M'])
    if (!new RegExp(`(^|[^%])${code}`).test(schema)) return `${code} must be present in snapshot naming schema`;
  return undefined;
}

/** Milliseconds in a retention unit (zettarepl's `lifetime`: months are 30 days, years 365). */
export const LIFETIME_MS: Readonly<Record<string, number>> = {
  HOUR: 3_600_000,
  DAY: 86_400_000,
  WEEK: 7 * 86_400_000,
  MONTH: 30 * 86_400_000,
  YEAR: 365 * 86_400_000,
};

/** The time a snapshot name made by `schema` records (UTC), or undefined when the name is not the schema's. */
export function parseSnapshotTime(schema: string, name: string): Date | undefined {
  const order: string[] = [];
  const parts = schema.split(/(%.)/).map((part) => {
    if (/^%[YmdHMS]$/.test(part)) {
      order.push(part[1]!);
      return part === '%Y' ? '(\\d{4})' : '(\\d{2})';
    }
    if (part === '%%') return '%';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  const match = new RegExp(`^${parts.join('')}$`).exec(name);
  if (!match) return undefined;
  const value = (code: string, fallback: number) => {
    const index = order.indexOf(code);
    return index < 0 ? fallback : Number(match[index + 1]);
  };
  return new Date(Date.UTC(value('Y', 1970), value('m', 1) - 1, value('d', 1), value('H', 0), value('M', 0), value('S', 0)));
}
