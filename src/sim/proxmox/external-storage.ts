// Storage types whose volumes live on another system the node talks to (the TrueNAS storage
// plugin). volumes.ts asks such a storage for a new volume's name and tells it about every
// allocation, growth and removal; snapshots of a guest reach each of its volumes. What the
// storage does remotely runs through storage-work.ts.
import type { SimState, SimStorage, SimVolume } from './state.js';

export interface ExternalStorage {
  /** The name the plugin gives a new image of `vmid` on `storage` (its alloc_image naming). */
  newVolumeName(state: SimState, storage: SimStorage, vmid: number): string;
  allocated(state: SimState, storage: SimStorage, volume: SimVolume): void;
  grown(state: SimState, storage: SimStorage, volume: SimVolume, previousSize: number): void;
  freed(state: SimState, storage: SimStorage, volume: SimVolume): void;
  snapshot(state: SimState, storage: SimStorage, volume: SimVolume, snapname: string, action: SnapshotAction): void;
}

export type SnapshotAction = 'create' | 'delete' | 'rollback';

const attached = new WeakMap<SimState, Map<string, ExternalStorage>>();

/** Installs the backend of storage type `type` on this simulator's node. */
export function attachExternalStorage(state: SimState, type: string, backend: ExternalStorage): void {
  const byType = attached.get(state) ?? new Map<string, ExternalStorage>();
  byType.set(type, backend);
  attached.set(state, byType);
}

export function externalStorage(state: SimState, storage: SimStorage): ExternalStorage | undefined {
  return attached.get(state)?.get(storage.type);
}
