// What cloud sync tasks and cloud backups share (plugins/cloud/crud.py `CloudTaskServiceMixin`,
// @TS-25.04.2.6, @TS-25.10.6, @TS-26.0.0-BETA.3): `args` must split as a shell line, the
// credential must exist ("Invalid credentials"), `attributes` must be the subset of
// CloudTaskAttributes the credential's provider takes (bucket for bucket providers, folder,
// fast_list, the provider's own; defaults filled in), the provider's own checks (B2 and Dropbox
// chunk sizes, reported under the bare `chunk_size` as the remotes do), the local path under a
// pool (cloud backups also take a zvol), and a snapshot only of a dataset without child datasets.
// Rows expand `credentials` to the credential and add `job` and `locked`.
import { Errno } from '../../../clients/truenas/errno.js';
import { CLOUD_REMOTES, taskAttributeNames, type CloudRemote, type CloudTaskAttributeSpec } from '../../../clients/truenas/cloud-remotes.js';
import { SimCallError, type Verrors } from '../sim-errors.js';
import { crud, deleteFrom, mustExist, versionAtLeast, type CallContext, type MethodTable } from '../registry.js';
import type { SimCloudTaskBase, SimState, SimTaskCron, Table } from '../state.js';
import { checkTaskPath, pathFields, pathLocked, shlexProblem } from './task-paths.js';
import { fitReturns } from './fit-returns.js';

export const DEFAULT_TASK_CRON: SimTaskCron = { minute: '00', hour: '*', dom: '*', month: '*', dow: '*' };

/** A schedule with the model's defaults for the fields left out (`CloudCron`, `RsyncTaskSchedule`). */
export function taskCron(value: unknown, base: SimTaskCron = DEFAULT_TASK_CRON): SimTaskCron {
  return { ...base, ...((value ?? {}) as Partial<SimTaskCron>) };
}

/** A stored task with an update's fields over it (`old.update(data)`); a schedule given takes the model's defaults for what it leaves out. */
export function mergedUpdate<T extends { schedule: SimTaskCron }>(stored: T, data: Record<string, unknown>): T {
  const merged = { ...structuredClone(stored), ...structuredClone(data) } as T;
  merged.schedule = data['schedule'] === undefined ? stored.schedule : taskCron(data['schedule']);
  return merged;
}

/** The remote for a credential's provider; MEGA has none in these releases (REMOTES[type] raises KeyError). */
function remoteOf(type: string): CloudRemote {
  const remote = CLOUD_REMOTES[type];
  if (!remote) throw new SimCallError(Errno.EFAULT, `KeyError: '${type}'`);
  return remote;
}

function attributeProblem(spec: CloudTaskAttributeSpec, value: unknown): string | undefined {
  if (spec.kind === 'boolean' && typeof value !== 'boolean') return 'Input should be a valid boolean';
  if (spec.kind === 'integer' && !Number.isInteger(value)) return 'Input should be a valid integer';
  if (spec.kind === 'string' && typeof value !== 'string') return 'Input should be a valid string';
  if (spec.kind === 'enum' && !(spec.values ?? []).includes(value as string | null))
    return `Input should be ${(spec.values ?? []).map((v) => (v === null ? 'None' : `'${v}'`)).join(' or ')}`;
  return undefined;
}

/** `attributes` validated against the provider's subset of CloudTaskAttributes, defaults filled in. */
function taskAttributes(remote: CloudRemote, attributes: Record<string, unknown>, name: string, verrors: Verrors): Record<string, unknown> | undefined {
  const allowed = new Set(taskAttributeNames(remote));
  const before = verrors.errors.length;
  for (const key of Object.keys(attributes)) if (!allowed.has(key)) verrors.add(`${name}.attributes.${key}`, 'Extra inputs are not permitted');
  for (const key of ['bucket', 'folder'] as const) {
    if (!allowed.has(key)) continue;
    const value = attributes[key];
    if (value === undefined) verrors.add(`${name}.attributes.${key}`, 'Field required');
    else if (key === 'bucket' && value === '') verrors.add(`${name}.attributes.bucket`, 'String should have at least 1 character');
  }
  const specs: Record<string, CloudTaskAttributeSpec> = {
    ...(remote.fastList ? { fast_list: { kind: 'boolean', default: false } } : {}),
    ...remote.taskAttributes,
  };
  const out: Record<string, unknown> = { ...attributes };
  for (const [key, spec] of Object.entries(specs)) {
    if (attributes[key] === undefined) out[key] = spec.default;
    else {
      const problem = attributeProblem(spec, attributes[key]);
      if (problem) verrors.add(`${name}.attributes.${key}`, problem);
    }
  }
  return verrors.errors.length === before ? out : undefined;
}

