// pool.dataset.*: filesystems and volumes with the middleware's validation, inheritance,
// space checks and the attachment clean-up that deleting a dataset does.
import { Errno } from '../../../clients/truenas/errno.js';
import { SimCallError, Verrors, instanceNotFound, invalid } from '../sim-errors.js';
import { crud, dict, type MethodTable } from '../registry.js';
import type { SimDataset, SimState } from '../state.js';
import { availableBytes, descriptionProperty, effectiveProperty, isInheritable, parentName, propertyKind, renderDataset, volsizeOf } from '../zfs-props.js';
import { removeAttachments } from './attachments.js';
import { versionAtLeast } from '../version.js';
import { changeKey, encryptionAtCreate } from '../dataset-encryption.js';

const volblocksizes: Record<string, number> = {
  '512': 512,
  '512B': 512,
  '1K': 1024,
  '2K': 2048,
  '4K': 4096,
  '8K': 8192,
  '16K': 16384,
  '32K': 32768,
  '64K': 65536,
  '128K': 131072,
};
const fsOnlyFields = ['aclmode', 'acltype', 'atime', 'casesensitivity', 'quota', 'refquota', 'recordsize'];
const volumeOnlyFields = ['force_size', 'sparse', 'volsize', 'volblocksize'];
const sizeFields = ['quota', 'refquota', 'reservation', 'refreservation', 'recordsize'];
const createOnly = [
  'name',
  'type',
  'volblocksize',
  'sparse',
  'casesensitivity',
  'share_type',
  'encryption',
  'encryption_options',
  'inherit_encryption',
  'user_properties',
  'create_ancestors',
];

/** The API takes recordsize as text such as "1M" or "128K" (binary units), other sizes as numbers. */
function sizeBytes(value: unknown): number {
  const match = /^(\d+)([KMG]?)B?$/i.exec(String(value));
  if (!match) return Number(value);
  return Number(match[1]) * 1024 ** ' KMG'.indexOf((match[2] || ' ').toUpperCase());
}

/**
 * Stores an API value (`LZ4`, `ON`, 1073741824, `INHERIT`) as a raw ZFS value, or removes it.
 * Only a create's `INHERIT` is skipped before this; an update's `comments: "INHERIT"` is stored as
 * the text "INHERIT", since the update marks comments not inheritable
 * (plugins/pool_/dataset.py@TS-25.10.6:728,751-760, @TS-25.04.2.6:886,909-918; plugins/pool_/utils.py@TS-26.0.0-BETA.3:283).
 */
function setProperty(dataset: SimDataset, field: string, value: unknown): void {
  if (field === 'comments') {
    dataset.user[descriptionProperty] = String(value);
    return;
  }
  if (field === 'managedby') {
    dataset.user['org.truenas:managedby'] = String(value);
    return;
  }
  if (value === 'INHERIT' && isInheritable(field)) {
    delete dataset.props[field];
    return;
  }
  const kind = propertyKind(field);
  dataset.props[field] = kind === 'size' || sizeFields.includes(field) ? String(sizeBytes(value)) : String(value).toLowerCase();
}

/** `pool.dataset.recordsize_choices` on a kernel whose zfs_max_recordsize is 16M (plugins/pool_/dataset_recordsize.py). */
const recordsizes = ['512', '512B', '1K', '2K', '4K', '8K', '16K', '32K', '64K', '128K', '256K', '512K', '1M', '2M', '4M', '8M', '16M'];

/**
 * Only the server's literals pass: `'100K' is an invalid recordsize.` (plugins/pool_/dataset.py@TS-25.10.6:303-307);
 * on a dRAID pool none below 128K (`recordsize_choices`, plugins/pool_/dataset_recordsize.py@TS-25.10.6:37-44).
 */
function checkRecordsize(data: Record<string, unknown>, schemaName: string, draid: boolean, verrors: Verrors): void {
  const value = data['recordsize'];
  const choices = draid ? recordsizes.filter((size) => sizeBytes(size) >= 128 * 1024) : recordsizes;
  if (typeof value === 'string' && value !== 'INHERIT' && !choices.includes(value))
    verrors.add(`${schemaName}.recordsize`, `'${value}' is an invalid recordsize.`);
}

