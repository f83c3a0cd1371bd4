// `proxmox_vm`: a QEMU virtual machine, created empty or cloned from a template, kept in the
// configured shape and power state.
import { isNotFound } from '../../../clients/proxmox/errors.js';
import { defineResource, type OperationContext, type PlanContext, type WriteContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../index.js';
import { guestId, parseGuestId, type GuestRef } from '../shared/guest-id.js';
import { field, refuseShrink } from '../shared/shrink.js';
import { createGuest } from '../shared/create-guest.js';
import { destroyGuest } from '../shared/power.js';
import { taskOptions } from '../shared/tasks.js';
import { applyDiff, applyPowerState, configDiff, isEmptyDiff } from './vm-apply.js';
import { networkValue, newDiskValue, scalarValues, vmFromConfig } from './vm-config.js';
import { vmSchema, type VmModel } from './vm-schema.js';

type Ctx = OperationContext<ProxmoxProviderData>;

async function readVm(ctx: Ctx, ref: GuestRef, prior: VmModel | null): Promise<VmModel | null> {
  const { qemu } = ctx.provider.client;
  try {
    const config = await qemu.config(ref.node, ref.vmid);
    const status = await qemu.status(ref.node, ref.vmid);
    return vmFromConfig({ id: guestId(ref), ...ref, started: status.status === 'running', clone: prior?.clone ?? null }, config, prior);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

async function requireVm(ctx: Ctx, ref: GuestRef, prior: VmModel | null): Promise<VmModel> {
  const vm = await readVm(ctx, ref, prior);
  if (!vm) throw new Error(`VM ${ref.vmid} on node ${ref.node} disappeared`);
  return vm;
}

/** A model naming only what exists, for savePartialState; the framework re-reads the rest. */
function skeleton(plan: VmModel, ref: GuestRef): VmModel {
  return { ...plan, id: guestId(ref), vmid: ref.vmid };
}

function createParams(plan: VmModel): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = { ...scalarValues(plan) };
  for (const disk of plan.disk) params[disk.interface] = newDiskValue(disk);
  plan.network.forEach((network, i) => (params[`net${i}`] = networkValue(network)));
  return params;
}

async function create(ctx: WriteContext<ProxmoxProviderData, VmModel>, plan: VmModel): Promise<VmModel> {
  const { qemu } = ctx.provider.client;
  const source = plan.clone;
  const request = { node: plan.node, vmid: plan.vmid, guests: qemu, partial: (ref: GuestRef) => skeleton(plan, ref) };
  const ref = await createGuest(ctx, request, async ({ node, vmid }) => {
    if (source) {
      ctx.logger.info('cloning VM', { source: source.source_vmid, vmid });
      await qemu.clone(node, source.source_vmid, { newid: vmid, full: source.full ?? true, ...(plan.name ? { name: plan.name } : {}) }, taskOptions(ctx));
    } else {
      ctx.logger.info('creating VM', { vmid });
      await qemu.create(node, { vmid, ...createParams(plan) }, taskOptions(ctx));
    }
  });
  // The plan as prior: the cloud-init password Proxmox masks is the one just sent.
  const created = await requireVm(ctx, ref, plan);
  const diff = configDiff(plan, created);
  if (!isEmptyDiff(diff)) await applyDiff(ctx, ref, diff);
  if (!plan.template) await applyPowerState(ctx, ref, plan.started ?? true, false);
  return requireVm(ctx, ref, plan);
}

async function update(ctx: WriteContext<ProxmoxProviderData, VmModel>, plan: VmModel, prior: VmModel): Promise<VmModel> {
  const ref = { node: prior.node, vmid: prior.vmid ?? 0 };
  const current = await requireVm(ctx, ref, prior);
  const diff = configDiff(plan, current);
  if (!isEmptyDiff(diff)) await applyDiff(ctx, ref, diff);
  if (!plan.template) await applyPowerState(ctx, ref, plan.started ?? true, !isEmptyDiff(diff));
  return requireVm(ctx, ref, plan);
}

/** Disks only grow; moving a disk to another storage replaces the VM. */
function checkDisks(ctx: PlanContext<ProxmoxProviderData>): void {
  refuseShrink(ctx, 'disk', 'interface');
  const prior = ctx.prior.get('disk');
  const planned = ctx.planned.get('disk');
  if (ctx.creating || !Array.isArray(prior) || !Array.isArray(planned)) return;
  for (const disk of planned) {
    const old = prior.find((p) => field(p, 'interface') === field(disk, 'interface'));
    const storage = field(disk, 'storage');
    if (old !== undefined && storage !== undefined && storage !== field(old, 'storage')) ctx.requireReplace('disk');
  }
}

export const vmResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_vm',
  schema: vmSchema,
  importId: { description: 'NODE/VMID: the node and the VM id', example: 'pve/100' },
  timeouts: { create: '30m', update: '30m', delete: '10m' },
  example: `resource "proxmox_vm" "web" {
  node    = "pve"
  name    = "web"
  cores   = 2
  memory  = 2048
  tags    = ["terraform", "web"]
  started = true

  disk {
    interface = "scsi0"
    storage   = "local-lvm"
    size      = "32G"
    discard   = true
  }

  network {
    bridge  = "vmbr0"
    vlan_id = 20
  }

  cloud_init {
    storage   = "local-lvm"
    user      = "admin"
    ssh_keys  = ["ssh-ed25519 AAAA... admin@laptop"]
    ip_config = ["ip=dhcp"]
  }
}`,
  create,
  read: (ctx, state) => readVm(ctx, { node: state.node, vmid: state.vmid ?? 0 }, state),
  update,
  delete: (ctx, state) => destroyGuest(ctx, ctx.provider.client.qemu, { node: state.node, vmid: state.vmid ?? 0 }),
  importState: (id) => {
    const { node, vmid } = parseGuestId(id);
    return { node, vmid };
  },
  validateConfig(ctx) {
    if (ctx.config.bool('template') === true && ctx.config.bool('started') !== false) {
      ctx.error('started', 'A template cannot run', 'Set started = false on a VM with template = true.');
    }
  },
  modifyPlan: checkDisks,
});
