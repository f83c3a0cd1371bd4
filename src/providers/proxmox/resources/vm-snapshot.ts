// `proxmox_vm_snapshot`: a named snapshot of a VM's disks (and optionally its RAM).
import { validators } from '../../../framework/validators.js';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { defineResource } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../index.js';
import { deleteIgnoringMissing, orNull } from '../shared/not-found.js';
import { describeUnsnapshottable, unsnapshottableDisks } from '../shared/snapshot-capability.js';
import { optionalText } from '../shared/text.js';
import { taskOptions, whileLocked } from '../shared/tasks.js';

const replace = planModifiers.requiresReplace();

const snapshotSchema = schema({
  description: 'A snapshot of a QEMU VM. Proxmox cannot change a snapshot but its description: other changes replace it.',
  attributes: {
    id: attr.string({ computed: true, description: 'NODE/VMID/NAME.', planModifiers: [planModifiers.useStateForUnknown()] }),
    node: attr.string({ required: true, description: 'Node of the VM.', planModifiers: [replace] }),
    vmid: attr.number({ required: true, description: 'Id of the VM.', planModifiers: [replace] }),
    name: attr.string({
      required: true,
      description: 'Snapshot name.',
      validators: [validators.textMatching(/^[A-Za-z][A-Za-z0-9_-]{1,39}$/, 'text starting with a letter, holding 2 to 40 letters, digits, "_" or "-"')],
      planModifiers: [replace],
    }),
    description: attr.string({ optional: true, description: 'Description.' }),
    include_ram: attr.bool({ default: false, description: "Also save the running VM's memory (default false).", planModifiers: [replace] }),
  },
});

const snapshotId = (node: string, vmid: number, name: string): string => `${node}/${vmid}/${name}`;

export const vmSnapshotResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_vm_snapshot',
  schema: snapshotSchema,
  importId: { description: 'NODE/VMID/NAME', example: 'pve/100/before-upgrade' },
  timeouts: { create: '20m', delete: '20m' },
  example: `resource "proxmox_vm_snapshot" "before_upgrade" {
  node        = proxmox_vm.web.node
  vmid        = proxmox_vm.web.vmid
  name        = "before_upgrade"
  description = "taken by terraform"
}`,
  async create(ctx, plan) {
    const { qemu } = ctx.provider.client;
    const unable = await unsnapshottableDisks(await qemu.config(plan.node, plan.vmid), (id) => ctx.provider.client.storage.find(id));
    if (unable.length > 0) throw new AttributeError('vmid', 'VM disks cannot be snapshotted', describeUnsnapshottable(plan.vmid, unable));
    const params = { ...(plan.description !== null ? { description: plan.description } : {}), vmstate: plan.include_ram };
    await whileLocked(() => qemu.createSnapshot(plan.node, plan.vmid, plan.name, params, taskOptions(ctx)), ctx.signal);
    return { ...plan, id: snapshotId(plan.node, plan.vmid, plan.name) };
  },
  async read(ctx, state) {
    const snapshots = await orNull(() => ctx.provider.client.qemu.snapshots(state.node, state.vmid));
    const found = snapshots?.find((s) => s.name === state.name && s.name !== 'current');
    if (!found) return null;
    return {
      ...state,
      id: snapshotId(state.node, state.vmid, state.name),
      description: optionalText(found.description?.replace(/\n$/, ''), state.description),
      include_ram: found.vmstate ?? false,
    };
  },
  async update(ctx, plan) {
    await ctx.provider.client.qemu.updateSnapshot(plan.node, plan.vmid, plan.name, plan.description ?? '');
    return { ...plan, id: snapshotId(plan.node, plan.vmid, plan.name) };
  },
  async delete(ctx, state) {
    const { qemu } = ctx.provider.client;
    await deleteIgnoringMissing(() => whileLocked(() => qemu.deleteSnapshot(state.node, state.vmid, state.name, taskOptions(ctx)), ctx.signal));
  },
  /** Says at plan time when the VM exists already and a disk of it cannot be snapshotted. */
  async modifyPlan(ctx) {
    const node = ctx.config.string('node');
    const vmid = ctx.config.number('vmid');
    if (!ctx.creating || ctx.provider === undefined || node === undefined || vmid === undefined) return;
    const { client } = ctx.provider;
    const config = await orNull(() => client.qemu.config(node, vmid));
    if (config === null) return;
    const unable = await unsnapshottableDisks(config, (id) => client.storage.find(id));
    if (unable.length > 0) ctx.error('vmid', 'VM disks cannot be snapshotted', describeUnsnapshottable(vmid, unable));
  },
  importState(id) {
    const match = /^([^/]+)\/(\d+)\/([^/]+)$/.exec(id);
    if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/VMID/NAME such as "pve/100/before-upgrade", got "${id}".`);
    return { node: match[1], vmid: Number(match[2]), name: match[3] };
  },
});