function validateName(name: unknown, state: SimState, data: Record<string, unknown>, verrors: Verrors): string {
  const attr = 'pool_dataset_create.name';
  if (typeof name !== 'string') {
    verrors.add(attr, 'Field required');
    return '';
  }
  if (!name.includes('/')) verrors.add(attr, 'You need a full name, e.g. pool/newdataset');
  else if (!/^[A-Za-z0-9][A-Za-z0-9_.:\- /]*$/.test(name) || name.endsWith('/') || name.includes('//')) verrors.add(attr, 'Invalid dataset name');
  else if (name.length > 200) verrors.add(attr, 'Dataset name length should be less than or equal to 200');
  else if (name.endsWith(' ')) verrors.add(attr, 'Trailing spaces are not permitted in dataset names');
  else {
    const parent = state.datasets.get(parentName(name)!);
    const parentPath = parentName(name)!;
    if (!state.poolOf(name) && versionAtLeast(state.version, '25.10')) verrors.add(attr, `zpool (${name.split('/')[0]!}) does not exist.`);
    else if (!parent && !data['create_ancestors']) {
      // 25.10 names the parent (plugins/pool_/dataset.py@TS-25.10.6:207-216); 25.04 does not.
      verrors.add(
        attr,
        versionAtLeast(state.version, '25.10') ? `Parent dataset (${parentPath}) does not exist.` : 'Parent dataset does not exist for specified name',
      );
    } else if (!state.poolOf(name)) verrors.add(attr, 'Please specify a pool which exists for the dataset/volume to be created');
    else if (parent?.type === 'VOLUME') verrors.add(attr, `${parent.name}: parent may not be a ZFS volume`);
    else if (parent && effectiveProperty(state, parent, 'readonly') === 'on')
      verrors.add('pool_dataset_create.readonly', `Turn off readonly mode on ${parent.name} to create ${name.slice(parent.name.length + 1)}`);
    else if (data['type'] !== 'VOLUME' && state.datasets.has(name)) verrors.add(attr, `Path /mnt/${name} already exists`);
  }
  return name;
}

function validateVolsize(prefix: string, volsize: number, blocksize: number, room: number, force: boolean, verrors: Verrors): void {
  if (!Number.isInteger(volsize) || volsize <= 0) verrors.add(`${prefix}.volsize`, 'Input should be a valid integer');
  else if (volsize % blocksize !== 0) verrors.add(`${prefix}.volsize`, 'Volume size should be a multiple of volume block size');
  else if (!force && volsize > room * 0.8) verrors.add(`${prefix}.volsize`, 'It is not recommended to use more than 80% of your available space for VOLUME');
}

function createDataset(state: SimState, data: Record<string, unknown>): Record<string, unknown> {
  const verrors = new Verrors();
  const type = data['type'] ?? 'FILESYSTEM';
  if (type !== 'FILESYSTEM' && type !== 'VOLUME') verrors.add('pool_dataset_create.type', "Input should be 'FILESYSTEM' or 'VOLUME'");
  const name = validateName(data['name'], state, data, verrors);
  const encryption = verrors.errors.length === 0 ? encryptionAtCreate(state, name, data, verrors) : null;
  const draid = state.onDraidPool(name);
  checkRecordsize(data, 'pool_dataset_create', draid, verrors);
  const disallowed = type === 'VOLUME' ? fsOnlyFields : volumeOnlyFields;
  for (const field of disallowed) if (data[field] !== undefined) verrors.add(`pool_dataset_create.${field}`, `This field is not valid for ${String(type)}`);
  // Unset, 16K, or 128K on a dRAID pool; a dRAID pool takes none below 32K
  // (plugins/pool_/dataset.py@TS-25.10.6:313-322, @TS-25.04.2.6:375-391, @TS-26.0.0-BETA.3:270-279).
  let blocksize = draid ? 131072 : 16384;
  if (type === 'VOLUME') {
    if (data['volblocksize'] !== undefined) {
      const size = volblocksizes[String(data['volblocksize'])];
      if (size === undefined)
        verrors.add(
          'pool_dataset_create.volblocksize',
          `Input should be ${Object.keys(volblocksizes)
            .map((k) => `'${k}'`)
            .join(', ')}`,
        );
      else if (draid && size < 32 * 1024)
        verrors.add('pool_dataset_create.volblocksize', 'Volume block size must be greater than or equal to 32K for dRAID pools');
      else blocksize = size;
    }
    if (data['volsize'] === undefined) verrors.add('pool_dataset_create.volsize', 'This field is required for VOLUME');
    else validateVolsize('pool_dataset_create', Number(data['volsize']), blocksize, availableBytes(state, name), data['force_size'] === true, verrors);
  }
  verrors.check();
  if (type === 'VOLUME' && state.datasets.has(name)) {
    throw new SimCallError(Errno.EFAULT, `Failed to create dataset: cannot create '${name}': dataset already exists`);
  }
  if (data['create_ancestors']) {
    for (let p = parentName(name); p && !state.datasets.has(p); p = parentName(p)) createPlain(state, p);
  }
  const dataset: SimDataset = { name, type: type as SimDataset['type'], props: {}, user: {}, written: 0, createtxg: state.nextTxg() };
  if (encryption) dataset.encryption = encryption;
  if (type === 'VOLUME') {
    dataset.props['volsize'] = String(Number(data['volsize']));
    dataset.props['volblocksize'] = String(blocksize);
    dataset.props['refreservation'] = data['sparse'] === true ? '0' : dataset.props['volsize'];
  }
  for (const [field, value] of Object.entries(data)) {
    if (value === undefined || createOnly.includes(field) || volumeOnlyFields.includes(field)) continue;
    if (value === 'INHERIT') continue;
    setProperty(dataset, field, value);
  }
  // The share type's presets (pool_/dataset.py do_create @TS-25.10.6): SMB and the
  // multi-protocol kinds get NFSv4 ACLs, which filesystem.getacl/setacl follow.
  if (data['share_type'] === 'SMB') Object.assign(dataset.props, { acltype: 'nfsv4', aclmode: 'restricted', casesensitivity: 'insensitive' });
  else if (['APPS', 'MULTIPROTOCOL', 'NFS'].includes(String(data['share_type'])))
    Object.assign(dataset.props, { acltype: 'nfsv4', aclmode: 'passthrough', casesensitivity: 'sensitive', atime: 'off' });
  if (typeof data['casesensitivity'] === 'string' && data['casesensitivity'] !== 'INHERIT')
    dataset.props['casesensitivity'] = data['casesensitivity'].toLowerCase();
  for (const entry of (data['user_properties'] as { key: string; value: string }[] | undefined) ?? []) dataset.user[entry.key] = entry.value;
  // A filesystem on a dRAID pool gets recordsize 1M unless one is given (plugins/pool_/dataset.py@TS-25.10.6:308-310).
  if (type === 'FILESYSTEM' && draid && data['recordsize'] === undefined) dataset.props['recordsize'] = String(1024 * 1024);
  state.datasets.set(name, dataset);
  return renderDataset(state, dataset, true);
}

