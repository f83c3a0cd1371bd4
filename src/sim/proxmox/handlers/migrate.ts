// `POST /nodes/{node}/qemu|lxc/{vmid}/migrate`: the guest moves to another node of the cluster.
// Checks and wording follow qemu-server (src/PVE/API2/Qemu.pm `migrate_vm`, src/PVE/QemuMigrate.pm
// `prepare`/`scan_local_volumes`) and pve-container (src/PVE/API2/LXC.pm `migrate_vm`,
// src/PVE/LXC/Migrate.pm `prepare`), both at the PVE 9.1 tags:
// - the target must be another node ("target is local node.") that exists;
// - a running VM moves only live (`online`), and its node-local disks only with `with-local-disks`;
// - a running container moves only in restart mode (`restart`: shut down, moved, started again;
//   `online` is refused: LXC live migration is not implemented), and never with a bind mount;
// - every volume's storage (or the target storage) must be available on the target node.
import { die, paramError } from '../pve-error.js';
import { flagParam, requireGuest, type RequestContext, type SimEngine } from '../engine.js';
import { diskVolume, isDiskKey } from '../guest-config.js';
import { parsePropertyString } from '../../../clients/proxmox/property-string.js';
import type { GuestKind, SimGuest, SimState } from '../state.js';
import { copyVolume, findVolume, freeVolume, storageContent } from '../volumes.js';
import { guestMember, poolOf } from './pool-members.js';
import { isRootPam, requirePrivileges, requireVmPrivileges, type Principal } from '../permissions.js';
import { applyPending, checkNotLocked, guestLabel } from './guest-common.js';
import { HA_USER } from './ha-power.js';

/** Storage types the simulator models whose volumes every node sees (pve-storage `shared` plugins). */
const SHARED_TYPES = new Set(['nfs', 'cifs', 'iscsi', 'iscsidirect', 'rbd', 'cephfs', 'zfs', 'pbs', 'truenas']);

function isShared(state: SimState, storage: string): boolean {
  const config = state.storages.get(storage);
  return config !== undefined && (SHARED_TYPES.has(config.type) || config.options.shared === '1');
}

/** `storage_check_node`: a storage limited to some nodes is unavailable on the others. */
function checkStorageOnNode(state: SimState, storage: string, node: string): void {
  const nodes = state.storages.get(storage)?.options.nodes;
  if (nodes !== undefined && !nodes.split(',').includes(node)) throw new Error(`storage '${storage}' is not available on node '${node}'`);
}

/** The guest's volumes by config key (disks, mount points, unused), bind mounts as host paths. */
function guestVolumes(guest: SimGuest): Array<{ key: string; volume: string }> {
  return Object.entries(guest.config).flatMap(([key, value]) => {
    if (/^unused\d+$/.test(key)) return [{ key, volume: value }];
    if (!isDiskKey(guest.kind, key)) return [];
    const volume = diskVolume(value);
    return volume === undefined || volume === 'none' || volume === 'cdrom' || (!volume.includes(':') && !volume.startsWith('/')) ? [] : [{ key, volume }];
  });
}

function checkRunning(kind: GuestKind, guest: SimGuest, params: Readonly<Record<string, string>>): void {
  if (guest.status !== 'running') return;
  if (kind === 'qemu' && !flagParam(params, 'online')) throw new Error("can't migrate running VM without --online");
  if (kind === 'lxc' && flagParam(params, 'online')) throw new Error('lxc live migration is currently not implemented');
  if (kind === 'lxc' && !flagParam(params, 'restart')) throw new Error('running container can only be migrated in restart mode');
}

/** Moves the guest's node-local volumes to `targetStorage` (the same storage id on the new node when unset). */
function moveLocalVolumes(state: SimState, guest: SimGuest, params: Readonly<Record<string, string>>): void {
  const targetStorage = guest.kind === 'qemu' ? params.targetstorage : params['target-storage'];
  for (const { key, volume } of guestVolumes(guest)) {
    if (volume.startsWith('/')) {
      if (!/(^|,)shared=1(,|$)/.test(guest.config[key] ?? '')) throw new Error(`cannot migrate local bind mount point '${key}'`);
      continue;
    }
    const storage = volume.slice(0, volume.indexOf(':'));
    if (isShared(state, storage)) {
      checkStorageOnNode(state, storage, params.target ?? '');
      continue;
    }
    if (guest.kind === 'qemu' && guest.status === 'running' && !flagParam(params, 'with-local-disks') && !/-cloudinit/.test(volume)) {
      throw new Error("can't live migrate attached local disks without with-local-disks option");
    }
    const target = targetStorage ?? storage;
    checkStorageOnNode(state, target, params.target ?? '');
    const found = findVolume(state, volume);
    if (!found || target === storage) continue;
    const moved = copyVolume(state, found, guest.vmid, target);
    freeVolume(state, volume);
    guest.config[key] = (guest.config[key] ?? '').replace(volume, `${moved.storage}:${moved.name}`);
  }
}

