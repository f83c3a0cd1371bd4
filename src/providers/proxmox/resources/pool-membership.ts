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
import { deleteIgnoringMissing, orNull } from '../shared/not-found.js';
import { poolIdValidator } from '../shared/pool-id.js';
import { proxmoxResource } from '../provider-data.js';

const replace = planModifiers.requiresReplace();

const membershipSchema = schema({
  description:
    'One VM, container or storage in a resource pool. Use it beside a proxmox_pool that leaves its members alone; do not also set `pool` on the same proxmox_vm or proxmox_lxc (both would manage the same membership).',
  attributes: {
    id: attr.string({ computed: true, description: 'POOL/vm/VMID or POOL/storage/STORAGE.', planModifiers: [planModifiers.useStateForUnknown()] }),
    pool_id: attr.string({
      required: true,
      description: 'The pool, such as "lab" or "lab/web".',
      validators: [poolIdValidator],
      planModifiers: [replace],
    }),
    vmid: attr.number({
      optional: true,
      description: 'The VM or container to add.',
      validators: [validators.between(100, 999_999_999), validators.integer()],
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

export const poolMembershipResource = proxmoxResource({
  name: 'proxmox_pool_membership',
  schema: membershipSchema,
  importId: { description: 'POOL/vm/VMID or POOL/storage/STORAGE', example: 'lab/vm/100' },
  async create(ctx, plan) {
    await ctx.provider.client.pools.update(plan.pool_id, change(plan));
    return { ...plan, id: membershipId(plan) };
  },
  async read(ctx, state) {
    const pool = await orNull(() => ctx.provider.client.pools.get(state.pool_id));
    const member = pool?.members.find((m) =>
      state.vmid !== null ? (m.type === 'qemu' || m.type === 'lxc') && Number(m.vmid) === state.vmid : m.type === 'storage' && m.storage === state.storage,
    );
    return member === undefined ? null : { ...state, id: membershipId(state) };
  },
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
