// What `proxmox_vm_snapshot` and `proxmox_lxc_snapshot` share: the schema's common attributes,
// the NODE/VMID/NAME id, and reading, describing, deleting and importing a snapshot
// (`/nodes/{node}/qemu|lxc/{vmid}/snapshot/...`, the same shape for both kinds of guest).
import type { GuestApi, GuestConfigParams, ProxmoxClient, SnapshotEntry } from '../../../clients/proxmox/index.js';
import { attr } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { OperationContext, PlanContext, WriteContext } from '../../../framework/resource.js';
import { UNKNOWN } from '../../../values/types.js';
import { readWhereItIs, whereItIs, type GuestKind } from './guest-location.js';
import { validators } from '../../../framework/validators.js';
import { deleteIgnoringMissing, orNull } from './not-found.js';
import { optionalText } from './text.js';
import { taskOptions } from './tasks.js';
import { createByName } from './lost-create.js';
import { clientQueues } from './client-queues.js';
import { idAttribute } from './key-attributes.js';

/**
 * Snapshot tasks of one guest, one at a time. Each holds the guest's `lock: snapshot` for as long
 * as it runs (pve-guest-common AbstractConfig.pm `snapshot_create`/`snapshot_delete`: set in
 * `snapshot_prepare`, cleared at the end), and a second one meanwhile fails at once with
 * "VM N is locked (snapshot)" (`check_lock`). Saving a running VM's RAM takes minutes, longer than
 * any retry of that refusal should wait, so snapshots of one guest in one apply queue here.
 */
export const snapshotQueue = clientQueues();

/** The queue key of a guest's snapshots. */
export const snapshotQueueKey = (node: string, vmid: number): string => `${node}/${vmid}`;

const replace = planModifiers.requiresReplace();

/** What a user sees after a snapshot create that did not finish, for the resources' descriptions. */
export const SNAPSHOT_FAILURES =
  'A snapshot whose request lost its answer, or whose task outlived the create timeout, is kept in state when the guest lists it (tainted: the next apply takes it again); a failed snapshot task leaves none (Proxmox removes it). ' +
  'Snapshots of one guest in one apply are taken and removed one at a time (Proxmox refuses a second one while a snapshot task holds the guest locked); while another task (a backup, a clone) holds the guest locked they wait for it to end; a stale lock fails at once (see proxmox_vm / proxmox_lxc).';

/** id, node, vmid, name and description of a snapshot of a `guest` ("VM" or "container"). */
export function snapshotAttributes(guest: string) {
  return {
    id: idAttribute('NODE/VMID/NAME.'),
    node: attr.string({
      required: true,
      description: `Node of the ${guest}. The snapshot moves with its ${guest}: a new node (a migration, an HA failover) is an in-place change, and a refresh finds the snapshot on the node the ${guest} is on now.`,
    }),
    vmid: attr.number({ required: true, description: `Id of the ${guest}.`, planModifiers: [replace] }),
    name: attr.string({
      required: true,
      description: 'Snapshot name.',
      validators: [validators.textMatching(/^[A-Za-z][A-Za-z0-9_-]{1,39}$/, 'text starting with a letter, holding 2 to 40 letters, digits, "_" or "-"')],
      planModifiers: [replace],
    }),
    description: attr.string({ optional: true, description: 'Description.' }),
  };
}

interface SnapshotModel {
  id: string | null;
  node: string;
  vmid: number;
  name: string;
  description: string | null;
}

type Guests = GuestApi<GuestConfigParams> | GuestApi<GuestConfigParams & { ostemplate: string }>;
type Ctx = OperationContext<{ client: ProxmoxClient }>;

/** The documentation example of a snapshot resource `type` of the guest at `guest` (an address). */
export function snapshotExample(type: string, guest: string): string {
  return [
    `resource "${type}" "before_upgrade" {`,
    `  node        = ${guest}.node`,
    `  vmid        = ${guest}.vmid`,
    '  name        = "before_upgrade"',
    '  description = "taken by terraform"',
    '}',
  ].join('\n');
}

export const snapshotId = (model: Pick<SnapshotModel, 'node' | 'vmid' | 'name'>): string => `${model.node}/${model.vmid}/${model.name}`;

/**
 * The operations both snapshot resources share, on the guests `guests` picks; `fromEntry` adds
 * what a kind of guest reads beyond the description (a VM's saved RAM).
 */
