// The id of a VM or container in state and in `terraform import`: `NODE/VMID`, e.g. `pve/100`.
import { AttributeError } from '../../../framework/diagnostics.js';

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
