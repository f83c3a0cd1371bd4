// Which TrueNAS calls read-only mode lets through: an allow-list, so a method nobody listed is
// refused. Reads are what TrueNAS lets a read-only administrator call (derived from the API's
// roles: read-methods.ts), plus the protocol calls that change no configuration.
import { ROLE_READ_METHODS } from './read-methods.js';

/**
 * Granted to any logged-in user (or before login), so the roles do not say they are reads; each
 * only reads or concerns the caller's own connection (middlewared plugins/auth.py, core.py).
 * Not system.ready: on 25.04 only full admins may call it (plugins/system/lifecycle.py:40-42
 * @TS-25.04.2.6), so a read-only administrator's credential would be refused.
 */
const PROTOCOL_READS = [
  'auth.login',
  'auth.login_ex',
  'auth.login_ex_continue',
  'auth.login_with_api_key',
  'auth.me',
  'auth.logout',
  'core.get_jobs',
  'core.ping',
  'core.set_options',
  'core.subscribe',
  'core.unsubscribe',
  'system.version',
];

const READS: ReadonlySet<string> = new Set([...ROLE_READ_METHODS, ...PROTOCOL_READS]);

/** True when `method` with `params` cannot change the server. `core.bulk` is as safe as the method it repeats. */
export function isReadCall(method: string, params: readonly unknown[]): boolean {
  if (method === 'core.bulk') return typeof params[0] === 'string' && params[0] !== 'core.bulk' && READS.has(params[0]);
  return READS.has(method);
}
