// What deleting a dataset does to the things that use it: the real middleware's attachment
// delegates delete enabled iSCSI extents on the zvol (and targets left without extents) and
// NFS/SMB shares on the path, and periodic snapshot tasks of the dataset or below it
// (PeriodicSnapshotTaskFSAttachmentDelegate, plugins/snapshot.py @TS-25.10.6), rather than
// refusing the delete.
import type { SimState } from '../state.js';

function under(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

export function removeAttachments(state: SimState, datasetName: string): void {
  const doomed = state.extents.list().filter((e) => e.enabled && e.type === 'DISK' && under(e.path, `zvol/${datasetName}`));
  const touchedTargets = new Set<number>();
  for (const extent of doomed) {
    for (const mapping of state.targetExtents.list().filter((m) => m.extent === extent.id)) {
      touchedTargets.add(mapping.target);
      state.targetExtents.delete(mapping.id);
    }
    state.extents.delete(extent.id);
  }
  for (const target of touchedTargets) {
    if (!state.targetExtents.list().some((m) => m.target === target)) state.targets.delete(target);
  }
  for (const table of [state.nfsShares, state.smbShares]) {
    for (const share of table.list()) if (share.enabled && under(share.path, `/mnt/${datasetName}`)) table.delete(share.id);
  }
  for (const task of state.snapshotTasks.list()) if (under(task.dataset, datasetName)) state.snapshotTasks.delete(task.id);
}
