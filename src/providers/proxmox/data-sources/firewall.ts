// data "proxmox_firewall_aliases", "proxmox_firewall_ipsets", "proxmox_firewall_security_groups":
// what the datacenter's (or a guest's) firewall defines, for rules to refer to.
import { attr, schema } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { objectScopeOf, scopeAttributes, scopeRules, validateObjectScope } from '../shared/firewall-scope.js';
import { proxmoxDataSource } from '../provider-data.js';

const emptyScope = { node: null, vm_id: null, container_id: null };

export const firewallAliasesDataSource = proxmoxDataSource({
  name: 'proxmox_firewall_aliases',
  schema: schema({
    description: 'The firewall aliases of the datacenter, or of a VM or container (node with vm_id or container_id).',
    attributes: {
      ...scopeAttributes('aliases'),
      aliases: attr.nested(
        'list',
        {
          name: attr.string({ computed: true, description: 'Alias name.' }),
          cidr: attr.string({ computed: true, description: 'Address or network.' }),
          comment: attr.string({ computed: true, description: 'Comment.' }),
        },
        { computed: true, description: 'The aliases, by name.' },
      ),
    },
    rules: scopeRules,
  }),
  validateConfig: (ctx) => validateObjectScope(ctx),
  async read(ctx, config) {
    const aliases = await ctx.provider.client.firewall.aliases(objectScopeOf(config));
    return { ...emptyScope, ...config, aliases: aliases.map((a) => ({ name: a.name, cidr: a.cidr, comment: a.comment ?? null })) };
  },
});

export const firewallIpsetsDataSource = proxmoxDataSource({
  name: 'proxmox_firewall_ipsets',
  schema: schema({
    description: 'The firewall IP sets of the datacenter, or of a VM or container (node with vm_id or container_id), with their entries.',
    attributes: {
      ...scopeAttributes('IP sets'),
      ipsets: attr.nested(
        'list',
        {
          name: attr.string({ computed: true, description: 'IP set name (refer to it as "+name").' }),
          comment: attr.string({ computed: true, description: 'Comment.' }),
          cidrs: attr.list(ty.string, { computed: true, description: 'Its addresses and networks (entries with nomatch start with "!").' }),
        },
        { computed: true, description: 'The IP sets, by name.' },
      ),
    },
    rules: scopeRules,
  }),
  validateConfig: (ctx) => validateObjectScope(ctx),
  async read(ctx, config) {
    const scope = objectScopeOf(config);
    const api = ctx.provider.client.firewall;
    const sets = await api.ipsets(scope);
    const ipsets = await Promise.all(
      sets.map(async (set) => ({
        name: set.name,
        comment: set.comment ?? null,
        cidrs: (await api.ipsetEntries(scope, set.name)).map((e) => (e.nomatch ? `!${e.cidr}` : e.cidr)),
      })),
    );
    return { ...emptyScope, ...config, ipsets };
  },
});

export const firewallSecurityGroupsDataSource = proxmoxDataSource({
  name: 'proxmox_firewall_security_groups',
  schema: schema({
    description: "The datacenter's firewall security groups.",
    attributes: {
      groups: attr.nested(
        'list',
        {
          name: attr.string({ computed: true, description: 'Group name.' }),
          comment: attr.string({ computed: true, description: 'Comment.' }),
        },
        { computed: true, description: 'The security groups, by name.' },
      ),
    },
  }),
  async read(ctx) {
    const groups = await ctx.provider.client.firewall.groups();
    return { groups: groups.map((g) => ({ name: g.group, comment: g.comment ?? null })) };
  },
});
