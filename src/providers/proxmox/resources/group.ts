// `proxmox_group`: a group of users, for ACLs.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { namedResource } from '../shared/keyed-resource.js';
import { optionalText } from '../shared/text.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { groupIdValidator } from '../shared/access-ids.js';
import { userCfgCommentAttr } from '../shared/user-cfg-text.js';

const groupSchema = schema({
  description: 'A group of Proxmox VE users; grant roles to it with proxmox_acl.',
  attributes: {
    ...keyAttributes('group_id', 'The group id.', { description: 'Group name.', validators: [groupIdValidator] }),
    comment: userCfgCommentAttr,
    members: attr.set(ty.string, { computed: true, description: 'Users in the group (set on proxmox_user.groups).' }),
  },
});

export const groupResource = namedResource({
  name: 'proxmox_group',
  schema: groupSchema,
  importId: { description: 'the group id', example: 'admins' },
  key: 'group_id',
  find: (client, name) => client.access.findGroup(name),
  create: (client, plan) => client.access.createGroup(plan.group_id, plan.comment ?? undefined),
  update: (client, plan) => client.access.updateGroup(plan.group_id, plan.comment ?? ''),
  remove: (client, name) => client.access.deleteGroup(name),
  toModel: (group, known) => ({ comment: optionalText(group.comment, known.comment), members: group.members }),
});
