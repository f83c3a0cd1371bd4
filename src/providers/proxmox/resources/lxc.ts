// `proxmox_lxc`: an LXC container made from a template, kept in the configured shape and power state.
import { defineResource, type OperationContext, type WriteContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../index.js';
import { guestId, parseGuestId, type GuestRef } from '../shared/guest-id.js';
import { createGuest } from '../shared/create-guest.js';
import { refuseRootOnlyChanges } from '../shared/root-only.js';
import { applyWaitingChanges } from '../shared/restart.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_S } from '../shared/restart-schema.js';
import { orNull } from '../shared/not-found.js';
import { destroyGuest, setPowerState } from '../shared/power.js';
import { refuseShrink } from '../shared/shrink.js';
import { sizeBytes } from '../shared/sizes.js';
import { taskOptions } from '../shared/tasks.js';
import { allocation, lxcFromConfig, lxcNetworkValue, lxcScalarValues, mountPointValue } from './lxc-config.js';
import { lxcSchema, type LxcModel } from './lxc-schema.js';

type Ctx = OperationContext<ProxmoxProviderData>;
type Write = WriteContext<ProxmoxProviderData, LxcModel>;

async function readLxc(ctx: Ctx, ref: GuestRef, prior: LxcModel | null): Promise<LxcModel | null> {
  const { lxc } = ctx.provider.client;
  const config = await orNull(() => lxc.config(ref.node, ref.vmid));
  if (config === null) return null;
  const status = await lxc.status(ref.node, ref.vmid);
  return lxcFromConfig({ id: guestId(ref), ...ref, started: status.status === 'running' }, config, prior);
}

async function requireLxc(ctx: Ctx, ref: GuestRef, prior: LxcModel): Promise<LxcModel> {
  const found = await readLxc(ctx, ref, prior);
  if (!found) throw new Error(`container ${ref.vmid} on node ${ref.node} disappeared`);
  return found;
}

function createParams(plan: LxcModel): Record<string, string | number | boolean> {
  const params: Record<string, string | number | boolean> = { ...lxcScalarValues(plan), unprivileged: plan.unprivileged ?? true };
  params.rootfs = allocation(plan.rootfs?.storage ?? '', plan.rootfs?.size ?? '0');
  plan.mount_point.forEach((mp, i) => (params[`mp${i}`] = mountPointValue(mp, null)));
  plan.network.forEach((network, i) => (params[`net${i}`] = lxcNetworkValue(network)));
  if (plan.password !== null) params.password = plan.password;
  if (plan.ssh_public_keys !== null) params['ssh-public-keys'] = plan.ssh_public_keys.join('\n');
  return params;
}

/** Config changes, disk growth and mount points to remove, to turn `current` into `plan`. */
function lxcDiff(plan: LxcModel, current: LxcModel) {
  const set: Record<string, string | number | boolean> = {};
  const want = lxcScalarValues(plan);
  const have = lxcScalarValues(current);
  for (const [key, value] of Object.entries(want)) if (String(have[key]) !== String(value)) set[key] = value;
  const remove = Object.keys(have).filter((key) => want[key] === undefined);
  const grow: Record<string, string> = {};
  if ((sizeBytes(plan.rootfs?.size) ?? 0) > (sizeBytes(current.rootfs?.size) ?? 0)) grow.rootfs = plan.rootfs?.size ?? '';
  plan.mount_point.forEach((mp, i) => {
    const existing = current.mount_point[i];
    const wanted = mountPointValue(mp, existing?.volume ?? null);
    if (!existing || wanted !== mountPointValue(existing, existing.volume)) set[`mp${i}`] = wanted;
    if (existing && (sizeBytes(mp.size) ?? 0) > (sizeBytes(existing.size) ?? 0)) grow[`mp${i}`] = mp.size;
  });
  for (let i = plan.mount_point.length; i < current.mount_point.length; i++) remove.push(`mp${i}`);
  plan.network.forEach((network, i) => {
    const existing = current.network[i];
    const wanted = lxcNetworkValue({ ...network, mac_address: network.mac_address ?? existing?.mac_address ?? null });
    if (!existing || wanted !== lxcNetworkValue(existing)) set[`net${i}`] = wanted;
  });
  for (let i = plan.network.length; i < current.network.length; i++) remove.push(`net${i}`);
  return { set, remove, grow };
}

/** Removed mount points become unusedN entries once applied; remove those too, which frees the volumes. */
async function dropUnused(ctx: Ctx, ref: GuestRef): Promise<void> {
  const { lxc } = ctx.provider.client;
  const unused = Object.keys(await lxc.config(ref.node, ref.vmid)).filter((key) => /^unused\d+$/.test(key));
  if (unused.length > 0) await lxc.update(ref.node, ref.vmid, {}, { delete: unused });
}

async function converge(ctx: Write, ref: GuestRef, plan: LxcModel): Promise<LxcModel> {
  const { lxc } = ctx.provider.client;
  const current = await requireLxc(ctx, ref, plan);
  const { set, remove, grow } = lxcDiff(plan, current);
  if (Object.keys(set).length > 0 || remove.length > 0) await lxc.update(ref.node, ref.vmid, set, { delete: remove });
  for (const [disk, size] of Object.entries(grow)) await lxc.resize(ref.node, ref.vmid, disk, size, taskOptions(ctx));
  const stayedRunning = await setPowerState(ctx, lxc, ref, plan.started ?? true);
  if (stayedRunning && (Object.keys(set).length > 0 || remove.length > 0)) {
    await applyWaitingChanges(ctx, lxc, ref, {
      reboot: plan.reboot_after_update ?? true,
      shutdownTimeoutS: plan.shutdown_timeout ?? DEFAULT_SHUTDOWN_TIMEOUT_S,
      alsoWaiting: [],
      label: 'container',
    });
  }
  // After the restart: on a running container a removed mount point stays pending until then.
  if (remove.some((key) => /^mp\d+$/.test(key))) await dropUnused(ctx, ref);
  return requireLxc(ctx, ref, plan);
}

export const lxcResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_lxc',
  schema: lxcSchema,
  importId: { description: 'NODE/VMID: the node and the container id (template is taken from the configuration)', example: 'pve/200' },
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
    const ref = await createGuest(ctx, request, ({ node, vmid }) => {
      ctx.logger.info('creating container', { vmid });
      return lxc.create(node, { vmid, ostemplate: plan.template, ...createParams(plan) }, taskOptions(ctx));
    });
    return converge(ctx, ref, plan);
  },
  read: (ctx, state) => readLxc(ctx, { node: state.node, vmid: state.vmid ?? 0 }, state),
  update: (ctx, plan, prior) => converge(ctx, { node: prior.node, vmid: prior.vmid ?? 0 }, plan),
  delete: (ctx, state) => destroyGuest(ctx, ctx.provider.client.lxc, { node: state.node, vmid: state.vmid ?? 0 }),
  importState(id) {
    const { node, vmid } = parseGuestId(id);
    return { node, vmid };
  },
  modifyPlan(ctx) {
    refuseRootOnlyChanges(ctx);
    refuseShrink(ctx, 'rootfs');
    refuseShrink(ctx, 'mount_point');
  },
});
