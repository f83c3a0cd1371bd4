// `proxmox_ha_group`: a Proxmox VE 8 HA group (/cluster/ha/groups). PVE 9 migrates groups to HA
// rules; its group API keeps working until then and refuses every call afterwards, which it
// decides by `have_groups_been_migrated` (true once groups.cfg holds no group: pve-ha-manager
// src/PVE/HA/Config.pm; src/PVE/API2/HA/Groups.pm). So create and update ask the server, not the
// version, and stop with an error that points at proxmox_ha_rule before anything is written.
import { ProxmoxApiError, type ProxmoxClient } from '../../../clients/proxmox/index.js';
import { attr, schema } from '../../../framework/attributes.js';
import type { ResourceDefinition } from '../../../framework/resource.js';
import { ty } from '../../../framework/type-spec.js';
import { fields } from '../shared/api-fields.js';
import { datacenterResource } from '../shared/datacenter-resource.js';
import { configIdValidator } from '../shared/datacenter-validators.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { atLeastOne } from '../shared/non-empty-list.js';
import type { ProxmoxProviderData } from '../provider-data.js';

const HA_GROUP_FIELDS = fields([
  ['nodes', 'nodes', 'list'],
  ['restricted', 'restricted', 'bool'],
  ['nofailback', 'nofailback', 'bool'],
  ['comment', 'comment', 'string'],
] as const);

/** Groups.pm's refusal once the groups were migrated: "cannot <action>: ha groups have been migrated to rules". */
const MIGRATED = /ha groups have been migrated to rules/;

/**
 * Refuses when the server has migrated its HA groups to rules. Reading the group answers that
 * without a retry (the refusal of a read counts as "not found"; the list's is a retried 500); a
 * server that has not migrated answers with the group or "no such ha group".
 */
export async function assertHaGroupsSupported(client: ProxmoxClient, group: string): Promise<void> {
  try {
    await client.datacenter.get('ha/groups', group);
  } catch (err) {
    if (!(err instanceof ProxmoxApiError) || !MIGRATED.test(err.serverMessage)) return;
    throw new Error(
      `This Proxmox VE server has migrated its HA groups to HA rules (${err.serverMessage}): use proxmox_ha_rule with type = "node-affinity" (nodes with priorities, strict for a restricted group) instead of proxmox_ha_group.`,
      { cause: err },
    );
  }
}

const haGroupSchema = schema({
  description:
    'A Proxmox VE 8 HA group: the nodes (with priorities) HA resources of the group may run on. Proxmox VE 9 migrates groups to HA rules (proxmox_ha_rule); until it has, its groups still work.',
  attributes: {
    ...keyAttributes('group', 'The group id.', { description: 'Group id.', validators: [configIdValidator] }),
    nodes: attr.set(ty.string, { required: true, description: 'Nodes, each "NODE" or "NODE:PRIORITY"; at least one.', validators: [atLeastOne('node')] }),
    restricted: attr.bool({ optional: true, default: false, description: 'Resources may run only on the listed nodes.' }),
    nofailback: attr.bool({ optional: true, default: false, description: 'Do not move resources back to a higher-priority node.' }),
    comment: attr.string({ optional: true, description: 'Comment.' }),
  },
});

const groupSections = datacenterResource({
  name: 'proxmox_ha_group',
  schema: haGroupSchema,
  importId: { description: 'the group id', example: 'prefer-pve1' },
  key: 'group',
  kind: 'ha/groups',
  fields: HA_GROUP_FIELDS,
  createParams: () => ({ type: 'group' }),
  toModel: (values) => ({
    nodes: (values.nodes as string[] | null) ?? [],
    restricted: values.restricted === true,
    nofailback: values.nofailback === true,
    comment: typeof values.comment === 'string' ? values.comment : null,
  }),
});

export const haGroupResource: ResourceDefinition<typeof haGroupSchema, ProxmoxProviderData> = {
  ...groupSections,
  async create(ctx, plan) {
    await assertHaGroupsSupported(ctx.provider.client, plan.group);
    return groupSections.create(ctx, plan);
  },
  async update(ctx, plan, prior) {
    await assertHaGroupsSupported(ctx.provider.client, plan.group);
    return groupSections.update(ctx, plan, prior);
  },
};
