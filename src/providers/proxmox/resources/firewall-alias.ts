// `proxmox_firewall_alias`: a named address for firewall rules, in the datacenter or a guest.
import { MAX_ALIAS_NAME, ipOrCidrProblem, withoutFullPrefix } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { firewallNameValidators } from '../shared/firewall-names.js';
import { objectScopeOf, parseScopedImportId, planScopeChange, scopeAttributes, scopeId, scopeRules, validateObjectScope } from '../shared/firewall-scope.js';
import { deleteIgnoringMissing, orNull, readAfterWrite } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';
import { proxmoxResource } from '../provider-data.js';
import { firewallCommentAttribute } from '../shared/firewall-comment.js';

/**
 * Why an alias address would read back in another spelling, or is no address at all: the API
 * stores it as given, but every read re-parses the file and `parse_alias` -> `parse_ip_or_cidr`
 * drops a `/32` or `/128` (pve-firewall PVE/Firewall.pm). Host bits are kept.
 */
export function aliasCidrProblem(cidr: string): string | undefined {
  const problem = ipOrCidrProblem(cidr);
  if (problem !== undefined) return problem;
  const stored = withoutFullPrefix(cidr);
  return stored === cidr ? undefined : `is read back by Proxmox as "${stored}"; write it that way, got "${cidr}"`;
}

const aliasSchema = schema({
  description:
    'A firewall alias: a name for an address or network, usable as source or dest of rules and in IP sets. In the datacenter, or in a VM or container (node with vm_id or container_id).',
  attributes: {
    id: attr.string({
      computed: true,
      description: 'cluster/NAME, vm/NODE/VMID/NAME or ct/NODE/VMID/NAME.',
      planModifiers: [planModifiers.useStateForUnknown()],
    }),
    ...scopeAttributes('aliases', true),
    name: attr.string({
      required: true,
      description: `Alias name: a letter, then letters, digits, "-" and "_", at most ${MAX_ALIAS_NAME} characters (unique regardless of case).`,
      validators: firewallNameValidators(MAX_ALIAS_NAME, false),
      planModifiers: [planModifiers.requiresReplace()],
    }),
    cidr: attr.string({
      required: true,
      description: 'Address or network, such as "10.0.0.5" or "10.0.0.0/24" (a single address without "/32" or "/128").',
      validators: [
        validators.custom<string>('an IP address or CIDR network without a full-length prefix', (v) =>
          typeof v === 'string' ? aliasCidrProblem(v) : undefined,
        ),
      ],
    }),
    comment: firewallCommentAttribute(),
  },
  rules: scopeRules,
});

type AliasModel = ModelOf<typeof aliasSchema>;

async function readAlias(provider: ProxmoxProviderData, known: AliasModel): Promise<AliasModel | null> {
  const scope = objectScopeOf(known);
  const alias = await orNull(() => provider.client.firewall.alias(scope, known.name));
  if (alias === null) return null;
  return { ...known, id: `${scopeId(scope)}/${known.name}`, cidr: alias.cidr, comment: optionalText(alias.comment, known.comment) };
}

const readBack = (provider: ProxmoxProviderData, plan: AliasModel): Promise<AliasModel> => readAfterWrite(`alias "${plan.name}"`, readAlias(provider, plan));

export const firewallAliasResource = proxmoxResource({
  name: 'proxmox_firewall_alias',
  schema: aliasSchema,
  importId: { description: 'cluster/NAME, vm/NODE/VMID/NAME or ct/NODE/VMID/NAME', example: 'cluster/office' },
  async create(ctx, plan) {
    const scope = objectScopeOf(plan);
    await ctx.provider.client.firewall.createAlias(scope, { name: plan.name, cidr: plan.cidr, ...(plan.comment ? { comment: plan.comment } : {}) });
    return readBack(ctx.provider, plan);
  },
  read: (ctx, state) => readAlias(ctx.provider, state),
  async update(ctx, plan) {
    // An update replaces address and comment both.
    await ctx.provider.client.firewall.updateAlias(objectScopeOf(plan), plan.name, { cidr: plan.cidr, ...(plan.comment ? { comment: plan.comment } : {}) });
    return readBack(ctx.provider, plan);
  },
  delete: (ctx, state) => deleteIgnoringMissing(() => ctx.provider.client.firewall.deleteAlias(objectScopeOf(state), state.name)),
  importState(id) {
    const { scope, name } = parseScopedImportId(id, true);
    return { ...scope, name };
  },
  modifyPlan: (ctx) => planScopeChange(ctx),
  validateConfig: (ctx) => validateObjectScope(ctx),
});
