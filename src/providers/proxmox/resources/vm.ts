// `proxmox_vm`: a QEMU virtual machine, created empty or cloned from a template, kept in the
// configured shape and power state.
import { isNotFound } from '../../../clients/proxmox/errors.js';
import { storageOfVolume } from '../../../clients/proxmox/property-string.js';
import { attributePath } from '../../../framework/diagnostics.js';
import { type OperationContext, type PlanContext, type ValidateContext, type WriteContext } from '../../../framework/resource.js';
import { getAttr, isObjectValue } from '../../../framework/values-util.js';
import { UNKNOWN, type Value } from '../../../values/types.js';
import type { ProxmoxProviderData } from '../index.js';
import { guestId, parseGuestId, type GuestRef } from '../shared/guest-id.js';
import { readWhereItIs } from '../shared/guest-location.js';
import { checkHaPlacement, warnHaPowerChange } from '../shared/guest-ha-plan.js';
import { field, refuseShrink } from '../shared/shrink.js';
import { createGuest } from '../shared/create-guest.js';
import { convertToTemplate, setPowerState } from '../shared/power.js';
import { destroyGuestAsConfigured, migrateIfMoved, planNodeChange } from '../shared/guest-move.js';
import { cloneRequest } from '../shared/guest-clone.js';
import { refuseUnlessRootLogin } from '../shared/root-only.js';
import { checkBusOptions, validateCloudInitIp, validateDriveSlots } from './vm-drive-slots.js';
import { validateNumaNodes } from './vm-numa.js';
import { taskOptions } from '../shared/tasks.js';
import { managedPart } from './vm-inherit.js';
import { isEmptyDiff } from '../shared/config-diff.js';
import { applyDiff, applyWaitingVmChanges, configDiff } from './vm-apply.js';
import { mediaSlots, networkValue, newDiskValue, scalarValues, vmFromConfig } from './vm-config.js';
import { vmSchema, type VmModel, type VmPlan } from './vm-schema.js';
import { diskMoves, moveDisks } from './vm-disk-move.js';
import { guestPool, readGuestNetwork, setGuestPool, waitForGuestIp } from './vm-guest-network.js';
import { FIRMWARE_BLOCKS, validateHardware } from './vm-hardware-rules.js';
import { proxmoxResource } from '../provider-data.js';
import { bootableDevices, planBootOrder, validateBootOrder } from './vm-boot-order.js';
import { refuseGuardedChanges } from '../shared/protection.js';
import { secretToSend } from '../shared/write-only-secret.js';

type Ctx = OperationContext<ProxmoxProviderData>;

/** Everything the VM's config holds, as the model describes it, wherever it is now (a new node, a new id); null when it is gone. */
function readWholeVm(ctx: Ctx, ref: GuestRef, prior: VmModel | null): Promise<VmModel | null> {
  return readWhereItIs(ctx.provider.client, ref, 'qemu', (at) => readVmAt(ctx, at, prior));
}

