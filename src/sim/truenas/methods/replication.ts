// replication.*: replication tasks with the middleware's validation (plugins/replication.py
// @TS-25.10.6, `_validate`), rows shaped as `extend` shapes them, and `run` as a job that
// replicates on the simulated system (scheduler.ts).
import { Errno } from '../../../clients/truenas/errno.js';
import { crud, deleteFrom, mustExist, type CallContext, type MethodTable } from '../registry.js';
import { SimCallError, Verrors } from '../sim-errors.js';
import type { SimReplicationTask, SimState } from '../state.js';
import { runReplication } from '../scheduler.js';
import { checkNamingSchema, snapshotTaskRow } from './snapshot-tasks.js';

const NOUN = 'Replication';

/** Defaults of the create model (ReplicationCreate) for what the caller left out. */
const DEFAULTS: Record<string, unknown> = {
  ssh_credentials: null,
  netcat_active_side: null,
  netcat_active_side_listen_address: null,
  netcat_active_side_port_min: null,
  netcat_active_side_port_max: null,
  netcat_passive_side_connect_address: null,
  sudo: false,
  exclude: [],
  properties: true,
  properties_exclude: [],
  properties_override: {},
  replicate: false,
  encryption: false,
  encryption_inherit: null,
  encryption_key: null,
  encryption_key_format: null,
  encryption_key_location: null,
  periodic_snapshot_tasks: [],
  naming_schema: [],
  also_include_naming_schema: [],
  name_regex: null,
  schedule: null,
  restrict_schedule: null,
  only_matching_schedule: false,
  allow_from_scratch: false,
  readonly: 'SET',
  hold_pending_snapshots: false,
  lifetime_value: null,
  lifetime_unit: null,
  lifetimes: [],
  compression: null,
  speed_limit: null,
  large_block: true,
  embed: false,
  compressed: true,
  retries: 5,
  logging_level: null,
  enabled: true,
};

/** The SSH+NETCAT options other transports refuse (`_validate` @TS-25.10.6:414-419). */
const NETCAT_FIELDS = [
  'netcat_active_side_listen_address',
  'netcat_active_side_port_min',
  'netcat_active_side_port_max',
  'netcat_passive_side_connect_address',
] as const;

const isChild = (child: string, parent: string) => child === parent || child.startsWith(`${parent}/`);

function withScheduleDefaults(schedule: unknown): SimReplicationTask['schedule'] {
  if (schedule === null || schedule === undefined) return null;
  return { minute: '00', hour: '*', dom: '*', month: '*', dow: '*', begin: '00:00', end: '23:59', ...(schedule as Record<string, string>) };
}

