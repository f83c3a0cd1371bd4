// A realm's user/group sync options (`realm-sync-options`: scope, enable-new, remove-vanished),
// shared by proxmox_realm's sync defaults and proxmox_realm_sync jobs.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';

export const SYNC_SCOPES = ['users', 'groups', 'both'] as const;
const VANISHED = ['acl', 'entry', 'properties'] as const;

const scopeDescription = (what: string) => `${what}: what to sync, "users", "groups" or "both".`;
const scopeValidators = [validators.oneOf(...SYNC_SCOPES)];

/** Optional on a realm's sync defaults. */
export const syncScopeAttribute = (what: string) => attr.string({ optional: true, description: scopeDescription(what), validators: scopeValidators });

/**
 * Required on a realm-sync job: `PVE::Jobs::RealmSync::options` lists `scope => {}`, and
 * create_job's `check_config($id, $param, 1, 1)` refuses a job without it (pve-access-control
 * src/PVE/Jobs/RealmSync.pm, src/PVE/API2/Jobs/RealmSync.pm), although the API schema marks it optional.
 */
export const requiredSyncScopeAttribute = (what: string) => attr.string({ required: true, description: scopeDescription(what), validators: scopeValidators });
export const syncEnableNewAttribute = (what: string) => attr.bool({ optional: true, description: `${what}: enable users the sync adds.` });
export const syncRemoveVanishedAttribute = (what: string) =>
  attr.set(ty.string, {
    optional: true,
    description: `${what}: what to remove of users and groups gone from the directory: "acl" (their ACL entries), "entry" (the user or group), "properties" (their synced properties). Empty: nothing.`,
    validators: [
      validators.custom<string[]>('each one of "acl", "entry", "properties"', (value) => {
        const wrong = Array.isArray(value) ? value.filter((v) => typeof v === 'string' && !(VANISHED as readonly string[]).includes(v)) : [];
        return wrong.length > 0 ? `must hold only "acl", "entry" or "properties", got "${String(wrong[0])}"` : undefined;
      }),
    ],
  });

/** `acl;entry` (sorted), `none` for an empty set, undefined when unset. */
export function removeVanishedParam(value: readonly string[] | null): string | undefined {
  if (value === null) return undefined;
  return value.length === 0 ? 'none' : [...value].sort().join(';');
}

export function removeVanishedFromApi(text: unknown): string[] | null {
  if (typeof text !== 'string' || text === '') return null;
  return text === 'none'
    ? []
    : text
        .split(';')
        .filter((v) => v !== '')
        .sort();
}
