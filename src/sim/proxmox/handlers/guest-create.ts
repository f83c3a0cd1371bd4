// Guests coming into being: create (`POST /nodes/{node}/qemu|lxc`), clone and the conversion to a
// template, with the privilege checks and server-written defaults of qemu-server
// src/PVE/API2/Qemu.pm (`create_vm`, `clone_vm`, `template`) and pve-container src/PVE/API2/LXC.pm.
import { randomUUID } from 'node:crypto';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import { die } from '../pve-error.js';
import { flagParam, requireGuest, requireNode, type RequestContext } from '../engine.js';
import { hasPrivileges, isRootPam, permissionDenied, requirePrivileges, requireVmPrivileges } from '../permissions.js';
import { checkLxcOptionPrivileges, checkQemuBridges, checkQemuOptionPrivileges, checkQemuStorageAccess, type GuestPermContext } from '../guest-privileges.js';
import { diskVolume, isDiskKey, normalizeConfigValue } from '../guest-config.js';
import type { GuestKind, SimGuest, SimState } from '../state.js';
import { createBaseVolume, linkedCloneVolume, volumeHasFeature } from '../volume-features.js';
import { copyVolume, findVolume, freeVolume } from '../volumes.js';
import { configChanges, guestLabel, workerType } from './guest-common.js';
import { pinnedMachine } from '../guest-update-rules.js';
import { addPoolMember, guestMember } from './pool-members.js';
import { checkQemuDevices } from '../device-privileges.js';
import { checkDriveParams, checkImportSources } from '../special-drives.js';

/** `check_vmid_unused` (pve-cluster): `VM 100 already exists on node 'pve'`. */
function vmidInUse(state: SimState, vmid: number): string | undefined {
  const owner = state.guests.get(vmid);
  return owner === undefined ? undefined : `${guestLabel(owner.kind)} ${vmid} already exists on node '${owner.node}'`;
}

export function newGuest(kind: GuestKind, vmid: number, node: string, config: Record<string, string>): SimGuest {
  return { kind, vmid, node, config, pending: {}, pendingDelete: new Set(), status: 'stopped', snapshots: new Map() };
}

/** Frees every volume the guest's config references, and with `all` every volume it owns. */
export function freeGuestVolumes(state: SimState, guest: SimGuest, all: boolean): void {
  for (const [key, value] of Object.entries(guest.config)) {
    const volume = /^unused\d+$/.test(key) ? value : isDiskKey(guest.kind, key) ? diskVolume(value) : undefined;
    if (volume !== undefined && findVolume(state, volume)?.vmid === guest.vmid) freeVolume(state, volume);
  }
  if (all) for (const [id, volume] of state.volumes) if (volume.vmid === guest.vmid) freeVolume(state, id);
}

/** Removes a guest whose create or clone task failed, with the volumes it got so far. */
function dropGuest(state: SimState, guest: SimGuest): void {
  freeGuestVolumes(state, guest, true);
  state.guests.delete(guest.vmid);
}

/** `check_pool_exist`: a 403 naming the pool. */
function checkPool(state: SimState, pool: string | undefined): void {
  if (pool !== undefined && !state.pools.has(pool)) throw permissionDenied(`pool '${pool}' does not exist`);
}

/** `VM.Allocate` on `/vms/<vmid>`, or on the pool; otherwise a bare `Permission check failed`. */
function checkAllocate(ctx: RequestContext, vmid: number, pool: string | undefined): void {
  const { state } = ctx.engine;
  if (hasPrivileges(state, ctx.who, `/vms/${vmid}`, ['VM.Allocate'])) return;
  if (pool !== undefined && hasPrivileges(state, ctx.who, `/pool/${pool}`, ['VM.Allocate'])) return;
  throw permissionDenied();
}

const BOOT_DISK_ORDER = [
  ...Array.from({ length: 4 }, (_, i) => `ide${i}`),
  ...Array.from({ length: 6 }, (_, i) => `sata${i}`),
  ...Array.from({ length: 31 }, (_, i) => `scsi${i}`),
  ...Array.from({ length: 16 }, (_, i) => `virtio${i}`),
];

