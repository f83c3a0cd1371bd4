// System settings objects as `*.query` returns them: static routes, NTP servers, cron jobs,
// init/shutdown scripts, tunables, reporting exporters and alert services (truenas/middleware
// src/middlewared/middlewared/api/v25_10_0/*.py; the 25.04 alert service shape is normalised
// by the group).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { cronScheduleSchema } from './protection.js';

export const staticRouteSchema = lazySchema(() => z.object({ id: z.number(), destination: z.string(), gateway: z.string(), description: z.string() }));
export type StaticRoute = z.output<typeof staticRouteSchema>;
export type StaticRouteCreate = Omit<StaticRoute, 'id'>;

export const ntpServerSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    address: z.string(),
    burst: z.boolean(),
    iburst: z.boolean(),
    prefer: z.boolean(),
    minpoll: z.number(),
    maxpoll: z.number(),
  }),
);
export type NtpServer = z.output<typeof ntpServerSchema>;
/** `force` adds a server that cannot be reached now; it is not stored. */
export type NtpServerCreate = Omit<NtpServer, 'id'> & { force?: boolean };

export const cronJobSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    user: z.string(),
    command: z.string(),
    description: z.string(),
    enabled: z.boolean(),
    stdout: z.boolean(),
    stderr: z.boolean(),
    schedule: cronScheduleSchema,
  }),
);
export type CronJob = z.output<typeof cronJobSchema>;
export type CronJobCreate = Omit<CronJob, 'id' | 'schedule'> & { schedule: Omit<CronJob['schedule'], 'begin' | 'end'> };

export const INIT_SCRIPT_TYPES = ['COMMAND', 'SCRIPT'] as const;
export const INIT_SCRIPT_WHEN = ['PREINIT', 'POSTINIT', 'SHUTDOWN'] as const;
export const initScriptSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    type: z.enum(INIT_SCRIPT_TYPES),
    command: z.string().nullable(),
    script: z.string().nullable(),
    when: z.enum(INIT_SCRIPT_WHEN),
    enabled: z.boolean(),
    timeout: z.number(),
    comment: z.string(),
  }),
);
export type InitScript = z.output<typeof initScriptSchema>;
export type InitScriptCreate = Omit<InitScript, 'id'>;

export const TUNABLE_TYPES = ['SYSCTL', 'UDEV', 'ZFS'] as const;
export const tunableSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    type: z.enum(TUNABLE_TYPES),
    var: z.string(),
    value: z.string(),
    orig_value: z.string(),
    comment: z.string(),
    enabled: z.boolean(),
  }),
);
export type Tunable = z.output<typeof tunableSchema>;
export interface TunableCreate {
  type: Tunable['type'];
  var: string;
  value: string;
  comment: string;
  enabled: boolean;
  update_initramfs?: boolean;
}
/** `type` and `var` cannot change (tunable.update takes neither). */
export type TunableUpdate = Omit<TunableCreate, 'type' | 'var'>;

export const graphiteExporterSchema = lazySchema(() =>
  z.object({
    exporter_type: z.literal('GRAPHITE'),
    destination_ip: z.string(),
    destination_port: z.number(),
    namespace: z.string(),
    prefix: z.string(),
    update_every: z.number(),
    buffer_on_failures: z.number(),
    send_names_instead_of_ids: z.boolean(),
    matching_charts: z.string(),
  }),
);
export const reportingExporterSchema = lazySchema(() =>
  z.object({ id: z.number(), name: z.string(), enabled: z.boolean(), attributes: graphiteExporterSchema }),
);
export type ReportingExporter = z.output<typeof reportingExporterSchema>;
export type ReportingExporterCreate = Omit<ReportingExporter, 'id'>;

export const ALERT_LEVELS = ['INFO', 'NOTICE', 'WARNING', 'ERROR', 'CRITICAL', 'ALERT', 'EMERGENCY'] as const;
export const ALERT_POLICIES = ['IMMEDIATELY', 'HOURLY', 'DAILY', 'NEVER'] as const;

/** An alert service as 25.10+ shapes it: the service type inside `attributes`. */
export const alertServiceSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    name: z.string(),
    enabled: z.boolean(),
    level: z.string(),
    attributes: z.looseObject({ type: z.string() }),
  }),
);
export type AlertService = z.output<typeof alertServiceSchema>;
export type AlertServiceCreate = Omit<AlertService, 'id'>;

export const alertClassesSchema = lazySchema(() =>
  z.object({
    id: z.number(),
    classes: z.record(
      z.string(),
      z.object({ level: z.enum(ALERT_LEVELS).optional(), policy: z.enum(ALERT_POLICIES).optional(), proactive_support: z.boolean().optional() }),
    ),
  }),
);
export type AlertClasses = z.output<typeof alertClassesSchema>;