/** Where the sim's S3 buckets are: GetBucketLocation's empty LocationConstraint, which s3.py reads as us-east-1. */
const SIM_BUCKET_REGION = 'us-east-1';

/**
 * The remotes' `validate_task_basic` (b2.py, dropbox.py, s3.py): errors under the bare attribute
 * name, as the real ones are. S3 without a credential region and without skip_region writes the
 * bucket's location into the task's region, over whatever the task sent (rclone/remote/s3.py:36-46 @TS-25.10.6).
 */
function providerChecks(provider: Record<string, unknown> & { type: string }, attributes: Record<string, unknown>, verrors: Verrors): void {
  const type = provider.type;
  if (type === 'S3' && provider['skip_region'] !== true && String(provider['region'] ?? '').trim() === '') attributes['region'] = SIM_BUCKET_REGION;
  const chunk = attributes['chunk_size'];
  if (typeof chunk !== 'number') return;
  if ((type === 'B2' || type === 'DROPBOX') && !(chunk >= 5)) verrors.add('chunk_size', 'Must be greater than or equal to 5');
  if (type === 'DROPBOX' && !(chunk < 150)) verrors.add('chunk_size', 'Must be less than 5');
}

/** Datasets directly under a pool that hold the system's own data (plugins/zfs/utils.py:20 `INTERNAL_PATHS` @TS-26.0.0-BETA.3). */
const INTERNAL_DATASETS = ['ix-apps', 'ix-applications', '.system'];
const BOOT_POOLS = ['boot-pool', 'freenas-boot'];

/**
 * A cloud backup's zvol path. Up to 25.10 a query for a VOLUME of that name finds none: "Volume
 * does not exist" (plugins/cloud/crud.py @TS-25.10.6). 26.0 looks the name up and tells a missing
 * zvol from a filesystem ("'<name>' is not a volume") and from a system or boot-pool dataset
 * ("'<name>' is an invalid location", `has_internal_path`) (plugins/cloud/crud.py:74-84 @TS-26.0.0-BETA.3).
 */
function zvolProblem(state: SimState, zvol: string, version: string, attribute: string, verrors: Verrors): void {
  const found = state.datasets.get(zvol);
  if (!versionAtLeast(version, '26.0')) {
    if (found?.type !== 'VOLUME') verrors.add(attribute, 'Volume does not exist');
    return;
  }
  const [pool, child] = zvol.split('/');
  if (!found) verrors.add(attribute, 'Volume does not exist');
  else if (found.type !== 'VOLUME') verrors.add(attribute, `'${zvol}' is not a volume`);
  else if (BOOT_POOLS.includes(pool ?? '') || INTERNAL_DATASETS.includes(child ?? '')) verrors.add(attribute, `'${zvol}' is an invalid location`);
}

