// `proxmox_role`: a named set of privileges.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import { namedResource } from '../shared/keyed-resource.js';
import { keyAttributes } from '../shared/key-attributes.js';

/**
 * `pve-roleid` (AccessControl.pm verify_rolename); create_role refuses the built-in roles'
 * "PVE" prefix in any case (API2/Role.pm).
 */
const roleIdValidators = [
  validators.textMatching(/^[A-Za-z0-9.\-_]+$/, 'letters, digits, ".", "-" and "_"'),
  validators.custom<string>('not starting with "PVE" (the built-in roles)', (value) =>
    typeof value === 'string' && /^PVE/i.test(value) ? `"${value}" starts with "PVE", which Proxmox keeps for its built-in roles (in any case)` : undefined,
  ),
];

const roleSchema = schema({
  description: 'A role: a named set of privileges to grant with proxmox_acl.',
  attributes: {
    ...keyAttributes('role_id', 'The role id.', { description: 'Role name (not starting with "PVE").', validators: roleIdValidators }),
    privileges: attr.set(ty.string, { required: true, description: 'Privileges, such as ["VM.Audit", "VM.PowerMgmt"].' }),
  },
});

export const roleResource = namedResource({
  name: 'proxmox_role',
  schema: roleSchema,
  importId: { description: 'the role id', example: 'Operator' },
  key: 'role_id',
  find: (client, name) => client.access.findRole(name),
  create: (client, plan) => client.access.createRole(plan.role_id, plan.privileges),
  update: (client, plan) => client.access.updateRole(plan.role_id, plan.privileges),
  remove: (client, name) => client.access.deleteRole(name),
  toModel: (privileges) => ({ privileges }),
});
