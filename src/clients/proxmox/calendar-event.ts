// The calendar-event schedules of backup and replication jobs (`pve-calendar-event`): the
// systemd-like subset proxmox-time parses (proxmox/proxmox proxmox-time/src/calendar_event.rs,
// documented in pve-docs calendar-events.adoc): `[WEEKDAYS] [[YEAR-]MONTH-DAY] [HOUR:]MINUTE[:SECOND]`
// with `*`, lists `a,b`, ranges `a..b` and repetitions `start/step`, or one of the named events.
// The check is structural: it catches what the server would reject as unparsable, not every
// out-of-range combination.

const NAMED = new Set(['minutely', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'annually', 'quarterly', 'semiannually', 'semi-annually']);
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function isDay(word: string): boolean {
  return DAYS.includes(word) || FULL_DAYS.includes(word);
}

/** `*`, `5`, `1..5`, `*\/15`, `0/20`, `1..10/2`, and comma lists of them; numbers at most `max`. */
function isValueList(text: string, max: number): boolean {
  return text.split(',').every((item) => {
    const match = /^(\*|\d{1,4})(?:\.\.(\d{1,4}))?(?:\/(\d{1,4}))?$/.exec(item);
    if (!match) return false;
    const [, start = '', end, step] = match;
    if (start !== '*' && Number(start) > max) return false;
    if (end !== undefined && (start === '*' || Number(end) > max || Number(end) < Number(start))) return false;
    return step === undefined || Number(step) > 0;
  });
}

function isWeekdays(text: string): boolean {
  return text.split(',').every((item) => {
    const [from = '', to, ...rest] = item.split('..');
    return rest.length === 0 && isDay(from) && (to === undefined || isDay(to));
  });
}

function isDate(text: string): boolean {
  const parts = text.split('-');
  if (parts.length < 2 || parts.length > 3) return false;
  const [year, month, day] = parts.length === 3 ? parts : ['*', ...parts];
  return isValueList(year ?? '', 9999) && isValueList(month ?? '', 12) && isValueList(day ?? '', 31);
}

function isTime(text: string): boolean {
  const parts = text.split(':');
  if (parts.length > 3) return false;
  if (parts.length === 1) return isValueList(parts[0] ?? '', 59); // minutes only: "*/15", "5"
  const [hour, minute, second] = parts;
  return isValueList(hour ?? '', 23) && isValueList(minute ?? '', 59) && (second === undefined || isValueList(second, 59));
}

/** Why `schedule` is not a calendar event the server accepts, or undefined when it looks right. */
export function calendarEventProblem(schedule: string): string | undefined {
  const text = schedule.trim().toLowerCase();
  if (text === '') return 'the schedule is empty';
  if (text.length > 128) return 'the schedule is longer than 128 characters';
  if (NAMED.has(text)) return undefined;
  const words = text.split(/\s+/);
  let index = 0;
  if (/^[a-z]/.test(words[0] ?? '')) {
    if (!isWeekdays(words[0] ?? '')) return `"${words[0]}" is not a weekday list such as "mon..fri" or "sat,sun"`;
    index++;
  }
  const rest = words.slice(index);
  if (rest.length > 2) return 'expected at most a weekday list, a date and a time';
  if (rest.length === 2 && !isDate(rest[0] ?? '')) return `"${rest[0]}" is not a date such as "*-*-1" or "2025-01-01"`;
  const last = rest[rest.length - 1];
  if (last === undefined) return undefined; // weekdays alone: midnight on those days
  if (rest.length === 1 && last.includes('-') && !last.includes(':')) return isDate(last) ? undefined : `"${last}" is not a date such as "*-*-1"`;
  return isTime(last) ? undefined : `"${last}" is not a time such as "02:30", "*:0/15" or "*/5"`;
}
