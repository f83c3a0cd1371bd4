// Which change of the SMB service (`cifs`) a share write ends with (truenas/middleware
// plugins/smb.py @TS-25.10.6; the same logic at the lines given for 26.0). A create or update
// reloads it, or restarts it when the share needs the server's global settings changed; a
// delete changes neither (it only updates the running shares, :988-1017). 25.04 decides the same
// way but calls `service.reload`/`service.restart`, no job (services.ts `changeService`).
import type { ServiceChange } from './services.js';

type Share = Readonly<Record<string, unknown>>;

/** A share option: nested under `options` from 25.10, flat in 25.04 (`share_field.OPTS`). */
function option(share: Share, key: string): unknown {
  const options = share['options'];
  return typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[key] : share[key];
}

/**
 * Whether the generated smb.conf maps bad users to guest (`smb.getparm('map to guest')` is
 * `Bad User`): when any enabled, unlocked share allows guests (util_smbconf.py:365,485-486;
 * the shares of plugins/smb.py:144-146). `shares` are the rows as of the last generation, that
 * is before the write (the create asks before it regenerates, :769-770).
 */
function guestsMapped(shares: readonly Share[]): boolean {
  return shares.some((share) => share['enabled'] === true && share['locked'] !== true && option(share, 'guestok') === true);
}

/** `must_reload_globals` (plugins/smb.py:1047-1069 @TS-25.10.6, :1102 @TS-26.0.0-BETA.3). */
function mustReloadGlobals(share: Share, before: readonly Share[]): boolean {
  return (option(share, 'guestok') === true && !guestsMapped(before)) || option(share, 'home') === true;
}

/** After `sharing.smb.create` (plugins/smb.py:769,788-796 @TS-25.10.6; :810,829-837 @TS-26.0.0-BETA.3). */
export function smbCreateChange(created: Share, before: readonly Share[]): ServiceChange {
  return mustReloadGlobals(created, before) ? 'RESTART' : 'RELOAD';
}

/**
 * After `sharing.smb.update`, or null when the share was locked before and is after (a no-op
 * for the running server). A change of guest access or of `home` restarts (plugins/smb.py:
 * 887-895,929-943,962-976 @TS-25.10.6; :929-937,971-985,1004-1018 @TS-26.0.0-BETA.3).
 */
export function smbUpdateChange(old: Share, updated: Share, before: readonly Share[]): ServiceChange | null {
  const [wasLocked, isLocked] = [old['locked'] === true, updated['locked'] === true];
  if (wasLocked && isLocked) return null;
  const guestChanged = option(old, 'guestok') !== option(updated, 'guestok');
  const globals = !isLocked && (guestChanged || mustReloadGlobals(updated, before));
  const newHome = option(updated, 'home');
  const homeChanged = newHome !== undefined && newHome !== null && newHome !== option(old, 'home');
  return globals || homeChanged ? 'RESTART' : 'RELOAD';
}
