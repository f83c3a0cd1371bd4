// `/nodes/{node}/qemu|lxc/...`: create, clone, config, resize, power, delete.
import { parseSize } from '../../../clients/proxmox/property-string.js';
import { die } from '../pve-error.js';
import { flagParam, requireGuest, requireNode, type RequestContext, type Routes } from '../engine.js';
import { requirePrivileges } from '../permissions.js';
import { diskSize, diskVolume, isDiskKey, normalizeConfigValue, withDiskSize } from '../guest-config.js';
import type { GuestKind, SimGuest, SimState } from '../state.js';
import { copyVolume, findVolume, freeVolume, growVolume } from '../volumes.js';
import {
  applyConfigChange, applyPending, checkDigest, checkNotLocked, configChanges, configView, guestLabel, qemuIdentity, workerType,
} from './guest-common.js';
import { addPoolMember, removeGuestFromPools } from './pool-members.js';

function checkVmidFree(state: SimState, kind: GuestKind, vmid: number, node: string): void {
  const owner = state.guests.get(vmid);
  if (owner) throw die(`unable to create ${guestLabel(kind)} ${vmid} - ${guestLabel(owner.kind)} ${vmid} already exists on node '${node}'`);
}

function newGuest(kind: GuestKind, vmid: number, node: string, config: Record<string, string>): SimGuest {
  return { kind, vmid, node, config, pending: {}, pendingDelete: new Set(), status: 'stopped', snapshots: new Map() };
}

/** Frees every volume the guest's config references, and with `all` every volume it owns. */
function freeGuestVolumes(state: SimState, guest: SimGuest, all: boolean): void {
  for (const [key, value] of Object.entries(guest.config)) {
    const volume = /^unused\d+$/.test(key) ? value : isDiskKey(guest.kind, key) ? diskVolume(value) : undefined;
    if (volume !== undefined && findVolume(state, volume)?.vmid === guest.vmid) freeVolume(state, volume);
  }
  if (all) for (const [id, volume] of state.volumes) if (volume.vmid === guest.vmid) state.volumes.delete(id);
}

/** Removes a guest whose create or clone task failed, with the volumes it got so far. */
function dropGuest(state: SimState, guest: SimGuest): void {
  freeGuestVolumes(state, guest, true);
  state.guests.delete(guest.vmid);
}

function lxcDefaults(ctx: RequestContext, vmid: number): Record<string, string> {
  const { params } = ctx;
  const template = params.ostemplate ?? '';
  if (!findVolume(ctx.engine.state, template)) throw die(`volume '${template}' does not exist`);
  const os = /vztmpl\/([a-z]+)/.exec(template)?.[1] ?? 'unmanaged';
  return { arch: 'amd64', ostype: os, hostname: `CT${vmid}`, memory: '512', swap: '512', rootfs: `${params.storage ?? 'local'}:4` };
}

function create(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params, who } = ctx;
    const node = requireNode(ctx);
    const vmid = Number(params.vmid);
    requirePrivileges(engine.state, who, params.pool ? `/pool/${params.pool}` : `/vms/${vmid}`, ['VM.Allocate']);
    checkVmidFree(engine.state, kind, vmid, node);
    if (params.pool !== undefined && !engine.state.pools.has(params.pool)) throw die(`pool '${params.pool}' does not exist`);
    const wanted = { ...(kind === 'lxc' ? lxcDefaults(ctx, vmid) : qemuIdentity()), ...configChanges(params) };
    const guest = newGuest(kind, vmid, node, { lock: 'create' });
    engine.state.guests.set(vmid, guest);
    return engine.tasks.start(node, workerType(kind, 'create'), String(vmid), who, (log) => {
      try {
        for (const [key, value] of Object.entries(wanted)) {
          guest.config[key] = normalizeConfigValue(engine.state, guest, key, value, engine.macPrefix);
          if (isDiskKey(kind, key)) log(`${key}: successfully created disk '${guest.config[key]}'`);
        }
      } catch (err) {
        throw new Error(`unable to create ${guestLabel(kind)} ${vmid} - ${(err as Error).message}`);
      }
      delete guest.config.lock;
      if (params.pool !== undefined) addPoolMember(engine.state, params.pool, `${kind}/${vmid}`);
      if (flagParam(params, 'start')) guest.status = 'running';
    }, () => dropGuest(engine.state, guest));
  };
}

