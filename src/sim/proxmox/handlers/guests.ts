// `/nodes/{node}/qemu|lxc/...`: create, clone, config, resize, power, delete.
import { parseSize } from '../../../clients/proxmox/property-string.js';
import { die, paramError } from '../pve-error.js';
import { flagParam, listParam, requireGuest, requireNode, type RequestContext, type Routes } from '../engine.js';
import { hasPrivileges, isRootPam, requirePrivileges } from '../permissions.js';
import {
  checkLxcOptionPrivileges,
  checkQemuBridges,
  checkQemuDrivePrivileges,
  checkQemuOptionPrivileges,
  checkQemuStorageAccess,
  type GuestPermContext,
} from '../guest-privileges.js';
import { guestDigest, diskSize, diskVolume, isDiskKey, withDiskSize } from '../guest-config.js';
import type { GuestKind, SimGuest } from '../state.js';
import { findVolume, growVolume } from '../volumes.js';
import {
  applyConfigChange,
  applyPending,
  validateConfigRequest,
  checkDigest,
  checkNotLocked,
  configChanges,
  configView,
  guestLabel,
  regenerateCloudinit,
  workerType,
} from './guest-common.js';
import { clone, create, freeGuestVolumes, template } from './guest-create.js';
import { guestMember, removeFromPools } from './pool-members.js';
import { checkQemuDevices } from '../device-privileges.js';
import { agentNetworkInterfaces } from './guest-agent.js';
import { moveDisk } from './move-disk.js';
import { moveVolume } from './move-volume.js';
import { migrate } from './migrate.js';
import { haManagedSid, requestHaPower } from './ha-power.js';
import type { TaskLog } from '../task-registry.js';
import { containerInterfaces } from './lxc-interfaces.js';
import { checkDriveParams, checkImportSources } from '../special-drives.js';

function getConfig(kind: GuestKind) {
  return (ctx: RequestContext): Record<string, string | number | string[][]> => {
    const guest = requireGuest(ctx, kind);
    const snapname = ctx.params.snapshot;
    if (snapname !== undefined) {
      const snap = guest.snapshots.get(snapname);
      if (!snap) throw die(`snapshot '${snapname}' does not exist`);
      return configView(ctx, { ...guest, config: snap.config, pending: {}, pendingDelete: new Set() }, true);
    }
    const view = configView(ctx, guest, flagParam(ctx.params, 'current') ?? false);
    // parse_pct_config keeps raw lxc.* lines as the `lxc` array, which the GET returns as they are.
    return guest.lxc !== undefined && guest.lxc.length > 0 ? { ...view, lxc: guest.lxc.map(([key, value]) => [key, value]) } : view;
  };
}

/**
 * `update_vm`'s privilege checks: each option deleted or set against its class, new disks'
 * storage, NIC bridges; inside the lock, each drive touched (old and new value).
 */
function checkQemuUpdate(ctx: RequestContext, guest: SimGuest): void {
  validateConfigRequest(ctx, guest);
  const perm: GuestPermContext = { state: ctx.engine.state, who: ctx.who, vmid: guest.vmid };
  const changes = configChanges(ctx.params);
  const deletions = listParam(ctx.params.delete).map((key) => (key === 'cdrom' ? 'ide2' : key));
  checkQemuOptionPrivileges(perm, deletions);
  checkQemuOptionPrivileges(perm, Object.keys(changes));
  checkDriveParams(changes);
  checkQemuStorageAccess(perm, changes);
  checkImportSources(perm, changes);
  checkQemuBridges(perm, changes);
}

function checkQemuDrives(ctx: RequestContext, guest: SimGuest): void {
  const perm: GuestPermContext = { state: ctx.engine.state, who: ctx.who, vmid: guest.vmid };
  const current = (key: string): string | undefined => guest.pending[key] ?? guest.config[key];
  for (const key of listParam(ctx.params.delete).map((k) => (k === 'cdrom' ? 'ide2' : k))) {
    const value = current(key);
    if (isDiskKey('qemu', key) && value !== undefined) checkQemuDrivePrivileges(perm, key, value);
  }
  const deletions = listParam(ctx.params.delete).map((k) => (k === 'cdrom' ? 'ide2' : k));
  checkQemuDevices(perm, configChanges(ctx.params), deletions, { ...guest.config, ...guest.pending });
  for (const [key, value] of Object.entries(configChanges(ctx.params))) {
    if (!isDiskKey('qemu', key)) continue;
    const old = current(key);
    if (old !== undefined) checkQemuDrivePrivileges(perm, key, old);
    checkQemuDrivePrivileges(perm, key, value);
  }
}

