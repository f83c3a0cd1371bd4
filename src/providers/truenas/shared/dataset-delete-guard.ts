// What truenas_dataset and truenas_zvol check before pool.dataset.delete. The server's delete
// (plugins/pool_/dataset.py do_delete @TS-25.10.6:823-844) first runs every attachment
// delegate's delete — NFS/SMB shares, enabled iSCSI DISK extents, periodic snapshot tasks,
// enabled replication tasks, enabled NVMe-oF namespaces on the path — and only then asks ZFS to
// destroy the dataset without -r, which ZFS refuses when the dataset has snapshots. So a delete
// that fails on snapshots has already removed what was attached, and one that succeeds removes
// tasks and exports terraform may manage elsewhere. Both are refused here, before any change.
import { ProviderError } from '../../../framework/diagnostics.js';
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import { NVMET_SINCE } from './nvmet.js';
import { findDataset, zvolDisk } from './datasets.js';
import { deleteIfPresent } from './ids.js';
import { joinPendingRead } from './joined-query.js';

type DatasetKind = 'dataset' | 'zvol';

function atOrBelow(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** Snapshots make ZFS refuse the non-recursive destroy, after the server has deleted the attachments. */
function refuseIfSnapshotted(snapshots: readonly string[], name: string, kind: DatasetKind): void {
  if (snapshots.length === 0) return;
  const shown = snapshots.slice(0, 5);
  const more = snapshots.length > shown.length ? ` and ${snapshots.length - shown.length} more` : '';
  throw new ProviderError(
    `Cannot delete ${kind}`,
    `${kind} ${name} has ${snapshots.length} snapshot(s) (${shown.join(', ')}${more}). ZFS refuses to destroy it without destroying them, ` +
      'and TrueNAS would first delete the shares, iSCSI extents, NVMe-oF namespaces and snapshot/replication tasks on it. ' +
      'Delete the snapshots first (and any periodic snapshot task that makes new ones), then apply again.',
  );
}

/**
 * What the server's attachment delegates would delete silently that is not a share or a
 * snapshot task: iSCSI DISK extents on a zvol, enabled NVMe-oF namespaces on it (zvol/<name>,
 * or a FILE under its mountpoint: plugins/nvmet/fs_attachment_delegate.py, namespace.py
 * get_path_field @TS-25.10.6:352-356), and enabled replication tasks that read from it
 * (PUSH or LOCAL) or write into it (PULL or LOCAL) (plugins/replication.py
 * ReplicationFSAttachmentDelegate @TS-25.10.6:652-672).
 */
async function attachments(client: TrueNASClient, name: string, kind: DatasetKind): Promise<string[]> {
  const mountpoint = `/mnt/${name}`;
  const disk = zvolDisk(name);
  const [extents, namespaces, replications] = await Promise.all([
    kind === 'zvol' ? joinPendingRead(client, 'iscsi.extent.query', () => client.iscsi.extents.query()) : [],
    (async () => ((await client.serverAtLeast(NVMET_SINCE)) ? joinPendingRead(client, 'nvmet.namespace.query', () => client.nvmet.namespaces.query()) : []))(),
    joinPendingRead(client, 'replication.query', () => client.protection.replication.query()),
  ]);
  const found: string[] = [];
  for (const e of extents) {
    if (e.type === 'DISK' && (e.disk === disk || e.path === disk)) found.push(`iSCSI extent "${e.name}" (id ${e.id})`);
  }
  for (const ns of namespaces) {
    if (ns.enabled === false) continue;
    const exports = kind === 'zvol' ? ns.device_path === disk : ns.device_type === 'FILE' && atOrBelow(ns.device_path, mountpoint);
    if (exports) found.push(`NVMe-oF namespace ${ns.nsid ?? '?'} of subsystem ${ns.subsys.id} (id ${ns.id})`);
  }
  for (const task of replications) {
    if (!task.enabled) continue;
    const local = task.transport === 'LOCAL';
    const reads = (local || task.direction === 'PUSH') && task.source_datasets.some((source) => atOrBelow(source, name));
    const writes = (local || task.direction === 'PULL') && atOrBelow(task.target_dataset, name);
    if (reads || writes) found.push(`replication task "${task.name}" (id ${task.id})`);
  }
  return found;
}

/** Refuses, before any change on the server, a delete that would fail half-way or take attachments with it. */
function refuseUnsafeDatasetDelete(using: readonly string[], snapshots: readonly string[], name: string, kind: DatasetKind): void {
  if (using.length > 0) {
    throw new ProviderError(
      `Cannot delete ${kind}`,
      `${kind} ${name} is still used by ${using.join(', ')}: TrueNAS would delete ${using.length === 1 ? 'it' : 'them'} together with the ${kind}. Delete or detach ${using.length === 1 ? 'it' : 'them'} first.`,
    );
  }
  refuseIfSnapshotted(snapshots, name, kind);
}

/**
 * Deletes a dataset or zvol, not recursively: children and snapshots terraform does not know
 * about make the server refuse, but only after it has deleted what is attached, so those are
 * checked first. One already gone (or now of the other type) counts as deleted. The lookup and
 * the checks are sent together (one round trip before the delete instead of four in a row); the
 * checks' answers, or their failures, count only when the dataset is there.
 */
export async function deleteDatasetGuarded(client: TrueNASClient, name: string, kind: DatasetKind): Promise<void> {
  const [found, using, snapshots] = await Promise.allSettled([
    findDataset(client, name, kind === 'zvol' ? 'VOLUME' : 'FILESYSTEM'),
    attachments(client, name, kind),
    client.snapshots.namesIn(name),
  ]);
  if (found.status === 'rejected') throw found.reason;
  if (!found.value) return;
  if (using.status === 'rejected') throw using.reason;
  if (snapshots.status === 'rejected') throw snapshots.reason;
  refuseUnsafeDatasetDelete(using.value, snapshots.value, name, kind);
  await deleteIfPresent(() => client.datasets.delete(name));
}
