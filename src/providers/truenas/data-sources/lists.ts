// data "truenas_users", "truenas_groups", "truenas_disks", "truenas_pools", "truenas_network_interfaces"
// (and the lists of acl.ts, credentials.ts, backup-tasks.ts): every object of a kind, sorted by
// name, optionally only those whose name matches a regular expression. One shape for every list:
// the rows' fields the configuration may refer to, and their names.
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty, type TypeSpec } from '../../../framework/type-spec.js';
import type { Filter, TrueNASClient } from '../../../clients/truenas/index.js';
import { truenasDataSource } from '../provider-data.js';
import { byName } from '../../common/by-name.js';

const NAME_REGEX = validators.custom('a regular expression', (v) => {
  if (typeof v !== 'string') return undefined;
  try {
    new RegExp(v);
    return undefined;
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
});

export interface ListSpec<M extends Record<string, TypeSpec<unknown>>> {
  /** One row, for the description: "local user (built-in ones included)". */
  readonly what: string;
  /** The rows in attribute descriptions; by default the type name after `truenas_`, "_" read as a space. */
  readonly plural?: string;
  readonly item: M;
  readonly fetch: (client: TrueNASClient) => Promise<Record<string, unknown>[]>;
  /** The field that names a row (default `name`). */
  readonly nameField?: string;
  /** The example's label, and the name_regex it shows (none: the whole list). */
  readonly example: readonly [label: string, nameRegex?: string];
}

export function listDataSource<M extends Record<string, TypeSpec<unknown>>>(name: string, spec: ListSpec<M>) {
  const plural = spec.plural ?? name.replace(/^truenas_/, '').replaceAll('_', ' ');
  const nameField = spec.nameField ?? 'name';
  const [label, exampleRegex] = spec.example;
  return truenasDataSource({
    name,
    schema: schema({
      description: `Every ${spec.what} on the system, sorted by name; \`name_regex\` keeps only those whose name matches.`,
      attributes: {
        name_regex: attr.string({
          optional: true,
          description: `Only ${plural} whose ${nameField} matches this regular expression (JavaScript syntax).`,
          validators: [NAME_REGEX],
        }),
        names: attr.list(ty.string, { computed: true, description: `The ${plural}' ${nameField}s, sorted.` }),
        items: attr.list(ty.object(spec.item), { computed: true, description: `The ${plural}, in the order of names.` }),
      },
    }),
    example: exampleRegex === undefined ? `data "${name}" "${label}" {}` : `data "${name}" "${label}" {\n  name_regex = "${exampleRegex}"\n}`,
    async read(ctx, config) {
      const pattern = config.name_regex === null ? undefined : new RegExp(config.name_regex);
      const rows = (await spec.fetch(ctx.provider.client))
        .filter((row) => pattern === undefined || pattern.test(String(row[nameField])))
        .sort(byName((row) => String(row[nameField])));
      const items = rows.map((row) => Object.fromEntries(Object.keys(spec.item).map((key) => [key, row[key] ?? null])));
      return { name_regex: config.name_regex, names: rows.map((row) => String(row[nameField])), items: items as never };
    },
  });
}

/**
 * Local accounts only: without a filter on `local` (or `builtin`) user.query and group.query add
 * every user or group of a joined Active Directory or LDAP domain (plugins/account.py
 * filters_include_ds_accounts, :172-193 and query :421-452 @TS-25.10.6; the same on 25.04 and 26.0).
 */
const LOCAL_ACCOUNTS: Filter[] = [['local', '=', true]];

export const usersDataSource = listDataSource('truenas_users', {
  what: "local user (the built-in ones included, and the containers' unprivileged root `truenas_container_unpriv_root` that TrueNAS lists among them)",
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
  fetch: async (client) => client.accounts.users.query(LOCAL_ACCOUNTS),
  example: ['people', '^(alice|bob)$'],
});

export const groupsDataSource = listDataSource('truenas_groups', {
  what: 'local group (built-in ones included)',
  item: { id: ty.number, gid: ty.number, name: ty.string, smb: ty.bool, builtin: ty.bool },
  fetch: async (client) => client.accounts.groups.query(LOCAL_ACCOUNTS),
  example: ['all'],
});

export const disksDataSource = listDataSource('truenas_disks', {
  what: "disk (`pool`: the pool the disk belongs to, the boot pool's name for boot disks, null for an unused disk)",
  item: { identifier: ty.string, name: ty.string, serial: ty.string, size: ty.number, type: ty.string, model: ty.string, pool: ty.string },
  // `pool` is filled only when asked for; without `extra.pools` every disk reads null
  // (plugins/disk.py disk_extend and disk_extend_context, :86-89 and :97-129 @TS-25.10.6).
  fetch: async (client) => client.system.disks([], { extra: { pools: true } }),
  example: ['sata', '^sd'],
});

export const poolsDataSource = listDataSource('truenas_pools', {
  what: 'storage pool',
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
  example: ['all'],
});

export const networkInterfacesDataSource = listDataSource('truenas_network_interfaces', {
  what: 'network interface (physical NICs, bridges, bonds and VLANs; `fake` ones are configured but not present on the system, such as ones not committed yet)',
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
      link_address: row.state['link_address'] || null,
      link_state: row.state['link_state'] || null,
    })),
  example: ['physical', '^(en|eth)'],
});
