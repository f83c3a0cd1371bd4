// The `clone` block of `proxmox_vm` and `proxmox_lxc` and the clone request it makes. Semantics:
// qemu-server src/PVE/API2/Qemu.pm and pve-container src/PVE/API2/LXC.pm `clone_vm` (`full`,
// `snapname`, `storage` only for full copies, `pool`).
import type { CloneParams } from '../../../clients/proxmox/index.js';
import { attr, block } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';

/** Proxmox does not record what a guest was cloned from: an imported clone learns it from the configuration, without replacement. */
const replaceOnceKnown = planModifiers.requiresReplaceIf('changing it replaces the guest (not when an import learns it)', ({ state }) => state !== null);

export interface CloneSource {
  source_vmid: number | null;
  full: boolean | null;
  snapshot: string | null;
}

/** The clone block; `description` says what a clone of this kind keeps and manages. */
export function cloneBlock(guest: 'VM' | 'container', description: string) {
  return block.single({
    description,
    attributes: {
      source_vmid: attr.number({
        required: true,
        description: `VMID of the template (or ${guest}) to clone, on the same node.`,
        planModifiers: [replaceOnceKnown],
      }),
      full: attr.bool({
        default: true,
        description: `Full copy (default) rather than a linked clone, which needs a template on a storage that can clone (LVM-thin, ZFS, Ceph, qcow2 files).`,
        planModifiers: [replaceOnceKnown],
      }),
      snapshot: attr.string({
        optional: true,
        description: `Clone the source as it was at this snapshot (snapname)${guest === 'container' ? '; a running container can be copied only from a snapshot' : ''}.`,
        planModifiers: [replaceOnceKnown],
      }),
    },
  });
}

/** The clone request for `source`; `storage` (where a full copy's volumes go) is dropped for a linked clone, which Proxmox refuses it for. */
export function cloneRequest(source: CloneSource, newid: number, extra: Omit<CloneParams, 'newid' | 'full' | 'snapname'> = {}): CloneParams {
  const full = source.full !== false;
  const { storage, ...rest } = extra;
  return {
    newid,
    full,
    ...(source.snapshot !== null ? { snapname: source.snapshot } : {}),
    ...(full && storage !== undefined ? { storage } : {}),
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined && value !== null)),
  };
}
