// `proxmox_group`: a group of users, for ACLs.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { defineResource } from '../../../framework/resource.js';
import { ty } from '../../../framework/type-spec.js';
import type { ProxmoxProviderData } from '../index.js';
import { deleteIgnoringMissing } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';

const groupSchema = schema({
  description: 'A group of Proxmox VE users; grant roles to it with proxmox_acl.',
  attributes: {
    id: attr.string({ computed: true, description: 'The group id.', planModifiers: [planModifiers.useStateForUnknown()] }),
    group_id: attr.string({ required: true, description: 'Group name.', planModifiers: [planModifiers.requiresReplace()] }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
    members: attr.set(ty.string, { computed: true, description: 'Users in the group (set on proxmox_user.groups).' }),
  },
});

export const groupResource = defineResource<ProxmoxProviderData>()({
  name: 'proxmox_group',
  schema: groupSchema,
  importId: { description: 'the group id', example: 'admins' },
  example: `resource "proxmox_group" "admins" {
  group_id = "admins"
  comment  = "Lab administrators"
}`,
  async create(ctx, plan) {
    await ctx.provider.client.access.createGroup(plan.group_id, plan.comment ?? undefined);
    return { ...plan, id: plan.group_id, members: [] };
  },
  async read(ctx, state) {
    const group = await ctx.provider.client.access.findGroup(state.group_id);
    if (group === undefined) return null;
    return { id: state.group_id, group_id: state.group_id, comment: optionalText(group.comment, state.comment), members: group.members };
  },
  async update(ctx, plan) {
    await ctx.provider.client.access.updateGroup(plan.group_id, plan.comment ?? '');
    const group = await ctx.provider.client.access.group(plan.group_id);
    return { ...plan, id: plan.group_id, members: group.members };
  },
  async delete(ctx, state) {
    await deleteIgnoringMissing(() => ctx.provider.client.access.deleteGroup(state.group_id));
  },
  importState: (id) => ({ group_id: id }),
});