function checkLxcUpdate(ctx: RequestContext, guest: SimGuest): void {
  const perm: GuestPermContext = { state: ctx.engine.state, who: ctx.who, vmid: guest.vmid };
  const unprivileged = guest.config.unprivileged === '1';
  checkLxcOptionPrivileges(perm, guest.config, {}, listParam(ctx.params.delete), unprivileged);
  checkLxcOptionPrivileges(perm, guest.config, {}, listParam(ctx.params.revert), unprivileged);
  checkLxcOptionPrivileges(perm, guest.config, configChanges(ctx.params), [], unprivileged);
}

/** Both config writers run under the config lock; the check order follows the server. */
async function changeConfig(ctx: RequestContext, guest: SimGuest, log?: Parameters<typeof applyConfigChange>[2]): Promise<void> {
  if (guest.kind === 'qemu') checkQemuUpdate(ctx, guest);
  await ctx.engine.locks.with(guest.kind, guest.vmid, () => {
    if (guest.kind === 'lxc') {
      checkNotLocked(guest);
      if (ctx.params.digest !== undefined && ctx.params.digest !== guestDigest(guest)) {
        throw die('detected modified configuration - file changed by other user? Try again.');
      }
      validateConfigRequest(ctx, guest);
      checkLxcUpdate(ctx, guest);
    } else {
      checkDigest(guest, ctx.params.digest);
      checkNotLocked(guest, flagParam(ctx.params, 'skiplock'));
      checkQemuDrives(ctx, guest);
    }
    applyConfigChange(ctx, guest, log);
  });
}

function putConfig(kind: GuestKind) {
  return async (ctx: RequestContext): Promise<null> => {
    const guest = requireGuest(ctx, kind);
    // `$authuser ne 'root@pam'`: a root@pam API token is refused too.
    if (flagParam(ctx.params, 'skiplock') && !isRootPam(ctx.who)) throw paramError({ skiplock: 'Only root may use this option.' });
    await changeConfig(ctx, guest);
    return null;
  };
}

function postQemuConfig(ctx: RequestContext): string {
  const guest = requireGuest(ctx, 'qemu');
  // The privilege checks run before the worker forks, so they answer 403 directly.
  if (flagParam(ctx.params, 'skiplock') && !isRootPam(ctx.who)) throw paramError({ skiplock: 'Only root may use this option.' });
  checkQemuUpdate(ctx, guest);
  return ctx.engine.tasks.start(guest.node, 'qmconfig', String(guest.vmid), ctx.who, (log) => changeConfig(ctx, guest, log));
}

function pendingList(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string | number>> => pendingEntries(ctx, requireGuest(ctx, kind));
}

/** `GET …/pending`: every key with its current value, its pending value and `delete: 1` when it goes. */
function pendingEntries(ctx: RequestContext, guest: SimGuest): Array<Record<string, string | number>> {
  const current = configView(ctx, guest, true);
  const keys = new Set([...Object.keys(guest.config), ...Object.keys(guest.pending), ...guest.pendingDelete]);
  return [...keys].sort().map((key) => {
    const entry: Record<string, string | number> = { key };
    if (current[key] !== undefined) entry.value = current[key];
    if (guest.pending[key] !== undefined) entry.pending = guest.pending[key];
    if (guest.pendingDelete.has(key)) entry.delete = 1;
    return entry;
  });
}

function resize(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params } = ctx;
    const guest = requireGuest(ctx, kind);
    checkDigest(guest, params.digest);
    return engine.tasks.start(guest.node, 'resize', String(guest.vmid), ctx.who, () =>
      engine.locks.with(kind, guest.vmid, () => {
        checkNotLocked(guest);
        const disk = params.disk ?? '';
        const value = guest.config[disk];
        if (value === undefined) throw new Error(`disk '${disk}' does not exist`);
        const volumeId = diskVolume(value);
        const volume = volumeId === undefined ? undefined : findVolume(engine.state, volumeId);
        if (!volume) throw new Error(`can't resize drive '${disk}' - no volume`);
        requirePrivileges(engine.state, ctx.who, `/storage/${volume.storage}`, ['Datastore.AllocateSpace']);
        const relative = params.size?.startsWith('+') ?? false;
        const amount = parseSize((params.size ?? '').replace(/^\+/, '')) ?? 0;
        const current = diskSize(value) ?? volume.size;
        const target = relative ? current + amount : amount;
        // pve-container words these itself and refuses a no-op; qemu-server returns quietly (LXC.pm/Qemu.pm `resize_vm`).
        if (kind === 'lxc' && target < current) throw new Error('unable to shrink disk size');
        if (kind === 'lxc' && target === current) throw new Error('disk is already at specified size');
        if (target === current) return;
        growVolume(engine.state, volume, target);
        guest.config[disk] = withDiskSize(value, target);
      }),
    );
  };
}

