// `proxmox_firewall_ipset`: a named set of addresses and networks for firewall rules ("+name"),
// in the datacenter or a guest, with its entries.
import type { FirewallIpsetEntry, ObjectScope, ProxmoxClient } from '../../../clients/proxmox/index.js';
import { MAX_IPSET_NAME, ipOrCidrOrAliasProblem, storedIpsetCidr } from '../../../clients/proxmox/firewall/syntax.js';
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import { firewallNameValidators } from '../shared/firewall-names.js';
import { firewallObjectAttributes, firewallObjectId, firewallObjectResource } from '../shared/firewall-object.js';
import { scopeRules } from '../shared/firewall-scope.js';
import { orNull } from '../shared/not-found.js';
import { optionalText } from '../shared/text.js';
import { firewallCommentAttribute } from '../shared/firewall-comment.js';

/** Why an entry would read back in another spelling, or is no entry at all. */
export function ipsetEntryProblem(cidr: string): string | undefined {
  const problem = ipOrCidrOrAliasProblem(cidr);
  if (problem !== undefined) return `${problem}, got "${cidr}"`;
  if (/\/0+$/.test(cidr)) return `a zero prefix is not allowed in IP set entries, got "${cidr}"`;
  const stored = storedIpsetCidr(cidr);
  return stored === cidr ? undefined : `is stored by Proxmox as "${stored}"; write it that way, got "${cidr}"`;
}

const entryAttributes = {
  cidr: attr.string({
    required: true,
    description: 'Address, network ("10.0.0.0/24", no host bits, no /32) or alias name.',
    validators: [
      validators.custom<string>('an address, a network without host bits or an alias name', (v) => (typeof v === 'string' ? ipsetEntryProblem(v) : undefined)),
    ],
  }),
  comment: firewallCommentAttribute(),
  nomatch: attr.bool({ optional: true, description: 'Exclude this address or network from the set.' }),
};

const ipsetSchema = schema({
  description: 'A firewall IP set, referenced in rules as "+name": in the datacenter, or in a VM or container (node with vm_id or container_id).',
  attributes: {
    ...firewallObjectAttributes('IP sets', {
      description: `IP set name: a letter, then letters, digits, "-" and "_", at most ${MAX_IPSET_NAME} characters, lowercase (Proxmox reads names back in lowercase).`,
      validators: firewallNameValidators(MAX_IPSET_NAME),
    }),
    comment: firewallCommentAttribute(),
    entry: attr.nested('set', entryAttributes, { optional: true, description: 'The addresses and networks in the set.' }),
  },
  rules: scopeRules,
});

type IpsetModel = ModelOf<typeof ipsetSchema>;
type EntryModel = NonNullable<IpsetModel['entry']>[number];

function entryModel(entry: FirewallIpsetEntry, known: readonly EntryModel[] | null): EntryModel {
  const prior = known?.find((k) => k.cidr === entry.cidr);
  return {
    cidr: entry.cidr,
    comment: optionalText(entry.comment, prior?.comment),
    nomatch: entry.nomatch === true ? true : prior?.nomatch === false ? false : null,
  };
}

/** Adds, changes and removes entries so the set holds exactly `wanted`. */
async function syncEntries(client: ProxmoxClient, scope: ObjectScope, name: string, wanted: readonly EntryModel[]): Promise<void> {
  const api = client.firewall;
  const current = await api.ipsetEntries(scope, name);
  const text = (value: string | null | undefined): string => value ?? '';
  for (const entry of current) {
    if (!wanted.some((w) => w.cidr === entry.cidr)) await api.deleteIpsetEntry(scope, name, entry.cidr);
  }
  for (const want of wanted) {
    const fields = { ...(want.comment ? { comment: want.comment } : {}), ...(want.nomatch ? { nomatch: true } : {}) };
    const have = current.find((c) => c.cidr === want.cidr);
    if (!have) await api.addIpsetEntry(scope, name, { cidr: want.cidr, ...fields });
    else if (text(have.comment) !== text(want.comment) || (have.nomatch ?? false) !== (want.nomatch ?? false))
      await api.updateIpsetEntry(scope, name, want.cidr, fields);
  }
}

export const firewallIpsetResource = firewallObjectResource({
  name: 'proxmox_firewall_ipset',
  schema: ipsetSchema,
  example: 'cluster/admins',
  noun: 'IP set',
  async read(client, scope, known) {
    const api = client.firewall;
    const entries = await orNull(() => api.ipsetEntries(scope, known.name));
    if (entries === null) return null;
    const set = (await api.ipsets(scope)).find((s) => s.name === known.name);
    const entry = entries.length === 0 && known.entry === null ? null : entries.map((e) => entryModel(e, known.entry));
    return { ...known, comment: optionalText(set?.comment, known.comment), entry };
  },
  async create(ctx, scope, plan) {
    await ctx.provider.client.firewall.createIpset(scope, plan.name, plan.comment ?? undefined);
    ctx.savePartialState({ ...plan, id: firewallObjectId(scope, plan.name), entry: null });
    await syncEntries(ctx.provider.client, scope, plan.name, plan.entry ?? []);
  },
  async update(ctx, scope, plan, prior) {
    if ((plan.comment ?? '') !== (prior.comment ?? '')) await ctx.provider.client.firewall.updateIpsetComment(scope, plan.name, plan.comment ?? '');
    await syncEntries(ctx.provider.client, scope, plan.name, plan.entry ?? []);
  },
  // force: the set goes with its entries.
  remove: (client, scope, name) => client.firewall.deleteIpset(scope, name, true),
});
