// Snapshots under both names: `zfs.snapshot.*` (public until 25.10) and `pool.snapshot.*`
// (25.10+), with create/delete/clone/rollback as ZFS does them.
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError, Verrors, instanceNotFound, invalid } from '../sim-errors.js';
import { crud, dict, mustExist, versionAtLeast, type CallContext, type MethodSpec, type MethodTable } from '../registry.js';
import type { SimSnapshot, SimState } from '../state.js';
import { humanSize } from '../zfs-props.js';

function renderSnapshot(name: string, snap: SimSnapshot): Record<string, unknown> {
  const size = (bytes: number) => ({ parsed: bytes, rawvalue: String(bytes), value: humanSize(bytes), source: 'NONE', source_info: null });
  return {
    id: name,
    name,
    pool: snap.dataset.split('/')[0],
    type: 'SNAPSHOT',
    snapshot_name: snap.snapshotName,
    dataset: snap.dataset,
    createtxg: String(snap.createtxg),
    properties: {
      used: size(0),
      referenced: size(snap.referenced),
      creation: {
        parsed: { $date: snap.creation },
        rawvalue: String(Math.floor(snap.creation / 1000)),
        value: new Date(snap.creation).toUTCString(),
        source: 'NONE',
        source_info: null,
      },
      createtxg: { parsed: snap.createtxg, rawvalue: String(snap.createtxg), value: String(snap.createtxg), source: 'NONE', source_info: null },
    },
    user_properties: { ...snap.user },
  };
}

function createSnapshot(state: SimState, data: Record<string, unknown>): Record<string, unknown> {
  const verrors = new Verrors();
  const dataset = String(data['dataset'] ?? '');
  if (!state.datasets.has(dataset)) verrors.add('snapshot_create.dataset', 'Dataset does not exist');
  if ((data['name'] === undefined) === (data['naming_schema'] === undefined))
    verrors.add('snapshot_create.naming_schema', 'You must specify either name or naming schema');
  const snapshotName = String(data['name'] ?? new Date(state.now()).toISOString().replace(/[:.]/g, '-'));
  if (!/^[A-Za-z0-9_.:-]+$/.test(snapshotName)) verrors.add('snapshot_create.name', 'Invalid snapshot name');
  verrors.check();
  const targets = data['recursive'] === true ? [...state.datasets.keys()].filter((d) => d === dataset || d.startsWith(`${dataset}/`)) : [dataset];
  const full = `${dataset}@${snapshotName}`;
  if (state.snapshots.has(full)) throw new SimCallError(Errno.EEXIST, `Failed to snapshot ${full}: dataset already exists`);
  const txg = state.nextTxg();
  for (const name of targets) {
    state.snapshots.set(`${name}@${snapshotName}`, {
      dataset: name,
      snapshotName,
      createtxg: txg,
      creation: state.now(),
      referenced: state.datasets.get(name)!.written,
      user: Object.fromEntries(Object.entries(dict(data['properties'], 'snapshot_create.properties')).map(([k, v]) => [k, String(v)])),
    });
  }
  return renderSnapshot(full, state.snapshots.get(full)!);
}

/** Deletes a snapshot; `recursive` also deletes the same-named snapshots of every descendant dataset, as `zfs destroy -r` does. */
function deleteSnapshot(state: SimState, id: string, options: Record<string, unknown>): boolean {
  const snap = mustExist(state.snapshots.get(id), 'ZFSSnapshot', id);
  const doomed =
    options['recursive'] === true
      ? [...state.snapshots.entries()]
          .filter(([, other]) => other.snapshotName === snap.snapshotName && (other.dataset === snap.dataset || other.dataset.startsWith(`${snap.dataset}/`)))
          .map(([name]) => name)
      : [id];
  const doomedSet = new Set(doomed);
  const clones = [...state.datasets.values()].filter((d) => d.origin !== undefined && doomedSet.has(d.origin));
  if (clones.length > 0 && options['defer'] !== true) {
    throw invalid('options.defer', `Please set this attribute as '${id}' snapshot has dependent clones: ${clones.map((c) => c.name).join(', ')}`);
  }
  for (const name of doomed) state.snapshots.delete(name);
  return true;
}

function cloneSnapshot(state: SimState, data: Record<string, unknown>): boolean {
  const source = String(data['snapshot'] ?? '');
  const target = String(data['dataset_dst'] ?? '');
  const snap = state.snapshots.get(source);
  if (!snap) throw invalid('snapshot_clone.snapshot', 'Snapshot does not exist', Errno.ENOENT);
  if (state.datasets.has(target)) throw new SimCallError(Errno.EFAULT, `Failed to clone snapshot: cannot create '${target}': dataset already exists`);
  const origin = state.datasets.get(snap.dataset)!;
  state.datasets.set(target, {
    name: target,
    type: origin.type,
    props: { ...origin.props, ...(origin.type === 'VOLUME' ? { refreservation: '0' } : {}) },
    user: {},
    written: snap.referenced,
    createtxg: state.nextTxg(),
    origin: source,
  });
  return true;
}