function statusCurrent(kind: GuestKind) {
  return (ctx: RequestContext): Record<string, string | number> => {
    const guest = requireGuest(ctx, kind);
    const out: Record<string, string | number> = {
      vmid: guest.vmid,
      status: guest.status,
      name: guest.config.name ?? guest.config.hostname ?? '',
      uptime: guest.status === 'running' ? 42 : 0,
      cpus: Number(guest.config.cores ?? 1),
      maxmem: Number((guest.config.memory ?? '512').replace(/^current=/, '')) * 1024 * 1024,
    };
    if (kind === 'qemu') out.qmpstatus = guest.status;
    if (guest.config.lock !== undefined) out.lock = guest.config.lock;
    if (guest.config.template === '1') out.template = 1;
    return out;
  };
}

type PowerAction = 'start' | 'stop' | 'shutdown' | 'reboot';

/**
 * A guest shutdown as `_do_vm_stop` (qemu-server QemuServer.pm) and `vm_stop` (pve-container
 * LXC.pm) do it: the guest is asked (ACPI or agent) and waited for up to `timeout` seconds. A guest
 * ignoring ACPI (the simulator switch `ignoresAcpi`) outlasts the wait at once, no wall clock
 * involved: QEMU fails unless forced; a container reboot kills it, a shutdown without
 * `forceStop` fails.
 */
function shutDown(guest: SimGuest, force: boolean, warn: (line: string) => void): void {
  if (!guest.ignoresAcpi) return;
  if (!force) throw new Error(guest.kind === 'qemu' ? 'VM quit/powerdown failed - got timeout' : 'container did not stop');
  warn(guest.kind === 'qemu' ? 'VM still running - terminating now with SIGTERM' : 'lxc-stop timed out, killing the container');
}

/**
 * A power call. For a guest the HA stack manages, start, stop and shutdown only ask the HA stack,
 * whose LRM then starts or stops it (ha-power.ts); a reboot acts at once.
 */
function power(kind: GuestKind, action: PowerAction) {
  return (ctx: RequestContext): string => {
    const guest = requireGuest(ctx, kind);
    const sid = action === 'reboot' ? undefined : haManagedSid(ctx.engine.state, guest);
    if (sid !== undefined) {
      // The LRM stops a guest hard, or shuts it down forcing the stop at the end of its timeout
      // (pve-ha-manager src/PVE/HA/Resources/PVEVM.pm:85-102 @b71218f): either way it ends stopped.
      const want = action === 'start' ? 'start' : 'stop';
      return requestHaPower(ctx.engine, guest, sid, want, ctx.who, (log) => changePower(ctx, guest, want, log));
    }
    return ctx.engine.tasks.start(guest.node, workerType(kind, action), String(guest.vmid), ctx.who, (log) => changePower(ctx, guest, action, log));
  };
}

/** The power change itself, under the guest's config file lock. */
function changePower(ctx: RequestContext, guest: SimGuest, action: PowerAction, log: TaskLog): Promise<void> {
  const { kind } = guest;
  const label = `${guestLabel(kind)} ${guest.vmid}`;
  return ctx.engine.locks.with(kind, guest.vmid, () => {
    if (kind === 'qemu' && action === 'start' && startPassesLock(guest)) {
      // A hibernated VM is resumed from its saved state, which ends the lock.
      if (guest.config.lock === 'suspended') delete guest.config.lock;
      if (guest.status === 'running') return;
    } else checkNotLocked(guest, flagParam(ctx.params, 'skiplock'));
    if (action === 'start') {
      if (guest.config.template === '1') throw new Error(`${label} is a template`);
      if (guest.status === 'running') throw new Error(`${label} already running`);
      regenerateCloudinit(guest);
      guest.status = 'running';
      return;
    }
    if (action !== 'stop' && guest.status !== 'running') throw new Error(`${label} not running`);
    if (action === 'shutdown') shutDown(guest, flagParam(ctx.params, 'forceStop') ?? false, log.warn);
    // A container reboot kills it when the timeout passes; a VM reboot never forces.
    if (action === 'reboot') shutDown(guest, kind === 'lxc', log.warn);
    applyPending(guest);
    if (action === 'reboot') regenerateCloudinit(guest);
    guest.status = action === 'reboot' ? 'running' : 'stopped';
  });
}

/**
 * `vm_start` (qemu-server QemuServer.pm) skips `check_lock` for a hibernated VM (`suspended`: it
 * resumes it) and, with `backup` on a running VM, only resumes the QEMU instance the backup runs in.
 */
function startPassesLock(guest: SimGuest): boolean {
  return guest.config.lock === 'suspended' || (guest.config.lock === 'backup' && guest.status === 'running');
}