/** The VM read at `ref`'s node; null when it is not there. */
async function readVmAt(ctx: Ctx, ref: GuestRef, prior: VmModel | null): Promise<VmModel | null> {
  const { qemu } = ctx.provider.client;
  try {
    const config = await qemu.config(ref.node, ref.vmid);
    const status = await qemu.status(ref.node, ref.vmid);
    const running = status.status === 'running';
    const agent = config.agent !== undefined && /^(1|enabled=1)(,|$)|,enabled=1/.test(String(config.agent));
    const guest = await readGuestNetwork(ctx.provider.client, ref, running, agent);
    // The pool is read where state manages it and on import (a prior without an id); /cluster/resources names it.
    const pool = prior === null || prior.id === null || prior.pool !== null ? await guestPool(ctx.provider.client, ref.vmid) : null;
    return vmFromConfig({ id: guestId(ref), ...ref, started: running, clone: prior?.clone ?? null, pool, guest }, config, prior);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** The VM as state shows it: for a clone, only the part its configuration manages. */
async function readVm(ctx: Ctx, ref: GuestRef, prior: VmModel | null): Promise<VmModel | null> {
  const whole = await readWholeVm(ctx, ref, prior);
  return whole === null || prior === null ? whole : managedPart(whole, prior);
}

async function requireVm(ctx: Ctx, ref: GuestRef, prior: VmModel | null, read = readVm): Promise<VmModel> {
  const vm = await read(ctx, ref, prior);
  if (!vm) throw new Error(`VM ${ref.vmid} on node ${ref.node} disappeared`);
  return vm;
}

/**
 * `template = true` through Proxmox's conversion (`POST .../template`), which turns the disks into
 * base volumes linked clones need (a `template=1` config flag alone leaves them writable).
 */
async function templateIfAsked(ctx: Ctx, ref: GuestRef, plan: VmModel, current: VmModel): Promise<void> {
  if (plan.template === true && current.template !== true) await convertToTemplate(ctx, ctx.provider.client.qemu, ref);
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

/**
 * The plan with the cloud-init password to send in `password`: the write-only one on create or
 * when its version changed; otherwise none, so an unchanged write-only password is left alone.
 */
function withCloudInitSecret(plan: VmPlan, prior: VmModel | null): VmPlan {
  const cloudInit = plan.cloud_init;
  if (cloudInit === null || cloudInit.password_wo === null) return plan;
  const send = prior === null || cloudInit.password_wo_version !== prior.cloud_init?.password_wo_version;
  return { ...plan, cloud_init: { ...cloudInit, password: send ? cloudInit.password_wo : null, password_wo: null } };
}

/**
 * Whether the configuration dropped the cloud-init password it gave before (`password`, or
 * `password_wo` with its version; or the whole block): a config PUT keeps `cipassword` unless it
 * is deleted, and the read cannot see a write-only one (Proxmox masks it), so the diff alone
 * would leave it. Also on a clone: this is the configuration's own secret, not an inherited one.
 */
function cloudInitPasswordDropped(planned: VmPlan, prior: VmModel): boolean {
  const now = planned.cloud_init;
  const before = prior.cloud_init;
  return secretToSend(
    now?.password ?? null,
    now?.password_wo ?? null,
    now?.password_wo_version ?? null,
    before && { value: before.password, version: before.password_wo_version },
  ).dropped;
}

async function create(ctx: WriteContext<ProxmoxProviderData, VmModel>, planned: VmPlan): Promise<VmModel> {
  const plan = withCloudInitSecret(planned, null);
  const { qemu } = ctx.provider.client;
  const source = plan.clone;
  const request = { node: plan.node, vmid: plan.vmid, guests: qemu, partial: (ref: GuestRef) => skeleton(plan, ref) };
  const ref = await createGuest(ctx, request, async ({ node, vmid }) => {
    if (source) {
      ctx.logger.info('cloning VM', { source: source.source_vmid, vmid });
      const pool = plan.pool !== null ? { pool: plan.pool } : {};
      await qemu.clone(node, source.source_vmid ?? 0, cloneRequest(source, vmid, { name: plan.name ?? undefined, ...pool }), taskOptions(ctx));
    } else {
      ctx.logger.info('creating VM', { vmid });
      await qemu.create(node, { vmid, ...createParams(plan), ...(plan.pool !== null ? { pool: plan.pool } : {}) }, taskOptions(ctx));
    }
  });
  // The plan as prior: the cloud-init password Proxmox masks is the one just sent.
  const created = await requireVm(ctx, ref, plan, readWholeVm);
  const diff = configDiff(plan, created);
  if (!isEmptyDiff(diff)) await applyDiff(ctx, ref, diff, mediaSlots(created));
  await templateIfAsked(ctx, ref, plan, created);
  if (!plan.template) await setPowerState(ctx, ctx.provider.client.qemu, ref, plan.started);
  await waitForIpIfAsked(ctx, ref, plan);
  return requireVm(ctx, ref, planned);
}

/** `agent_wait_for_ip`: a bounded wait for the guest agent's first address, only when asked and possible. */
async function waitForIpIfAsked(ctx: Ctx, ref: GuestRef, plan: VmModel): Promise<void> {
  if ((plan.agent_wait_for_ip ?? 0) > 0 && plan.agent === true && plan.started && plan.template !== true) {
    await waitForGuestIp(ctx, ref, plan.agent_wait_for_ip ?? 0);
  }
}

async function update(ctx: WriteContext<ProxmoxProviderData, VmModel>, planned: VmPlan, prior: VmModel): Promise<VmModel> {
  const plan = withCloudInitSecret(planned, prior);
  const ref = await migrateIfMoved(ctx, 'qemu', ctx.provider.client.qemu, plan, prior);
  let current = await requireVm(ctx, ref, prior, readWholeVm);
  const moves = diskMoves(plan, current);
  if (moves.length > 0) {
    await moveDisks(ctx, ref, moves);
    current = await requireVm(ctx, ref, prior, readWholeVm);
  }
  await setGuestPool(ctx.provider.client, ref.vmid, prior.pool, plan.pool);
  const diff = configDiff(plan, current);
  if (cloudInitPasswordDropped(planned, prior) && !diff.remove.includes('cipassword')) diff.remove.push('cipassword');
  if (!isEmptyDiff(diff)) await applyDiff(ctx, ref, diff, mediaSlots(current));
  await templateIfAsked(ctx, ref, plan, current);
  if (plan.template) return requireVm(ctx, ref, planned);
  const stayedRunning = await setPowerState(ctx, ctx.provider.client.qemu, ref, plan.started);
  if (stayedRunning && !isEmptyDiff(diff)) await applyWaitingVmChanges(ctx, ref, plan, diff);
  await waitForIpIfAsked(ctx, ref, plan);
  return requireVm(ctx, ref, planned);
}

/** The fields of a disk Proxmox fills in when the configuration leaves them out. */
const COMPUTED_DISK_FIELDS = ['storage', 'size', 'volume'] as const;

/**
 * Unset computed disk fields planned from the prior disk on the same interface (not the same
 * list position, so adding or removing a disk never hands one disk's volume to another).
 */
function pairDisksByInterface(ctx: PlanContext<ProxmoxProviderData>, prior: readonly Value[], planned: readonly Value[]): void {
  const config = ctx.config.get('disk');
  if (!Array.isArray(config)) return;
  const paired = planned.map((disk, index) => {
    const configured = config[index];
    if (!isObjectValue(disk) || !isObjectValue(configured)) return disk;
    const old = prior.find((p) => field(p, 'interface') === field(disk, 'interface'));
    const out: Record<string, Value> = { ...disk };
    for (const name of COMPUTED_DISK_FIELDS) if (getAttr(configured, name) === null) out[name] = old === undefined ? UNKNOWN : getAttr(old, name);
    // A disk put on another storage is moved there: it gets a new volume.
    const storage = getAttr(configured, 'storage');
    if (old !== undefined && storage !== null && storage !== getAttr(old, 'storage') && getAttr(configured, 'volume') === null) out.volume = UNKNOWN;
    return out;
  });
  ctx.setPlanned('disk', paired);
}

/** OS types whose machine version Proxmox pins (qemu-server QemuServer/Helpers.pm `windows_version`). */
const WINDOWS_OS_TYPE = /^(wxp|w2k|w2k3|w2k8|wvista|win7|win8|win10|win11)$/;

/**
 * An unset machine with no known value is pinned by Proxmox when the update makes the guest a
 * Windows one (ostype set; check_and_pin_machine_string): known after apply then.
 */
function planMachinePin(ctx: PlanContext<ProxmoxProviderData>): void {
  if (ctx.creating || ctx.config.get('machine') !== null || ctx.planned.get('machine') !== null) return;
  const osType = ctx.planned.get('os_type');
  if (osType === null || osType === ctx.prior.get('os_type')) return;
  if (typeof osType !== 'string' || WINDOWS_OS_TYPE.test(osType)) ctx.setPlanned('machine', UNKNOWN);
}

/** The drive keys a VM's state or plan holds (data disks, CD-ROM and cloud-init slots, firmware disks); undefined while unknown. */
function driveKeys(view: PlanContext<ProxmoxProviderData>['planned']): Set<string> | undefined {
  const devices = bootableDevices(view);
  if (devices === undefined) return undefined;
  const drives = new Set([...devices].filter((key) => /^(ide|sata|scsi|virtio)\d+$/.test(key)));
  if (view.get('efi_disk') !== null) drives.add('efidisk0');
  if (view.get('tpm_state') !== null) drives.add('tpmstate0');
  return drives;
}

/** Drives a created VM's plan removes while protection stays on: Proxmox would refuse them. */
function refuseProtectedDriveRemoval(ctx: PlanContext<ProxmoxProviderData>): void {
  if (ctx.creating || ctx.planned.get('clone') !== null) return;
  const before = driveKeys(ctx.prior);
  const after = driveKeys(ctx.planned);
  if (before === undefined || after === undefined) return;
  refuseGuardedChanges(
    ctx,
    [...before].filter((key) => !after.has(key)),
    'removing drives',
  );
}

/** What a VM created empty gets for an unset size setting; a clone keeps its template's. */
const NEW_VM_DEFAULTS = { cores: 1, sockets: 1, memory: 512 } as const;

function planNewVmDefaults(ctx: PlanContext<ProxmoxProviderData>): void {
  if (ctx.config.get('clone') !== null) return;
  for (const [name, value] of Object.entries(NEW_VM_DEFAULTS)) if (ctx.config.get(name) === null) ctx.setPlanned(name, value);
}

/** Disks only grow; a disk put on another storage is moved (move_disk); another volume replaces the VM. */
function checkDisks(ctx: PlanContext<ProxmoxProviderData>): void {
  const prior = ctx.prior.get('disk');
  if (ctx.creating || !Array.isArray(prior) || !Array.isArray(ctx.planned.get('disk'))) return;
  pairDisksByInterface(ctx, prior, ctx.planned.get('disk') as readonly Value[]);
  refuseShrink(ctx, 'disk', 'interface');
  const planned = ctx.planned.get('disk');
  if (!Array.isArray(planned)) return;
  for (const disk of planned) {
    const old = prior.find((p) => field(p, 'interface') === field(disk, 'interface'));
    const configured = Array.isArray(ctx.config.get('disk'))
      ? (ctx.config.get('disk') as readonly Value[]).find((c) => field(c, 'interface') === field(disk, 'interface'))
      : undefined;
    const volumeSet = configured !== undefined && field(configured, 'volume') !== null && field(configured, 'volume') !== undefined;
    const changed = (name: string) => field(disk, name) !== undefined && field(disk, name) !== field(old ?? null, name);
    if (old !== undefined && volumeSet && (changed('volume') || changed('storage'))) ctx.requireReplace('disk');
  }
}

/** An EFI disk or TPM state put on another storage is moved there: it gets a new volume. */
function planFirmwareDiskMoves(ctx: PlanContext<ProxmoxProviderData>): void {
  if (ctx.creating) return;
  for (const name of FIRMWARE_BLOCKS) {
    const planned = ctx.planned.get(name);
    const prior = ctx.prior.get(name);
    if (!isObjectValue(planned) || !isObjectValue(prior)) continue;
    if (getAttr(planned, 'storage') !== getAttr(prior, 'storage')) ctx.setPlanned(name, { ...planned, volume: UNKNOWN });
  }
}

/**
 * Each disk either allocates a new volume (`storage` and `size`) or attaches one (`volume`); a
 * clone's disk may also name an interface it inherits, to grow it or set its options.
 */
function validateDisks(ctx: ValidateContext): void {
  const disks = ctx.config.get('disk');
  if (!Array.isArray(disks)) return;
  const cloned = ctx.config.get('clone') !== null;
  disks.forEach((disk, index) => {
    const set = (name: string) => getAttr(disk, name) !== null;
    const at = (name: string) => attributePath('disk', index, name);
    checkBusOptions(ctx, getAttr(disk, 'interface'), set, at);
    if (set('volume')) {
      // storage and size may restate the volume's (as configuration generated by an import
      // does); a storage other than the volume's is a mistake.
      if (set('import_from'))
        ctx.error(at('import_from'), 'Conflicting disk settings', 'A disk attaching an existing volume cannot also be imported; remove import_from.');
      const volume = getAttr(disk, 'volume');
      const storage = getAttr(disk, 'storage');
      const volumeStorage = typeof volume === 'string' ? storageOfVolume(volume) : undefined;
      if (typeof storage === 'string' && volumeStorage !== undefined && storage !== volumeStorage)
        ctx.error(
          at('storage'),
          'Conflicting disk settings',
          `Volume "${String(volume)}" is on storage "${volumeStorage}"; set storage to that or leave it unset.`,
        );
    } else if (set('import_from')) {
      if (!set('storage')) ctx.error(at('storage'), 'Missing disk setting', 'A disk imported with import_from needs the storage to create it on.');
    } else {
      if (cloned && !set('storage')) return;
      for (const name of ['storage', 'size'])
        if (!set(name))
          ctx.error(at(name), 'Missing disk setting', `A disk needs storage and size to allocate a new volume, or volume to attach an existing one.`);
    }
  });
}

export const vmResource = proxmoxResource({
  name: 'proxmox_vm',
  schema: vmSchema,
  importId: {
    description:
      'NODE/VMID: the node and the VM id (Proxmox never returns the cloud-init password nor what a disk was imported from: an import leaves cloud_init.password and a disk\'s import_from unset). A VM made in the web UI imports with the configuration of what its wizard set: its drive and NIC options, pinned machine version (write the "q35" chosen) and pre-enrolled EFI keys plan no change',
    example: 'pve/100',
  },
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
  delete: (ctx, state) => destroyGuestAsConfigured(ctx, 'qemu', ctx.provider.client.qemu, state),
  importState: (id) => parseGuestId(id),
  validateConfig(ctx) {
    validateDisks(ctx);
    validateDriveSlots(ctx);
    validateCloudInitIp(ctx);
    validateNumaNodes(ctx);
    validateHardware(ctx);
    validateBootOrder(ctx);
    if (ctx.config.bool('template') === true && ctx.config.bool('started') !== false) {
      ctx.error('started', 'A template cannot run', 'Set started = false on a VM with template = true.');
    }
  },
  async modifyPlan(ctx) {
    planNodeChange(ctx);
    refuseUnlessRootLogin(ctx, ['kvm_arguments'], "a VM's KVM arguments (args)");
    planNewVmDefaults(ctx);
    checkDisks(ctx);
    planFirmwareDiskMoves(ctx);
    planBootOrder(ctx);
    planMachinePin(ctx);
    refuseProtectedDriveRemoval(ctx);
    await checkHaPlacement(ctx, 'qemu');
    await warnHaPowerChange(ctx, 'qemu');
  },
});