/** `get_default_bootdevices`: the first hard disk, the first CD-ROM (cloud-init drives count), the first NIC. */
function defaultBootOrder(config: Record<string, string>): string | undefined {
  const isCdrom = (key: string): boolean => parsePropertyString(config[key] ?? '').props.media === 'cdrom';
  const disk = BOOT_DISK_ORDER.find((key) => config[key] !== undefined && !isCdrom(key));
  const cdrom = BOOT_DISK_ORDER.find((key) => config[key] !== undefined && isCdrom(key));
  const net = Array.from({ length: 32 }, (_, i) => `net${i}`).find((key) => config[key] !== undefined);
  const order = [disk, cdrom, net].filter((d): d is string => d !== undefined);
  return order.length === 0 ? undefined : `order=${order.join(';')}`;
}

/** The QEMU version `meta` records as `creation-qemu` (PVE 9.1 ships QEMU 10.1). */
const CREATION_QEMU = '10.1.2';

/** What `create_vm` writes besides the request: `meta`, `boot`, `smbios1` uuid, `vmgenid`, a pinned Windows machine. */
function qemuServerDefaults(config: Record<string, string>): void {
  config.meta = `creation-qemu=${CREATION_QEMU},ctime=${Math.floor(Date.now() / 1000)}`;
  if (config.boot === undefined) {
    const boot = defaultBootOrder(config);
    if (boot !== undefined) config.boot = boot;
  }
  config.smbios1 ??= `uuid=${randomUUID()}`;
  if (config.vmgenid === undefined || config.vmgenid === '1') config.vmgenid = randomUUID();
  const pinned = pinnedMachine(config.machine, config.ostype);
  if (pinned !== undefined) config.machine = pinned;
}

/** The checks of QEMU create, in the server's order. */
function checkQemuCreate(ctx: RequestContext, vmid: number, changes: Record<string, string>): void {
  const { state } = ctx.engine;
  const pool = ctx.params.pool;
  checkPool(state, pool);
  const perm: GuestPermContext = { state, who: ctx.who, vmid, ...(pool !== undefined ? { pool } : {}) };
  if (flagParam(ctx.params, 'start')) requireVmPrivileges(state, ctx.who, vmid, pool, ['VM.PowerMgmt']);
  checkAllocate(ctx, vmid, pool);
  checkDriveParams(changes);
  checkQemuStorageAccess(perm, changes, ctx.params.storage);
  checkImportSources(perm, changes);
  checkQemuOptionPrivileges(perm, Object.keys(changes));
  checkQemuBridges(perm, changes);
  checkQemuDevices(perm, changes, []);
  const inUse = vmidInUse(state, vmid);
  if (inUse !== undefined) throw die(`unable to create VM ${vmid} - ${inUse}`);
}

/** The checks of LXC create, in the server's order; returns whether the CT is unprivileged. */
function checkLxcCreate(ctx: RequestContext, vmid: number, changes: Record<string, string>): boolean {
  const { state } = ctx.engine;
  const pool = ctx.params.pool;
  const unprivileged = flagParam(ctx.params, 'unprivileged') ?? true;
  if (!unprivileged) requirePrivileges(state, ctx.who, '/', ['Sys.Modify']);
  const inUse = vmidInUse(state, vmid);
  if (inUse !== undefined) throw die(inUse);
  checkPool(state, pool);
  checkAllocate(ctx, vmid, pool);
  const { unprivileged: _flag, ...options } = changes;
  checkLxcOptionPrivileges({ state, who: ctx.who, vmid, ...(pool !== undefined ? { pool } : {}) }, undefined, options, [], unprivileged);
  return unprivileged;
}

function lxcDefaults(ctx: RequestContext, vmid: number): Record<string, string> {
  const { params } = ctx;
  const template = params.ostemplate ?? '';
  if (!findVolume(ctx.engine.state, template)) throw die(`volume '${template}' does not exist`);
  const os = /vztmpl\/([a-z]+)/.exec(template)?.[1] ?? 'unmanaged';
  return { arch: 'amd64', ostype: os, hostname: `CT${vmid}`, memory: '512', swap: '512', rootfs: `${params.storage ?? 'local'}:4` };
}

