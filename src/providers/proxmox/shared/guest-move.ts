// What `proxmox_vm` and `proxmox_lxc` do when their node changes (migrate or replace) and how
// they are removed (graceful shutdown or stop, purge). Semantics: qemu-server src/PVE/API2/Qemu.pm
// (`migrate_vm`, `destroy_vm`: `purge`, `destroy-unreferenced-disks`), pve-container
// src/PVE/API2/LXC.pm (`migrate_vm` with `restart`, `destroy_vm`).
import { isNotFound, whenFound } from '../../../clients/proxmox/errors.js';
import { ProxmoxHaMigrationError, type GuestApi, type GuestConfigParams, type ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import type { OperationContext, PlanContext, WriteContext } from '../../../framework/resource.js';
import { UNKNOWN } from '../../../values/types.js';
import { guestId, type GuestRef } from './guest-id.js';
import { checkHaMigration } from './guest-ha-plan.js';
import { whereItIs, type GuestKind } from './guest-location.js';
import { DEFAULT_SHUTDOWN_TIMEOUT_S } from './restart-schema.js';
import { taskOptions } from './tasks.js';

type Guests = Pick<GuestApi<GuestConfigParams>, 'config' | 'status' | 'power' | 'delete' | 'migrate'>;

/** `migrate`, `stop_on_destroy` and `purge_on_destroy`; `how` says how a running guest of this kind moves. */
export function guestMoveAttributes(guest: 'VM' | 'container', how: string) {
  return {
    migrate: attr.bool({
      default: false,
      description: `Move the ${guest} to the new node when \`node\` changes (POST .../migrate; ${how}), instead of destroying it and creating a new one (default false: replace). Needs VM.Migrate on the ${guest}; its storages must exist on the target node. An HA-managed ${guest} is moved by the HA stack (the call only queues the request): the apply waits, within its timeouts, until it is on the new node, and fails naming the node it is on when the HA migration fails. When a later step of the same apply fails, the ${guest} stays in state on the node it was moved to. A ${guest} moved outside terraform (an HA failover or rebalancing, a migration from the web UI, an apply stopped while the HA stack moved it) is found by the refresh on the node the cluster lists it on (state gets that node and id); a configuration still naming the old node then plans to migrate it back (true) or to replace it (false; for an HA-managed ${guest} the plan warns and names the node it is on).`,
    }),
    migrate_target_storage: attr.string({
      optional: true,
      description: `With migrate: the storage on the new node that the ${guest}'s node-local volumes are copied to (${guest === 'VM' ? 'targetstorage' : 'target-storage'}); unset: a storage with the same id. Volumes on shared storages stay where they are. Name the same storage in the ${guest === 'VM' ? 'disks' : 'rootfs and mount points'} so nothing is moved back after the migration. Needs Datastore.AllocateSpace on it. An HA-managed ${guest} is migrated by the HA stack, which does not pass the target storage on: its volumes go to the storages of the same id on the new node (the plan warns; the plan, and the apply again before any change, fail naming this attribute when the new node lacks one of them), and the same apply then moves them to the storages the ${guest === 'VM' ? 'disks' : 'rootfs and mount points'} name.`,
    }),
    stop_on_destroy: attr.bool({
      default: false,
      description: `On destroy, stop a running ${guest} at once (true) rather than shutting it down gracefully (default false: a shutdown that waits shutdown_timeout seconds, then stops it).`,
    }),
    purge_on_destroy: attr.bool({
      default: true,
      description: `On destroy, also remove the ${guest} from backup and replication jobs, HA and ACLs (purge, default true). Volumes named after its id are destroyed with it, also those its config no longer references (destroy-unreferenced-disks=1, so nothing is left orphaned); volumes it only attached (an iSCSI LUN, another guest's volume) are kept, as Proxmox frees only volumes it owns.`,
    }),
  };
}

/** A changed node replaces the guest unless `migrate` is set; a migrated guest gets a new id (NODE/VMID). */
export function planNodeChange(ctx: PlanContext<unknown>): void {
  if (ctx.creating) return;
  const node = ctx.config.get('node');
  if (typeof node !== 'string' || node === ctx.prior.get('node')) return;
  if (ctx.config.get('migrate') === true) ctx.setPlanned('id', UNKNOWN);
  else ctx.requireReplace('node');
}

/** Migrates the guest to `target`: live (VM) or in restart mode (container) when it runs. */
export async function migrateGuest(
  ctx: OperationContext<unknown>,
  guests: Guests,
  ref: GuestRef,
  target: string,
  options: { shutdownTimeoutS: number; targetStorage?: string | null },
): Promise<GuestRef> {
  const running = (await guests.status(ref.node, ref.vmid)).status === 'running';
  const targetStorage = options.targetStorage ?? undefined;
  ctx.logger.info('migrating guest', { vmid: ref.vmid, from: ref.node, to: target, running, targetStorage });
  const params = { target, running, withLocalDisks: true, shutdownTimeoutS: options.shutdownTimeoutS, ...(targetStorage ? { targetStorage } : {}) };
  await guests.migrate(ref.node, ref.vmid, params, taskOptions(ctx));
  return { node: target, vmid: ref.vmid };
}

/**
 * The prior state of a migrated guest at its new place, for savePartialState right after the
 * migration: a later step failing must leave the guest in state re-read on the node it is on now
 * (read on the old node, it is gone, and the state would be dropped with the guest orphaned).
 */
export function movedTo<M extends { node: string; id: string | null }>(prior: M, ref: GuestRef): M {
  return { ...prior, node: ref.node, id: guestId(ref) };
}

/** What an update of proxmox_vm or proxmox_lxc knows of the guest's place and how to migrate it. */
interface GuestPlacement {
  readonly node: string;
  readonly id: string | null;
  readonly vmid: number | null;
}

/**
 * The first step of a guest's update: when the plan names another node, migrates the guest there
 * and records the move at once (`movedTo`), so every later change is made on the new node. Returns
 * where the guest is now. The plan's HA checks are made again first (`checkHaMigration`): the
 * guest's HA state may have changed since the plan. An HA-managed guest is moved by the HA stack: the client's migrate waits
 * for that (clients/proxmox/ha-migration.ts) and fails, naming where the guest is, when it failed.
 */
export async function migrateIfMoved<M extends GuestPlacement>(
  ctx: WriteContext<{ client: ProxmoxClient }, M>,
  kind: GuestKind,
  guests: Guests,
  plan: { node: string; shutdown_timeout: number; migrate_target_storage: string | null },
  prior: M,
): Promise<GuestRef> {
  const ref = { node: prior.node, vmid: prior.vmid ?? 0 };
  if (plan.node === prior.node) return ref;
  await checkHaMigration(ctx, { kind, vmid: ref.vmid, node: ref.node, target: plan.node, targetStorage: plan.migrate_target_storage ?? undefined });
  let moved: GuestRef;
  try {
    moved = await migrateGuest(ctx, guests, ref, plan.node, { shutdownTimeoutS: plan.shutdown_timeout, targetStorage: plan.migrate_target_storage });
  } catch (error) {
    // A failed HA migration says where the guest is: in HA state `error` it may be on the target
    // already, and the state must follow it (read on the source it is gone, and would be dropped).
    if (error instanceof ProxmoxHaMigrationError && error.node === plan.node) ctx.savePartialState(movedTo(prior, { node: plan.node, vmid: ref.vmid }));
    throw error;
  }
  ctx.savePartialState(movedTo(prior, moved));
  return moved;
}

/** What the state of a proxmox_vm or proxmox_lxc says about removing it. */
export interface GuestRemoval {
  readonly node: string;
  readonly vmid: number | null;
  readonly stop_on_destroy: boolean | null;
  readonly purge_on_destroy: boolean | null;
  readonly shutdown_timeout: number | null;
}

/**
 * The `delete` of proxmox_vm and proxmox_lxc: `destroyGuest` as stop_on_destroy (default false),
 * purge_on_destroy (default true) and shutdown_timeout say, on the node the guest is on now (moved
 * since the last refresh, with -refresh=false, it is not left behind as if it were gone).
 */
export async function destroyGuestAsConfigured(
  ctx: OperationContext<{ client: ProxmoxClient }>,
  kind: GuestKind,
  guests: Guests,
  state: GuestRemoval,
): Promise<void> {
  const recorded = { node: state.node, vmid: state.vmid ?? 0 };
  const ref = await whereItIs(ctx.provider.client, recorded, kind, (at) => whenFound(() => guests.config(at.node, at.vmid), null));
  if (ref === null) return;
  await destroyGuest(ctx, guests, ref, {
    stop: state.stop_on_destroy === true,
    purge: state.purge_on_destroy !== false,
    shutdownTimeoutS: state.shutdown_timeout ?? DEFAULT_SHUTDOWN_TIMEOUT_S,
  });
}

/**
 * Shuts down (or with `stop`, stops) and destroys the guest with the volumes it references;
 * one already gone counts as destroyed. A shutdown the guest ignores is followed by a stop.
 * A protected guest is refused before anything is stopped: Proxmox would refuse the removal
 * (qemu-server API2/Qemu.pm `destroy_vm`, pve-container API2/LXC.pm `destroy_vm`:
 * check_protection) only after the guest had been shut down for nothing.
 */
export async function destroyGuest(
  ctx: OperationContext<unknown>,
  guests: Guests,
  ref: GuestRef,
  options: { stop: boolean; purge: boolean; shutdownTimeoutS: number },
): Promise<void> {
  try {
    if (String((await guests.config(ref.node, ref.vmid)).protection ?? '0') === '1')
      throw new Error(
        `guest ${ref.vmid} on node ${ref.node} has protection on, and Proxmox refuses to remove a protected guest: set protection = false and apply before destroying it (it was left running as it was).`,
      );
    // A lock a running task holds (a backup) is waited out by the client (guest-locks.ts).
    if ((await guests.status(ref.node, ref.vmid)).status === 'running') {
      ctx.logger.info(options.stop ? 'stopping guest' : 'shutting down guest', { vmid: ref.vmid });
      if (options.stop) await guests.power(ref.node, ref.vmid, 'stop', {}, taskOptions(ctx));
      else await guests.power(ref.node, ref.vmid, 'shutdown', { timeout: options.shutdownTimeoutS, forceStop: true }, taskOptions(ctx));
    }
    await guests.delete(ref.node, ref.vmid, { purge: options.purge, destroyUnreferencedDisks: true }, taskOptions(ctx));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
