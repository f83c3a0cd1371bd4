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
import { descriptionText } from './text.js';
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

/** An update's take whose answer was lost: an update's failure taints nothing. */
const TAKEN_ON_UPDATE = 'it is kept in state (a failed update does not taint it): the next refresh reads it, or drops it when its task failed';

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
      description: `Node of the ${guest}. The snapshot moves with its ${guest}: a new node (a migration, an HA failover) is an in-place change, and a refresh finds the snapshot on the node the ${guest} is on now. When the ${guest} on the new node has no such snapshot (it was replaced there: a configuration still naming the node it was moved from, without migrate), the update takes the snapshot anew, as a create does.`,
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

/**
 * A snapshot's description as read back, or as configured when the two differ only in trailing
 * white space. Both kinds keep it as comment lines of the snapshot's section, one per line of the
 * text (trailing empty lines dropped: qemu-server QemuServer.pm:2162@e6352be, pve-container
 * LXC/Config.pm:1249-1251@94f5585); QEMU strips the trailing white space when it reads it back
 * (QemuServer.pm:1969-1975), a container ends each line with a line feed (LXC/Config.pm:1174-1175),
 * and both list an absent one as "" (Qemu.pm:6144, pve-container API2/LXC/Snapshot.pm:84). A heredoc's final
 * line feed would otherwise plan a change on every refresh.
 */
function snapshotDescription(listed: string | undefined, configured: string | null): string | null {
  const text = listed?.replace(/\n$/, '');
  return descriptionText(text === '' ? undefined : text, configured);
}

export const snapshotId = (model: Pick<SnapshotModel, 'node' | 'vmid' | 'name'>): string => `${model.node}/${model.vmid}/${model.name}`;

/** What sets one kind of guest's snapshots apart. */
export interface SnapshotKind<M extends SnapshotModel> {
  readonly kind: GuestKind;
  /** The guests' API (`client.qemu` or `client.lxc`). */
  readonly guests: (client: ProxmoxClient) => Guests;
  /** What the kind reads beyond the description (a VM's saved RAM). */
  readonly fromEntry: (found: SnapshotEntry, state: M) => M;
  /** What the kind asks for beyond the description when it takes the snapshot (a VM's RAM). */
  readonly takeParams?: (plan: M) => { vmstate?: boolean };
  /** Refuses, before the take, what Proxmox would refuse only in the snapshot task (a VM's disks on a storage that cannot snapshot). */
  readonly checkTakeable?: (client: ProxmoxClient, plan: M) => Promise<void>;
}

type WriteCtx<M> = WriteContext<{ client: ProxmoxClient }, M>;

/** The operations both snapshot resources share. */
export function snapshotOperations<M extends SnapshotModel>({ kind, guests, fromEntry, takeParams, checkTakeable }: SnapshotKind<M>) {
  /**
   * Takes the snapshot. Proxmox adds it to the guest's config before the task snapshots the
   * volumes (pve-guest-common AbstractConfig.pm `snapshot_prepare`): when the answer is lost or
   * the time runs out, one there now that was not before is kept in state, not orphaned (`kept`
   * says what then follows).
   */
  async function take(ctx: WriteCtx<M>, plan: M, kept?: string): Promise<M> {
    const { client } = ctx.provider;
    await checkTakeable?.(client, plan);
    const api = guests(client);
    const params = { ...(plan.description !== null ? { description: plan.description } : {}), ...takeParams?.(plan) };
    const taken = { ...plan, id: snapshotId(plan) };
    await createByName({
      what: `snapshot "${plan.name}" of guest ${plan.vmid}`,
      exists: async () => (await api.snapshots(plan.node, plan.vmid)).some((s) => s.name === plan.name),
      create: () =>
        snapshotQueue(client).run(snapshotQueueKey(plan.node, plan.vmid), () => api.createSnapshot(plan.node, plan.vmid, plan.name, params, taskOptions(ctx))),
      record: () => ctx.savePartialState(taken),
      ...(kept === undefined ? {} : { kept }),
    });
    return taken;
  }

  return {
    /** Takes the snapshot (a lost answer or a task outliving the timeout: kept in state, tainted). */
    create: (ctx: WriteCtx<M>, plan: M): Promise<M> => take(ctx, plan),
    /** The snapshot on the node its guest is on now (another than state's after a migration or an HA failover). */
    async read(ctx: Ctx, state: M): Promise<M | null> {
      const { client } = ctx.provider;
      const listed = await readWhereItIs(client, { node: state.node, vmid: state.vmid }, kind, async (at) => {
        const snapshots = await orNull(() => guests(client).snapshots(at.node, at.vmid));
        return snapshots === null ? null : { node: at.node, snapshots };
      });
      const found = listed?.snapshots.find((s) => s.name === state.name && s.name !== 'current');
      if (!listed || !found) return null;
      const description = snapshotDescription(found.description, state.description);
      const here = { ...state, node: listed.node };
      return fromEntry(found, { ...here, id: snapshotId(here), description });
    },
    /**
     * A new node is the guest's: migrated, the guest brought the snapshot along (nothing is taken);
     * replaced there (a configuration still naming the old node, `migrate = false`, after the guest
     * was moved outside terraform: the plan cannot tell which), the guest is a new one without it,
     * and the snapshot is taken anew as create takes it, with the planned description (the old
     * guest's went with it). A new description is written to the snapshot that is there.
     */
    async update(ctx: WriteCtx<M>, plan: M, prior: M): Promise<M> {
      const api = guests(ctx.provider.client);
      if (!(await api.snapshots(plan.node, plan.vmid)).some((s) => s.name === plan.name)) {
        ctx.logger.info('the guest has no such snapshot (a new guest): taking it anew', { node: plan.node, vmid: plan.vmid, name: plan.name });
        return take(ctx, plan, TAKEN_ON_UPDATE);
      }
      if (plan.description !== prior.description) await api.updateSnapshot(plan.node, plan.vmid, plan.name, plan.description ?? '', taskOptions(ctx));
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
        // An update may take the snapshot (of a replaced guest): as long as a create may.
        timeouts: { create: '20m', update: '20m', delete: '20m' },
        create: this.create,
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
