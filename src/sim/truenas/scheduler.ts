// What the simulated system does as its clock moves on: zettarepl takes the periodic snapshots
// whose schedule matches each minute, runs the replications bound to them (or on their own
// schedule), and destroys snapshots past their retention; cron starts scheduled scrubs.
// Tests move the clock with the simulator's `advanceClock(ms)`, never by waiting.
import { Errno } from '../../clients/truenas/errno.js';
import { LIFETIME_MS, parseSnapshotTime, scheduleMatches, strftime } from './cron.js';
import { SimCallError } from './sim-errors.js';
import type { SimDataset, SimReplicationTask, SimSnapshotTask, SimState } from './state.js';

const MINUTE = 60_000;

function descendants(state: SimState, root: string, exclude: readonly string[] = []): string[] {
  const excluded = (name: string) => exclude.some((e) => name === e || name.startsWith(`${e}/`));
  return [...state.datasets.keys()].filter((name) => (name === root || name.startsWith(`${root}/`)) && !excluded(name)).sort();
}

function snapshotsOf(state: SimState, dataset: string) {
  return [...state.snapshots.values()].filter((snap) => snap.dataset === dataset).sort((a, b) => a.createtxg - b.createtxg);
}

/** Takes the task's snapshots as at `at` (zettarepl's PeriodicSnapshotTask run). */
export function runSnapshotTask(state: SimState, task: SimSnapshotTask, at: Date): void {
  const name = strftime(task.naming_schema, at);
  const txg = state.nextTxg();
  for (const dataset of task.recursive ? descendants(state, task.dataset, task.exclude) : [task.dataset]) {
    const written = state.datasets.get(dataset)?.written ?? 0;
    const latest = snapshotsOf(state, dataset).at(-1);
    // allow_empty off: no snapshot when nothing was written since the last one.
    if (!task.allow_empty && latest !== undefined && latest.referenced === written) continue;
    if (state.snapshots.has(`${dataset}@${name}`)) continue;
    state.snapshots.set(`${dataset}@${name}`, { dataset, snapshotName: name, createtxg: txg, creation: at.getTime(), referenced: written, user: {} });
  }
  task.state = { state: 'FINISHED', datetime: { $date: at.getTime() } };
}

/** The naming schemas a replication selects snapshots by. */
function replicationSchemas(state: SimState, task: SimReplicationTask): string[] {
  const fromTasks = task.periodic_snapshot_tasks.map((id) => state.snapshotTasks.get(id)?.naming_schema).filter((s): s is string => s !== undefined);
  return [...fromTasks, ...task.also_include_naming_schema, ...task.naming_schema];
}

function selects(state: SimState, task: SimReplicationTask): (name: string) => boolean {
  if (task.name_regex) {
    const pattern = new RegExp(`^(${task.name_regex})$`);
    return (name) => pattern.test(name);
  }
  const schemas = replicationSchemas(state, task);
  return (name) => schemas.some((schema) => parseSnapshotTime(schema, name) !== undefined);
}

function ensureTarget(state: SimState, task: SimReplicationTask, source: SimDataset, targetName: string): SimDataset {
  const existing = state.datasets.get(targetName);
  if (existing) return existing;
  const parent = targetName.split('/').slice(0, -1).join('/');
  if (!state.datasets.has(parent)) throw new SimCallError(Errno.EFAULT, `cannot open '${parent}': dataset does not exist`);
  const created: SimDataset = {
    name: targetName,
    type: source.type,
    props: { ...(source.type === 'VOLUME' ? { volsize: source.props['volsize'] ?? '0' } : {}), ...(task['properties'] !== false ? source.props : {}) },
    user: task['properties'] !== false ? { ...source.user } : {},
    written: 0,
    createtxg: state.nextTxg(),
  };
  if (task.readonly === 'SET') created.props['readonly'] = 'on';
  state.datasets.set(targetName, created);
  return created;
}

/** Copies one dataset's selected snapshots to its target, incrementally from the newest common one. */
function replicateDataset(state: SimState, task: SimReplicationTask, sourceName: string, targetName: string, wanted: (name: string) => boolean): string | null {
  const source = state.datasets.get(sourceName);
  if (!source) throw new SimCallError(Errno.ENOENT, `Source dataset '${sourceName}' does not exist`);
  const sourceSnaps = snapshotsOf(state, sourceName).filter((snap) => wanted(snap.snapshotName));
  if (sourceSnaps.length === 0) return null;
  const existed = state.datasets.has(targetName);
  const target = ensureTarget(state, task, source, targetName);
  if (task.readonly === 'REQUIRE' && existed && target.props['readonly'] !== 'on')
    throw new SimCallError(
      Errno.EFAULT,
      `Target dataset '${targetName}' exists and does not have readonly=on property, but replication task is set up to require this property. Refusing to replicate.`,
    );
  const targetNames = new Set(snapshotsOf(state, targetName).map((snap) => snap.snapshotName));
  const common = sourceSnaps.filter((snap) => targetNames.has(snap.snapshotName)).at(-1);
  if (!common && existed) {
    if (targetNames.size > 0 && !task.allow_from_scratch)
      throw new SimCallError(
        Errno.EFAULT,
        `Target dataset '${targetName}' does not have matching snapshots but has data (${target.written} bytes used) and replication from scratch is not allowed. Refusing to overwrite existing data.`,
      );
    if (target.written > 0 && !task.allow_from_scratch)
      throw new SimCallError(
        Errno.EFAULT,
        `Target dataset '${targetName}' does not have snapshots but has data (${target.written} bytes used) and replication from scratch is not allowed. Refusing to overwrite existing data.`,
      );
  }
  const toSend = common ? sourceSnaps.filter((snap) => snap.createtxg > common.createtxg) : sourceSnaps;
  for (const snap of toSend) {
    state.snapshots.set(`${targetName}@${snap.snapshotName}`, { ...snap, dataset: targetName, createtxg: state.nextTxg(), user: { ...snap.user } });
    target.written = snap.referenced;
  }
  applyTargetRetention(state, task, sourceName, targetName, wanted);
  return `${sourceName}@${sourceSnaps.at(-1)!.snapshotName}`;
}

