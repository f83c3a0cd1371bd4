// What deleting a dataset does to the things that use it: the real middleware's attachment
// delegates delete enabled iSCSI extents on the zvol (and targets left without extents) and
// NFS/SMB shares on the path, periodic snapshot tasks of the dataset or below it
// (PeriodicSnapshotTaskFSAttachmentDelegate, plugins/snapshot.py @TS-25.10.6), enabled NVMe-oF
// namespaces on the zvol or on a file below the mountpoint (NVMetNamespaceAttachmentDelegate,
// plugins/nvmet/fs_attachment_delegate.py and namespace.py get_path_field @TS-25.10.6:352-356)
// and enabled replication tasks reading from (PUSH/LOCAL) or writing into (PULL/LOCAL) the
// dataset or below it (ReplicationFSAttachmentDelegate, plugins/replication.py @TS-25.10.6:652-672),
// rather than refusing the delete.
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
  const mountpoint = `/mnt/${datasetName}`;
  for (const ns of state.nvmet.namespaces.list()) {
    const path = ns.device_type === 'ZVOL' ? `/mnt/${ns.device_path.replace(/^zvol\//, '')}` : ns.device_path;
    if (ns.enabled && under(path, mountpoint)) state.nvmet.namespaces.delete(ns.id);
  }
  for (const task of state.replications.list()) {
    if (!task.enabled) continue;
    const local = task.transport === 'LOCAL';
    const reads = (local || task.direction === 'PUSH') && task.source_datasets.some((source) => under(source, datasetName));
    const writes = (local || task.direction === 'PULL') && under(task.target_dataset, datasetName);
    if (reads || writes) state.replications.delete(task.id);
  }
}
