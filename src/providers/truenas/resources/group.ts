// truenas_group: a local group. Membership is set on the users (truenas_user.groups), so the
// two never fight over it.
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import type { Group, GroupCreate } from '../../../clients/truenas/index.js';
import { truenasResource } from '../provider-data.js';
import { numericCrud } from '../shared/crud.js';
import { numericId } from '../shared/ids.js';
import { sameFields } from '../../common/same-fields.js';
import { idmapFromApi, idmapInput, usernsIdmapAttribute } from '../shared/userns-idmap.js';

const groupSchema = schema({
  description: 'A local group. Users join it through `truenas_user.groups`; privileges grant it roles by its `gid`.',
  attributes: {
    id: numericId('group'),
    name: attr.string({ required: true, description: 'Group name.', validators: [validators.lengthBetween(1, 32)] }),
    gid: attr.number({
      optional: true,
      computed: true,
      description: 'Numeric group id; the server picks the next free one from 3000 when unset. Changing it replaces the group.',
      validators: [validators.integer(), validators.between(0, 90_000_000)],
      planModifiers: [planModifiers.useStateForUnknown(), planModifiers.requiresReplace()],
    }),
    smb: attr.bool({ default: true, description: 'Whether the group is available to SMB (maps to a Windows group).' }),
    sudo_commands: attr.list(ty.string, { default: [], description: 'Commands members may run with sudo (with their password); `ALL` for any.' }),
    sudo_commands_nopasswd: attr.list(ty.string, { default: [], description: 'Commands members may run with sudo without a password.' }),
    userns_idmap: usernsIdmapAttribute('group'),
  },
});

type GroupModel = ModelOf<typeof groupSchema>;

/** The attributes the group has as they are, under the same name, in both directions. */
const SAME_FIELDS = ['name', 'smb', 'sudo_commands', 'sudo_commands_nopasswd'] as const;

function toModel(group: Group): GroupModel {
  return { ...sameFields(group, ['id', 'gid', ...SAME_FIELDS]), userns_idmap: idmapFromApi(group.userns_idmap) };
}

function input(plan: PlanModelOf<typeof groupSchema>, prior: GroupModel | null): GroupCreate {
  return {
    ...sameFields(plan, SAME_FIELDS),
    ...(plan.gid !== null ? { gid: plan.gid } : {}),
    ...idmapInput(plan.userns_idmap, prior === null ? undefined : prior.userns_idmap),
  };
}

export const groupResource = truenasResource({
  name: 'truenas_group',
  schema: groupSchema,
  ...numericCrud({
    importId: { description: "the group's numeric id on the server (not its gid)", example: '42' },
    group: (client) => ({
      create: (body: GroupCreate) => client.accounts.groups.create(body),
      find: (id) => client.accounts.groups.find(id),
      // The gid is fixed once the group exists (a change replaces it).
      update: (id: number, { gid: _gid, ...patch }: GroupCreate) => client.accounts.groups.update(id, patch),
      delete: (id) => client.accounts.groups.delete(id),
    }),
    toModel,
    input,
  }),
});
