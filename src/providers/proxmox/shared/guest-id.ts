// The id of a VM or container in state and in `terraform import`: `NODE/VMID`, e.g. `pve/100`.
import { attr } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';

export interface GuestRef {
  readonly node: string;
  readonly vmid: number;
}

export function guestId(ref: GuestRef): string {
  return `${ref.node}/${ref.vmid}`;
}

/** Parses `NODE/VMID`; a clear error names the expected form. */
export function parseGuestId(id: string): GuestRef {
  const match = /^([a-zA-Z0-9][a-zA-Z0-9.-]*)\/(\d+)$/.exec(id);
  if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/VMID such as "pve/100", got "${id}".`);
  return { node: match[1] ?? '', vmid: Number(match[2]) };
}

/** A VMID as the API takes one: the standard option `pve-vmid`, an integer from 100 to 999999999 (pve-common src/PVE/JSONSchema.pm:66-74 at 9.1.21). */
export const vmidValidators = [validators.between(100, 999_999_999), validators.integer()];

/**
 * The `vmid` of a VM (`noun` "VM") or container ("Container"): the next free id when unset, kept
 * once known; another id is another guest, so a change replaces it.
 */
export function guestVmidAttr(noun: 'VM' | 'Container') {
  return attr.number({
    optional: true,
    computed: true,
    description: `${noun} id; the next free id when unset.`,
    validators: vmidValidators,
    planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
  });
}