function createPlain(state: SimState, name: string): void {
  state.datasets.set(name, { name, type: 'FILESYSTEM', props: {}, user: {}, written: 0, createtxg: state.nextTxg() });
}

function updateDataset(state: SimState, id: unknown, data: Record<string, unknown>): Record<string, unknown> {
  const dataset = state.datasets.get(String(id));
  // update() on a missing id names the attribute `id`, unlike InstanceNotFound's null.
  if (!dataset) throw invalid('id', `${String(id)} does not exist`, Errno.ENOENT);
  const verrors = new Verrors();
  checkRecordsize(data, 'pool_dataset_update', state.onDraidPool(dataset.name), verrors);
  const disallowed = dataset.type === 'VOLUME' ? fsOnlyFields : ['volsize', 'force_size'];
  for (const field of disallowed) if (data[field] !== undefined) verrors.add(`pool_dataset_update.${field}`, `This field is not valid for ${dataset.type}`);
  if (dataset.type === 'VOLUME' && data['volsize'] !== undefined) {
    const volsize = Number(data['volsize']);
    if (volsize < volsizeOf(dataset)) verrors.add('pool_dataset_update.volsize', 'You cannot shrink a zvol from GUI, this may lead to data loss.');
    else {
      const room = availableBytes(state, dataset.name) + Number(dataset.props['refreservation'] ?? '0');
      validateVolsize('pool_dataset_update', volsize, Number(dataset.props['volblocksize']), room, data['force_size'] === true, verrors);
    }
  }
  verrors.check();
  for (const [field, value] of Object.entries(data)) {
    if (value === undefined || field === 'force_size' || field === 'user_properties_update' || createOnly.includes(field)) continue;
    if (field === 'volsize') {
      const reserved = Number(dataset.props['refreservation'] ?? '0') > 0;
      dataset.props['volsize'] = String(Number(value));
      if (reserved) dataset.props['refreservation'] = dataset.props['volsize'];
      continue;
    }
    setProperty(dataset, field, value);
  }
  for (const entry of (data['user_properties_update'] as { key: string; value?: string; remove?: boolean }[] | undefined) ?? []) {
    if (entry.remove) delete dataset.user[entry.key];
    else dataset.user[entry.key] = String(entry.value);
  }
  if (dataset.type === 'VOLUME' && typeof data['readonly'] === 'string') followReadonly(state, dataset, data['readonly'] === 'ON');
  return renderDataset(state, dataset, true);
}

