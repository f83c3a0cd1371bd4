// Plan-time diagnostics of proxmox_vm's and proxmox_lxc's node change for a guest the HA stack
// manages (/cluster/resources lists an `hastate` for it, pve-manager PVE/API2/Cluster.pm).
// - HA moves such a guest on its own (a failover, rebalancing): the refresh finds it on its new node
//   (guest-location.ts), and a configuration still naming the old node plans its replacement.
// - Its migrate call only queues `ha-manager migrate SID TARGET` (qemu-server src/PVE/API2/Qemu.pm
//   :5521-5533 @e781d971, pve-container src/PVE/API2/LXC.pm :1679-1695 @963730e), and the LRM
//   migrates it without a target storage: a VM with `with-local-disks` and `force`, a container
//   shut down and moved offline (pve-ha-manager src/PVE/HA/Resources/PVEVM.pm:102-131,
//   PVECT.pm:101-125 @9b2729f). Each volume then goes to the storage of the same id on the target,
//   which must be enabled there (a VM: Qemu.pm `migrate_vm` → QemuServer.pm:2190-2214
//   `check_storage_availability` @e781d971; a container: src/PVE/LXC/Migrate.pm:76-105 `prepare`
//   @963730e, both `storage_check_enabled` on the target node), or the HA migration fails.
import type { GuestConfig, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { parseDisk, storageOfVolume } from '../../../clients/proxmox/property-string.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import type { OperationContext, PlanContext } from '../../../framework/resource.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { clusterGuest, type GuestKind } from './guest-location.js';
import { VM_DRIVE_KEY } from './snapshot-capability.js';

const CONTAINER_VOLUME_KEY = /^(rootfs|mp\d+)$/;

/** The storages the guest's volumes are on (bind mounts and CD-ROM slots without media have none). */
function volumeStorages(kind: GuestKind, config: GuestConfig): string[] {
  const keys = Object.keys(config).filter((key) => (kind === 'qemu' ? VM_DRIVE_KEY : CONTAINER_VOLUME_KEY).test(key));
  const storages = keys.map((key) => storageOfVolume(parseDisk(String(config[key])).volume));
  return [...new Set(storages.filter((storage): storage is string => storage !== undefined))];
}

/** The guest's storages the `target` node does not have (a storage limited to other nodes by its `nodes` option). */
async function storagesMissingOn(client: ProxmoxClient, kind: GuestKind, node: string, vmid: number, target: string): Promise<string[]> {
  const config = await (kind === 'qemu' ? client.qemu : client.lxc).config(node, vmid);
  const missing: string[] = [];
  for (const storage of volumeStorages(kind, config)) {
    const nodes = (await client.storage.find(storage))?.nodes;
    if (nodes !== undefined && !nodes.split(',').includes(target)) missing.push(storage);
  }
  return missing;
}

/** What is asked of a guest's node: it is on `node`, the configuration names `target`. */
export interface NodeChange {
  readonly kind: GuestKind;
  readonly vmid: number;
  readonly node: string;
  readonly target: string;
  readonly migrate: boolean;
  readonly targetStorage: string | undefined;
}

/** What the check finds, on the attribute it names. */
export interface HaPlacementFinding {
  readonly severity: 'error' | 'warning';
  readonly attribute: 'node' | 'migrate_target_storage';
  readonly summary: string;
  readonly detail: string;
}

/**
 * For an HA-managed guest whose configured node is not the one it is on: a warning when the
 * change replaces it (HA or someone moved it; set `node` to where it is, or migrate it back); with
 * `migrate`, an error when the HA migration would fail on a storage the target lacks, else a
 * warning that `migrate_target_storage` is ignored (the apply's disk moves then bring the volumes
 * to the planned storages). Undefined for a guest HA does not manage.
 */
export async function haPlacementFinding(client: ProxmoxClient, change: NodeChange): Promise<HaPlacementFinding | undefined> {
  const { kind, vmid, node, target, targetStorage } = change;
  const listed = await clusterGuest(client, vmid, kind);
  if (listed?.hastate === undefined) return undefined;
  const what = kind === 'qemu' ? 'VM' : 'container';
  const sid = `${kind === 'qemu' ? 'vm' : 'ct'}:${vmid}`;
  if (!change.migrate)
    return {
      severity: 'warning',
      attribute: 'node',
      summary: `HA-managed ${what} is on another node: it would be replaced`,
      detail: `Proxmox HA manages ${sid} (HA state "${listed.hastate}") and it is on node ${node}, not on node ${target} that the configuration names: the HA stack (a failover or rebalancing) or a migration outside terraform moved it. This plan destroys it and creates a new ${what} on ${target}. To keep it, set node = "${node}" (where it is now), or set migrate = true to move it back (the HA stack migrates it; its HA rules may move it again).`,
    };
  const missing = await storagesMissingOn(client, kind, node, vmid, target);
  if (missing.length > 0)
    return {
      severity: 'error',
      attribute: targetStorage !== undefined ? 'migrate_target_storage' : 'node',
      summary: 'The HA migration would fail',
      detail: `Proxmox HA manages ${sid}: its migration is done by the HA stack, which copies every volume to the storage of the same id on the target${targetStorage !== undefined ? ` (migrate_target_storage "${targetStorage}" is not passed on)` : ''}, and node ${target} does not have storage ${missing.join(', ')}. Move those volumes to a storage both nodes have first, or remove ${sid} from HA for the migration.`,
    };
  if (targetStorage !== undefined)
    return {
      severity: 'warning',
      attribute: 'migrate_target_storage',
      summary: 'Target storage ignored for an HA-managed guest',
      detail: `Proxmox HA manages ${sid}: the HA stack migrates it and does not pass migrate_target_storage "${targetStorage}" on, so its node-local volumes are first copied to the storages of the same id on node ${target}; the apply then moves each volume whose disk names another storage in the configuration there (a second copy).`,
    };
  return undefined;
}

/** Plan time: the finding of a planned node change (not for a create), as the plan's error or warning. */
export async function checkHaPlacement(ctx: PlanContext<ProxmoxProviderData>, kind: GuestKind): Promise<void> {
  if (ctx.creating || ctx.provider === undefined) return;
  const target = ctx.config.get('node');
  const node = ctx.prior.get('node');
  const vmid = ctx.prior.get('vmid');
  if (typeof target !== 'string' || typeof node !== 'string' || typeof vmid !== 'number' || target === node) return;
  const targetStorage = ctx.config.get('migrate_target_storage');
  const migrate = ctx.config.get('migrate') === true;
  const finding = await haPlacementFinding(ctx.provider.client, {
    kind,
    vmid,
    node,
    target,
    migrate,
    targetStorage: typeof targetStorage === 'string' ? targetStorage : undefined,
  });
  if (finding === undefined) return;
  if (finding.severity === 'error') ctx.error(finding.attribute, finding.summary, finding.detail);
  else ctx.warn(finding.attribute, finding.summary, finding.detail);
}

/**
 * Apply time, before the migration and any other change: the plan's check again, as the guest's
 * HA state may have changed since the plan (put under HA, or its volumes moved). A migration the
 * HA stack would fail is refused (the plan's error, on the same attribute): the LRM shuts a
 * running container down before its migration fails (pve-ha-manager src/PVE/HA/Resources/PVECT.pm
 * :101-125 @9b2729f), and a VM given a target storage passes the call's checks and fails only in
 * the LRM (qemu-server src/PVE/API2/Qemu.pm:5494-5519 @e781d971). A warning is passed on.
 */
export async function checkHaMigration(ctx: OperationContext<{ client: ProxmoxClient }>, change: Omit<NodeChange, 'migrate'>): Promise<void> {
  const finding = await haPlacementFinding(ctx.provider.client, { ...change, migrate: true });
  if (finding?.severity === 'error') throw new AttributeError(finding.attribute, finding.summary, finding.detail);
  if (finding !== undefined) ctx.warn(finding.summary, finding.detail, [{ attribute: finding.attribute }]);
}

/**
 * Plan time: a change of `started` for a guest the HA stack manages. Its start or stop does not
 * power the guest but sets the HA resource's requested state (the `hastart`/`hastop` task runs
 * `ha-manager set SID --state started|stopped`: qemu-server src/PVE/API2/Qemu.pm:3631-3642,
 * :3750-3768 @e6352be; pve-container src/PVE/API2/LXC/Status.pm:166-177,:266-280 @94f5585), the
 * attribute a proxmox_ha_resource for the guest manages too: with the other value there, each
 * apply would undo the other's. A warning naming `started`, since the guest may be managed by
 * hand in the web UI, where the request is what the user wants.
 */
export async function warnHaPowerChange(ctx: PlanContext<ProxmoxProviderData>, kind: GuestKind): Promise<void> {
  if (ctx.creating || ctx.provider === undefined) return;
  const started = ctx.planned.get('started');
  const vmid = ctx.prior.get('vmid');
  if (typeof started !== 'boolean' || ctx.prior.get('started') === started || typeof vmid !== 'number') return;
  const hastate = (await clusterGuest(ctx.provider.client, vmid, kind))?.hastate;
  // An `ignored` resource is powered directly, as if HA did not manage it (pve-ha-manager
  // src/PVE/HA/Config.pm:352-365 @b71218f).
  if (hastate === undefined || hastate === 'ignored') return;
  const sid = `${kind === 'qemu' ? 'vm' : 'ct'}:${vmid}`;
  const requested = started ? 'started' : 'stopped';
  ctx.warn(
    'started',
    `HA-managed guest: ${started ? 'starting' : 'stopping'} it sets its HA state`,
    `Proxmox HA manages ${sid} (HA state "${hastate}"): the apply does not ${started ? 'start' : 'stop'} it itself but sets its HA requested state to "${requested}", and the HA stack ${started ? 'starts' : 'stops'} it. A proxmox_ha_resource for ${sid} with another state would set it back on its next apply (and this one again on the next): manage the power of an HA-managed guest in one place, the proxmox_ha_resource's state, with started set to match.`,
  );
}
