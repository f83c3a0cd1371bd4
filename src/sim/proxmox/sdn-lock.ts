// `lock_sdn_config` (pve-network src/PVE/Network/SDN.pm): every SDN write runs under the cluster
// lock, and any error inside it reaches the caller as a plain 500 "<what failed>: <error>",
// parameter errors included (PVE::Exception stringified: "400 Parameter verification failed.").
import { die, PveError } from './pve-error.js';

function describe(err: unknown): string {
  if (!(err instanceof PveError)) return err instanceof Error ? err.message : String(err);
  if (err.errors === undefined) return err.message;
  const details = Object.entries(err.errors).map(([key, text]) => `${key}: ${text}`);
  return [`${err.status} ${err.message}`, ...details].join('\n');
}

export function inSdnLock<T>(failure: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    throw die(`${failure}: ${describe(err)}`);
  }
}
