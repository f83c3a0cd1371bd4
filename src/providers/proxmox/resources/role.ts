// `proxmox_role`: a named set of privileges.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { defineResource } from '../../../framework/resource.js';
import { ty } from '../../../framework/type-spec.js';
import type { ProxmoxProviderData } from '../index.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';

const roleSchema = schema({
  description: 'A role: a named set of privileges to grant with proxmox_acl.',
  attributes: {
    id: attr.string({ computed: true, description: 'The role id.', planModifiers: [planModifiers.useStateForUnknown()] }),
    role_id: attr.string({ required: true, description: 'Role name.', planModifiers: [planModifiers.requiresReplace()] }),
    privileges: attr.set(ty.string, { required: true, description: 'Privileges, such as ["VM.Audit", "VM.PowerMgmt"].' }),
  },
});

export const roleResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_role',
  schema: roleSchema,
  importId: { description: 'the role id', example: 'Operator' },
  example: `resource "proxmox_role" "operator" {
  role_id    = "Operator"
  privileges = ["VM.Audit", "VM.Console", "VM.PowerMgmt"]
}`,
  async create(ctx, plan) {
    await ctx.provider.client.access.createRole(plan.role_id, plan.privileges);
    return { ...plan, id: plan.role_id };
  },
  async read(ctx, state) {
    const privileges = await ctx.provider.client.access.findRole(state.role_id);
    return privileges === undefined ? null : { id: state.role_id, role_id: state.role_id, privileges };
  },
  async update(ctx, plan) {
    await ctx.provider.client.access.updateRole(plan.role_id, plan.privileges);
    return { ...plan, id: plan.role_id };
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.access.deleteRole(state.role_id));
  },
  importState: (id) => ({ role_id: id }),
});