export function snapshotOperations<M extends SnapshotModel>(
  kind: GuestKind,
  guests: (client: ProxmoxClient) => Guests,
  fromEntry: (found: SnapshotEntry, state: M) => M,
) {
  return {
    /**
     * Takes the snapshot. Proxmox adds it to the guest's config before the task snapshots the
     * volumes (pve-guest-common AbstractConfig.pm `snapshot_prepare`): when the answer is lost or
     * the time runs out, one there now that was not before is kept in state (tainted), not orphaned.
     */
    async take(ctx: WriteContext<{ client: ProxmoxClient }, M>, plan: M, params: { description?: string; vmstate?: boolean }): Promise<M> {
      const api = guests(ctx.provider.client);
      const taken = { ...plan, id: snapshotId(plan) };
      await createByName({
        what: `snapshot "${plan.name}" of guest ${plan.vmid}`,
        exists: async () => (await api.snapshots(plan.node, plan.vmid)).some((s) => s.name === plan.name),
        create: () =>
          snapshotQueue(ctx.provider.client).run(snapshotQueueKey(plan.node, plan.vmid), () =>
            api.createSnapshot(plan.node, plan.vmid, plan.name, params, taskOptions(ctx)),
          ),
        record: () => ctx.savePartialState(taken),
      });
      return taken;
    },
    /** The snapshot on the node its guest is on now (another than state's after a migration or an HA failover). */
    async read(ctx: Ctx, state: M): Promise<M | null> {
      const { client } = ctx.provider;
      const listed = await readWhereItIs(client, { node: state.node, vmid: state.vmid }, kind, async (at) => {
        const snapshots = await orNull(() => guests(client).snapshots(at.node, at.vmid));
        return snapshots === null ? null : { node: at.node, snapshots };
      });
      const found = listed?.snapshots.find((s) => s.name === state.name && s.name !== 'current');
      if (!listed || !found) return null;
      const description = optionalText(found.description?.replace(/\n$/, ''), state.description);
      const here = { ...state, node: listed.node };
      return fromEntry(found, { ...here, id: snapshotId(here), description });
    },
    /** A new description is written; a new node (the guest moved) is only checked: the snapshot must be there. */
    async update(ctx: Ctx, plan: M, prior: M): Promise<M> {
      const api = guests(ctx.provider.client);
      if (plan.description !== prior.description) await api.updateSnapshot(plan.node, plan.vmid, plan.name, plan.description ?? '', taskOptions(ctx));
      else if (!(await api.snapshots(plan.node, plan.vmid)).some((s) => s.name === plan.name))
        throw new AttributeError(
          'node',
          'Snapshot not on this node',
          `Guest ${plan.vmid} on node ${plan.node} has no snapshot "${plan.name}": a snapshot is on the node its guest is on.`,
        );
      return { ...plan, id: snapshotId(plan) };
    },
    /** Removes the snapshot on the node its guest is on now (moved since the last refresh, it is not left behind as if it were gone). */
    async delete(ctx: Ctx, state: M): Promise<void> {
      const api = guests(ctx.provider.client);
      const ref = await whereItIs(ctx.provider.client, { node: state.node, vmid: state.vmid }, kind, (at) => orNull(() => api.snapshots(at.node, at.vmid)));
      if (ref === null) return;
      await snapshotQueue(ctx.provider.client).run(snapshotQueueKey(ref.node, ref.vmid), () =>
        deleteIgnoringMissing(() => api.deleteSnapshot(ref.node, ref.vmid, state.name, taskOptions(ctx))),
      );
    },
    /** The resource definition's members both snapshot resources share (a snapshot takes at most the timeouts given). */
    get shared() {
      return {
        importId: { description: 'NODE/VMID/NAME', example: 'pve/100/before-upgrade' },
        timeouts: { create: '20m', delete: '20m' },
        read: this.read,
        update: this.update,
        delete: this.delete,
        importState: this.importState,
      };
    },
    /** Plan-time: a new node is the same snapshot, moved with its guest; only its id changes. */
    planNodeChange(ctx: PlanContext<unknown>): void {
      if (!ctx.creating && ctx.planned.get('node') !== ctx.prior.get('node')) ctx.setPlanned('id', UNKNOWN);
    },
    importState(id: string): { node: string; vmid: number; name: string } {
      const match = /^([^/]+)\/(\d+)\/([^/]+)$/.exec(id);
      if (!match) throw new AttributeError('id', 'Invalid import id', `Expected NODE/VMID/NAME such as "pve/100/before-upgrade", got "${id}".`);
      return { node: match[1] ?? '', vmid: Number(match[2]), name: match[3] ?? '' };
    },
  };
}
