// `proxmox_firewall_rules`: the whole ordered rule list of the datacenter, a node, a VM or a
// container. The list is authoritative: rules added, changed or moved outside Terraform show as
// drift and the next apply puts the list back, position by position.
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { ruleAttributes, rulesToModel, validateRules, wantedRule } from '../shared/firewall-rule-model.js';
import { syncRules } from '../shared/firewall-rule-sync.js';
import { parseScopedImportId, planScopeChange, scopeAttributes, scopeExists, scopeId, scopeOf, scopeRules } from '../shared/firewall-scope.js';
import { proxmoxResource } from '../provider-data.js';
import { idAttribute } from '../shared/key-attributes.js';

const rulesSchema = schema({
  description:
    'The ordered firewall rules of the datacenter (no node), a node (node alone), a VM (node and vm_id) or a container (node and container_id). ' +
    'Terraform owns the whole list: the first rule is checked first, and rules added, changed or moved outside Terraform are put back by the next apply. ' +
    'An apply reads the list and makes one change at a time (reuse a surplus rule, delete one, add one on top, move one up), each sent with the digest of the list ' +
    'it just read, so a concurrent edit makes the apply fail instead of placing a rule wrongly.',
  attributes: {
    id: idAttribute('cluster, node/NODE, vm/NODE/VMID or ct/NODE/VMID.'),
    ...scopeAttributes('rules', true),
    rule: attr.nested('list', ruleAttributes, { required: true, description: 'The rules, in the order the firewall checks them.' }),
  },
  rules: scopeRules,
});

type RulesModel = ModelOf<typeof rulesSchema>;

function envOf(model: { node: string | null; vm_id: number | null; container_id: number | null }) {
  const scope = scopeOf(model);
  if (scope.kind === 'cluster') return 'cluster' as const;
  if (scope.kind === 'node') return 'host' as const;
  return scope.guest === 'qemu' ? ('vm' as const) : ('ct' as const);
}

async function apply(provider: ProxmoxProviderData, plan: RulesModel): Promise<RulesModel> {
  const scope = scopeOf(plan);
  const listed = await syncRules(provider.client, scope, plan.rule.map(wantedRule));
  return { ...plan, id: scopeId(scope), rule: rulesToModel(listed, plan.rule) };
}

export const firewallRulesResource = proxmoxResource({
  name: 'proxmox_firewall_rules',
  schema: rulesSchema,
  importId: { description: 'cluster, node/NODE, vm/NODE/VMID or ct/NODE/VMID', example: 'vm/pve/100' },
  async create(ctx, plan) {
    ctx.savePartialState({ ...plan, id: scopeId(scopeOf(plan)), rule: [] });
    return apply(ctx.provider, plan);
  },
  async read(ctx, state) {
    const scope = scopeOf(state);
    if (!(await scopeExists(ctx.provider.client, scope))) return null;
    const listed = await ctx.provider.client.firewall.rules(scope);
    return { ...state, id: scopeId(scope), rule: rulesToModel(listed, state.rule) };
  },
  update: (ctx, plan) => apply(ctx.provider, plan),
  async delete(ctx, state) {
    const scope = scopeOf(state);
    if (!(await scopeExists(ctx.provider.client, scope))) return;
    await syncRules(ctx.provider.client, scope, []);
  },
  importState(id) {
    const { scope } = parseScopedImportId(id, false);
    return { ...scope };
  },
  modifyPlan: (ctx) => planScopeChange(ctx),
  validateConfig(ctx) {
    const node = ctx.config.get('node');
    const vm = ctx.config.get('vm_id');
    const ct = ctx.config.get('container_id');
    // The rule types allowed depend on where the list is: judge them once that is known.
    if (!ctx.config.isKnown('node') || !ctx.config.isKnown('vm_id') || !ctx.config.isKnown('container_id')) return;
    const model = { node: typeof node === 'string' ? node : null, vm_id: vm === null ? null : 0, container_id: ct === null ? null : 0 };
    validateRules(ctx, 'rule', envOf(model));
  },
});