function validate(state: SimState, data: SimReplicationTask, prefix: string, id?: number): void {
  const verrors = new Verrors();
  const add = (field: string, message: string) => verrors.add(`${prefix}.${field}`, message);
  if (state.replications.list().some((r) => r.name === data.name && r.id !== id)) add('name', 'Object with this name already exists');
  const snapshotTasks = data.periodic_snapshot_tasks.map((taskId, i) => {
    const task = state.snapshotTasks.get(taskId);
    if (!task) add(`periodic_snapshot_tasks.${i}`, 'This snapshot task does not exist');
    return task;
  });
  const bound = snapshotTasks.filter((t) => t !== undefined);
  if (data.direction === 'PUSH') {
    if (data.naming_schema.length > 0) add('naming_schema', 'This field has no sense for push replication');
    if (bound.length === 0 && data.also_include_naming_schema.length === 0 && !data.name_regex)
      add(
        'periodic_snapshot_tasks',
        'You must at least either bind a periodic snapshot task or provide "Also Include Naming Schema" or "Name Regex" for push replication task',
      );
    if (data.schedule === null && data.auto && data.periodic_snapshot_tasks.length === 0)
      add('auto', 'Push replication that runs automatically must be either bound to a periodic snapshot task or have a schedule');
  } else {
    if (data.schedule === null && data.auto) add('auto', 'Pull replication that runs automatically must have a schedule');
    if (data.periodic_snapshot_tasks.length > 0) add('periodic_snapshot_tasks', "Pull replication can't be bound to a periodic snapshot task");
    if (data.naming_schema.length === 0 && !data.name_regex) add('naming_schema', 'Naming schema or Name regex are required for pull replication');
    if (data.also_include_naming_schema.length > 0) add('also_include_naming_schema', 'This field has no sense for pull replication');
    if (data['hold_pending_snapshots'] === true)
      add('hold_pending_snapshots', "Pull replication tasks can't hold pending snapshots because they don't do source retention");
  }
  if (data.transport === 'SSH+NETCAT') {
    if (data['netcat_active_side'] === null) add('netcat_active_side', 'You must choose active side for SSH+netcat replication');
    const [min, max] = [data['netcat_active_side_port_min'], data['netcat_active_side_port_max']];
    if (typeof min === 'number' && typeof max === 'number' && min > max)
      add('netcat_active_side_port_max', 'Please specify value greater than or equal to netcat_active_side_port_min');
    if (data['compression'] !== null) add('compression', 'Compression is not supported for SSH+netcat replication');
    if (data['speed_limit'] !== null) add('speed_limit', 'Speed limit is not supported for SSH+netcat replication');
  } else {
    if (data['netcat_active_side'] !== null) add('netcat_active_side', 'This field only has sense for SSH+netcat replication');
    for (const field of NETCAT_FIELDS) if (data[field] !== null) add(field, 'This field only has sense for SSH+netcat replication');
  }
  if (data.transport === 'LOCAL') {
    if (data.ssh_credentials !== null) add('ssh_credentials', 'Remote credentials have no sense for local replication');
    if (data['compression'] !== null) add('compression', 'Compression has no sense for local replication');
    if (data['speed_limit'] !== null) add('speed_limit', 'Speed limit has no sense for local replication');
  } else if (data.ssh_credentials === null) add('ssh_credentials', 'SSH Credentials are required for non-local replication');
  else {
    const credential = state.keychain.get(data.ssh_credentials);
    if (!credential) add('ssh_credentials', 'Credential does not exist');
    else if (credential.type !== 'SSH_CREDENTIALS') add('ssh_credentials', 'Credential is not of type SSH_CREDENTIALS');
  }
  data.source_datasets.forEach((source, i) => {
    for (const task of bound) {
      if (!isChild(source, task.dataset)) continue;
      if (data.recursive) {
        for (const excluded of task.exclude)
          if (isChild(excluded, source) && !data.exclude.includes(excluded))
            add('exclude', `You should exclude '${excluded}' as bound periodic snapshot task dataset '${task.dataset}' does`);
      } else if (task.exclude.includes(source))
        add(`source_datasets.${i}`, `Dataset '${source}' is excluded by bound periodic snapshot task for dataset '${task.dataset}'`);
    }
  });
  if (!data.recursive && data.exclude.length > 0) add('exclude', 'Excluding child datasets is only supported for recursive replication');
  data.exclude.forEach((excluded, i) => {
    if (!data.source_datasets.some((source) => excluded.startsWith(`${source}/`))) add(`exclude.${i}`, 'This dataset is not a child of any of source datasets');
  });
  if (data['replicate'] === true) {
    if (!data.recursive) add('recursive', 'This option is required for full filesystem replication');
    if (data.exclude.length > 0) add('exclude', 'This option is not supported for full filesystem replication');
    if (data['properties'] === false) add('properties', 'This option is required for full filesystem replication');
    if (data.retention_policy !== 'SOURCE') add('retention_policy', 'Only `Same as Source` retention policy can be used for full filesystem replication');
  }
  if (data['encryption'] === true && !data['encryption_inherit'])
    for (const field of ['encryption_key', 'encryption_key_format', 'encryption_key_location'])
      if (data[field] === null) add(field, 'This property is required when remote dataset encryption is enabled');
  if (data.schedule !== null) {
    if (!data.auto) add('schedule', "You can't have schedule for replication that does not run automatically");
  } else if (data['only_matching_schedule'] === true) add('only_matching_schedule', "You can't have only-matching-schedule without schedule");
  if (data.name_regex) {
    if (bound.length > 0) add('name_regex', "Naming regex can't be used with periodic snapshot tasks");
    if (data.naming_schema.length > 0 || data.also_include_naming_schema.length > 0) add('name_regex', "Naming regex can't be used with Naming schema");
    if (!['SOURCE', 'NONE'].includes(data.retention_policy))
      add('retention_policy', 'Only `Same as Source` and `None` retention policies can be used with Naming regex');
  }
  if (data.retention_policy === 'CUSTOM') {
    if (data.lifetime_value === null || data.lifetime_unit === null) add('lifetime_value', 'This field is required for custom retention policy');
  } else {
    if (data.lifetime_value !== null) add('lifetime_value', 'This field has no sense for specified retention policy');
    if (data.lifetime_unit !== null) add('lifetime_unit', 'This field has no sense for specified retention policy');
  }
  if (data.enabled)
    snapshotTasks.forEach((task, i) => {
      if (task && !task.enabled) add(`periodic_snapshot_tasks.${i}`, "You can't bind disabled periodic snapshot task to enabled replication task");
    });
  verrors.check();
}

