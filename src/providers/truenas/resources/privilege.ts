// truenas_privilege: roles granted to local groups (how API keys and web UI users get rights).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { Privilege } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud, numericImportId } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';

const privilegeSchema = schema({
  description:
    'A privilege: roles (FULL_ADMIN, READONLY_ADMIN, SHARING_ADMIN, or fine-grained ones such as DATASET_WRITE) granted to the members of local groups.',
  attributes: {
    id: numericId('privilege'),
    name: attr.string({ required: true, description: 'Unique name.', validators: [validators.lengthBetween(1, 200)] }),
    local_groups: attr.set(ty.number, { default: [], description: 'GIDs (not ids) of the local groups whose members get the roles.' }),
    roles: attr.set(ty.string, { default: [], description: 'Role names, e.g. READONLY_ADMIN; the server refuses unknown ones.' }),
    web_shell: attr.bool({ default: false, description: 'Whether members may use the web shell.' }),
  },
});

type PrivilegeModel = ModelOf<typeof privilegeSchema>;

function toModel(privilege: Privilege): PrivilegeModel {
  return {
    id: privilege.id,
    name: privilege.name,
    local_groups: privilege.local_groups.map((group) => group.gid),
    roles: privilege.roles,
    web_shell: privilege.web_shell,
  };
}

function input(plan: PlanModelOf<typeof privilegeSchema>) {
  return { name: plan.name, local_groups: plan.local_groups, roles: plan.roles, web_shell: plan.web_shell };
}

export const privilegeResource = truenasResource({
  name: 'truenas_privilege',
  schema: privilegeSchema,
  ...numericCrud({ importId: numericImportId('privilege', '4'), group: (client) => client.accounts.privileges, toModel, input }),
});