export function create(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params, who } = ctx;
    const node = requireNode(ctx);
    const vmid = Number(params.vmid);
    const changes = configChanges(params);
    let wanted: Record<string, string>;
    if (kind === 'qemu') {
      checkQemuCreate(ctx, vmid, changes);
      wanted = changes;
    } else {
      const unprivileged = checkLxcCreate(ctx, vmid, changes);
      const { unprivileged: _flag, ...options } = changes;
      wanted = { ...lxcDefaults(ctx, vmid), ...options, ...(unprivileged ? { unprivileged: '1' } : {}) };
    }
    const guest = newGuest(kind, vmid, node, { lock: 'create' });
    engine.state.guests.set(vmid, guest);
    return engine.tasks.start(
      node,
      workerType(kind, 'create'),
      String(vmid),
      who,
      (log) => {
        try {
          for (const [key, value] of Object.entries(wanted)) {
            guest.config[key] = normalizeConfigValue(engine.state, guest, key, value, engine.macPrefix);
            if (isDiskKey(kind, key)) log(`${key}: successfully created disk '${guest.config[key]}'`);
          }
          if (kind === 'qemu') qemuServerDefaults(guest.config);
        } catch (err) {
          throw new Error(`unable to create ${guestLabel(kind)} ${vmid} - ${(err as Error).message}`, { cause: err });
        }
        delete guest.config.lock;
        if (params.pool !== undefined) addPoolMember(engine.state, params.pool, guestMember(vmid));
        if (flagParam(params, 'start')) guest.status = 'running';
      },
      () => dropGuest(engine.state, guest),
    );
  };
}

/** Keys a clone never copies (`clone_vm`: snapshot bookkeeping, running state, unused volumes). */
const NOT_CLONED = /^(snapshots|parent|snaptime|vmstate|snapstate|runningcpu|runningmachine|running-nets-host-mtu|lock|unused\d+)$/;

/** `clone_vm`'s early checks: storage, lock, full/linked rules, each disk's clone or copy feature, privileges. */
function checkClone(ctx: RequestContext, source: SimGuest, config: Record<string, string>, full: boolean, snapname: string | undefined): void {
  const { state } = ctx.engine;
  const { storage } = ctx.params;
  const target = storage === undefined ? undefined : state.storages.get(storage);
  if (storage !== undefined && !target) throw die(`storage '${storage}' does not exist`);
  if (target && !(target.options.content ?? '').split(',').includes(source.kind === 'qemu' ? 'images' : 'rootdir')) {
    throw die(`storage '${storage}' does not support ${source.kind === 'qemu' ? 'vm images' : 'container directories'}`);
  }
  if (source.config.lock !== undefined) throw die(`${guestLabel(source.kind)} is locked (${source.config.lock})`);
  if (storage !== undefined && !full) throw die(`parameter 'storage' not allowed for linked clones`);
  if (ctx.params.format !== undefined && !full) throw die(`parameter 'format' not allowed for linked clones`);
  const perm: GuestPermContext = { state, who: ctx.who, vmid: source.vmid };
  for (const [key, value] of Object.entries(config)) {
    if (!isDiskKey(source.kind, key) || NOT_CLONED.test(key)) continue;
    const id = diskVolume(value);
    const volume = id === undefined ? undefined : findVolume(state, id);
    if (!volume) continue;
    const cloudinit = /-cloudinit/.test(id ?? '');
    const feature = full || cloudinit || key === 'tpmstate0' ? 'copy' : 'clone';
    if (source.kind === 'lxc') {
      // pve-container `clone_vm`: its own wording, and a running container copies only from a snapshot.
      if (full && source.status === 'running' && snapname === undefined) throw die('Cannot do full clones on a running container without snapshots');
      if (!full && !volumeHasFeature(state, volume, 'clone')) throw die(`Linked clone feature for '${id}' is not available`);
    }
    if (!volumeHasFeature(state, volume, feature)) {
      throw die(
        `${feature === 'copy' ? 'Full' : 'Linked'} clone feature is not supported for${snapname !== undefined ? ' a snapshot of' : ''} '${id}' (${key})`,
      );
    }
    if (!isRootPam(ctx.who)) requirePrivileges(state, ctx.who, `/storage/${storage ?? volume.storage}`, ['Datastore.AllocateSpace']);
  }
  if (source.kind === 'qemu') checkQemuBridges(perm, config);
}

