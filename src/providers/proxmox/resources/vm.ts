// `proxmox_vm`: a QEMU virtual machine, created empty or cloned from a template, kept in the
// configured shape and power state.
import { isNotFound, ProxmoxApiError } from '../../../clients/proxmox/errors.js';
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attributePath } from '../../../framework/diagnostics.js';
import { defineResource, type OperationContext, type PlanContext, type WriteContext } from '../../../framework/resource.js';
import { getAttr } from '../../../framework/values-util.js';
import type { Value } from '../../../values/types.js';
import type { ProxmoxProviderData } from '../index.js';
import { guestId, parseGuestId, type GuestRef } from '../shared/guest-id.js';
import { sizeBytes } from '../shared/sizes.js';
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

/** Create and clone answer "already exists" when a parallel apply took the id we were given. */
function isIdTaken(error: unknown): boolean {
  return error instanceof ProxmoxApiError && /already exists/.test(error.serverMessage);
}

/**
 * Runs the create or clone call for a VM id, choosing the next free id when the user set none
 * (retrying when a parallel create took it first). When the call fails without an answer (a
 * dropped connection), the VM may exist anyway: it is then saved in state, not orphaned.
 */
async function createWithId(ctx: WriteContext<ProxmoxProviderData, VmModel>, plan: VmModel, call: (ref: GuestRef) => Promise<unknown>): Promise<GuestRef> {
  const { client } = ctx.provider;
  for (let attempt = 0; ; attempt++) {
    const ref = { node: plan.node, vmid: plan.vmid ?? (await client.cluster.nextId()) };
    try {
      await call(ref);
      return ref;
    } catch (error) {
      if (plan.vmid === null && isIdTaken(error) && attempt < 10) continue;
      if (!(error instanceof ProxmoxApiError) && (await vmExists(client, ref))) ctx.savePartialState(skeleton(plan, ref));
      throw error;
    }
  }
}

async function vmExists(client: ProxmoxClient, ref: GuestRef): Promise<boolean> {
  try {
    await client.qemu.config(ref.node, ref.vmid);
    return true;
  } catch {
    return false;
  }
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
  const ref = await createWithId(ctx, plan, async ({ node, vmid }) => {
    if (source) {
      ctx.logger.info('cloning VM', { source: source.source_vmid, vmid });
      await qemu.clone(node, source.source_vmid, { newid: vmid, full: source.full ?? true, ...(plan.name ? { name: plan.name } : {}) }, taskOptions(ctx));
    } else {
      ctx.logger.info('creating VM', { vmid });
      await qemu.create(node, { vmid, ...createParams(plan) }, taskOptions(ctx));
    }
  });
  ctx.savePartialState(skeleton(plan, ref));
  const created = await requireVm(ctx, ref, null);
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

function diskField(disk: Value, name: string): string | undefined {
  const value = getAttr(disk, name);
  return typeof value === 'string' ? value : undefined;
}

/** Disks only grow: a smaller size is refused here, naming the attribute; a new storage replaces. */
function checkDisks(ctx: PlanContext<ProxmoxProviderData>): void {
  const prior = ctx.prior.get('disk');
  const planned = ctx.planned.get('disk');
  if (ctx.creating || !Array.isArray(prior) || !Array.isArray(planned)) return;
  planned.forEach((disk, index) => {
    const old = prior.find((p) => diskField(p, 'interface') === diskField(disk, 'interface'));
    if (!old) return;
    const before = sizeBytes(diskField(old, 'size'));
    const after = sizeBytes(diskField(disk, 'size'));
    if (before !== undefined && after !== undefined && after < before) {
      ctx.error(
        attributePath('disk', index, 'size'),
        'Disks cannot shrink',
        `Disk ${diskField(disk, 'interface')} is ${diskField(old, 'size')}; Proxmox cannot shrink it to ${diskField(disk, 'size')}. Keep the size, grow it, or replace the disk under a new interface.`,
      );
    }
    const storage = diskField(disk, 'storage');
    if (storage !== undefined && storage !== diskField(old, 'storage')) ctx.requireReplace('disk');
  });
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
