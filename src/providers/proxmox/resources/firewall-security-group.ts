// `proxmox_firewall_security_group`: a datacenter security group and its ordered rules; rule
// lists insert it with a rule of type "group" and the group's name as action.
import { MAX_GROUP_NAME } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { ruleAttributes, rulesToModel, validateRules, wantedRule } from '../shared/firewall-rule-model.js';
import { syncRules } from '../shared/firewall-rule-sync.js';
import { createByName } from '../shared/lost-create.js';
import { deleteIgnoringMissing, orNull, readAfterWrite } from '../shared/not-found.js';
import { firewallNameValidators } from '../shared/firewall-names.js';
import { proxmoxResource } from '../provider-data.js';
import { keyAttributes } from '../shared/key-attributes.js';
import { firewallCommentAttribute } from '../shared/firewall-comment.js';

const groupSchema = schema({
  description: 'A firewall security group: a named, ordered rule list that rule lists of the datacenter, nodes and guests insert with a rule of type "group".',
  attributes: {
    ...keyAttributes('name', 'The group name.', {
      description: `Group name: a letter, then letters, digits, "-" and "_", at most ${MAX_GROUP_NAME} characters, lowercase (Proxmox reads names back in lowercase).`,
      validators: firewallNameValidators(MAX_GROUP_NAME),
    }),
    comment: firewallCommentAttribute(),
    rule: attr.nested('list', ruleAttributes, { optional: true, description: 'The group\'s rules in order (types "in", "out" and "forward").' }),
  },
});

type GroupModel = ModelOf<typeof groupSchema>;

async function readGroup(provider: ProxmoxProviderData, known: GroupModel): Promise<GroupModel | null> {
  const api = provider.client.firewall;
  const group = (await api.groups()).find((g) => g.group === known.name);
  if (!group) return null;
  const listed = await orNull(() => api.rules({ kind: 'group', group: known.name }));
  if (listed === null) return null;
  const rule = listed.length === 0 && known.rule === null ? null : rulesToModel(listed, known.rule);
  return { ...known, id: known.name, comment: group.comment ?? (known.comment === '' ? '' : null), rule };
}

async function write(provider: ProxmoxProviderData, plan: GroupModel): Promise<GroupModel> {
  await syncRules(provider.client, { kind: 'group', group: plan.name }, (plan.rule ?? []).map(wantedRule));
  return readAfterWrite(`security group "${plan.name}"`, readGroup(provider, plan));
}

export const firewallSecurityGroupResource = proxmoxResource({
  name: 'proxmox_firewall_security_group',
  schema: groupSchema,
  importId: { description: 'the group name', example: 'webservers' },
  async create(ctx, plan) {
    const record = (): void => ctx.savePartialState({ ...plan, id: plan.name, rule: null });
    await createByName({
      what: `security group "${plan.name}"`,
      exists: async () => (await ctx.provider.client.firewall.groups()).some((g) => g.group === plan.name),
      create: () => ctx.provider.client.firewall.createGroup(plan.name, plan.comment ?? undefined),
      record,
    });
    record();
    return write(ctx.provider, plan);
  },
  read: (ctx, state) => readGroup(ctx.provider, state),
  async update(ctx, plan, prior) {
    if ((plan.comment ?? '') !== (prior.comment ?? '')) await ctx.provider.client.firewall.updateGroupComment(plan.name, plan.comment ?? '');
    return write(ctx.provider, plan);
  },
  async delete(ctx, state) {
    // Only an empty group may be deleted: its rules go first.
    const api = ctx.provider.client.firewall;
    const emptied = await orNull(() => syncRules(ctx.provider.client, { kind: 'group', group: state.name }, []));
    if (emptied === null) return;
    await deleteIgnoringMissing(() => api.deleteGroup(state.name));
  },
  importState: (id) => ({ name: id }),
  validateConfig(ctx) {
    validateRules(ctx, 'rule', 'group');
  },
});
