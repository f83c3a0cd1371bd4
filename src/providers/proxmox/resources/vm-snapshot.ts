// `proxmox_vm_snapshot`: a named snapshot of a VM's disks (and optionally its RAM).
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { SNAPSHOT_FAILURES, snapshotAttributes, snapshotExample, snapshotOperations } from '../shared/guest-snapshot.js';
import { orNull } from '../shared/not-found.js';
import { describeUnsnapshottable, unsnapshottableDisks } from '../shared/snapshot-capability.js';
import { proxmoxResource } from '../provider-data.js';

const snapshotSchema = schema({
  description: `A snapshot of a QEMU VM. Proxmox cannot change a snapshot but its description: other changes but the node replace it. ${SNAPSHOT_FAILURES}`,
  attributes: {
    ...snapshotAttributes('VM'),
    include_ram: attr.bool({
      default: false,
      description:
        "Also save the VM's memory, when it runs (default false). A stopped VM has none to save: its snapshot holds no memory, and this keeps the configured value.",
      planModifiers: [planModifiers.requiresReplace()],
    }),
  },
});

type SnapshotModel = ModelOf<typeof snapshotSchema>;

const operations = snapshotOperations<SnapshotModel>({
  kind: 'qemu',
  guests: (client) => client.qemu,
  // The server saves the memory only of a running VM (pve-guest-common AbstractConfig.pm:769-770
  // @4a8f6cb), and a snapshot never changes: the configured request is kept, and only an import
  // (nothing known) learns it from the snapshot.
  fromEntry: (found, state) => ({ ...state, include_ram: state.include_ram ?? found.vmstate ?? false }),
  takeParams: (plan) => ({ vmstate: plan.include_ram === true }),
  async checkTakeable(client, plan) {
    const unable = await unsnapshottableDisks(await client.qemu.config(plan.node, plan.vmid), (id) => client.storage.find(id));
    if (unable.length > 0) throw new AttributeError('vmid', 'VM disks cannot be snapshotted', describeUnsnapshottable(plan.vmid, unable));
  },
});

export const vmSnapshotResource = proxmoxResource({
  name: 'proxmox_vm_snapshot',
  schema: snapshotSchema,
  ...operations.shared,
  example: snapshotExample('proxmox_vm_snapshot', 'proxmox_vm.web'),
  /** A new node is an in-place change; says at plan time when the VM exists already and a disk of it cannot be snapshotted. */
  async modifyPlan(ctx) {
    operations.planNodeChange(ctx);
    const node = ctx.config.string('node');
    const vmid = ctx.config.number('vmid');
    if (!ctx.creating || ctx.provider === undefined || node === undefined || vmid === undefined) return;
    const { client } = ctx.provider;
    const config = await orNull(() => client.qemu.config(node, vmid));
    if (config === null) return;
    const unable = await unsnapshottableDisks(config, (id) => client.storage.find(id));
    if (unable.length > 0) ctx.error('vmid', 'VM disks cannot be snapshotted', describeUnsnapshottable(vmid, unable));
  },
});
