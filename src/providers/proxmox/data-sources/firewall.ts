// data "proxmox_firewall_aliases", "proxmox_firewall_ipsets", "proxmox_firewall_security_groups":
// what the datacenter's (or a guest's) firewall defines, for rules to refer to.
import { attr } from '../../../framework/attributes.js';
import { ty } from '../../../framework/type-spec.js';
import { objectScopeOf, scopeAttributes, scopeRules, validateObjectScope } from '../shared/firewall-scope.js';
import { rowListDataSource } from './row-list.js';

export const firewallAliasesDataSource = rowListDataSource({
  name: 'proxmox_firewall_aliases',
  description: 'The firewall aliases of the datacenter, or of a VM or container (node with vm_id or container_id).',
  arguments: scopeAttributes('aliases'),
  rows: {
    attribute: 'aliases',
    description: 'The aliases, by name.',
    row: {
      name: attr.string({ computed: true, description: 'Alias name.' }),
      cidr: attr.string({ computed: true, description: 'Address or network.' }),
      comment: attr.string({ computed: true, description: 'Comment.' }),
    },
  },
  rules: scopeRules,
  validateConfig: (ctx) => validateObjectScope(ctx),
  list: async (client, config) =>
    (await client.firewall.aliases(objectScopeOf(config))).map((a) => ({ name: a.name, cidr: a.cidr, comment: a.comment ?? null })),
});

export const firewallIpsetsDataSource = rowListDataSource({
  name: 'proxmox_firewall_ipsets',
  description: 'The firewall IP sets of the datacenter, or of a VM or container (node with vm_id or container_id), with their entries.',
  arguments: scopeAttributes('IP sets'),
  rows: {
    attribute: 'ipsets',
    description: 'The IP sets, by name.',
    row: {
      name: attr.string({ computed: true, description: 'IP set name (refer to it as "+name").' }),
      comment: attr.string({ computed: true, description: 'Comment.' }),
      cidrs: attr.list(ty.string, { computed: true, description: 'Its addresses and networks (entries with nomatch start with "!").' }),
    },
  },
  rules: scopeRules,
  validateConfig: (ctx) => validateObjectScope(ctx),
  async list(client, config) {
    const scope = objectScopeOf(config);
    const api = client.firewall;
    const sets = await api.ipsets(scope);
    return Promise.all(
      sets.map(async (set) => ({
        name: set.name,
        comment: set.comment ?? null,
        cidrs: (await api.ipsetEntries(scope, set.name)).map((e) => (e.nomatch ? `!${e.cidr}` : e.cidr)),
      })),
    );
  },
});

export const firewallSecurityGroupsDataSource = rowListDataSource({
  name: 'proxmox_firewall_security_groups',
  description: "The datacenter's firewall security groups.",
  arguments: {},
  rows: {
    attribute: 'groups',
    description: 'The security groups, by name.',
    row: {
      name: attr.string({ computed: true, description: 'Group name.' }),
      comment: attr.string({ computed: true, description: 'Comment.' }),
    },
  },
  list: async (client) => (await client.firewall.groups()).map((g) => ({ name: g.group, comment: g.comment ?? null })),
});