/**
 * A zvol's readonly rewrites the `ro` of the enabled extent on it (pool.dataset.update →
 * iscsi.global... plugins/pool_/dataset.py@TS-25.10.6:799, plugins/iscsi_/global_linux.py:92-103):
 * "ON" makes it read-only and anything else, "INHERIT" too, read-write. The extent update that
 * changes `ro` sets the zvol's readonly locally again (plugins/iscsi_/extents.py@TS-25.10.6:178-188;
 * the create direction is methods/iscsi.ts, markZvolForExtent).
 */
function followReadonly(state: SimState, zvol: SimDataset, readonly: boolean): void {
  for (const extent of state.extents.list()) {
    if (!extent.enabled || extent.type !== 'DISK' || extent.path !== `zvol/${zvol.name}` || extent.ro === readonly) continue;
    extent.ro = readonly;
    zvol.props['readonly'] = readonly ? 'on' : 'off';
  }
}

function deleteDataset(state: SimState, id: unknown, options: Record<string, unknown>): boolean {
  const name = String(id);
  const children = [...state.datasets.keys()].filter((other) => other.startsWith(`${name}/`));
  if (children.length > 0 && !options['recursive']) {
    throw new SimCallError(Errno.ENOTEMPTY, `Failed to delete dataset: cannot destroy '${name}': filesystem has children`);
  }
  const dataset = state.datasets.get(name);
  if (!dataset) throw instanceNotFound('PoolDataset', name);
  if (!name.includes('/')) throw new SimCallError(Errno.EINVAL, 'Use pool.export to remove a pool');
  // The attachment delegates run before `zfs destroy` (plugins/pool_/dataset.py do_delete
  // @TS-25.10.6:830-844), so a destroy ZFS then refuses for snapshots has already removed them.
  removeAttachments(state, name);
  const snapshots = [...state.snapshots.keys()].filter((snap) => snap.startsWith(`${name}@`));
  if (snapshots.length > 0 && !options['recursive']) {
    const kind = dataset.type === 'VOLUME' ? 'volume' : 'filesystem';
    throw new SimCallError(
      Errno.EFAULT,
      `Failed to delete dataset: cannot destroy '${name}': ${kind} has children\nuse '-r' to destroy the following datasets:\n${snapshots.join('\n')}`,
    );
  }
  for (const victim of [name, ...children]) {
    state.datasets.delete(victim);
    for (const snap of [...state.snapshots.keys()]) if (snap.startsWith(`${victim}@`)) state.snapshots.delete(snap);
  }
  // The files on the destroyed filesystems go with them.
  for (const path of [...state.files.keys()]) if (path.startsWith(`/mnt/${name}/`)) state.files.delete(path);
  return true;
}

/**
 * Whether a query with `retrieve_children: false` still looks below the pools' root datasets.
 * 25.10+: only when filtered (`generic_query` recurses `if state.extra.retrieve_children or
 * state.filters`, plugins/pool_/dataset_query_utils.py@TS-25.10.6:996). 25.04: only the
 * single `id`/`name` filter fast path (plugins/pool_/dataset.py@TS-25.04.2.6:217-218);
 * otherwise py-libzfs serialises the pools' roots without descending (py-libzfs libzfs.pyx:838-890).
 */
function looksBelowRoots(version: string, filters: readonly unknown[]): boolean {
  if (versionAtLeast(version, '25.10')) return filters.length > 0;
  const [only, ...rest] = filters;
  return rest.length === 0 && Array.isArray(only) && (only[0] === 'id' || only[0] === 'name') && (only[1] === '=' || only[1] === 'in');
}

function datasetRows(state: SimState, extra: Record<string, unknown>, filters: readonly unknown[]): Record<string, unknown>[] {
  const withChildren = extra['retrieve_children'] !== false;
  const rootsOnly = extra['flat'] === false || (!withChildren && !looksBelowRoots(state.version, filters));
  return [...state.datasets.values()].filter((d) => !rootsOnly || !d.name.includes('/')).map((d) => renderDataset(state, d, withChildren, extra['properties']));
}

export const datasetMethods: MethodTable = {
  ...crud<string>('pool.dataset', {
    noun: 'PoolDataset',
    rows: (ctx, extra, filters = []) => datasetRows(ctx.state, extra, filters),
    create: (data, ctx) => createDataset(ctx.state, data),
    update: (id, data, ctx) => updateDataset(ctx.state, id, data),
    delete: (id, [options], ctx) => deleteDataset(ctx.state, id, (options ?? {}) as Record<string, unknown>),
    deleteParams: ['options'],
  }),
  'pool.dataset.change_key': {
    params: ['id', 'options'],
    handler: ([id, options], ctx) => changeKey(ctx.state, String(id), dict(options, 'options')),
  },
};
