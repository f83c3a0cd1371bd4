// `/nodes/{node}/qemu|lxc/{vmid}/snapshot/...`: snapshots as config copies with a parent chain.
import { die } from '../pve-error.js';
import { flagParam, requireGuest, type RequestContext, type Routes } from '../engine.js';
import { guestDigest, diskVolume, isDiskKey } from '../guest-config.js';
import type { GuestKind, SimGuest, SimSnapshot, SimState } from '../state.js';
import { volumeHasFeature } from '../volume-features.js';
import { findVolume } from '../volumes.js';
import { snapshotExternalVolumes } from '../external-snapshots.js';
import { checkNotLocked, guestLabel, typedConfig, workerType } from './guest-common.js';

function requireSnapshot(guest: SimGuest, name: string): SimSnapshot {
  const snap = guest.snapshots.get(name);
  if (!snap) throw die(`snapshot '${name}' does not exist`);
  return snap;
}

/**
 * `has_feature('snapshot')` over every volume (CD-ROMs and cloud-init drives aside): qcow2 on file
 * storages, never an iSCSI LUN (pve-guest-common AbstractConfig.pm `__snapshot_prepare`).
 */
function checkSnapshotFeature(state: SimState, guest: SimGuest): void {
  for (const [key, value] of Object.entries(guest.config)) {
    if (!isDiskKey(guest.kind, key)) continue;
    const id = diskVolume(value);
    const volume = id === undefined ? undefined : findVolume(state, id);
    if (volume && !volumeHasFeature(state, volume, 'snapshot')) throw new Error('snapshot feature is not available');
  }
}

/**
 * A snapshot's description as the config file gives it back: written as one comment line per line
 * of the text, trailing empty lines dropped (Perl `split`; qemu-server QemuServer.pm:2162@e6352be,
 * pve-container LXC/Config.pm:1249-1251@94f5585), read back by QEMU with the trailing white space
 * stripped (QemuServer.pm:1969-1975), by a container with each line ending in a line feed
 * (LXC/Config.pm:1174-1175).
 */
function storedDescription(kind: GuestKind, text: string): string {
  if (kind === 'qemu') return text.replace(/\s+$/, '');
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => `${line}\n`).join('');
}

function list(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string | number>> => {
    const guest = requireGuest(ctx, kind);
    const entries: Array<Record<string, string | number>> = [...guest.snapshots.values()].map((snap) => ({
      name: snap.name,
      description: snap.description,
      snaptime: snap.snaptime,
      ...(snap.parent !== undefined ? { parent: snap.parent } : {}),
      ...(kind === 'qemu' ? { vmstate: snap.vmstate ? 1 : 0 } : {}),
    }));
    const current: Record<string, string | number> = {
      name: 'current',
      description: 'You are here!',
      digest: guestDigest(guest),
      running: guest.status === 'running' ? 1 : 0,
    };
    if (guest.config.parent !== undefined) current.parent = guest.config.parent;
    return [...entries, current];
  };
}

/**
 * Snapshot work runs in a worker whose first step (pve-guest-common AbstractConfig.pm
 * `__snapshot_prepare`, `snapshot_delete`, `snapshot_rollback`) checks the config's `lock` and sets
 * its own, at once: the request always gets its UPID, and a guest locked by another task makes the
 * task fail "VM N is locked (snapshot)". The lock stays set until the work (or its cleanup) ends,
 * however long the task runs.
 */
function snapshotTask(ctx: RequestContext, guest: SimGuest, action: string, lock: string, work: () => void, cleanup?: () => void): string {
  const { engine } = ctx;
  const refusal = guest.config.lock === undefined ? undefined : `${guestLabel(guest.kind)} is locked (${guest.config.lock})`;
  if (refusal === undefined) guest.config.lock = lock;
  const unlock = (): void => {
    if (refusal === undefined && guest.config.lock === lock) delete guest.config.lock;
  };
  return engine.tasks.start(
    guest.node,
    workerType(guest.kind, action),
    String(guest.vmid),
    ctx.who,
    () => {
      if (refusal !== undefined) throw new Error(refusal);
      return engine.locks.with(guest.kind, guest.vmid, () => {
        try {
          work();
        } finally {
          unlock();
        }
      });
    },
    () => {
      cleanup?.();
      unlock();
    },
  );
}

