// Volumes on storages: allocation with `vm-<vmid>-disk-<n>` names, capacity accounting,
// growth (never shrink, as real) and removal. iSCSI LUNs are volumes too, but only to attach.
import { externalStorage } from './external-storage.js';
import { isIscsiStorage, iscsiVolumes } from './iscsi-luns.js';
import { die } from './pve-error.js';
import { addVolume, volid, type SimState, type SimStorage, type SimVolume } from './state.js';

/** Storage types that keep images as files (`<vmid>/vm-<vmid>-disk-<n>.<format>`). */
const FILE_STORAGES = new Set(['dir', 'nfs', 'cifs', 'btrfs', 'cephfs']);

export function requireStorage(state: SimState, storage: string): SimStorage {
  const found = state.storages.get(storage);
  if (!found) throw die(`storage '${storage}' does not exist`);
  return found;
}

export function storageContent(storage: SimStorage): Set<string> {
  return new Set((storage.options.content ?? '').split(',').filter((c) => c !== '' && c !== 'none'));
}

export function usedBytes(state: SimState, storage: string): number {
  let used = 0;
  for (const volume of state.volumes.values()) if (volume.storage === storage) used += volume.size;
  return used;
}

function checkSpace(state: SimState, storage: SimStorage, extra: number): void {
  if (usedBytes(state, storage.storage) + extra > storage.capacity) {
    throw die(`not enough free space on storage '${storage.storage}'`);
  }
}

/**
 * The format of a new image: what the request asks for on file storages, else the storage's
 * `format` option, else raw (DirPlugin/NFSPlugin/CIFSPlugin `format` default, Plugin.pm
 * `default_format`); block storages hold raw only.
 */
function imageFormat(storage: SimStorage, content: 'images' | 'rootdir', wanted: string | undefined): string {
  if (!FILE_STORAGES.has(storage.type) || content === 'rootdir') return 'raw';
  return wanted ?? storage.options.format ?? 'raw';
}

export function isFileStorage(storage: SimStorage): boolean {
  return FILE_STORAGES.has(storage.type);
}

/** Allocates a new volume for a guest (`content` is `images` or `rootdir`). */
export function allocateVolume(
  state: SimState,
  storageId: string,
  vmid: number,
  size: number,
  content: 'images' | 'rootdir',
  baseName = 'disk',
  format?: string,
): SimVolume {
  const storage = requireStorage(state, storageId);
  if (isIscsiStorage(storage)) throw die("can't allocate space in iscsi storage");
  if (!storageContent(storage).has(content)) throw die(`storage '${storageId}' does not support content-type '${content}'`);
  checkSpace(state, storage, size);
  const external = externalStorage(state, storage);
  if (external) {
    const volume = addVolume(state, { storage: storageId, name: external.newVolumeName(state, storage, vmid), vmid, size, format: 'raw', content });
    external.allocated(state, storage, volume);
    return volume;
  }
  const file = FILE_STORAGES.has(storage.type);
  const fmt = imageFormat(storage, content, format);
  for (let n = 0; ; n++) {
    const base = `vm-${vmid}-${baseName}-${n}`;
    const name = file ? `${vmid}/${base}.${fmt}` : base;
    if (state.volumes.has(volid({ storage: storageId, name })) || state.volumes.has(volid({ storage: storageId, name: name.replace('vm-', 'base-') })))
      continue;
    return addVolume(state, { storage: storageId, name, vmid, size, format: fmt, content });
  }
}

/** A copy of a volume for another guest (full clones). */
export function copyVolume(state: SimState, source: SimVolume, vmid: number, targetStorage = source.storage): SimVolume {
  const sameStorage = targetStorage === source.storage;
  return allocateVolume(
    state,
    targetStorage,
    vmid,
    source.size,
    source.content === 'rootdir' ? 'rootdir' : 'images',
    'disk',
    sameStorage ? source.format : undefined,
  );
}

export function findVolume(state: SimState, id: string): SimVolume | undefined {
  const stored = state.volumes.get(id);
  if (stored) return stored;
  const storage = state.storages.get(id.slice(0, id.indexOf(':')));
  return storage === undefined ? undefined : iscsiVolumes(state, storage).find((v) => volid(v) === id);
}

/** Every volume on a storage: the allocated ones and, on iscsi storages, the target's LUNs. */
export function storageVolumes(state: SimState, storage: SimStorage): SimVolume[] {
  return [...[...state.volumes.values()].filter((v) => v.storage === storage.storage), ...iscsiVolumes(state, storage)];
}

/** Grows a volume to `newSize` bytes; shrinking is refused like the real server. */
export function growVolume(state: SimState, volume: SimVolume, newSize: number): void {
  const storage = requireStorage(state, volume.storage);
  if (isIscsiStorage(storage)) throw die('volume resize is not possible on iscsi device');
  if (newSize < volume.size) throw die('shrinking disks is not supported');
  checkSpace(state, storage, newSize - volume.size);
  const previous = volume.size;
  volume.size = newSize;
  externalStorage(state, storage)?.grown(state, storage, volume, previous);
}

/** Frees an allocated volume; iSCSI LUNs are never in `state.volumes`, so they stay. */
export function freeVolume(state: SimState, id: string): void {
  const volume = state.volumes.get(id);
  state.volumes.delete(id);
  const storage = volume === undefined ? undefined : state.storages.get(volume.storage);
  if (volume && storage) externalStorage(state, storage)?.freed(state, storage, volume);
}
