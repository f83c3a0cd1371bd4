// What to change in a guest's config so it matches the plan, the same for VMs and containers:
// values to set, keys to remove and disks to grow. Each guest resource says which keys it
// manages and how its devices are written; the comparing is done here once.
import { sizeBytes } from './sizes.js';

/** Config values as the API takes them. */
export type ConfigValues = Record<string, string | number | boolean>;

export interface ConfigDiff {
  readonly set: ConfigValues;
  readonly remove: string[];
  /** Disks to grow: config key → new size. */
  readonly grow: Record<string, string>;
}

export function emptyDiff(): ConfigDiff {
  return { set: {}, remove: [], grow: {} };
}

/** Whether the diff changes the config itself (resizes aside). */
export function changesConfig(diff: ConfigDiff): boolean {
  return Object.keys(diff.set).length > 0 || diff.remove.length > 0;
}

export function isEmptyDiff(diff: ConfigDiff): boolean {
  return !changesConfig(diff) && Object.keys(diff.grow).length === 0;
}

/**
 * Sets every wanted value the guest does not have (compared as text: the API reads numbers and
 * flags back as strings); removes the keys the guest has and the plan leaves unset, where
 * `removable` allows.
 */
export function diffValues(diff: ConfigDiff, want: ConfigValues, have: ConfigValues, removable: (key: string) => boolean): void {
  for (const [key, value] of Object.entries(want)) if (String(have[key]) !== String(value)) diff.set[key] = value;
  for (const key of Object.keys(have)) if (want[key] === undefined && removable(key)) diff.remove.push(key);
}

/**
 * Devices numbered by their position (`net0`, `mp1`): sets each one whose value differs from the
 * device at that position; with `removeExtra`, removes the devices past the end of the plan.
 * `valueOf` writes a planned device, given the current one at its position (to keep what the
 * server generated, such as a MAC address or a volume).
 */
export function diffNumbered<W, C>(
  diff: ConfigDiff,
  prefix: string,
  devices: { readonly wanted: readonly W[]; readonly current: readonly C[]; readonly removeExtra: boolean },
  valueOf: (wanted: W, existing: C | undefined) => string,
  currentValue: (existing: C) => string,
): void {
  devices.wanted.forEach((wanted, i) => {
    const existing = devices.current[i];
    const value = valueOf(wanted, existing);
    if (existing === undefined || value !== currentValue(existing)) diff.set[`${prefix}${i}`] = value;
  });
  if (devices.removeExtra) for (let i = devices.wanted.length; i < devices.current.length; i++) diff.remove.push(`${prefix}${i}`);
}

/** Grows the disk at `key` when the wanted size is larger (disks never shrink in place). */
export function growIfLarger(diff: ConfigDiff, key: string, wanted: string | null | undefined, current: string | null | undefined): void {
  if (wanted !== null && wanted !== undefined && (sizeBytes(wanted) ?? 0) > (sizeBytes(current) ?? 0)) diff.grow[key] = wanted;
}

/**
 * The diff as config requests, in order. The protection flag guards drives (removing a VM's
 * drive, changing or removing a container's mount point), and the server checks the flag the
 * config holds, not the one the request sets (pve-guest-common `check_protection`): when the
 * diff turns protection off and touches what it guards, protection goes first, alone.
 */
export function protectionOffFirst(diff: ConfigDiff, guarded: (key: string, removed: boolean) => boolean): Array<Pick<ConfigDiff, 'set' | 'remove'>> {
  const turnsOff = diff.remove.includes('protection') || diff.set.protection === 0 || diff.set.protection === false;
  const touches = Object.keys(diff.set).some((key) => guarded(key, false)) || diff.remove.some((key) => guarded(key, true));
  if (!turnsOff || !touches) return [{ set: diff.set, remove: diff.remove }];
  const set = { ...diff.set };
  delete set.protection;
  const off: Pick<ConfigDiff, 'set' | 'remove'> = diff.remove.includes('protection')
    ? { set: {}, remove: ['protection'] }
    : { set: { protection: 0 }, remove: [] };
  return [off, { set, remove: diff.remove.filter((key) => key !== 'protection') }];
}
