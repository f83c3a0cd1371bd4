// A TrueNAS upgrade under existing objects: what the database migrations the middleware runs on
// first boot of the new release do to the stored rows the simulator models (truenas/middleware
// src/middlewared/middlewared/alembic/versions/25.10/ and 26.0/), then the reboot. Only the
// migrations that change an object the simulator keeps are here; docs/simulators.md ("Upgrades")
// lists every migration looked at and why the others change nothing the simulator serves.
import type { TrueNASApiSchema } from './schema/api-schema.js';
import type { SimShare, SimState } from './state.js';
import { smbOptionDefaults } from './methods/smb-shares.js';
import { versionAtLeast } from './version.js';

/** The release trains an upgrade goes through, in order; each one's migrations run when it is crossed. */
const TRAINS = ['25.10', '26.0'] as const;

/**
 * Moves `state` from its release to `version` (newer): runs each crossed train's migrations, then
 * reboots (services run as enabled at boot). `schema`: the new release's API (the SMB options'
 * defaults are read from it).
 */
export function upgradeState(state: SimState, version: string, schema: TrueNASApiSchema): void {
  const from = state.version;
  if (versionAtLeast(from, version)) throw new Error(`TrueNAS ${from} cannot be upgraded to ${version}, which is not newer`);
  for (const train of TRAINS) {
    if (versionAtLeast(from, train) || !versionAtLeast(version, train)) continue;
    if (train === '25.10') migrateTo2510(state, schema);
    else migrateTo260(state);
  }
  state.markUpgraded(version);
  // The upgrade ends in a reboot: a service runs afterwards exactly when it is enabled at boot.
  for (const service of state.services.list()) service.state = service.enable ? 'RUNNING' : 'STOPPED';
}

function migrateTo2510(state: SimState, schema: TrueNASApiSchema): void {
  // versions/25.10/2025-03-20_11-52_drop_smart.py:130 deletes the smartd service row;
  // 2025-04-21_15-33_add_nvmet.py:111 inserts nvmet, disabled.
  for (const service of state.services.list()) if (service.service === 'smartd') state.services.delete(service.id);
  state.services.insert({ service: 'nvmet', enable: false, state: 'STOPPED' });
  // versions/25.10/2025-04-14_15-57_disallow_empty_passwords.py:19: an account without a password
  // (unixhash "*") has password login disabled.
  for (const user of state.users.list()) if (!user.hasPassword) user.password_disabled = true;
  for (const share of state.smbShares.list()) state.smbShares.rows.set(share.id, smbShareOf2510(share, schema));
}

/**
 * The purpose a 25.04 share has after versions/25.10/2025-06-02_20-57_smb-share-new-api.py:19-67
 * (`migrate_purposes`), and whether it turned on auto snapshots and dataset creation.
 */
function migratedPurpose(share: SimShare): { purpose: string; auto: boolean } {
  const purpose = String(share['purpose'] ?? 'DEFAULT_SHARE');
  switch (purpose) {
    case 'DEFAULT_SHARE':
      return { purpose: share['guestok'] === true || share['afp'] === true ? 'LEGACY_SHARE' : purpose, auto: false };
    case 'ENHANCED_TIMEMACHINE':
      return { purpose: 'TIMEMACHINE_SHARE', auto: true };
    case 'TIMEMACHINE':
      return { purpose: 'TIMEMACHINE_SHARE', auto: false };
    case 'NO_PRESET':
      return { purpose: 'LEGACY_SHARE', auto: false };
    case 'MULTI_PROTOCOL_NFS':
      return { purpose: 'MULTIPROTOCOL_SHARE', auto: false };
    case 'PRIVATE_DATASETS':
      return { purpose: 'PRIVATE_DATASETS_SHARE', auto: false };
    case 'WORM_DROPBOX':
      return { purpose: 'TIME_LOCKED_SHARE', auto: false };
    default:
      return { purpose, auto: false };
  }
}

/**
 * A 25.04 share row (flat model) as 25.10 answers it: the columns stay, and `extend`
 * (plugins/smb.py:1394-1450 @TS-25.10.6) builds `readonly`, `access_based_share_enumeration`
 * and the purpose's `options` from them: a LEGACY_SHARE gets every old option, the others the
 * few their model has (hosts, name mangling; the share path suffix as `dataset_naming_schema`).
 */
function smbShareOf2510(share: SimShare, schema: TrueNASApiSchema): SimShare {
  const { purpose, auto } = migratedPurpose(share);
  const options: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(smbOptionDefaults(schema, purpose))) {
    const stored = key === 'dataset_naming_schema' ? share['path_suffix'] : share[key];
    options[key] = stored === undefined ? fallback : stored;
  }
  if ('path_suffix' in options) options['path_suffix'] = share['path_suffix'] || null;
  if ('dataset_naming_schema' in options) options['dataset_naming_schema'] = share['path_suffix'] || null;
  if ('auto_snapshot' in options) Object.assign(options, { auto_snapshot: auto, auto_dataset_creation: auto });
  return {
    id: share.id,
    purpose,
    name: share['name'],
    path: share.path,
    comment: share['comment'],
    readonly: share['ro'],
    browsable: share['browsable'],
    access_based_share_enumeration: share['abe'],
    enabled: share.enabled,
    locked: share['locked'],
    audit: share['audit'],
    options,
  };
}

/**
 * 26.0's columns added with a default (SMB search_protocols and stateful_failover, iSCSI mode and
 * direct_config, NVMe-oF host description) are in the simulator's rows of every release already.
 */
function migrateTo260(state: SimState): void {
  // versions/26.0/2026-02-25_00-00_smb-minimum-protocol.py:20-31: enable_smb1 becomes
  // minimum_protocol SMB1 (on) or SMB2 (off).
  const smb = state.serviceConfigs['smb']!;
  smb['minimum_protocol'] = smb['enable_smb1'] === true ? 'SMB1' : 'SMB2';
}
