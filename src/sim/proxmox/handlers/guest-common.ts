// Helpers the QEMU and LXC handlers share: naming, locks, config views, config changes.
import { die, paramError } from '../pve-error.js';
import { flagParam, listParam, type RequestContext } from '../engine.js';
import { guestDigest, diskVolume, isDiskKey, normalizeConfigValue } from '../guest-config.js';
import { paramSchemaFor } from '../schema/api-schema.js';
import type { GuestKind, SimGuest } from '../state.js';
import { freeVolume } from '../volumes.js';
import type { TaskLog } from '../task-registry.js';
import { CLOUDINIT_KEYS, deletesLive, hotplugErrorText, setsLive } from '../hotplug.js';
import { bootOrderAfterUpdate } from '../boot-order.js';
import { pinnedMachine, refuseLxcUpdate, refuseProtectedQemuDeletion } from '../guest-update-rules.js';

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
  if (digest !== undefined && digest !== guestDigest(guest)) throw die('checksum mismatch (file change by other user?)');
}

/** Parameters that steer an API call rather than being config keys. */
const CONTROL_PARAMS = new Set([
  'node',
  'vmid',
  'digest',
  'delete',
  'revert',
  'skiplock',
  'force',
  'background_delay',
  'start',
  'pool',
  'storage',
  'unique',
  'archive',
  'password',
  'ssh-public-keys',
  'ostemplate',
  'bwlimit',
  'ignore-unpack-errors',
  'restore',
  'live-restore',
  'import-working-storage',
  'ha-managed',
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

/** Keeps a volume in the guest's config as the first free `unusedN`; returns that key. */
export function addUnused(guest: SimGuest, volume: string): string {
  let n = 0;
  while (guest.config[`unused${n}`] !== undefined) n++;
  guest.config[`unused${n}`] = volume;
  return `unused${n}`;
}

/** Moves a detached disk to the first free `unusedN`. */
function detachDisk(guest: SimGuest, value: string): void {
  const volume = diskVolume(value);
  if (volume !== undefined) addUnused(guest, volume);
}

/** Drops a key from the config, detaching or (with `force`, or for `unusedN`) freeing its volume. */
function dropKey(ctx: RequestContext, guest: SimGuest, key: string, force: boolean): void {
  const value = guest.config[key];
  if (value === undefined) return;
  delete guest.config[key];
  if (/^unused\d+$/.test(key) || (force && isDiskKey(guest.kind, key))) {
    const volume = /^unused\d+$/.test(key) ? value : diskVolume(value);
    if (volume !== undefined) freeVolume(ctx.engine.state, volume);
  } else if (isDiskKey(guest.kind, key)) {
    detachDisk(guest, value);
  }
}

/** Sets a key in the config, detaching the volume a disk slot held before. */
function setKey(guest: SimGuest, key: string, value: string): void {
  const old = guest.config[key];
  if (old !== undefined && isDiskKey(guest.kind, key) && diskVolume(old) !== diskVolume(value)) detachDisk(guest, old);
  guest.config[key] = value;
}

/** The simulator's per-guest hotplug failure switch: the error text for `key`, if it is set. */
function hotplugFailure(guest: SimGuest, key: string): string | undefined {
  return guest.status === 'running' ? guest.hotplugFailures?.[key] : undefined;
}

/** The texts PVE uses when a key is both set and deleted or reverted. */
function conflictErrors(kind: SimGuest['kind'], changes: Record<string, string>, deletions: string[], reverts: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of reverts) {
    if (changes[key] !== undefined)
      errors[kind === 'qemu' ? 'delete' : 'revert'] =
        kind === 'qemu' ? `you can't use '-${key}' and -revert ${key}' at the same time` : `you can't use '-${key}' and '-revert ${key}' at the same time`;
  }
  for (const key of deletions) {
    if (changes[key] !== undefined) errors.delete = `you can't use '-${key}' and -delete ${key}' at the same time`;
    else if (reverts.includes(key)) errors[kind === 'qemu' ? 'revert' : 'delete'] = `you can't use '-delete ${key}' and '-revert ${key}' at the same time`;
  }
  return errors;
}

/**
 * The request checks that come before any privilege check: "no options", set/delete/revert
 * conflicts and unknown keys (qemu-server `update_vm`, pve-container `update_vm`).
 */
export function validateConfigRequest(ctx: RequestContext, guest: SimGuest): { changes: Record<string, string>; deletions: string[]; reverts: string[] } {
  const { params } = ctx;
  const changes = configChanges(params);
  const deletions = listParam(params.delete).map((key) => (key === 'cdrom' ? 'ide2' : key));
  const reverts = listParam(params.revert);
  if (Object.keys(changes).length === 0 && deletions.length === 0 && reverts.length === 0) throw die('no options specified');
  const method = ctx.engine.schema.lookup('PUT', `/nodes/${guest.node}/${guest.kind}/${guest.vmid}/config`);
  const known = (key: string): boolean => 'method' in method && method.method !== undefined && paramSchemaFor(method.method, key) !== undefined;
  const errors: Record<string, string> = conflictErrors(guest.kind, changes, deletions, reverts);
  for (const key of reverts) if (!known(key)) errors.revert = `unknown option '${key}'`;
  for (const key of deletions) if (!known(key)) errors.delete = `unknown option '${key}'`;
  if (Object.keys(errors).length > 0) throw paramError(errors);
  return { changes, deletions, reverts };
}

/**
 * Applies a config change request (set keys, `delete=`, `revert=`), as PUT/POST config do, after
 * the schema already validated each value: every change is written to `pending`, then what the
 * guest takes now (all of it when stopped; see hotplug.ts when running) moves into the config.
 * Hotplug failures leave their change pending and answer 400 after the write, as real.
 * `log.warn` receives "not set" deletions.
 */
export function applyConfigChange(ctx: RequestContext, guest: SimGuest, log?: TaskLog): void {
  const { params } = ctx;
  const { changes, deletions, reverts } = validateConfigRequest(ctx, guest);
  if (changes.balloon !== undefined && Number(changes.balloon) > Number(changes.memory ?? guest.config.memory ?? 512)) {
    throw die('balloon value too large (must be smaller than assigned memory)');
  }
  if (guest.kind === 'qemu') {
    const boot = bootOrderAfterUpdate(guest, changes, deletions);
    if (boot !== undefined) changes.boot = boot;
    // Setting ostype pins a Windows guest's machine version as create does, unless the request
    // sets or deletes machine or one is pending (qemu-server src/PVE/API2/Qemu.pm:2510-2529 @e6352be6).
    if (changes.ostype !== undefined && changes.machine === undefined && !deletions.includes('machine') && guest.pending.machine === undefined) {
      const pinned = pinnedMachine(guest.config.machine, changes.ostype);
      if (pinned !== undefined) changes.machine = pinned;
    }
  } else {
    refuseLxcUpdate(guest, changes, deletions);
  }
  const force = flagParam(params, 'force') ?? false;
  for (const key of reverts) {
    delete guest.pending[key];
    guest.pendingDelete.delete(key);
  }
  const failures: Record<string, string> = {};
  // The server queues every deletion as pending and applies them after the loop, so each one
  // meets the config (and its protection flag) as the request found it.
  const found = { ...guest.config };
  for (const key of deletions) {
    if (guest.config[key] === undefined && guest.pending[key] === undefined) log?.warn(`cannot delete '${key}' - not set in current configuration!`);
    const value = guest.config[key] ?? guest.pending[key];
    if (guest.kind === 'qemu' && value !== undefined) refuseProtectedQemuDeletion(found, key, value);
    delete guest.pending[key];
    if (guest.config[key] === undefined) continue;
    const failure = hotplugFailure(guest, key);
    if (failure !== undefined) failures[key] = hotplugErrorText(guest, key, failure);
    if (failure === undefined && deletesLive(guest, key)) dropKey(ctx, guest, key, force);
    else guest.pendingDelete.add(key);
  }
  for (const [key, raw] of Object.entries(changes)) {
    const value = normalizeConfigValue(ctx.engine.state, guest, key, raw, ctx.engine.macPrefix);
    guest.pendingDelete.delete(key);
    if (guest.config[key] === value) {
      delete guest.pending[key];
      continue;
    }
    const failure = hotplugFailure(guest, key);
    if (failure !== undefined) failures[key] = hotplugErrorText(guest, key, failure);
    if (failure === undefined && setsLive(guest, key, value)) {
      delete guest.pending[key];
      setKey(guest, key, value);
    } else {
      guest.pending[key] = value;
    }
  }
  if (Object.keys(failures).length > 0) throw paramError(failures);
}

/** Applies what waited for a restart (stop, reboot, shutdown). */
export function applyPending(guest: SimGuest): void {
  for (const key of guest.pendingDelete) {
    const value = guest.config[key];
    delete guest.config[key];
    if (value !== undefined && isDiskKey(guest.kind, key)) detachDisk(guest, value);
  }
  for (const [key, value] of Object.entries(guest.pending)) setKey(guest, key, value);
  guest.pending = {};
  guest.pendingDelete.clear();
}

/** At start, a VM's cloud-init drive is regenerated from the config's cloud-init keys. */
export function regenerateCloudinit(guest: SimGuest): void {
  if (guest.kind !== 'qemu') return;
  const hasDrive = Object.entries(guest.config).some(([key, value]) => isDiskKey('qemu', key) && /-cloudinit/.test(value));
  if (!hasDrive) return;
  guest.cloudinitDrive = Object.fromEntries(Object.entries(guest.config).filter(([key]) => CLOUDINIT_KEYS.test(key)));
}

/** The config as the API shows it: pending applied unless `current`, typed by the schema. */
export function configView(ctx: RequestContext, guest: SimGuest, current: boolean): Record<string, string | number> {
  const merged: Record<string, string> = { ...guest.config };
  if (!current) {
    for (const key of guest.pendingDelete) delete merged[key];
    Object.assign(merged, guest.pending);
  }
  return typedConfig(ctx, guest.kind, merged, guestDigest(guest));
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
