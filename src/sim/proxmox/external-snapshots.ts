// Guest snapshots on external storage: the TrueNAS plugin's volume_snapshot and friends take a
// ZFS snapshot of each zvol, so a guest snapshot reaches every disk it has on such a storage.
import { externalStorage, type SnapshotAction } from './external-storage.js';
import { diskVolume, isDiskKey } from './guest-config.js';
import type { SimGuest, SimState } from './state.js';

/** Takes, removes or rolls back snapshot `snapname` on every external volume of the guest's config. */
export function snapshotExternalVolumes(
  state: SimState,
  guest: SimGuest,
  config: Readonly<Record<string, string>>,
  snapname: string,
  action: SnapshotAction,
): void {
  for (const [key, value] of Object.entries(config)) {
    if (!isDiskKey(guest.kind, key)) continue;
    const id = diskVolume(value);
    const volume = id === undefined ? undefined : state.volumes.get(id);
    const storage = volume === undefined ? undefined : state.storages.get(volume.storage);
    if (volume && storage) externalStorage(state, storage)?.snapshot(state, storage, volume, snapname, action);
  }
}
