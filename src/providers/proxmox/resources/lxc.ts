// `proxmox_lxc`: an LXC container made from a template, kept in the configured shape and power state.
import { type OperationContext, type PlanContext, type ValidateContext, type WriteContext } from '../../../framework/resource.js';
import { cloneRequest } from '../shared/guest-clone.js';
import { sizeBytes } from '../shared/sizes.js';
import type { ProxmoxProviderData } from '../index.js';
import { guestId, parseGuestId, type GuestRef } from '../shared/guest-id.js';
import { readWhereItIs } from '../shared/guest-location.js';
import { checkHaPlacement, warnHaPowerChange } from '../shared/guest-ha-plan.js';
import { createGuest } from '../shared/create-guest.js';
import { refuseRootOnlyChanges } from '../shared/root-only.js';
import { applyWaitingChanges } from '../shared/restart.js';
import { orNull } from '../shared/not-found.js';
import { convertToTemplate, setPowerState } from '../shared/power.js';
import { destroyGuestAsConfigured, migrateIfMoved, planNodeChange } from '../shared/guest-move.js';
import { refuseShrink } from '../shared/shrink.js';
import { changesConfig, diffNumbered, diffValues, emptyDiff, growIfLarger, protectionOffFirst, type ConfigDiff } from '../shared/config-diff.js';
import { taskOptions } from '../shared/tasks.js';
import { guestPool, setGuestPool } from './vm-guest-network.js';
import { allocation, lxcFromConfig, lxcNetworkValue, lxcScalarValues, mountPointValue } from './lxc-config.js';
import { lxcSchema, type LxcModel, type LxcPlan } from './lxc-schema.js';
import { readContainerAddresses } from './lxc-devices.js';
import { refuseUnlessRootLogin } from '../shared/root-only.js';
import { idmapChanged, planIdmap, validateIdmap, writeIdmap } from './lxc-idmap.js';
import { moveVolumes, planVolumeMoves } from './lxc-volume-move.js';
import { proxmoxResource } from '../provider-data.js';
import { refuseGuardedChanges } from '../shared/protection.js';
import { getAttr } from '../../../framework/values-util.js';
import { valuesEqual } from '../../../values/compare.js';
import type { Value } from '../../../values/types.js';

type Ctx = OperationContext<ProxmoxProviderData>;
type Write = WriteContext<ProxmoxProviderData, LxcModel>;

/** The container as the model describes it, wherever it is now (a new node, a new id); null when it is gone. */
function readLxc(ctx: Ctx, ref: GuestRef, prior: LxcModel | null): Promise<LxcModel | null> {
  return readWhereItIs(ctx.provider.client, ref, 'lxc', (at) => readLxcAt(ctx, at, prior));
}

/** The container read at `ref`'s node; null when it is not there. */
async function readLxcAt(ctx: Ctx, ref: GuestRef, prior: LxcModel | null): Promise<LxcModel | null> {
  const { lxc } = ctx.provider.client;
  const found = await orNull(() => lxc.configWithRaw(ref.node, ref.vmid));
  if (found === null) return null;
  const { config, raw } = found;
  const status = await orNull(() => lxc.status(ref.node, ref.vmid));
  if (status === null) return null;
  // The pool is read where state manages it and on import (a prior without an id).
  const pool = prior === null || prior.id === null || prior.pool !== null ? await guestPool(ctx.provider.client, ref.vmid) : null;
  const running = status.status === 'running';
  const addresses = await readContainerAddresses(ctx.provider.client, ref, running);
  return lxcFromConfig({ id: guestId(ref), ...ref, started: running, pool, addresses }, config, prior, raw);
}

async function requireLxc(ctx: Ctx, ref: GuestRef, prior: LxcModel): Promise<LxcModel> {
  const found = await readLxc(ctx, ref, prior);
  if (!found) throw new Error(`container ${ref.vmid} on node ${ref.node} disappeared`);
  return found;
}