/** The replication's retention on the target: SOURCE mirrors the source, CUSTOM keeps a lifetime, NONE keeps all. */
function applyTargetRetention(state: SimState, task: SimReplicationTask, sourceName: string, targetName: string, wanted: (name: string) => boolean): void {
  const onSource = new Set(snapshotsOf(state, sourceName).map((snap) => snap.snapshotName));
  const newest = snapshotsOf(state, targetName).at(-1);
  for (const snap of snapshotsOf(state, targetName)) {
    if (!wanted(snap.snapshotName) || snap === newest) continue;
    const expired =
      task.retention_policy === 'SOURCE'
        ? !onSource.has(snap.snapshotName)
        : task.retention_policy === 'CUSTOM' && snap.creation + (task.lifetime_value ?? 0) * (LIFETIME_MS[task.lifetime_unit ?? 'WEEK'] ?? 0) < state.now();
    if (expired) state.snapshots.delete(`${targetName}@${snap.snapshotName}`);
  }
}

/**
 * Runs a replication now. Only LOCAL transport is carried out: the simulator has no SSH peer, so
 * SSH runs fail as an unreachable host does (zettarepl's error, the task state ERROR).
 */
export function runReplication(state: SimState, task: SimReplicationTask): void {
  const at = state.now();
  try {
    if (task.transport !== 'LOCAL') {
      const credential = task.ssh_credentials === null ? undefined : state.keychain.get(task.ssh_credentials);
      const host = credential?.type === 'SSH_CREDENTIALS' ? `${credential.attributes.host} port ${credential.attributes.port}` : 'remote host';
      throw new SimCallError(Errno.EFAULT, `[Errno 111] Connection refused: ssh: connect to host ${host}`);
    }
    const wanted = selects(state, task);
    let last: string | null = null;
    for (const source of task.source_datasets) {
      const sourceDatasets = task.recursive ? descendants(state, source, task.exclude) : [source];
      for (const dataset of sourceDatasets) {
        last = replicateDataset(state, task, dataset, `${task.target_dataset}${dataset.slice(source.length)}`, wanted) ?? last;
      }
    }
    task.state = { state: 'FINISHED', datetime: { $date: at }, last_snapshot: last };
  } catch (error) {
    task.state = { state: 'ERROR', datetime: { $date: at }, error: error instanceof Error ? error.message : String(error) };
    throw error;
  }
}

/** zettarepl's source retention: a task's snapshots older than its lifetime are destroyed. */
function expireTaskSnapshots(state: SimState, at: Date): void {
  for (const task of state.snapshotTasks.list()) {
    const lifetime = task.lifetime_value * (LIFETIME_MS[task.lifetime_unit] ?? 0);
    const held = (dataset: string) =>
      state.replications
        .list()
        .some(
          (r) => r['hold_pending_snapshots'] === true && r.periodic_snapshot_tasks.includes(task.id) && r.source_datasets.some((s) => dataset.startsWith(s)),
        );
    for (const dataset of task.recursive ? descendants(state, task.dataset, task.exclude) : [task.dataset]) {
      for (const snap of snapshotsOf(state, dataset)) {
        const taken = parseSnapshotTime(task.naming_schema, snap.snapshotName);
        if (taken && taken.getTime() + lifetime < at.getTime() && !held(dataset)) state.snapshots.delete(`${dataset}@${snap.snapshotName}`);
      }
    }
  }
}

function tick(state: SimState, at: Date): void {
  const ran = new Set<number>();
  for (const task of state.snapshotTasks.list()) {
    if (task.enabled && scheduleMatches(task.schedule, at)) {
      runSnapshotTask(state, task, at);
      ran.add(task.id);
    }
  }
  for (const replication of state.replications.list()) {
    if (!replication.enabled || !replication.auto) continue;
    const due = replication.schedule ? scheduleMatches(replication.schedule, at) : replication.periodic_snapshot_tasks.some((id) => ran.has(id));
    if (!due) continue;
    try {
      runReplication(state, replication);
    } catch {
      // The failure is in the task's state, as zettarepl leaves it.
    }
  }
  expireTaskSnapshots(state, at);
  for (const scrub of state.scrubTasks.list()) {
    const rested = scrub.lastRun === null || at.getTime() - scrub.lastRun >= scrub.threshold * 86_400_000;
    if (scrub.enabled && rested && scheduleMatches({ ...scrub.schedule, begin: '00:00', end: '23:59' }, at)) scrub.lastRun = at.getTime();
  }
}

/** Moves the simulated clock on by `ms`, running everything scheduled in each minute passed. */
export function advanceClock(state: SimState, ms: number): void {
  const start = state.now();
  state.clockOffsetMs += ms;
  const end = state.now();
  for (let minute = Math.floor(start / MINUTE) * MINUTE + MINUTE; minute <= end; minute += MINUTE) {
    const offset = state.clockOffsetMs;
    // While the minute's work runs, "now" is that minute.
    state.clockOffsetMs = minute - state.machineNow();
    tick(state, new Date(minute));
    state.clockOffsetMs = offset;
  }
  // A commit nobody checked in on is rolled back when its timeout passes (plugins/network.py).
  state.network.settle(end);
}