function clone(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params, who } = ctx;
    const source = requireGuest(ctx, kind);
    const newid = Number(params.newid);
    checkVmidFree(engine.state, kind, newid, source.node);
    const snapshot = params.snapname === undefined ? undefined : source.snapshots.get(params.snapname);
    if (params.snapname !== undefined && !snapshot) throw die(`snapshot '${params.snapname}' does not exist`);
    const copy = newGuest(kind, newid, params.target ?? source.node, { lock: 'clone' });
    engine.state.guests.set(newid, copy);
    return engine.tasks.start(source.node, workerType(kind, 'clone'), String(source.vmid), who, (log) => {
      const config: Record<string, string> = { ...(snapshot?.config ?? source.config) };
      delete config.lock;
      delete config.parent;
      // A clone is never a template (qemu-server src/PVE/API2/Qemu.pm clone_vm: delete $newconf->{template}).
      delete config.template;
      for (const [key, value] of Object.entries(config)) {
        if (/^unused\d+$/.test(key)) continue;
        const volumeId = isDiskKey(kind, key) ? diskVolume(value) : undefined;
        const volume = volumeId === undefined ? undefined : findVolume(engine.state, volumeId);
        if (volume) {
          const target = copyVolume(engine.state, volume, newid, params.storage);
          copy.config[key] = value.replace(volumeId ?? '', `${target.storage}:${target.name}`);
          log(`create full clone of drive ${key} (${volumeId})`);
        } else {
          copy.config[key] = key === 'smbios1' ? qemuIdentity().smbios1 ?? value : value;
        }
      }
      for (const key of ['name', 'hostname', 'description'] as const) {
        if (params[key] !== undefined) copy.config[key] = params[key];
      }
      if (kind === 'qemu' && params.name === undefined) copy.config.name = `Copy-of-VM-${config.name ?? source.vmid}`;
      delete copy.config.lock;
      if (params.pool !== undefined) addPoolMember(engine.state, params.pool, `${kind}/${newid}`);
    }, () => dropGuest(engine.state, copy));
  };
}

function getConfig(kind: GuestKind) {
  return (ctx: RequestContext): Record<string, string | number> => {
    const guest = requireGuest(ctx, kind);
    const snapname = ctx.params.snapshot;
    if (snapname !== undefined) {
      const snap = guest.snapshots.get(snapname);
      if (!snap) throw die(`snapshot '${snapname}' does not exist`);
      return configView(ctx, { ...guest, config: snap.config, pending: {}, pendingDelete: new Set() }, true);
    }
    return configView(ctx, guest, flagParam(ctx.params, 'current') ?? false);
  };
}

/** Both config writers run under the config lock; the check order follows the server. */
async function changeConfig(ctx: RequestContext, guest: SimGuest, log?: Parameters<typeof applyConfigChange>[2]): Promise<void> {
  await ctx.engine.locks.with(guest.kind, guest.vmid, () => {
    checkDigest(guest, ctx.params.digest);
    checkNotLocked(guest, flagParam(ctx.params, 'skiplock'));
    applyConfigChange(ctx, guest, log);
  });
}

function putConfig(kind: GuestKind) {
  return async (ctx: RequestContext): Promise<null> => {
    const guest = requireGuest(ctx, kind);
    if (ctx.params.skiplock !== undefined && ctx.who.userid !== 'root@pam') throw die('Only root may use this option.');
    await changeConfig(ctx, guest);
    return null;
  };
}

function postQemuConfig(ctx: RequestContext): string {
  const guest = requireGuest(ctx, 'qemu');
  return ctx.engine.tasks.start(guest.node, 'qmconfig', String(guest.vmid), ctx.who, (log) => changeConfig(ctx, guest, log));
}

function pendingList(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string | number>> => pendingOf(ctx, requireGuest(ctx, kind));
}

/**
 * `POST .../qemu/{vmid}/template` (qemu-server src/PVE/API2/Qemu.pm template): a task that marks
 * the VM a template; refused while it runs. (Base-volume renaming is not modelled here.)
 */
