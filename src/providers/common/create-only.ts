// Plan modifier of an argument the server takes at creation only and gives no record of (the
// state holds what the configuration gave): a TrueNAS dataset's share_type, a certificate's
// curve, a Proxmox container's OS template, root password and SSH keys.
import { planModifiers, type PlanModifier } from '../../framework/plan-modifiers.js';

/**
 * Replaces the object only when the value changes from one given value to another. Removing it,
 * or giving it to an object whose state has none (an import), changes nothing on the server, so
 * it is an update that only records the configuration, never a new object (with its data gone).
 */
export function replaceWhenChangedBetweenValues(description: string): PlanModifier {
  return planModifiers.requiresReplaceIf(description, ({ state, plan }) => state !== null && plan !== null);
}
