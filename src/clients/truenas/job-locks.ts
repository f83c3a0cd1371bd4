// Which server-side job lock a job call takes (`@job(lock=...)`), so that this client never has
// more than one job of a lock waiting at the server. The middleware lets at most five jobs wait
// for a lock (`lock_queue_size`, service/decorators.py:70 @TS-25.10.6); past that a call is NOT
// queued: it is answered with the id of the last waiting job (job.py:126-150), so a sixth
// certificate create sent at once would be told another certificate's job, and its own
// certificate never made. The server runs one job of a lock at a time anyway, so waiting here
// costs nothing.

/**
 * The lock name, or null for a job without one. Permission changes share one lock up to 25.10
 * and take one per path from 26.0; keying them by path here would let six reach a 25.10 server
 * at once, so they are serialised by one key on every release (plugins/filesystem_/acl.py:159,
 * 216,641 @TS-25.10.6).
 */
export function serverJobLock(method: string, params: readonly unknown[]): string | null {
  switch (method) {
    case 'certificate.create':
      return 'cert_create';
    case 'certificate.update':
      return 'cert_update';
    case 'certificate.delete':
      return 'cert_delete';
    case 'tunable.create':
    case 'tunable.update':
    case 'tunable.delete':
      return 'tunable_crud';
    case 'service.control':
      return `service_${String(params[1])}`;
    case 'pool.dataset.change_key':
      return `dataset_change_key_${String(params[0])}`;
    case 'filesystem.setperm':
    case 'filesystem.setacl':
    case 'filesystem.chown':
      return 'perm_change';
    default:
      return null;
  }
}
