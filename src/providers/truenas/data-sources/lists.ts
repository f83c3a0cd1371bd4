// data "truenas_users", "truenas_groups", "truenas_disks", "truenas_pools", "truenas_network_interfaces": every object of a
// kind, sorted by name, optionally only those whose name matches a regular expression. One shape
// for the four lists: the rows' fields the configuration may refer to, and their names.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty, type TypeSpec } from '../../../framework/type-spec.js';
import type { TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasDataSource } from '../provider-data.js';

const NAME_REGEX = validators.custom('a regular expression', (v) => {
  if (typeof v !== 'string') return undefined;
  try {
    new RegExp(v);
    return undefined;
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
});

export function listDataSource<M extends Record<string, TypeSpec<unknown>>>(spec: {
  readonly name: string;
  readonly plural: string;
  readonly what: string;
  readonly item: M;
  readonly fetch: (client: TrueNASClient) => Promise<Record<string, unknown>[]>;
  /** The field that names a row. */
  readonly nameField: string;
  readonly example: string;
}) {
  return truenasDataSource({
    name: spec.name,
    schema: schema({
      description: `Every ${spec.what} on the system, sorted by name; \`name_regex\` keeps only those whose name matches.`,
      attributes: {
        name_regex: attr.string({
          optional: true,
          description: `Only ${spec.plural} whose ${spec.nameField} matches this regular expression (JavaScript syntax).`,
          validators: [NAME_REGEX],
        }),
        names: attr.list(ty.string, { computed: true, description: `The ${spec.plural}' ${spec.nameField}s, sorted.` }),
        items: attr.list(ty.object(spec.item), { computed: true, description: `The ${spec.plural}, in the order of names.` }),
      },
    }),
    example: spec.example,
    async read(ctx, config) {
      const pattern = config.name_regex === null ? undefined : new RegExp(config.name_regex);
      const rows = (await spec.fetch(ctx.provider.client))
        .filter((row) => pattern === undefined || pattern.test(String(row[spec.nameField])))
        .sort((a, b) => String(a[spec.nameField]).localeCompare(String(b[spec.nameField])));
      const items = rows.map((row) => Object.fromEntries(Object.keys(spec.item).map((key) => [key, row[key] ?? null])));
      return { name_regex: config.name_regex, names: rows.map((row) => String(row[spec.nameField])), items: items as never };
    },
  });
}

export const usersDataSource = listDataSource({
  name: 'truenas_users',
  plural: 'users',
  what: 'local user (built-in ones included)',
  nameField: 'username',
  item: {
    id: ty.number,
    uid: ty.number,
    username: ty.string,
    full_name: ty.string,
    home: ty.string,
    shell: ty.string,
    smb: ty.bool,
    builtin: ty.bool,
    locked: ty.bool,
  },
  fetch: async (client) => client.accounts.users.query(),
  example: `data "truenas_users" "people" {
  name_regex = "^(alice|bob)$"
}`,
});

export const groupsDataSource = listDataSource({
  name: 'truenas_groups',
  plural: 'groups',
  what: 'local group (built-in ones included)',
  nameField: 'name',
  item: { id: ty.number, gid: ty.number, name: ty.string, smb: ty.bool, builtin: ty.bool },
  fetch: async (client) => client.accounts.groups.query(),
  example: `data "truenas_groups" "all" {}`,
});

export const disksDataSource = listDataSource({
  name: 'truenas_disks',
  plural: 'disks',
  what: 'disk',
  nameField: 'name',
  item: { identifier: ty.string, name: ty.string, serial: ty.string, size: ty.number, type: ty.string, model: ty.string, pool: ty.string },
  fetch: async (client) => client.system.disks(),
  example: `data "truenas_disks" "sata" {
  name_regex = "^sd"
}`,
});

export const poolsDataSource = listDataSource({
  name: 'truenas_pools',
  plural: 'pools',
  what: 'storage pool',
  nameField: 'name',
  item: {
    id: ty.number,
    name: ty.string,
    guid: ty.string,
    status: ty.string,
    healthy: ty.bool,
    path: ty.string,
    size: ty.number,
    allocated: ty.number,
    free: ty.number,
  },
  fetch: async (client) => client.system.pools(),
  example: `data "truenas_pools" "all" {}`,
});

export const networkInterfacesDataSource = listDataSource({
  name: 'truenas_network_interfaces',
  plural: 'network interfaces',
  what: 'network interface (physical NICs, bridges, bonds and VLANs; `fake` ones are configured but not committed yet)',
  nameField: 'name',
  item: {
    name: ty.string,
    type: ty.string,
    description: ty.string,
    mtu: ty.number,
    ipv4_dhcp: ty.bool,
    ipv6_auto: ty.bool,
    aliases: ty.list(ty.string),
    link_address: ty.string,
    link_state: ty.string,
    fake: ty.bool,
    bridge_members: ty.list(ty.string),
    lag_protocol: ty.string,
    lag_ports: ty.list(ty.string),
    vlan_parent_interface: ty.string,
    vlan_tag: ty.number,
  },
  fetch: async (client) =>
    (await client.interfaces.query()).map((row) => ({
      ...row,
      aliases: row.aliases.map((alias) => `${alias.address}/${alias.netmask}`),
      link_address: row.state['link_address'] ?? null,
      link_state: row.state['link_state'] ?? null,
    })),
  example: `data "truenas_network_interfaces" "physical" {
  name_regex = "^(en|eth)"
}`,
});