/** A row as `replication.query` returns it: bound tasks and credentials expanded, zettarepl's state and job. */
function replicationRow(state: SimState, task: SimReplicationTask): Record<string, unknown> {
  const { state: taskState, ...stored } = structuredClone(task);
  const credential = task.ssh_credentials === null ? null : (state.keychain.get(task.ssh_credentials) ?? null);
  return {
    ...stored,
    ssh_credentials: credential && structuredClone(credential),
    // Read through a many-to-many relationship the datastore collects in a Python set of ids
    // (plugins/datastore/read.py _fetch_many_to_many @TS-25.10.6:286-330): small ints come out ascending.
    periodic_snapshot_tasks: [...task.periodic_snapshot_tasks]
      .sort((a, b) => a - b)
      .flatMap((id) => {
        const bound = state.snapshotTasks.get(id);
        if (!bound) return [];
        // The bound tasks come from the database: their `state` is the stored column ('{}'), not zettarepl's.
        const { vmware_sync: _vmware, ...row } = snapshotTaskRow(bound);
        return [{ ...row, state: '{}' }];
      }),
    state: taskState,
    job: null,
    has_encrypted_dataset_keys: false,
  };
}

function normalized(data: Record<string, unknown>): SimReplicationTask {
  const merged = { ...DEFAULTS, ...structuredClone(data) } as SimReplicationTask;
  merged.schedule = withScheduleDefaults(merged.schedule);
  merged.restrict_schedule = withScheduleDefaults(merged.restrict_schedule);
  return merged;
}

function checkNamingSchemas(data: Record<string, unknown>): void {
  for (const field of ['naming_schema', 'also_include_naming_schema']) {
    const schemas = data[field];
    if (Array.isArray(schemas)) schemas.forEach((schema, i) => checkNamingSchema(`data.${field}.${i}`, String(schema)));
  }
}

function createTask(state: SimState, data: Record<string, unknown>): Record<string, unknown> {
  checkNamingSchemas(data);
  const task = normalized(data);
  validate(state, task, 'replication_create');
  const { id: _id, ...row } = { ...task, state: { state: 'PENDING' as const } };
  return replicationRow(state, state.replications.insert(row));
}

function updateTask(state: SimState, id: number, data: Record<string, unknown>): Record<string, unknown> {
  const task = mustExist(state.replications.get(id), NOUN, id);
  checkNamingSchemas(data);
  const merged = normalized({ ...structuredClone(task), ...data });
  validate(state, merged, 'replication_update', id);
  Object.assign(task, merged, { state: task.state });
  return replicationRow(state, task);
}

async function runTask(ctx: CallContext, id: number): Promise<null> {
  const task = mustExist(ctx.state.replications.get(id), NOUN, id);
  if (!task.enabled) throw new SimCallError(Errno.EFAULT, 'Task is not enabled');
  if (task.state.state === 'RUNNING') throw new SimCallError(Errno.EFAULT, 'Task is already running');
  ctx.progress(0, 'Replicating');
  runReplication(ctx.state, task);
  ctx.progress(100, 'Replication finished');
  return null;
}

export const replicationMethods: MethodTable = {
  ...crud<number>('replication', {
    noun: NOUN,
    rows: (ctx) => ctx.state.replications.list().map((task) => replicationRow(ctx.state, task)),
    create: (data, ctx) => createTask(ctx.state, data),
    update: (id, data, ctx) => updateTask(ctx.state, id, data),
    delete: deleteFrom((state) => state.replications, NOUN),
  }),
  'replication.run': { params: ['id'], handler: ([id], ctx) => runTask(ctx, Number(id)) },
};