export function clone(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params, who } = ctx;
    const source = requireGuest(ctx, kind);
    const newid = Number(params.newid);
    checkPool(engine.state, params.pool);
    const snapshot = params.snapname === undefined ? undefined : source.snapshots.get(params.snapname);
    if (params.snapname !== undefined && !snapshot) throw die(`snapshot '${params.snapname}' does not exist`);
    const config: Record<string, string> = { ...(snapshot?.config ?? source.config) };
    const full = flagParam(params, 'full') ?? source.config.template !== '1';
    checkClone(ctx, source, config, full, params.snapname);
    if (engine.state.guests.has(newid)) throw die(`unable to create ${guestLabel(kind)} ${newid}: config file already exists`);
    const copy = newGuest(kind, newid, params.target ?? source.node, { lock: 'clone' });
    // clone_vm copies every key of the source (or snapshot) config, a container's raw lxc lines too.
    const raw = snapshot !== undefined ? snapshot.lxc : source.lxc;
    if (raw !== undefined) copy.lxc = raw.map(([key, value]): [string, string] => [key, value]);
    engine.state.guests.set(newid, copy);
    return engine.tasks.start(
      source.node,
      workerType(kind, 'clone'),
      String(source.vmid),
      who,
      (log) => {
        log(`create ${full ? 'full' : 'linked'} clone of ${guestLabel(kind)} ${source.vmid} with ID ${newid}`);
        for (const [key, value] of Object.entries(config)) {
          if (NOT_CLONED.test(key)) continue;
          const volumeId = isDiskKey(kind, key) ? diskVolume(value) : undefined;
          const volume = volumeId === undefined ? undefined : findVolume(engine.state, volumeId);
          if (volume) {
            const cloudinit = /-cloudinit/.test(volumeId ?? '');
            const linked = !full && !cloudinit && key !== 'tpmstate0';
            const made = linked ? linkedCloneVolume(engine.state, volume, newid) : copyVolume(engine.state, volume, newid, params.storage);
            copy.config[key] = value.replace(volumeId ?? '', `${made.storage}:${made.name}`);
            log(`${linked ? 'create linked clone' : 'create full clone'} of drive ${key} (${volumeId})`);
          } else if (/^net\d+$/.test(key)) {
            // Every clone gets new MAC addresses.
            copy.config[key] = normalizeConfigValue(
              engine.state,
              copy,
              key,
              value.replace(/=([0-9A-F]{2}:){5}[0-9A-F]{2}/i, '').replace(/,?hwaddr=[^,]*/, ''),
              engine.macPrefix,
            );
          } else {
            copy.config[key] = value;
          }
        }
        if (kind === 'qemu') {
          const smbios = copy.config.smbios1 ?? '';
          const uuid = `uuid=${randomUUID()}`;
          copy.config.smbios1 = /uuid=[^,]*/.test(smbios) ? smbios.replace(/uuid=[^,]*/, uuid) : [smbios, uuid].filter((p) => p !== '').join(',');
          if (copy.config.vmgenid !== undefined) copy.config.vmgenid = randomUUID();
          copy.config.name = params.name ?? `Copy-of-VM-${config.name ?? source.vmid}`;
        } else if (params.hostname !== undefined) {
          copy.config.hostname = params.hostname;
        }
        delete copy.config.template;
        if (params.description !== undefined) copy.config.description = params.description;
        delete copy.config.lock;
        if (params.pool !== undefined) addPoolMember(engine.state, params.pool, guestMember(newid));
      },
      () => dropGuest(engine.state, copy),
    );
  };
}

/** `POST …/template`: the guest becomes a template and its disks read-only `base-*` volumes. */
export function template(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine } = ctx;
    const guest = requireGuest(ctx, kind);
    const disk = ctx.params.disk;
    const check = (): void => {
      if (guest.config.lock !== undefined) throw die(`${guestLabel(kind)} is locked (${guest.config.lock})`);
      if (guest.snapshots.size > 0) throw die(`unable to create template, because ${kind === 'qemu' ? 'VM' : 'CT'} contains snapshots`);
      if (guest.config.template === '1' && disk === undefined) throw die(`you can't convert a template to a template`);
      if (guest.status === 'running')
        throw die(kind === 'qemu' ? `you can't convert a VM to template if VM is running` : `you can't convert a CT to template if the CT is running`);
    };
    check();
    return engine.tasks.start(guest.node, workerType(kind, 'template'), String(guest.vmid), ctx.who, () =>
      engine.locks.with(kind, guest.vmid, () => {
        check();
        guest.config.template = '1';
        for (const [key, value] of Object.entries(guest.config)) {
          if (!isDiskKey(kind, key) || (disk !== undefined && key !== disk)) continue;
          const id = diskVolume(value);
          const volume = id === undefined ? undefined : findVolume(engine.state, id);
          if (!volume || /-cloudinit/.test(id ?? '')) continue;
          if (!volumeHasFeature(engine.state, volume, 'template')) {
            // qemu-server skips such disks; pve-container refuses the conversion.
            if (kind === 'lxc') throw new Error(`Template feature is not available for '${id}'`);
            continue;
          }
          const base = createBaseVolume(engine.state, volume);
          guest.config[key] = value.replace(id ?? '', `${base.storage}:${base.name}`);
        }
      }),
    );
  };
}