function convertToTemplate(ctx: RequestContext): string {
  const guest = requireGuest(ctx, 'qemu');
  return ctx.engine.tasks.start(guest.node, 'qmtemplate', String(guest.vmid), ctx.who, () => {
    checkNotLocked(guest, false);
    if (guest.status === 'running') throw new Error(`you can't convert a VM to template if VM is running`);
    guest.config.template = '1';
  });
}

/** `PUT .../qemu/{vmid}/cloudinit`: regenerates the drive; the simulator has no image to rebuild. */
function regenerateCloudInit(ctx: RequestContext): null {
  requireGuest(ctx, 'qemu');
  return null;
}

function pendingOf(ctx: RequestContext, guest: SimGuest): Array<Record<string, string | number>> {
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
        const relative = params.size?.startsWith('+') ?? false;
        const amount = parseSize((params.size ?? '').replace(/^\+/, '')) ?? 0;
        const current = diskSize(value) ?? volume.size;
        const target = relative ? current + amount : amount;
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

function power(kind: GuestKind, action: PowerAction) {
  return (ctx: RequestContext): string => {
    const guest = requireGuest(ctx, kind);
    const label = `${guestLabel(kind)} ${guest.vmid}`;
    return ctx.engine.tasks.start(guest.node, workerType(kind, action), String(guest.vmid), ctx.who, () => {
      checkNotLocked(guest, flagParam(ctx.params, 'skiplock'));
      if (action === 'start') {
        if (guest.config.template === '1') throw new Error(`${label} is a template`);
        if (guest.status === 'running') throw new Error(`${label} already running`);
        guest.status = 'running';
        return;
      }
      if (action !== 'stop' && guest.status !== 'running') throw new Error(`${label} not running`);
      applyPending(guest);
      guest.status = action === 'reboot' ? 'running' : 'stopped';
    });
  };
}

function destroy(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params } = ctx;
    const guest = requireGuest(ctx, kind);
    checkNotLocked(guest, flagParam(params, 'skiplock'));
    if (guest.config.protection === '1') throw die(`can't remove ${guestLabel(kind)} ${guest.vmid} - protection mode enabled`);
    if (guest.status === 'running') throw die(`${guestLabel(kind)} ${guest.vmid} is running - destroy failed`);
    return engine.tasks.start(guest.node, workerType(kind, 'destroy'), String(guest.vmid), ctx.who, () => {
      freeGuestVolumes(engine.state, guest, flagParam(params, 'destroy-unreferenced-disks') ?? false);
      engine.state.guests.delete(guest.vmid);
      removeGuestFromPools(engine.state, `${kind}/${guest.vmid}`);
      if (flagParam(params, 'purge')) engine.state.acl = engine.state.acl.filter((e) => e.path !== `/vms/${guest.vmid}`);
    });
  };
}

function list(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string | number>> => {
    const node = requireNode(ctx);
    return [...ctx.engine.state.guests.values()]
      .filter((g) => g.kind === kind && g.node === node)
      .map((guest) => {
        const entry: Record<string, string | number> = { vmid: guest.vmid, status: guest.status, name: guest.config.name ?? guest.config.hostname ?? '' };
        if (guest.config.tags !== undefined) entry.tags = guest.config.tags;
        if (guest.config.template === '1') entry.template = 1;
        if (guest.config.lock !== undefined) entry.lock = guest.config.lock;
        return entry;
      });
  };
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
    [`GET ${base}/{vmid}/status/current`]: statusCurrent(kind),
    [`DELETE ${base}/{vmid}`]: destroy(kind),
  };
  for (const action of ['start', 'stop', 'shutdown', 'reboot'] as const) routes[`POST ${base}/{vmid}/status/${action}`] = power(kind, action);
  if (kind === 'qemu') {
    routes[`POST ${base}/{vmid}/config`] = postQemuConfig;
    routes[`POST ${base}/{vmid}/template`] = convertToTemplate;
    routes[`PUT ${base}/{vmid}/cloudinit`] = regenerateCloudInit;
  }
  routes[`GET ${base}/{vmid}/pending`] = pendingList(kind);
  return routes;
}