/**
 * `$check_storage_access_migrate` (qemu-server) and its pve-container twin: every storage of the
 * target-storage map must be enabled on the target node, writable for the caller
 * (Datastore.AllocateSpace) and hold guest volumes (images / rootdir); a map other than the identity
 * also needs VM.Config.Disk on the guest.
 */
function checkTargetStorage(ctx: RequestContext, guest: SimGuest, target: string): void {
  const key = guest.kind === 'qemu' ? 'targetstorage' : 'target-storage';
  const map = ctx.params[key];
  if (map === undefined || map === '1') return;
  const state = ctx.engine.state;
  if (!isRootPam(ctx.who)) requireVmPrivileges(state, ctx.who, guest.vmid, poolOf(state, guestMember(guest.vmid)), ['VM.Config.Disk']);
  const content = guest.kind === 'qemu' ? 'images' : 'rootdir';
  for (const entry of map.split(/[,;\s]+/).filter((part) => part !== '')) {
    const storage = entry.includes(':') ? entry.slice(entry.indexOf(':') + 1) : entry;
    const config = state.storages.get(storage);
    if (config === undefined) throw paramError({ [key]: `storage '${storage}' does not exist` });
    checkStorageOnNode(state, storage, target);
    requirePrivileges(state, ctx.who, `/storage/${storage}`, ['Datastore.AllocateSpace']);
    if (!storageContent(config).has(content)) throw die(`storage '${storage}' does not support ${guest.kind === 'qemu' ? 'vm images' : 'CT rootdirs'}`);
  }
}

/**
 * A VM's `check_storage_availability` in `migrate_vm`, before the worker and before an HA guest's
 * request is queued, when no target storage maps the volumes (or the map is the identity): the
 * storage of every drive, CD-ROM images too, must be enabled on the target node (qemu-server
 * src/PVE/API2/Qemu.pm:5493-5519, src/PVE/QemuServer.pm:2190-2214 @e781d971). So an HA-managed VM,
 * whose LRM migrates it without a target storage (pve-ha-manager src/PVE/HA/Resources/PVEVM.pm:102-131
 * @9b2729f), cannot leave a storage the target lacks. A container's checks run in the worker
 * (pve-container src/PVE/LXC/Migrate.pm:76-105 `prepare` @963730e).
 */
function checkDriveStorages(state: SimState, guest: SimGuest, target: string, params: Readonly<Record<string, string>>): void {
  if (guest.kind !== 'qemu' || (params.targetstorage !== undefined && params.targetstorage !== '1')) return;
  for (const [key, value] of Object.entries(guest.config)) {
    if (!isDiskKey('qemu', key)) continue;
    const volume = parsePropertyString(value).bare ?? '';
    if (volume.includes(':')) checkStorageOnNode(state, volume.slice(0, volume.indexOf(':')), target);
  }
}

/** The migration worker (`qmigrate`, `vzmigrate`) of `guest` to `target` with the call's `params`. */
function startMigrationTask(
  engine: SimEngine,
  kind: GuestKind,
  guest: SimGuest,
  target: string,
  params: Readonly<Record<string, string>>,
  who: Principal,
): string {
  // The worker holds the config file lock for the whole migration (AbstractMigrate `lock_vm`)
  // and sets the `migrate` lock once its checks pass (phase1); the lock goes when the migration
  // ends, also when it failed (phase1_cleanup / final_cleanup, `qm unlock` on the target).
  return engine.tasks.start(
    guest.node,
    // `qmigrate` (not qm + migrate) and `vzmigrate`, as the task list shows them.
    kind === 'qemu' ? 'qmigrate' : 'vzmigrate',
    String(guest.vmid),
    who,
    (log, progress) =>
      engine.locks.with(kind, guest.vmid, async () => {
        checkNotLocked(guest);
        checkRunning(kind, guest, params);
        log(`starting migration of ${guestLabel(kind)} ${guest.vmid} to node '${target}'`);
        guest.config.lock = 'migrate';
        try {
          await progress();
          moveLocalVolumes(engine.state, guest, params);
          const restart = kind === 'lxc' && guest.status === 'running';
          // A restart migration shuts the container down: what waited for a restart is applied.
          if (restart) applyPending(guest);
          guest.node = target;
          if (restart) log('start container on target node');
        } finally {
          if (guest.config.lock === 'migrate') delete guest.config.lock;
        }
      }),
    undefined,
    { pausedInWork: true },
  );
}

