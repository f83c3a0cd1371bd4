// What a volume's storage can do with it (`volume_has_feature`), base volumes of templates
// (`vdisk_create_base`) and linked clones (`clone_image`), per storage plugin of pve-storage:
// - file storages (Plugin.pm `volume_has_feature`): snapshots of qcow2 only; clones of base images;
// - LvmThinPlugin.pm: snapshots of any volume; clones of base volumes and snapshots;
// - ZFSPoolPlugin.pm: snapshots; clones of base volumes;
// - LVMPlugin.pm: snapshots of qcow2 only (volume chains), no templates or clones;
// - ISCSIPlugin.pm: LUNs can only be copied: no snapshot, template or clone.
import { die } from './pve-error.js';
import { addVolume, volid, type SimState, type SimVolume } from './state.js';
import { isFileStorage, requireStorage } from './volumes.js';

export type VolumeFeature = 'snapshot' | 'clone' | 'template' | 'copy';

/** Which state a volume is in for the feature tables: a `base-` volume or the current image. */
export function isBaseVolume(volume: Pick<SimVolume, 'name'>): boolean {
  return /^base-\d+-/.test(volume.name.split('/').pop() ?? '');
}

/** `volume_has_feature` for the current state of a volume (no snapshot name given). */
export function volumeHasFeature(state: SimState, volume: SimVolume, feature: VolumeFeature): boolean {
  const storage = requireStorage(state, volume.storage);
  const base = isBaseVolume(volume);
  if (isFileStorage(storage)) {
    if (feature === 'snapshot') return !base && volume.format === 'qcow2';
    if (feature === 'clone') return base;
    return feature === 'copy' || !base;
  }
  switch (storage.type) {
    case 'lvmthin':
      return feature === 'clone' ? base : feature === 'copy' || !base;
    case 'zfspool':
    case 'zfs':
      return feature === 'clone' ? base : feature === 'copy' || !base;
    case 'lvm':
      return feature === 'copy' || (feature === 'snapshot' && volume.format === 'qcow2');
    case 'iscsi':
    case 'iscsidirect':
      return feature === 'copy';
    default:
      // Storage plugins the simulator knows less well (truenasplugin): ZFS-backed, like zfs.
      return feature === 'clone' ? base : feature === 'copy' || !base;
  }
}

/** `vdisk_create_base`: `vm-100-disk-0` becomes the read-only `base-100-disk-0`. */
export function createBaseVolume(state: SimState, volume: SimVolume): SimVolume {
  const name = volume.name.replace(/(^|\/)vm-(\d+-)/, '$1base-$2');
  if (name === volume.name) return volume;
  state.volumes.delete(volid(volume));
  return addVolume(state, { ...volume, name });
}

/**
 * `clone_image`: a linked clone of a base volume. File storages name it after its base
 * (`100/base-100-disk-0.qcow2/101/vm-101-disk-0.qcow2`), block storages just `vm-101-disk-0`.
 */
export function linkedCloneVolume(state: SimState, base: SimVolume, vmid: number): SimVolume {
  const storage = requireStorage(state, base.storage);
  if (!isBaseVolume(base)) throw die('clone_image only works on base images');
  for (let n = 0; ; n++) {
    const own = `vm-${vmid}-disk-${n}`;
    const name = isFileStorage(storage) ? `${base.name}/${vmid}/${own}.${base.format}` : own;
    if (state.volumes.has(volid({ storage: base.storage, name }))) continue;
    if (!isFileStorage(storage) && [...state.volumes.values()].some((v) => v.storage === base.storage && v.name.endsWith(own))) continue;
    return addVolume(state, { storage: base.storage, name, vmid, size: base.size, format: base.format, content: base.content });
  }
}
