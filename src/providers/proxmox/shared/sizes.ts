// Disk sizes as users write them ("32G", "512M", "1T") and as Proxmox prints them ("32G",
// "32768M"): compared by bytes so the server's choice of unit never shows up as a diff.
import { validators } from '../../../framework/validators.js';
import { sizeOrUndefined } from '../../../clients/common/sizes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { Value } from '../../../values/types.js';

export const SIZE_PATTERN = /^\d+(\.\d+)?[KMGT]$/;

export const sizeValidator = validators.textMatching(SIZE_PATTERN, 'a size with a unit such as "32G", "512M" or "1T"');

/** Bytes of a size text; undefined when it is not one. */
export function sizeBytes(text: string | null | undefined): number | undefined {
  return typeof text === 'string' ? sizeOrUndefined(text) : undefined;
}

/** semanticEquals for size attributes. */
export function sameSize(known: Value, fresh: Value): boolean {
  if (typeof known !== 'string' || typeof fresh !== 'string') return false;
  const a = sizeBytes(known);
  return a !== undefined && a === sizeBytes(fresh);
}

/** Case-insensitive equality, for values Proxmox upper-cases (MAC addresses). */
export function sameIgnoringCase(known: Value, fresh: Value): boolean {
  return typeof known === 'string' && typeof fresh === 'string' && known.toLowerCase() === fresh.toLowerCase();
}

/** The framework's equivalence modifier, named where the size helpers are imported. */
export const keepEquivalent = planModifiers.keepEquivalent;