/**
 * `destroy_vm` checks the lock in the worker, under the config lock, and lets a hibernated VM
 * go; a container's destroy checks it before the worker too (its `$early_checks`, after protection).
 */
function checkDestroyLock(guest: SimGuest, skiplock: boolean): void {
  if (guest.kind === 'qemu' && guest.config.lock === 'suspended') return;
  checkNotLocked(guest, skiplock);
}

function destroy(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params } = ctx;
    const guest = requireGuest(ctx, kind);
    const skiplock = flagParam(params, 'skiplock') ?? false;
    if (guest.config.protection === '1') throw die(`can't remove ${guestLabel(kind)} ${guest.vmid} - protection mode enabled`);
    if (kind === 'lxc') checkDestroyLock(guest, skiplock);
    if (guest.status === 'running') throw die(`${guestLabel(kind)} ${guest.vmid} is running - destroy failed`);
    return engine.tasks.start(guest.node, workerType(kind, 'destroy'), String(guest.vmid), ctx.who, () =>
      engine.locks.with(kind, guest.vmid, () => {
        checkDestroyLock(guest, skiplock);
        freeGuestVolumes(engine.state, guest, flagParam(params, 'destroy-unreferenced-disks') ?? false);
        engine.state.guests.delete(guest.vmid);
        removeFromPools(engine.state, guestMember(guest.vmid));
        if (flagParam(params, 'purge')) engine.state.acl = engine.state.acl.filter((e) => e.path !== `/vms/${guest.vmid}`);
      }),
    );
  };
}

function list(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string | number>> => {
    const node = requireNode(ctx);
    // Only guests the caller may audit (`VM.Audit` on `/vms/<vmid>`).
    return [...ctx.engine.state.guests.values()]
      .filter((g) => g.kind === kind && g.node === node)
      .filter((g) => hasPrivileges(ctx.engine.state, ctx.who, `/vms/${g.vmid}`, ['VM.Audit']))
      .map((guest) => {
        const entry: Record<string, string | number> = { vmid: guest.vmid, status: guest.status, name: guest.config.name ?? guest.config.hostname ?? '' };
        if (guest.config.tags !== undefined) entry.tags = guest.config.tags;
        if (guest.config.template === '1') entry.template = 1;
        if (guest.config.lock !== undefined) entry.lock = guest.config.lock;
        return entry;
      });
  };
}

/**
 * `PUT …/qemu/{vmid}/cloudinit` (qemu-server src/PVE/API2/Qemu.pm, `cloudinit_update`): rebuilds
 * the cloud-init drive from the config now, instead of at the next start.
 */
function updateCloudinitDrive(ctx: RequestContext): null {
  const guest = requireGuest(ctx, 'qemu');
  requirePrivileges(ctx.engine.state, ctx.who, `/vms/${guest.vmid}`, ['VM.Config.CDROM']);
  checkNotLocked(guest, false);
  regenerateCloudinit(guest);
  return null;
}

export function guestRoutes(kind: GuestKind): Routes {
  const base = `/nodes/{node}/${kind}`;
  const routes: Routes = {
    [`GET ${base}`]: list(kind),
    [`POST ${base}`]: create(kind),
    [`POST ${base}/{vmid}/clone`]: clone(kind),
    [`GET ${base}/{vmid}/config`]: getConfig(kind),
    [`PUT ${base}/{vmid}/config`]: putConfig(kind),
    [`PUT ${base}/{vmid}/resize`]: resize(kind),
    [`POST ${base}/{vmid}/template`]: template(kind),
    [`GET ${base}/{vmid}/pending`]: pendingList(kind),
    [`GET ${base}/{vmid}/status/current`]: statusCurrent(kind),
    [`DELETE ${base}/{vmid}`]: destroy(kind),
    [`POST ${base}/{vmid}/migrate`]: migrate(kind),
  };
  for (const action of ['start', 'stop', 'shutdown', 'reboot'] as const) routes[`POST ${base}/{vmid}/status/${action}`] = power(kind, action);
  if (kind === 'qemu') {
    routes[`POST ${base}/{vmid}/config`] = postQemuConfig;
    routes[`PUT ${base}/{vmid}/cloudinit`] = updateCloudinitDrive;
    routes[`POST ${base}/{vmid}/move_disk`] = moveDisk;
    routes[`GET ${base}/{vmid}/agent/network-get-interfaces`] = agentNetworkInterfaces;
  } else {
    routes[`GET ${base}/{vmid}/interfaces`] = containerInterfaces;
    routes[`POST ${base}/{vmid}/move_volume`] = moveVolume;
  }
  return routes;
}
