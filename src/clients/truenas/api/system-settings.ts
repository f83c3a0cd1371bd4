// System settings method groups: `staticroute.*`, `system.ntpserver.*`, `cronjob.*`,
// `initshutdownscript.*`, `tunable.*` (jobs), `reporting.exporters.*` and `alertservice.*`
// (whose shape changed in 25.10).
import { z } from 'zod';
import { lazySchema } from '../../common/lazy-schema.js';
import { byFields, byName, type Filter } from '../query.js';
import { parseResponse } from '../parse.js';
import * as settings from '../schemas/system-settings.js';
import type { ApiContext } from './context.js';
import { CrudGroup } from './crud.js';

type Id = { id: number };

/**
 * A group over `namespace` whose rows match `schema`; `findCreated` spots a create whose answer
 * was lost, and is `shared` when the server lets several rows match it.
 */
function plainGroup<T extends Id, C>(ctx: ApiContext, namespace: string, schema: z.ZodType<T>, findCreated: (input: C) => Filter[], shared = false) {
  return new CrudGroup<T, C, Partial<C>>(ctx, { namespace, schema, idOf: (row) => row.id, findCreated, findCreatedShared: shared });
}

/** tunable.create/update/delete run as jobs (plugins/tunables.py `@job(lock='tunable_crud')`). */
export class TunableGroup extends CrudGroup<settings.Tunable, settings.TunableCreate, Partial<settings.TunableUpdate>> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'tunable', schema: settings.tunableSchema, idOf: (row) => row.id, findCreated: byFields('var') });
  }

  override async create(input: settings.TunableCreate): Promise<settings.Tunable> {
    return this.createByJob('tunable.create', input, input);
  }

  /** Takes a whole create input too: `type` and `var` are dropped, tunable.update refuses them. */
  override async update(id: number, patch: Partial<settings.TunableUpdate> & { type?: unknown; var?: unknown }): Promise<settings.Tunable> {
    const { type: _type, var: _var, ...changes } = patch;
    return parseResponse('tunable.update', settings.tunableSchema, await this.ctx.job('tunable.update', [id, changes]));
  }

  override async delete(id: number): Promise<void> {
    await this.ctx.job('tunable.delete', [id]);
  }
}

/** 25.04 keeps an alert service's type beside `attributes`; 25.10 moved it inside. */
const alertServiceRow = lazySchema(() =>
  z.preprocess((raw) => {
    if (raw === null || typeof raw !== 'object' || !('type' in raw)) return raw;
    const { type, attributes, ...rest } = raw as { type: unknown; attributes?: Record<string, unknown> };
    return { ...rest, attributes: { ...attributes, type } };
  }, settings.alertServiceSchema),
);

/** alertservice.update takes the whole service again (AlertServiceUpdateArgs is not partial). */
export class AlertServiceGroup extends CrudGroup<settings.AlertService, settings.AlertServiceCreate, settings.AlertServiceCreate> {
  constructor(ctx: ApiContext) {
    super(ctx, { namespace: 'alertservice', schema: alertServiceRow, idOf: (row) => row.id, findCreated: byName });
  }

  protected override async encodeCreate(input: settings.AlertServiceCreate): Promise<unknown> {
    return this.encodeUpdate(input);
  }

  protected override async encodeUpdate(patch: settings.AlertServiceCreate): Promise<unknown> {
    if (await this.ctx.atLeast('25.10')) return patch;
    const { type, ...attributes } = patch.attributes;
    return { ...patch, type, attributes };
  }
}

export class SystemSettingsGroup {
  readonly staticRoutes: CrudGroup<settings.StaticRoute, settings.StaticRouteCreate, Partial<settings.StaticRouteCreate>>;
  readonly ntpServers: CrudGroup<settings.NtpServer, settings.NtpServerCreate, Partial<settings.NtpServerCreate>>;
  readonly cronJobs: CrudGroup<settings.CronJob, settings.CronJobCreate, Partial<settings.CronJobCreate>>;
  readonly initScripts: CrudGroup<settings.InitScript, settings.InitScriptCreate, Partial<settings.InitScriptCreate>>;
  readonly tunables: TunableGroup;
  readonly reportingExporters: CrudGroup<settings.ReportingExporter, settings.ReportingExporterCreate, Partial<settings.ReportingExporterCreate>>;
  readonly alertServices: AlertServiceGroup;

  constructor(ctx: ApiContext) {
    // Nothing unique about routes, NTP servers, cron jobs and init scripts: the server takes two alike.
    this.staticRoutes = plainGroup(ctx, 'staticroute', settings.staticRouteSchema, byFields<settings.StaticRouteCreate>('destination', 'gateway'), true);
    this.ntpServers = plainGroup(ctx, 'system.ntpserver', settings.ntpServerSchema, byFields<settings.NtpServerCreate>('address'), true);
    this.cronJobs = plainGroup(ctx, 'cronjob', settings.cronJobSchema, byFields<settings.CronJobCreate>('command', 'user'), true);
    this.initScripts = plainGroup(ctx, 'initshutdownscript', settings.initScriptSchema, byFields<settings.InitScriptCreate>('when', 'comment'), true);
    this.tunables = new TunableGroup(ctx);
    this.reportingExporters = plainGroup(ctx, 'reporting.exporters', settings.reportingExporterSchema, byName);
    this.alertServices = new AlertServiceGroup(ctx);
  }
}
