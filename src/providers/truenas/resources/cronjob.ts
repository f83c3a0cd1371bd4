// truenas_cronjob: a command run on a schedule as a user (`cronjob.*`).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { CronJob } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { freeTextAttr } from '../shared/free-text.js';
import { numericId } from '../shared/ids.js';
import { cronAttribute, scheduleAsConfigured, toSchedule } from '../shared/schedule.js';

const cronSchema = schema({
  description: 'A cron job: a command the system runs on a schedule as a local user.',
  attributes: {
    id: numericId('cron job'),
    user: attr.string({
      required: true,
      description:
        'The user the command runs as (must exist). TrueNAS 26.0 stores the name NSS gives the account (such as `EXAMPLE\\alice` for a directory user); the configured spelling is kept while it names the same account.',
      validators: [validators.matches(/^[^\s]+$/, 'a user name without spaces')],
    }),
    command: attr.string({ required: true, description: 'The command line to run.', validators: [validators.lengthBetween(1, 65535)] }),
    schedule: cronAttribute({
      default: '00 * * * *',
      description: 'When it runs, as a crontab line (minute hour day-of-month month day-of-week); hourly by default.',
    }),
    description: freeTextAttr('description'),
    enabled: attr.bool({ default: true, description: 'Whether the job runs.' }),
    stdout: attr.bool({ default: true, description: 'Hide the standard output (no mail with it).' }),
    stderr: attr.bool({ default: false, description: 'Hide the error output (no mail with it).' }),
  },
});

type CronModel = ModelOf<typeof cronSchema>;

/** An account name without its domain (`EXAMPLE\alice`, `alice@example.com` → `alice`), lower case. */
const bareAccount = (name: string): string =>
  name
    .replace(/^[^\\]*\\/, '')
    .replace(/@.*$/, '')
    .toLowerCase();

/**
 * The user as configured when the server's name is the same account: 26.0 stores the canonical
 * name NSS gives (`cron/crud.py` `validate` @TS-26.0.0-BETA.3:75-86, "Normalize to the canonical
 * name from NSS"), so a directory user given as `ALICE` or `alice@example.com` reads back as
 * `EXAMPLE\alice`; 25.04 and 25.10 store the name as sent.
 */
function userAsConfigured(known: string | null | undefined, read: string): string {
  return known && bareAccount(known) === bareAccount(read) ? known : read;
}

function toModel(job: CronJob, known: CronModel): CronModel {
  const { id, user, command, description, enabled, stdout, stderr } = job;
  return {
    id,
    user: userAsConfigured(known.user, user),
    command,
    description,
    enabled,
    stdout,
    stderr,
    schedule: scheduleAsConfigured(known.schedule, job.schedule),
  };
}

function input(plan: PlanModelOf<typeof cronSchema>) {
  const { user, command, description, enabled, stdout, stderr } = plan;
  return { user, command, description, enabled, stdout, stderr, schedule: toSchedule(plan.schedule) };
}

export const cronjobResource = truenasResource({
  name: 'truenas_cronjob',
  schema: cronSchema,
  ...numericCrud({ importId: numericImportId('cron job'), group: (client) => client.systemSettings.cronJobs, toModel, input }),
});