function createParams(plan: LxcPlan): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = { ...lxcScalarValues(plan), unprivileged: plan.unprivileged };
  params.rootfs = allocation(plan.rootfs?.storage ?? '', plan.rootfs?.size ?? '0');
  plan.mount_point.forEach((mp, i) => (params[`mp${i}`] = mountPointValue(mp, null)));
  plan.network.forEach((network, i) => (params[`net${i}`] = lxcNetworkValue(network)));
  const password = plan.password ?? plan.password_wo;
  if (password !== null) params.password = password;
  if (plan.ssh_public_keys !== null) params['ssh-public-keys'] = plan.ssh_public_keys.join('\n');
  if (plan.pool !== null) params.pool = plan.pool;
  return params;
}

/** Config changes, disk growth and mount points to remove, to turn `current` into `plan`. */
export function lxcDiff(plan: LxcModel, current: LxcModel): ConfigDiff {
  const diff = emptyDiff();
  // ostype is Proxmox's pick from the template while the plan leaves it unset, and so is the
  // hostname CT<vmid> it gives a container created without one (pve-container API2/LXC.pm:602
  // @94f5585; kept when the configuration drops it later): never removed.
  diffValues(diff, lxcScalarValues(plan), lxcScalarValues(current), (key) => key !== 'ostype' && key !== 'hostname');
  growIfLarger(diff, 'rootfs', plan.rootfs?.size, current.rootfs?.size);
  const mountPoints = { wanted: plan.mount_point, current: current.mount_point, removeExtra: true };
  diffNumbered(
    diff,
    'mp',
    mountPoints,
    (mp, existing) => mountPointValue(mp, existing?.volume ?? null),
    (existing) => mountPointValue(existing, existing.volume),
  );
  plan.mount_point.forEach((mp, i) => {
    const existing = current.mount_point[i];
    if (existing) growIfLarger(diff, `mp${i}`, mp.size, existing.size);
  });
  const networks = { wanted: plan.network, current: current.network, removeExtra: true };
  diffNumbered(
    diff,
    'net',
    networks,
    (network, existing) => lxcNetworkValue({ ...network, mac_address: network.mac_address ?? existing?.mac_address ?? null }),
    lxcNetworkValue,
  );
  return diff;
}

/** Removed mount points become unusedN entries once applied; remove those too, which frees the volumes. */
async function dropUnused(ctx: Ctx, ref: GuestRef): Promise<void> {
  const { lxc } = ctx.provider.client;
  const unused = Object.keys(await lxc.config(ref.node, ref.vmid)).filter((key) => /^unused\d+$/.test(key));
  if (unused.length > 0) await lxc.update(ref.node, ref.vmid, {}, { delete: unused }, taskOptions(ctx));
}

async function converge(ctx: Write, ref: GuestRef, plan: LxcPlan): Promise<LxcModel> {
  const { lxc } = ctx.provider.client;
  let current = await requireLxc(ctx, ref, plan);
  if (await moveVolumes(ctx, ref, plan, current)) current = await requireLxc(ctx, ref, plan);
  await setGuestPool(ctx.provider.client, ref.vmid, current.pool, plan.pool);
  const diff = lxcDiff(plan, current);
  const { remove, grow } = diff;
  if (changesConfig(diff))
    for (const step of protectionOffFirst(diff, (key) => /^(mp\d+|rootfs|unused\d+)$/.test(key)))
      await lxc.update(ref.node, ref.vmid, step.set, { delete: step.remove }, taskOptions(ctx));
  for (const [disk, size] of Object.entries(grow)) await lxc.resize(ref.node, ref.vmid, disk, size, taskOptions(ctx));
  // Before any start: LXC reads the maps when the container starts.
  const remapped = idmapChanged(plan.idmap, current.idmap);
  if (remapped) await writeIdmap(ctx.provider.ssh, ref, plan.idmap, ctx.signal);
  if (plan.is_template === true) {
    if (current.is_template !== true) await convertToTemplate(ctx, lxc, ref);
    return requireLxc(ctx, ref, plan);
  }
  const stayedRunning = await setPowerState(ctx, lxc, ref, plan.started);
  if (stayedRunning && (changesConfig(diff) || remapped)) {
    await applyWaitingChanges(ctx, lxc, ref, {
      reboot: plan.reboot_after_update,
      shutdownTimeoutS: plan.shutdown_timeout,
      // The maps are no config key Proxmox lists as pending, yet take effect only at a start.
      alsoWaiting: remapped ? ['idmap'] : [],
      label: 'container',
    });
  }
  // After the restart: on a running container a removed mount point stays pending until then.
  if (remove.some((key) => /^mp\d+$/.test(key))) await dropUnused(ctx, ref);
  return requireLxc(ctx, ref, plan);
}

