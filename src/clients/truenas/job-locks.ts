// Which server-side job lock a job call takes (`@job(lock=...)`), so that this client never has
// more than one job of a lock waiting at the server. The middleware lets at most five jobs wait
// for a lock (`lock_queue_size`, service/decorators.py:70 @TS-25.10.6); past that a call is NOT
// queued: it is answered with the id of the last waiting job (job.py:126-150), so a sixth
// certificate create sent at once would be told another certificate's job, and its own
// certificate never made. The server runs one job of a lock at a time anyway, so waiting here
// costs nothing.
import { agreesWithWritten } from './api/written-fields.js';

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

/**
 * Whether a job the server answered a call with can be that call's: the same method and arguments
 * that agree with the call's (the middleware shows them as validated, secrets masked: job.py:685,
 * api/base/handler/dump_params.py @TS-25.10.6). A full lock queue answers with the last waiting
 * job of the lock (job.py:126-150), which may be anyone's, the middleware's own included: a
 * `service.control` RELOAD a share write queues under `service_<name>`
 * (service/service_mixin.py:5-28), or its `filesystem.setacl` of a dataset it creates with a share
 * preset under `perm_change` (plugins/pool_/dataset.py:635-664). A waiting job with the very
 * arguments of the call does what the call asked, after it: it is taken as the call's. Rows
 * without the method or arguments are given the benefit of the doubt.
 */
export function couldBeOurJob(
  method: string,
  params: readonly unknown[],
  job: { readonly method?: string | undefined; readonly arguments?: unknown },
): boolean {
  if (job.method === undefined) return true;
  if (job.method !== method) return false;
  // Position by position: the server may list parameters the call left to their defaults.
  const shown = job.arguments;
  return !Array.isArray(shown) || params.every((param, i) => agreesWithWritten(param, shown[i]));
}
