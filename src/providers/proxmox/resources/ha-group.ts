// `proxmox_ha_group`: a Proxmox VE 8 HA group (/cluster/ha/groups). PVE 9 migrated groups to HA
// rules (pve-ha-manager src/PVE/HA/Config.pm `have_groups_been_migrated`; API2/HA/Groups.pm
// refuses every call afterwards), so on a 9.x server create and update stop with an error that
// points at proxmox_ha_rule before anything is sent.
import type { ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { configIdValidator } from '../shared/datacenter-validators.js';
import { keyAttributes } from '../shared/key-attributes.js';

const HA_GROUP_FIELDS = fields([
  ['nodes', 'nodes', 'list'],
  ['restricted', 'restricted', 'bool'],
  ['nofailback', 'nofailback', 'bool'],
  ['comment', 'comment', 'string'],
] as const);

/** Refuses on Proxmox VE 9 and later, where HA rules replaced groups. */
export async function assertHaGroupsSupported(client: ProxmoxClient): Promise<void> {
  const { version } = await client.cluster.version();
  const major = Number(version.split('.')[0]);
  if (major >= 9)
    throw new Error(
      `Proxmox VE ${version} replaced HA groups with HA rules: use proxmox_ha_rule with type = "node-affinity" (nodes with priorities, strict for a restricted group) instead of proxmox_ha_group.`,
    );
}

const haGroupSchema = schema({
  description: 'A Proxmox VE 8 HA group: the nodes (with priorities) HA resources of the group may run on. Proxmox VE 9 replaced groups with proxmox_ha_rule.',
  attributes: {
    ...keyAttributes('group', 'The group id.', { description: 'Group id.', validators: [configIdValidator] }),
    nodes: attr.set(ty.string, { required: true, description: 'Nodes, each "NODE" or "NODE:PRIORITY".' }),
    restricted: attr.bool({ optional: true, default: false, description: 'Resources may run only on the listed nodes.' }),
    nofailback: attr.bool({ optional: true, default: false, description: 'Do not move resources back to a higher-priority node.' }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
  },
});

export const haGroupResource = datacenterResource({
  name: 'proxmox_ha_group',
  schema: haGroupSchema,
  importId: { description: 'the group id', example: 'prefer-pve1' },
  key: 'group',
  kind: 'ha/groups',
  fields: HA_GROUP_FIELDS,
  precheck: assertHaGroupsSupported,
  createParams: () => ({ type: 'group' }),
  toModel: (values) => ({
    nodes: (values.nodes as string[] | null) ?? [],
    restricted: values.restricted === true,
    nofailback: values.nofailback === true,
    comment: typeof values.comment === 'string' ? values.comment : null,
  }),
});