/**
 * What a clone inherits that the configuration must agree with, since it cannot be changed in
 * place: the root disk's storage (a linked clone stays on the template's) and size (never
 * shrunk), and privileged or not. The clone stays in state, so the next apply replaces it.
 */
export function cloneMismatches(plan: LxcPlan, cloned: LxcModel): void {
  const problems: string[] = [];
  const storage = cloned.rootfs?.storage;
  if (storage !== undefined && storage !== plan.rootfs?.storage) problems.push(`rootfs.storage: its root disk is on "${storage}"`);
  if ((sizeBytes(cloned.rootfs?.size ?? '0') ?? 0) > (sizeBytes(plan.rootfs?.size ?? '0') ?? 0))
    problems.push(`rootfs.size: its root disk is ${cloned.rootfs?.size ?? ''}, larger than the configured size (disks never shrink)`);
  if (cloned.unprivileged !== plan.unprivileged) problems.push(`unprivileged: the source is ${cloned.unprivileged ? 'unprivileged' : 'privileged'}`);
  if (problems.length > 0) throw new Error(`the clone of ${plan.clone?.source_vmid ?? ''} does not match the configuration; set ${problems.join('; ')}`);
}

/**
 * A container comes from at most one of an OS template and a clone; a clone takes no password or
 * keys. Neither is fine for a container that exists (an imported one: Proxmox keeps no record of
 * its source); creating needs one (planSource).
 */
function validateSource(ctx: ValidateContext): void {
  const cloned = ctx.config.get('clone') !== null;
  const template = ctx.config.get('template');
  if (cloned && template !== null) ctx.error('template', 'Conflicting container source', 'Set either template (a new container) or a clone block, not both.');
  if (!cloned) return;
  for (const name of ['password', 'password_wo', 'ssh_public_keys'] as const) {
    if (ctx.config.get(name) !== null)
      ctx.error(name, 'Not settable on a clone', `Proxmox sets ${name} only when it creates a container from an OS template; a clone keeps its source's.`);
  }
}

/** What a mount point's config value holds (its size grows through resize, its storage through move_volume). */
const MOUNT_POINT_OPTIONS = ['path', 'host_path', 'backup', 'read_only', 'acl', 'quota', 'mount_options', 'replicate'] as const;

function sameOption(name: (typeof MOUNT_POINT_OPTIONS)[number], a: Value, b: Value): boolean {
  const spec = lxcSchema.blocks.mount_point.block.attributes[name];
  return spec !== undefined && valuesEqual(a, b, spec.type);
}

/** The `mpN` keys the plan sets anew or removes. */
export function changedMountPoints(ctx: PlanContext<unknown>): string[] {
  const prior = ctx.prior.get('mount_point');
  const planned = ctx.planned.get('mount_point');
  if (!Array.isArray(prior) || !Array.isArray(planned)) return [];
  const count = Math.max(prior.length, planned.length);
  const changed: string[] = [];
  for (let i = 0; i < count; i++) {
    const before = prior[i];
    const after = planned[i];
    const same =
      before !== undefined && after !== undefined && MOUNT_POINT_OPTIONS.every((name) => sameOption(name, getAttr(before, name), getAttr(after, name)));
    if (!same) changed.push(`mp${i}`);
  }
  return changed;
}