/** `CloudTaskServiceMixin._validate`; returns the task's remote when its credential and attributes are good. */
export function validateCloudTask(
  state: SimState,
  task: SimCloudTaskBase,
  name: string,
  verrors: Verrors,
  options: { allowZvol: boolean; version: string },
): CloudRemote | undefined {
  const parse = shlexProblem(task.args);
  if (parse) verrors.add(`${name}.args`, `Parse error: ${parse}`);
  const credential = state.cloudCredentials.get(task.credentials);
  if (!credential) verrors.add(`${name}.credentials`, 'Invalid credentials');
  let remote: CloudRemote | undefined;
  if (verrors.errors.length === 0 && credential) {
    remote = remoteOf(credential.provider.type);
    const attributes = taskAttributes(remote, task.attributes, name, verrors);
    if (attributes) {
      task.attributes = attributes;
      providerChecks(credential.provider, attributes, verrors);
    }
  }
  if (options.allowZvol && task.path.startsWith('/dev/zvol/'))
    zvolProblem(state, task.path.slice('/dev/zvol/'.length), options.version, `${name}.path`, verrors);
  else checkTaskPath(state, task.path, `${name}.path`, verrors);
  if (task.snapshot) {
    const dataset = task.path.replace(/^\/mnt\//, '').replace(/\/+$/, '');
    const nested = [...state.datasets.values()].some((d) => d.type === 'FILESYSTEM' && d.name.startsWith(`${dataset}/`));
    if (nested) verrors.add(`${name}.snapshot`, 'This option is only available for datasets that have no further nesting');
  }
  return remote;
}

/** A row as `<namespace>.query` returns it: the credential expanded, `job` and `locked`, 26.0's path fields; fitted to the release. */
export function cloudTaskRow(ctx: CallContext, method: string, task: SimCloudTaskBase): Record<string, unknown> {
  const credential = ctx.state.cloudCredentials.get(task.credentials);
  const row = {
    ...structuredClone(task),
    credentials: credential ? structuredClone(credential) : null,
    job: null,
    locked: pathLocked(ctx.state, task.path),
    ...pathFields(ctx.state, task.path),
  };
  return fitReturns(ctx, method, row);
}

/** The create model's defaults for what the call left out (from the release's schema), lists empty. */
export function withCreateDefaults(ctx: CallContext, method: string, data: Record<string, unknown>, lists: readonly string[]): Record<string, unknown> {
  const properties = ctx.schema.method(method)?.accepts.prefixItems?.[0]?.properties ?? {};
  const out: Record<string, unknown> = { ...structuredClone(data) };
  for (const [key, property] of Object.entries(properties)) {
    if (out[key] === undefined && property.default !== undefined && key !== 'schedule') out[key] = structuredClone(property.default);
  }
  for (const key of lists) out[key] ??= [];
  out['schedule'] = taskCron(out['schedule']);
  return out;
}

/** What a cloud task service (`cloudsync`, `cloud_backup`) has of its own. */
export interface CloudTaskService<T extends SimCloudTaskBase> {
  readonly noun: string;
  readonly table: (state: SimState) => Table<T>;
  /** The list fields a create leaves empty when it does not give them. */
  readonly lists: readonly string[];
  /** The prefix of the names errors are reported under (`<prefix>_create.…`, `<prefix>_update.…`). */
  readonly errorPrefix: string;
  /** The service's own checks of a whole task, after the shared ones. */
  readonly validate: (ctx: CallContext, task: T, name: string) => void;
  /** Release differences of a new task, before it is validated. */
  readonly created?: (ctx: CallContext, task: T) => void;
}

/** The CRUD of a cloud task service: create fills the create model's defaults, update merges into the stored task; either validates the whole task. */
export function cloudTaskCrud<T extends SimCloudTaskBase>(namespace: string, service: CloudTaskService<T>): MethodTable {
  const { noun, table } = service;
  const row = (ctx: CallContext, task: T) => cloudTaskRow(ctx, `${namespace}.query`, task);
  return crud<number>(namespace, {
    noun,
    rows: (ctx) =>
      table(ctx.state)
        .list()
        .map((task) => row(ctx, task)),
    create: (data, ctx) => {
      const task = withCreateDefaults(ctx, `${namespace}.create`, data, service.lists) as unknown as T;
      service.created?.(ctx, task);
      service.validate(ctx, task, `${service.errorPrefix}_create`);
      return row(ctx, table(ctx.state).insert(task));
    },
    update: (id, data, ctx) => {
      const stored = mustExist(table(ctx.state).get(id), noun, id);
      const merged = mergedUpdate(stored, data);
      service.validate(ctx, merged, `${service.errorPrefix}_update`);
      Object.assign(stored, merged, { id });
      return row(ctx, stored);
    },
    delete: deleteFrom(table, noun),
  });
}
