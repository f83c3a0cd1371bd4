// `proxmox_sdn_applier`: applies the pending SDN configuration (`PUT /cluster/sdn`) once, after
// the SDN objects it depends on were written. Wire it with `depends_on` and
// `lifecycle { replace_triggered_by = [...] }` on those objects: every apply that changes one of
// them replaces the applier, whose create applies everything at once. Its read reports it gone
// while the cluster has pending SDN changes, so changes made elsewhere (or left by a failed run)
// plan an apply too. Deletions apply themselves (docs/proxmox-sdn.md).
import { schema } from '../../../framework/attributes.js';
import { applySdn, sdnHasPendingChanges } from '../shared/sdn.js';
import { proxmoxResource } from '../provider-data.js';
import { idAttribute } from '../shared/key-attributes.js';

const applierSchema = schema({
  description:
    'Applies pending SDN changes (zones, vnets, subnets, controllers) cluster-wide, once per apply. Depend on the SDN resources and list them in lifecycle.replace_triggered_by; see the SDN guide.',
  attributes: {
    id: idAttribute('Always "sdn".'),
  },
});

export const sdnApplierResource = proxmoxResource({
  name: 'proxmox_sdn_applier',
  schema: applierSchema,
  importId: { description: 'the word sdn (there is one SDN configuration per cluster)', example: 'sdn', only: ['sdn'] },
  async create(ctx) {
    await applySdn(ctx.provider.client);
    return { id: 'sdn' };
  },
  async read(ctx) {
    return (await sdnHasPendingChanges(ctx.provider.client)) ? null : { id: 'sdn' };
  },
  async update(ctx) {
    await applySdn(ctx.provider.client);
    return { id: 'sdn' };
  },
  // Nothing to undo: the applied configuration stays; deleted SDN objects apply their own removal.
  async delete() {},
  importState: () => ({ id: 'sdn' }),
});
