// `proxmox_firewall_alias`: a named address for firewall rules, in the datacenter or a guest.
import { MAX_ALIAS_NAME, ipOrCidrProblem, withoutFullPrefix } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { firewallNameValidators } from '../shared/firewall-names.js';
import { firewallObjectAttributes, firewallObjectResource } from '../shared/firewall-object.js';
import { scopeRules } from '../shared/firewall-scope.js';
import { orNull } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';
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
    ...firewallObjectAttributes('aliases', {
      description: `Alias name: a letter, then letters, digits, "-" and "_", at most ${MAX_ALIAS_NAME} characters (unique regardless of case).`,
      validators: firewallNameValidators(MAX_ALIAS_NAME, false),
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

/** An update replaces address and comment both; an empty comment is left out. */
const aliasFields = (plan: { readonly cidr: string; readonly comment: string | null }) => ({
  cidr: plan.cidr,
  ...(plan.comment ? { comment: plan.comment } : {}),
});

export const firewallAliasResource = firewallObjectResource({
  name: 'proxmox_firewall_alias',
  schema: aliasSchema,
  example: 'cluster/office',
  noun: 'alias',
  async read(client, scope, known) {
    const alias = await orNull(() => client.firewall.alias(scope, known.name));
    return alias === null ? null : { ...known, cidr: alias.cidr, comment: optionalText(alias.comment, known.comment) };
  },
  create: (ctx, scope, plan) => ctx.provider.client.firewall.createAlias(scope, { name: plan.name, ...aliasFields(plan) }),
  update: (ctx, scope, plan) => ctx.provider.client.firewall.updateAlias(scope, plan.name, aliasFields(plan)),
  remove: (client, scope, name) => client.firewall.deleteAlias(scope, name),
});
