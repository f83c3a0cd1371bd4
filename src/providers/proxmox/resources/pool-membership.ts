// `proxmox_pool_membership`: one VM, container or storage in a resource pool, through
// `PUT /pools` (`vms` or `storage`, `delete=1` to leave; pve-access-control
// src/PVE/API2/Pool.pm `update_pool`). A guest already in another pool is refused ("belongs
// already to pool") rather than moved, so two configurations never fight over it.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { rules } from '../../../framework/rules.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { PoolDetail, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { createByName } from '../shared/lost-create.js';
import { deleteIgnoringMissing, orNull } from '../shared/not-found.js';
import { poolIdValidator } from '../shared/pool-id.js';
import { proxmoxResource } from '../provider-data.js';
import { idAttribute } from '../shared/key-attributes.js';
import { vmidValidators } from '../shared/guest-id.js';

const replace = planModifiers.requiresReplace();

const membershipSchema = schema({
  description:
    'One VM, container or storage in a resource pool. Use it beside a proxmox_pool that leaves its members alone; do not also set `pool` on the same proxmox_vm or proxmox_lxc (both would manage the same membership). The guest or storage must exist when the membership is created: Proxmox records an unknown id in the pool without checking but never lists it, so the provider refuses it (and takes the entry back).',
  attributes: {
    id: idAttribute('POOL/vm/VMID or POOL/storage/STORAGE.'),
    pool_id: attr.string({
      required: true,
      description: 'The pool, such as "lab" or "lab/web".',
      validators: [poolIdValidator],
      planModifiers: [replace],
    }),
    vmid: attr.number({
      optional: true,
      description: 'The VM or container to add.',
      validators: vmidValidators,
      planModifiers: [replace],
    }),
    storage: attr.string({
      optional: true,
      description: 'The storage to add, such as "local-lvm".',
      validators: [validators.textMatching(/^[a-zA-Z][a-zA-Z0-9\-_.]*[a-zA-Z0-9]$/, 'a storage id')],
      planModifiers: [replace],
    }),
  },
  rules: [rules.exactlyOneOf('vmid', 'storage')],
});

type MembershipModel = ModelOf<typeof membershipSchema>;

const membershipId = (m: MembershipModel): string => (m.vmid !== null ? `${m.pool_id}/vm/${m.vmid}` : `${m.pool_id}/storage/${m.storage ?? ''}`);
const change = (m: MembershipModel) => (m.vmid !== null ? { vms: [m.vmid] } : { storage: [m.storage ?? ''] });

/** The member as the pool lists it (existing guests and storages only), null when not listed or the pool is gone. */
async function readMembership(client: ProxmoxClient, m: MembershipModel): Promise<PoolDetail['members'][number] | null> {
  const pool = await orNull(() => client.pools.get(m.pool_id));
  const member = pool?.members.find((entry) =>
    m.vmid !== null
      ? (entry.type === 'qemu' || entry.type === 'lxc') && Number(entry.vmid) === m.vmid
      : entry.type === 'storage' && entry.storage === m.storage,
  );
  return member ?? null;
}

export const poolMembershipResource = proxmoxResource({
  name: 'proxmox_pool_membership',
  schema: membershipSchema,
  importId: { description: 'POOL/vm/VMID or POOL/storage/STORAGE', example: 'lab/vm/100' },
  async create(ctx, plan) {
    const { pools } = ctx.provider.client;
    const created = { ...plan, id: membershipId(plan) };
    await createByName({
      what: `member ${membershipId(plan)}`,
      exists: async () => (await readMembership(ctx.provider.client, plan)) !== null,
      create: () => pools.update(plan.pool_id, change(plan)),
      record: () => ctx.savePartialState(created),
    });
    if ((await readMembership(ctx.provider.client, plan)) === null) {
      // The server records any vmid or storage id without looking (Pool.pm `update_pool`) but
      // lists only those that exist: take the entry back, or the next plan would add it again
      // and be refused as "already a pool member".
      await deleteIgnoringMissing(() => pools.update(plan.pool_id, { ...change(plan), remove: true }));
      const [attribute, what] =
        plan.vmid !== null ? (['vmid', `VM or container ${plan.vmid}`] as const) : (['storage', `storage "${plan.storage ?? ''}"`] as const);
      throw new AttributeError(
        attribute,
        'No such pool member',
        `${what} does not exist; Proxmox records it in the pool without checking but lists only existing members.`,
      );
    }
    return created;
  },
  read: async (ctx, state) => ((await readMembership(ctx.provider.client, state)) === null ? null : { ...state, id: membershipId(state) }),
  async update(_ctx, plan) {
    return { ...plan, id: membershipId(plan) };
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.pools.update(state.pool_id, { ...change(state), remove: true }));
  },
  importState(id) {
    const match = /^(.+)\/(vm|storage)\/([^/]+)$/.exec(id);
    if (!match) throw new AttributeError('id', 'Invalid import id', `Expected POOL/vm/VMID or POOL/storage/STORAGE such as "lab/vm/100", got "${id}".`);
    const [, pool, kind, member] = match;
    return kind === 'vm' ? { pool_id: pool ?? '', vmid: Number(member), storage: null } : { pool_id: pool ?? '', vmid: null, storage: member ?? '' };
  },
});
