// Helpers the QEMU and LXC handlers share: naming, locks, config views, config changes.
import { randomUUID } from 'node:crypto';
import { die, paramError } from '../pve-error.js';
import { flagParam, listParam, type RequestContext } from '../engine.js';
import { configDigest, diskVolume, isDiskKey, normalizeConfigValue } from '../guest-config.js';
import { paramSchemaFor } from '../schema/api-schema.js';
import type { GuestKind, SimGuest } from '../state.js';
import { freeVolume } from '../volumes.js';
import type { TaskLog } from '../task-registry.js';

/** `VM` or `CT`, as messages name guests. */
export function guestLabel(kind: GuestKind): string {
  return kind === 'qemu' ? 'VM' : 'CT';
}

/** Worker type names (`qmstart`, `vzstart`, ...). */
export function workerType(kind: GuestKind, action: string): string {
  return `${kind === 'qemu' ? 'qm' : 'vz'}${action}`;
}

/** Refuses changes while the config carries a `lock` (`VM is locked (create)`). */
export function checkNotLocked(guest: SimGuest, skiplock = false): void {
  const lock = guest.config.lock;
  if (lock !== undefined && !skiplock) throw die(`${guestLabel(guest.kind)} is locked (${lock})`);
}

export function checkDigest(guest: SimGuest, digest: string | undefined): void {
  if (digest !== undefined && digest !== configDigest(guest.config)) throw die('checksum mismatch (file change by other user?)');
}

/** Parameters that steer an API call rather than being config keys. */
const CONTROL_PARAMS = new Set([
  'node', 'vmid', 'digest', 'delete', 'revert', 'skiplock', 'force', 'background_delay', 'start', 'pool', 'storage',
  'unique', 'archive', 'password', 'ssh-public-keys', 'ostemplate', 'bwlimit', 'ignore-unpack-errors', 'restore',
  'live-restore', 'import-working-storage', 'ha-managed',
]);

/** The config keys a request sets, with `cdrom` as its alias `ide2`. */
export function configChanges(params: Readonly<Record<string, string>>): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (CONTROL_PARAMS.has(key)) continue;
    changes[key === 'cdrom' ? 'ide2' : key] = value;
  }
  return changes;
}

/** Options a running QEMU VM takes at once; the rest wait in `pending` for a restart. */
const QEMU_FAST_PLUG = /^(name|description|tags|onboot|protection|startup|hookscript|vmstatestorage|hotplug|shares|lock|net\d+|scsi\d+|virtio\d+|sata\d+|unused\d+)$/;

function appliesNow(guest: SimGuest, key: string): boolean {
  return guest.kind === 'lxc' || guest.status === 'stopped' || QEMU_FAST_PLUG.test(key);
}

/** Moves a detached disk to the first free `unusedN`. */
function detachDisk(guest: SimGuest, value: string): void {
  const volume = diskVolume(value);
  if (volume === undefined) return;
  let n = 0;
  while (guest.config[`unused${n}`] !== undefined) n++;
  guest.config[`unused${n}`] = volume;
}

function deleteKey(ctx: RequestContext, guest: SimGuest, key: string, force: boolean): void {
  const value = guest.config[key];
  if (value === undefined) return;
  if (!appliesNow(guest, key)) {
    guest.pendingDelete.add(key);
    return;
  }
  delete guest.config[key];
  if (/^unused\d+$/.test(key) || (force && isDiskKey(guest.kind, key))) {
    const volume = /^unused\d+$/.test(key) ? value : diskVolume(value);
    if (volume !== undefined) freeVolume(ctx.engine.state, volume);
  } else if (isDiskKey(guest.kind, key)) {
    detachDisk(guest, value);
  }
}

/**
 * Applies a config change request (set keys, `delete=`), as PUT/POST config do, after the
 * schema already validated each value. `log.warn` receives "not set" deletions.
 */
export function applyConfigChange(ctx: RequestContext, guest: SimGuest, log?: TaskLog): void {
  const { params } = ctx;
  const changes = configChanges(params);
  const deletions = listParam(params.delete).map((key) => (key === 'cdrom' ? 'ide2' : key));
  const method = ctx.engine.schema.lookup('PUT', `/nodes/${guest.node}/${guest.kind}/${guest.vmid}/config`);
  const errors: Record<string, string> = {};
  for (const key of deletions) {
    if ('method' in method && method.method && paramSchemaFor(method.method, key) === undefined) errors.delete = `unknown option '${key}'`;
    else if (changes[key] !== undefined) errors.delete = `cannot set and delete property '${key}' at the same time!`;
  }
  if (Object.keys(errors).length > 0) throw paramError(errors);
  if (Object.keys(changes).length === 0 && deletions.length === 0 && params.revert === undefined) throw die('no options specified');
  if (changes.balloon !== undefined && Number(changes.balloon) > Number(changes.memory ?? guest.config.memory ?? 512)) {
    throw die('balloon value too large (must be smaller than assigned memory)');
  }
  for (const key of deletions) {
    if (guest.config[key] === undefined) log?.warn(`cannot delete '${key}' - not set in current configuration!`);
    deleteKey(ctx, guest, key, flagParam(params, 'force') ?? false);
  }
  for (const key of listParam(params.revert)) {
    delete guest.pending[key];
    guest.pendingDelete.delete(key);
  }
  for (const [key, raw] of Object.entries(changes)) {
    const value = normalizeConfigValue(ctx.engine.state, guest, key, raw, ctx.engine.macPrefix);
    if (!appliesNow(guest, key)) {
      guest.pending[key] = value;
      continue;
    }
    const old = guest.config[key];
    if (old !== undefined && isDiskKey(guest.kind, key) && diskVolume(old) !== diskVolume(value)) detachDisk(guest, old);
    guest.config[key] = value;
  }
}

/** Applies what waited for a restart (stop, reboot, shutdown). */
export function applyPending(guest: SimGuest): void {
  for (const key of guest.pendingDelete) delete guest.config[key];
  Object.assign(guest.config, guest.pending);
  guest.pending = {};
  guest.pendingDelete.clear();
}

/** The config as the API shows it: pending applied unless `current`, typed by the schema. */
export function configView(ctx: RequestContext, guest: SimGuest, current: boolean): Record<string, string | number> {
  const merged: Record<string, string> = { ...guest.config };
  if (!current) {
    for (const key of guest.pendingDelete) delete merged[key];
    Object.assign(merged, guest.pending);
  }
  return typedConfig(ctx, guest.kind, merged, configDigest(guest.config));
}

/** Integer and boolean options become numbers, like the server's JSON encoding; secrets masked. */
export function typedConfig(ctx: RequestContext, kind: GuestKind, config: Record<string, string>, digest: string): Record<string, string | number> {
  const lookup = ctx.engine.schema.lookup('PUT', `/nodes/pve/${kind}/100/config`);
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(config)) {
    const schema = 'method' in lookup && lookup.method ? paramSchemaFor(lookup.method, key) : undefined;
    if (key === 'cipassword') out[key] = '**********';
    else if ((schema?.type === 'integer' || schema?.type === 'boolean') && /^-?\d+$/.test(value)) out[key] = Number(value);
    else out[key] = value;
  }
  out.digest = digest;
  return out;
}

/** The identity keys every new QEMU VM gets. */
export function qemuIdentity(): Record<string, string> {
  return { smbios1: `uuid=${randomUUID()}`, vmgenid: randomUUID() };
}
