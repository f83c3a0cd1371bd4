// Disk sizes as users write them ("32G", "512M", "1T") and as Proxmox prints them ("32G",
// "32768M"): compared by bytes so the server's choice of unit never shows up as a diff.
import { validators } from '../../../framework/validators.js';
import { parseSize } from '../../../clients/proxmox/property-string.js';
import type { PlanModifier } from '../../../framework/plan-modifiers.js';
import type { Value } from '../../../values/types.js';

export const SIZE_PATTERN = /^\d+(\.\d+)?[KMGT]$/;

export const sizeValidator = validators.textMatching(SIZE_PATTERN, 'a size with a unit such as "32G", "512M" or "1T"');

/** Bytes of a size text; undefined when it is not one. */
export function sizeBytes(text: string | null | undefined): number | undefined {
  return typeof text === 'string' ? parseSize(text) : undefined;
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

/**
 * Plans the prior value when the configured one means the same ("8192M" for "8G"), so a
 * respelling is no change; terraform accepts the prior value for an equivalent configuration.
 */
export function keepEquivalent(equals: (known: Value, fresh: Value) => boolean): PlanModifier {
  return {
    description: 'an equivalent spelling of the current value is no change',
    modify: ({ state, plan, creating }) => (!creating && state !== null && equals(state, plan) ? { plan: state } : {}),
  };
}