function rollbackSnapshot(state: SimState, id: string, options: Record<string, unknown>): null {
  const snap = state.snapshots.get(id);
  if (!snap) throw instanceNotFound('ZFSSnapshot', id);
  const later = [...state.snapshots.entries()].filter(([, other]) => other.dataset === snap.dataset && other.createtxg > snap.createtxg);
  if (later.length > 0 && options['recursive'] !== true) {
    throw new SimCallError(
      Errno.EFAULT,
      `Failed to rollback snapshot: cannot rollback to '${id}': more recent snapshots or bookmarks exist\nuse '-r' to force deletion of the following snapshots and bookmarks:\n${later.map(([name]) => name).join('\n')}`,
    );
  }
  for (const [name] of later) state.snapshots.delete(name);
  state.datasets.get(snap.dataset)!.written = snap.referenced;
  return null;
}

/**
 * The snapshots a query starts from. 26.0 turns `id`/`name`/`pool`/`dataset` filters with `=`
 * or `in` into paths for zfs.resource.snapshot.query and, when one of the paths does not exist,
 * answers no snapshot at all: the lookup raises ZFSPathNotFoundException for it and
 * pool.snapshot.query catches that around the whole query (plugins/pool_/snapshot.py:161-187,
 * 230-236,266-278 and plugins/zfs/snapshot_query_impl.py:137-167,205-212 @TS-26.0.0-BETA.3).
 * Earlier releases skip a dataset that is not there (py-libzfs libzfs.pyx:1209-1231
 * @TS-25.10.3, `continue` when zfs_open fails) or filter every snapshot.
 */
function queriedSnapshots(ctx: CallContext, filters: readonly unknown[]): Record<string, unknown>[] {
  const rows = () => [...ctx.state.snapshots.entries()].map(([name, snap]) => renderSnapshot(name, snap));
  if (!versionAtLeast(ctx.version, '26.0')) return rows();
  const paths = filters.flatMap((filter) => {
    if (!Array.isArray(filter) || filter.length !== 3 || !['id', 'name', 'pool', 'dataset'].includes(filter[0]) || !['=', 'in'].includes(filter[1])) return [];
    return filter[1] === '=' ? [filter[2] as unknown] : Array.isArray(filter[2]) ? (filter[2] as unknown[]) : [];
  });
  const exists = (path: unknown) => typeof path === 'string' && (path.includes('@') ? ctx.state.snapshots.has(path) : ctx.state.datasets.has(path));
  return paths.every(exists) ? rows() : [];
}

function snapshotMethods(namespace: string, visibility: Pick<MethodSpec, 'since' | 'until'>): MethodTable {
  return {
    ...crud<string>(
      namespace,
      {
        noun: 'ZFSSnapshot',
        rows: (ctx, _extra, filters = []) => queriedSnapshots(ctx, filters),
        create: (data, ctx) => createSnapshot(ctx.state, data),
        update: (id, data, ctx) => {
          const snap = mustExist(ctx.state.snapshots.get(id), 'ZFSSnapshot', id);
          for (const entry of (data['user_properties_update'] as { key: string; value?: string; remove?: boolean }[] | undefined) ?? []) {
            if (entry.remove) delete snap.user[entry.key];
            else snap.user[entry.key] = String(entry.value);
          }
          for (const key of (data['user_properties_remove'] as string[] | undefined) ?? []) delete snap.user[key];
          return renderSnapshot(id, snap);
        },
        delete: (id, [options], ctx) => deleteSnapshot(ctx.state, id, dict(options, 'options')),
        deleteParams: ['options'],
      },
      visibility,
    ),
    [`${namespace}.clone`]: { ...visibility, params: ['data'], handler: ([data], ctx) => cloneSnapshot(ctx.state, dict(data, 'data')) },
    [`${namespace}.rollback`]: {
      ...visibility,
      params: ['id', 'options'],
      handler: ([id, options], ctx) => rollbackSnapshot(ctx.state, String(id), dict(options, 'options')),
    },
  };
}

export const snapshotMethodTable: MethodTable = {
  ...snapshotMethods('zfs.snapshot', { until: '25.10' }),
  ...snapshotMethods('pool.snapshot', { since: '25.10' }),
};