/** Creating a container needs its source: an OS template or a clone block. */
export function planSource(ctx: PlanContext<unknown>): void {
  if (ctx.creating && ctx.config.get('template') === null && ctx.config.get('clone') === null)
    ctx.error('template', 'Missing container source', 'Set template (an OS template volume) or a clone block to create the container.');
}

export const lxcResource = proxmoxResource({
  name: 'proxmox_lxc',
  schema: lxcSchema,
  importId: {
    description:
      'NODE/VMID: the node and the container id (Proxmox keeps no template and never returns the root password or SSH keys: leave them unset on an imported container, or set them and the next apply records them in state without touching the container)',
    example: 'pve/200',
  },
  timeouts: { create: '20m', update: '20m', delete: '10m' },
  example: `resource "proxmox_lxc" "dns" {
  node     = "pve"
  hostname = "dns"
  template = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
  memory   = 256
  nesting  = true

  rootfs {
    storage = "local-lvm"
    size    = "4G"
  }

  network {
    bridge  = "vmbr0"
    ip      = "10.0.0.53/24"
    gateway = "10.0.0.1"
  }
}`,
  async create(ctx, plan) {
    const { lxc } = ctx.provider.client;
    const request = { node: plan.node, vmid: plan.vmid, guests: lxc, partial: (ref: GuestRef) => ({ ...plan, id: guestId(ref), vmid: ref.vmid }) };
    const source = plan.clone;
    const ref = await createGuest(ctx, request, ({ node, vmid }) => {
      if (source) {
        ctx.logger.info('cloning container', { source: source.source_vmid, vmid });
        const extra = { hostname: plan.hostname ?? undefined, pool: plan.pool ?? undefined, storage: plan.rootfs?.storage };
        return lxc.clone(node, source.source_vmid ?? 0, cloneRequest(source, vmid, extra), taskOptions(ctx));
      }
      ctx.logger.info('creating container', { vmid });
      return lxc.create(node, { vmid, ostemplate: plan.template ?? '', ...createParams(plan) }, taskOptions(ctx));
    });
    if (source) cloneMismatches(plan, await requireLxc(ctx, ref, plan));
    return converge(ctx, ref, plan);
  },
  read: (ctx, state) => readLxc(ctx, { node: state.node, vmid: state.vmid ?? 0 }, state),
  async update(ctx, plan, prior) {
    const ref = await migrateIfMoved(ctx, 'lxc', ctx.provider.client.lxc, plan, prior);
    return converge(ctx, ref, plan);
  },
  delete: (ctx, state) => destroyGuestAsConfigured(ctx, 'lxc', ctx.provider.client.lxc, state),
  importState: (id) => parseGuestId(id),
  validateConfig(ctx) {
    validateSource(ctx);
    validateIdmap(ctx);
    if (ctx.config.bool('is_template') === true && ctx.config.bool('started') !== false)
      ctx.error('started', 'A template cannot run', 'Set started = false on a container with is_template = true.');
  },
  async modifyPlan(ctx) {
    planSource(ctx);
    planNodeChange(ctx);
    planVolumeMoves(ctx);
    planIdmap(ctx);
    refuseRootOnlyChanges(ctx);
    refuseUnlessRootLogin(ctx, ['device'], 'device passthrough (devN)');
    refuseShrink(ctx, 'rootfs');
    refuseShrink(ctx, 'mount_point');
    refuseGuardedChanges(ctx, changedMountPoints(ctx), 'changing or removing mount points');
    await checkHaPlacement(ctx, 'lxc');
    await warnHaPowerChange(ctx, 'lxc');
  },
});