/**
 * Whether the LRM's own `migrate_vm` call passes the checks it makes before starting a worker. It
 * passes no target storage (pve-ha-manager src/PVE/HA/Resources/PVEVM.pm:102-131 @9b2729f), so a
 * VM's `check_storage_availability` runs even when the user's call named one (that call checked
 * only the target storage's access and queued the request: qemu-server src/PVE/API2/Qemu.pm
 * :5494-5533 @e781d971); with its `check_lock` (:5474) it dies before any `qmigrate` task.
 * The LRM logs the error and its worker exits with an error code; the CRM then puts the service
 * back in its requested state on the source node (src/PVE/HA/LRM.pm:629-637, src/PVE/HA/Manager.pm
 * :850-880 `next_state_migrate_relocate` @9b2729f). A container's call has no such check for an
 * HA migration (the LRM shut it down; no target storage): pve-container src/PVE/API2/LXC.pm
 * :1627-1695 @963730e, its storages are checked in the `vzmigrate` task.
 */
function lrmCallPasses(state: SimState, guest: SimGuest, target: string, params: Readonly<Record<string, string>>): boolean {
  if (guest.kind !== 'qemu') return true;
  try {
    checkNotLocked(guest);
    checkDriveStorages(state, guest, target, params);
    return true;
  } catch {
    return false;
  }
}

/**
 * An HA-managed guest's migrate call: a `hamigrate` task that only queues `ha-manager migrate SID
 * TARGET` and ends; the CRM then puts the resource in state `migrate` and the LRM of the source
 * node (as root@pam) runs the real migration, stopped resources too: a VM's `migrate_vm` online
 * when it runs, with-local-disks; a container is shut down first and migrated offline, and the CRM
 * starts it again where it then is when its requested state is `started`. When the task ends the
 * service state is the configured one again, on the target on success, on the source otherwise
 * (`next_state_migrate_relocate`). The simulated CRM picks the command up at once.
 */
function startHaMigration(engine: SimEngine, kind: GuestKind, guest: SimGuest, sid: string, target: string, who: Principal): string {
  return engine.tasks.start(
    guest.node,
    'hamigrate',
    String(guest.vmid),
    who,
    (log) => {
      log(`Requesting HA migration for ${kind === 'qemu' ? 'VM' : 'CT'} ${guest.vmid} to node ${target}`);
      const running = guest.status === 'running';
      if (kind === 'lxc' && running) {
        guest.status = 'stopped';
        applyPending(guest);
      }
      const params: Record<string, string> = kind === 'qemu' ? { target, online: running ? '1' : '0', 'with-local-disks': '1' } : { target };
      const states = engine.state.datacenter.haServiceStates;
      states.set(sid, 'migrate');
      const ended = (): void => {
        states.delete(sid);
        if (kind === 'lxc' && running && (engine.state.datacenter.haResources.get(sid)?.state ?? 'started') === 'started') guest.status = 'running';
      };
      if (!lrmCallPasses(engine.state, guest, target, params)) return void engine.tasks.runUnlisted(ended);
      const upid = startMigrationTask(engine, kind, guest, target, params, HA_USER);
      void engine.tasks.tasks.get(upid)?.done.then(ended);
    },
    undefined,
    // Not held by `holdTasks`: only the migration it queues is (that is what takes long).
    { pausedInWork: true },
  );
}

export function migrate(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const { engine, params } = ctx;
    const guest = requireGuest(ctx, kind);
    const target = params.target ?? '';
    if (target === guest.node) throw paramError({ target: 'target is local node.' });
    if (!engine.state.nodes.includes(target)) throw die(`no such cluster node '${target}'`);
    // qemu-server's "try to detect errors early": a VM's lock is checked before the worker too;
    // pve-container's migrate_vm leaves it to the worker.
    if (kind === 'qemu') checkNotLocked(guest);
    checkTargetStorage(ctx, guest, target);
    checkDriveStorages(engine.state, guest, target, params);
    const sid = `${kind === 'qemu' ? 'vm' : 'ct'}:${guest.vmid}`;
    if (engine.state.datacenter.haResources.has(sid)) return startHaMigration(engine, kind, guest, sid, target, ctx.who);
    return startMigrationTask(engine, kind, guest, target, params, ctx.who);
  };
}