function create(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const guest = requireGuest(ctx, kind);
    const name = ctx.params.snapname ?? '';
    if (name === 'current') throw die(`invalid snapshot name 'current'`);
    if (guest.snapshots.has(name)) throw die(`snapshot name '${name}' already used`);
    const prepare = (): SimSnapshot => {
      if (guest.config.template === '1') throw new Error("you can't take a snapshot if it's a template");
      checkSnapshotFeature(ctx.engine.state, guest);
      const config = { ...guest.config };
      delete config.lock;
      const snap: SimSnapshot = {
        name,
        description: storedDescription(kind, ctx.params.description ?? ''),
        snaptime: Math.floor(Date.now() / 1000),
        vmstate: (flagParam(ctx.params, 'vmstate') ?? false) && guest.status === 'running',
        config,
        // snapshot_prepare copies the whole config, the raw lxc lines with it.
        ...(guest.lxc !== undefined ? { lxc: guest.lxc.map(([key, value]): [string, string] => [key, value]) } : {}),
      };
      if (guest.config.parent !== undefined) snap.parent = guest.config.parent;
      return snap;
    };
    // The worker's first step (snapshot_prepare) writes the snapshot into the config before the
    // volumes are snapshotted: it is listed while the task runs, also when the caller lost the
    // answer or stopped waiting. A failing task removes it again (snapshot_create's cleanup).
    let prepared: SimSnapshot | undefined;
    try {
      if (guest.config.lock !== undefined) throw new Error('locked: the task fails in snapshotTask');
      prepared = prepare();
      guest.snapshots.set(name, prepared);
    } catch {
      prepared = undefined; // refused: the task fails with the reason below, leaving nothing
    }
    const cleanup = () => {
      if (prepared !== undefined && guest.snapshots.get(name) === prepared) guest.snapshots.delete(name);
    };
    return snapshotTask(
      ctx,
      guest,
      'snapshot',
      'snapshot',
      () => {
        const snap = prepared ?? prepare();
        snapshotExternalVolumes(ctx.engine.state, guest, snap.config, name, 'create');
        guest.snapshots.set(name, snap);
        guest.config.parent = name;
      },
      cleanup,
    );
  };
}

function remove(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const guest = requireGuest(ctx, kind);
    const snap = requireSnapshot(guest, ctx.params.snapname ?? '');
    return snapshotTask(ctx, guest, 'delsnapshot', 'snapshot-delete', () => {
      for (const other of guest.snapshots.values()) if (other.parent === snap.name) other.parent = snap.parent;
      if (guest.config.parent === snap.name) {
        if (snap.parent === undefined) delete guest.config.parent;
        else guest.config.parent = snap.parent;
      }
      snapshotExternalVolumes(ctx.engine.state, guest, snap.config, snap.name, 'delete');
      guest.snapshots.delete(snap.name);
    });
  };
}

function rollback(kind: GuestKind) {
  return (ctx: RequestContext): string => {
    const guest = requireGuest(ctx, kind);
    const snap = requireSnapshot(guest, ctx.params.snapname ?? '');
    return snapshotTask(ctx, guest, 'rollback', 'rollback', () => {
      snapshotExternalVolumes(ctx.engine.state, guest, snap.config, snap.name, 'rollback');
      guest.config = { ...snap.config, parent: snap.name, lock: 'rollback' };
      guest.lxc = snap.lxc?.map(([key, value]): [string, string] => [key, value]);
      guest.pending = {};
      guest.pendingDelete.clear();
      guest.status = snap.vmstate ? 'running' : 'stopped';
    });
  };
}

function getConfig(kind: GuestKind) {
  return (ctx: RequestContext): Record<string, string | number> => {
    const guest = requireGuest(ctx, kind);
    const snap = requireSnapshot(guest, ctx.params.snapname ?? '');
    const view = typedConfig(ctx, kind, { ...snap.config, description: snap.description }, guestDigest(guest));
    return { ...view, snaptime: snap.snaptime, ...(snap.parent !== undefined ? { parent: snap.parent } : {}) };
  };
}

/** `update_snapshot_config`: nothing to do without a description; else under the config flock, refused while the guest is locked. */
function putConfig(kind: GuestKind) {
  return async (ctx: RequestContext): Promise<null> => {
    const guest = requireGuest(ctx, kind);
    const description = ctx.params.description;
    if (description === undefined) return null;
    await ctx.engine.locks.with(kind, guest.vmid, () => {
      checkNotLocked(guest);
      requireSnapshot(guest, ctx.params.snapname ?? '').description = storedDescription(kind, description);
    });
    return null;
  };
}

function links(kind: GuestKind) {
  return (ctx: RequestContext): Array<Record<string, string>> => {
    requireSnapshot(requireGuest(ctx, kind), ctx.params.snapname ?? '');
    return [
      { rel: 'child', href: 'config' },
      { rel: 'child', href: 'rollback' },
    ];
  };
}

export function snapshotRoutes(kind: GuestKind): Routes {
  const base = `/nodes/{node}/${kind}/{vmid}/snapshot`;
  return {
    [`GET ${base}`]: list(kind),
    [`POST ${base}`]: create(kind),
    [`GET ${base}/{snapname}`]: links(kind),
    [`DELETE ${base}/{snapname}`]: remove(kind),
    [`POST ${base}/{snapname}/rollback`]: rollback(kind),
    [`GET ${base}/{snapname}/config`]: getConfig(kind),
    [`PUT ${base}/{snapname}/config`]: putConfig(kind),
  };
}
