// interface.*: network interfaces (truenas/middleware src/middlewared/middlewared/plugins/network.py
// @TS-25.10.6, interface/interface_types.py, interface/lag_protocols.py, network_/common.py).
// Creates, updates and deletes change the configuration database only; `interface.commit`
// applies it and, with `rollback`, arms a timer that restores the snapshot taken before the
// first change unless `interface.checkin` comes within `checkin_timeout` seconds (of the
// simulated clock: tests move it with `advanceClock`).
import { cidrContains } from '../../../clients/common/ip-address.js';
import { canonicalNetwork } from '../ip-network.js';
import type { SimAlias, SimInterfaceConfig, SimNetwork } from '../network-state.js';
import { crud, dict, mustExist, type CallContext, type MethodTable, type MethodSpec } from '../registry.js';
import { Verrors } from '../sim-errors.js';

type Row = Record<string, unknown>;
type InterfaceType = 'BRIDGE' | 'LINK_AGGREGATION' | 'VLAN' | 'PHYSICAL' | 'UNKNOWN';

/** interface_types.py `type`: by name prefix, then whether the kernel cloned it. */
export function interfaceType(name: string, cloned: boolean): InterfaceType {
  if (name.startsWith('br')) return 'BRIDGE';
  if (name.startsWith('bond')) return 'LINK_AGGREGATION';
  if (name.startsWith('vlan')) return 'VLAN';
  return cloned ? 'UNKNOWN' : 'PHYSICAL';
}

/** interface_types.py `validate_name`'s messages, by type. */
const NAME_RULES: Partial<Record<InterfaceType, [prefix: string, message: string]>> = {
  BRIDGE: ['br', 'Bridge interface must start with "br" followed by an unique number.'],
  LINK_AGGREGATION: ['bond', 'Link aggregation interface must start with "bond" followed by an unique number.'],
  VLAN: ['vlan', 'VLAN interface must start with "vlan" followed by an unique number.'],
};

/** lag_protocols.py `lag_supported_protocols`: ROUNDROBIN and NONE pass the schema but not this. */
const LAG_PROTOCOLS = ['LACP', 'FAILOVER', 'LOADBALANCE'];

const net = (ctx: CallContext): SimNetwork => ctx.state.network;

function aliasNetwork(alias: SimAlias): string {
  return canonicalNetwork(`${alias.address}/${alias.netmask}`) ?? `${alias.address}/${alias.netmask}`;
}

/** The kernel's view of one interface (`state`), with the runtime fields every release requires. */
function kernelState(name: string, cloned: boolean, config: SimInterfaceConfig | undefined, network: SimNetwork): Row {
  const nic = network.nics.find((n) => n.name === name);
  const link = nic?.linkAddress ?? `02:00:00:00:00:${(name.length * 7).toString(16).padStart(2, '0')}`;
  const aliases = config ? config.aliases : network.applied.size === 0 ? (nic?.dhcpAddresses ?? []) : [];
  return {
    name,
    orig_name: name,
    description: config?.description ?? '',
    mtu: config?.mtu ?? 1500,
    cloned,
    flags: ['UP', 'BROADCAST', 'RUNNING', 'MULTICAST'],
    nd6_flags: [],
    capabilities: [],
    link_state: 'LINK_STATE_UP',
    media_type: cloned ? '' : 'Ethernet',
    media_subtype: cloned ? '' : 'autoselect',
    active_media_type: cloned ? '' : 'Ethernet',
    active_media_subtype: cloned ? '' : '1000Mb/s Twisted Pair',
    supported_media: [],
    media_options: null,
    link_address: link,
    permanent_link_address: cloned ? null : link,
    hardware_link_address: link,
    rx_queues: 1,
    tx_queues: 1,
    aliases: aliases.map((a) => ({ type: a.type, address: a.address, netmask: a.netmask })),
    vrrp_config: [],
  };
}

/**
 * The state a database entry the kernel does not run is given (`fake`): no link, no address, no
 * media (plugins/network.py query, :184-206 @TS-25.10.6, :238-259 @TS-25.04.2.6).
 */
function absentState(name: string, config: SimInterfaceConfig | undefined): Row {
  return {
    name,
    orig_name: name,
    description: config?.description ?? '',
    aliases: [],
    link_address: '',
    permanent_link_address: null,
    hardware_link_address: '',
    cloned: true,
    mtu: 1500,
    flags: [],
    nd6_flags: [],
    capabilities: [],
    link_state: '',
    media_type: '',
    media_subtype: '',
    active_media_type: '',
    active_media_subtype: '',
    supported_media: [],
    media_options: [],
    vrrp_config: [],
  };
}

/** `iface_extend`: the database configuration over the kernel state. */
function extend(name: string, cloned: boolean, fake: boolean, network: SimNetwork): Row {
  const type = interfaceType(name, cloned);
  const config = network.configs.get(name);
  const anyConfig = network.configs.size > 0;
  const row: Row = {
    id: name,
    name,
    fake,
    type,
    state: fake ? absentState(name, config) : kernelState(name, cloned, network.applied.get(name), network),
    aliases: [],
    ipv4_dhcp: !anyConfig,
    ipv6_auto: !anyConfig,
    description: '',
    mtu: null,
  };
  if (!config) return row;
  Object.assign(row, { ipv4_dhcp: config.ipv4_dhcp, ipv6_auto: config.ipv6_auto, description: config.description, mtu: config.mtu });
  if (type === 'BRIDGE') {
    const bridge = config.bridge ?? { members: [], stp: true, enable_learning: true };
    Object.assign(row, { bridge_members: [...bridge.members], stp: bridge.stp, enable_learning: bridge.enable_learning });
  } else if (type === 'LINK_AGGREGATION') {
    const lag = config.lag;
    if (lag) {
      if (lag.protocol === 'lacp' || lag.protocol === 'loadbalance') row['xmit_hash_policy'] = (lag.xmit_hash_policy ?? 'layer2+3').toUpperCase();
      if (lag.protocol === 'lacp') row['lacpdu_rate'] = (lag.lacpdu_rate ?? 'slow').toUpperCase();
      Object.assign(row, { lag_protocol: lag.protocol.toUpperCase(), lag_ports: [...lag.ports] });
    } else row['lag_ports'] = [];
  } else if (type === 'VLAN') {
    const vlan = config.vlan;
    Object.assign(row, { vlan_parent_interface: vlan?.parent ?? null, vlan_tag: vlan?.tag ?? null, vlan_pcp: vlan?.pcp ?? null });
  }
  row['aliases'] = config.aliases.map((a) => ({ ...a }));
  return row;
}

/** `interface.query`'s rows: what the kernel runs, then database entries it does not run yet (`fake`). */
export function interfaceRows(network: SimNetwork): Row[] {
  const live = [...network.nics.map((nic) => nic.name), ...[...network.applied.keys()].filter((name) => !network.nics.some((nic) => nic.name === name))];
  const rows = live.map((name) => extend(name, !network.nics.some((nic) => nic.name === name), false, network));
  for (const name of network.configs.keys()) if (!live.includes(name)) rows.push(extend(name, true, true, network));
  return rows;
}

/** What the other interfaces hold: bridge members, VLAN parents, LAG ports (by the holder's name). */
function usage(rows: Row[]) {
  const bridge = new Map<string, string>();
  const vlan = new Map<string, string>();
  const lag = new Map<string, string>();
  for (const row of rows) {
    const name = String(row['name']);
    if (name.startsWith('br')) for (const port of (row['bridge_members'] as string[] | undefined) ?? []) bridge.set(port, name);
    else if (name.startsWith('vlan')) vlan.set(name, String(row['vlan_parent_interface']));
    else if (name.startsWith('bond')) for (const port of (row['lag_ports'] as string[] | undefined) ?? []) lag.set(port, name);
  }
  return { bridge, vlan, lag };
}

/** What `_common_validation` refuses for the physical interface that is a LAG port. */
const LAG_PORT_ATTRS: [string, string][] = [
  ['aliases', 'Active node IP address'],
  ['mtu', 'MTU'],
  ['ipv4_dhcp', 'DHCP'],
  ['ipv6_auto', 'Autoconfig for IPv6'],
];

const truthy = (value: unknown) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

/** `_common_validation` (single-node systems: the failover checks do not apply). */
function validate(network: SimNetwork, schema: string, data: Row, type: InterfaceType, selfName: string | null, verrors: Verrors): void {
  const rows = interfaceRows(network).filter((row) => row['id'] !== selfName);
  const names = new Set(rows.map((row) => String(row['name'])));
  const dbOthers = [...network.configs.values()].filter((config) => config.name !== selfName);
  const fake = (name: string) => rows.find((row) => row['name'] === name)?.['fake'] === true;
  const name = data['name'] === undefined ? undefined : String(data['name']);
  if (name !== undefined && names.has(name)) verrors.add(`${schema}.name`, 'Interface name is already in use.');
  if (data['ipv4_dhcp'] && dbOthers.some((c) => c.ipv4_dhcp && !fake(c.name))) verrors.add(`${schema}.ipv4_dhcp`, 'Only one interface can be used for DHCP.');
  if (data['ipv6_auto'] && dbOthers.some((c) => c.ipv6_auto && !fake(c.name)))
    verrors.add(`${schema}.ipv6_auto`, 'Only one interface can have IPv6 autoconfiguration enabled.');
  // __validate_aliases: an alias's network may not overlap one configured on another interface.
  const used = rows.flatMap((row) => (row['aliases'] as SimAlias[]).map(aliasNetwork));
  ((data['aliases'] as SimAlias[] | undefined) ?? []).forEach((alias, i) => {
    const mine = aliasNetwork(alias);
    const overlaps = (a: string, b: string) => cidrContains(a, b.split('/')[0] ?? '') || cidrContains(b, a.split('/')[0] ?? '');
    if (used.some((other) => overlaps(other, mine))) verrors.add(`${schema}.aliases.${i}`, `The network ${mine} is already in use by another interface.`);
  });
  const use = usage(rows);
  const nameRule = NAME_RULES[type];
  if (nameRule && name !== undefined && !(name.startsWith(nameRule[0]) && /^\d+$/.test(name.slice(nameRule[0].length))))
    verrors.add(`${schema}.name`, nameRule[1]);
  if (type === 'PHYSICAL' && name !== undefined && use.lag.has(name)) {
    for (const [key, label] of LAG_PORT_ATTRS)
      if (truthy(data[key])) verrors.add(`${schema}.${key}`, `Interface in use by ${use.lag.get(name)}. ${label} cannot be changed.`);
  } else if (type === 'BRIDGE') {
    ((data['bridge_members'] as string[] | undefined) ?? []).forEach((member, i) => {
      const attribute = `${schema}.bridge_members.${i}`;
      if (!names.has(member)) verrors.add(attribute, 'Not a valid interface.');
      else if (use.bridge.has(member)) verrors.add(attribute, `Interface ${member} is currently in use by ${use.bridge.get(member)}.`);
      else if (use.lag.has(member)) verrors.add(attribute, `Interface ${member} is currently in use by ${use.lag.get(member)}.`);
    });
  } else if (type === 'LINK_AGGREGATION') {
    if (!LAG_PROTOCOLS.includes(String(data['lag_protocol'])))
      verrors.add(`${schema}.lag_protocol`, `TrueNAS SCALE does not support LAG protocol ${String(data['lag_protocol'])}`);
    const ports = (data['lag_ports'] as string[] | undefined) ?? [];
    if (ports.length === 0) verrors.add(`${schema}.lag_ports`, 'This field cannot be empty.');
    const configured = new Set(dbOthers.map((c) => c.name));
    ports.forEach((member, i) => {
      const attribute = `${schema}.lag_ports.${i}`;
      if (!names.has(member)) verrors.add(attribute, `"${member}" is not a valid interface.`);
      else if (use.lag.has(member)) verrors.add(attribute, `Interface ${member} is currently in use by ${use.lag.get(member)}.`);
      else if (use.bridge.has(member)) verrors.add(attribute, `Interface ${member} is currently in use by ${use.bridge.get(member)}.`);
      else if (use.vlan.has(member)) verrors.add(attribute, `Interface ${member} is currently in use by ${use.vlan.get(member)}.`);
      else if (configured.has(member)) verrors.add(attribute, `Interface ${member} is currently in use`);
    });
  } else if (type === 'VLAN') {
    const parent = String(data['vlan_parent_interface']);
    const attribute = `${schema}.vlan_parent_interface`;
    if (!names.has(parent)) verrors.add(attribute, 'Not a valid interface.');
    else if (use.lag.has(parent)) verrors.add(attribute, `Interface ${parent} is currently in use by ${use.lag.get(parent)}.`);
    else if (parent.startsWith('br')) verrors.add(attribute, 'Bridge interfaces are not allowed.');
    else {
      const parentMtu = (rows.find((row) => row['name'] === parent)?.['mtu'] as number | null) ?? 1500;
      const mtu = data['mtu'] as number | null | undefined;
      if (mtu && mtu > parentMtu) verrors.add(`${schema}.mtu`, 'VLAN MTU cannot be bigger than parent interface.');
    }
  }
  const mtu = data['mtu'] as number | null | undefined;
  if (mtu && mtu < 1280 && ((data['aliases'] as SimAlias[] | undefined) ?? []).some((a) => a.type === 'INET6'))
    verrors.add(`${schema}.mtu`, 'When specifying an IPv6 address, the MTU cannot be smaller than 1280');
}

/**
 * The order `iface_extend` reads the aliases back in after `do_update` (plugins/network.py
 * `convert_aliases_to_datastore`, `do_update` @TS-25.10.6:1306-1343): the first alias sent lives in
 * the interface row; the `network_alias` rows still wanted stay where they were (updated in place),
 * and the other aliases are inserted after them, in the order sent.
 */
function storedAliasOrder(sent: SimAlias[], prior: readonly SimAlias[] | undefined): SimAlias[] {
  if (!prior || sent.length === 0) return sent;
  const [first, ...rest] = sent;
  const kept = prior.slice(1).flatMap((old) => rest.filter((alias) => alias.address === old.address).slice(0, 1));
  return [first!, ...kept, ...rest.filter((alias) => !kept.includes(alias))];
}

/** The rows `_common_validation` and the datastore writes take, from the API's fields. */
function toConfig(name: string, data: Row, type: InterfaceType, prior?: SimInterfaceConfig): SimInterfaceConfig {
  const config: SimInterfaceConfig = {
    name,
    description: String(data['description'] ?? ''),
    ipv4_dhcp: Boolean(data['ipv4_dhcp']),
    ipv6_auto: Boolean(data['ipv6_auto']),
    mtu: (data['mtu'] as number | null | undefined) || null,
    aliases: storedAliasOrder(
      ((data['aliases'] as SimAlias[] | undefined) ?? []).map((a) => ({ type: a.type ?? 'INET', address: a.address, netmask: a.netmask })),
      prior?.aliases,
    ),
  };
  if (type === 'BRIDGE')
    config.bridge = {
      members: [...((data['bridge_members'] as string[] | undefined) ?? prior?.bridge?.members ?? [])],
      stp: (data['stp'] as boolean | undefined) ?? prior?.bridge?.stp ?? true,
      enable_learning: (data['enable_learning'] as boolean | undefined) ?? prior?.bridge?.enable_learning ?? true,
    };
  else if (type === 'LINK_AGGREGATION') {
    const protocol = String(data['lag_protocol']).toLowerCase();
    const hashed = protocol === 'lacp' || protocol === 'loadbalance';
    const xmit = data['xmit_hash_policy'];
    const rate = data['lacpdu_rate'];
    config.lag = {
      protocol,
      xmit_hash_policy: hashed ? (typeof xmit === 'string' ? xmit.toLowerCase() : 'layer2+3') : null,
      lacpdu_rate: protocol === 'lacp' ? (typeof rate === 'string' ? rate.toLowerCase() : 'slow') : null,
      ports: [...((data['lag_ports'] as string[] | undefined) ?? prior?.lag?.ports ?? [])],
    };
  } else if (type === 'VLAN')
    config.vlan = {
      parent: String(data['vlan_parent_interface']),
      tag: Number(data['vlan_tag']),
      pcp: (data['vlan_pcp'] as number | null | undefined) ?? null,
    };
  return config;
}

/** `__set_lag_ports`: a configured port loses its addresses, DHCP and MTU. */
function resetLagPorts(network: SimNetwork, ports: readonly string[]): void {
  for (const port of ports) {
    const config = network.configs.get(port);
    if (config) Object.assign(config, { ipv4_dhcp: false, ipv6_auto: false, mtu: null, aliases: [] });
  }
}

/** `get_next`: the first free `<prefix><n>` among configured names. */
function nextName(network: SimNetwork, prefix: string): string {
  let number = 0;
  while (network.configs.has(`${prefix}${number}`)) number++;
  return `${prefix}${number}`;
}

const REQUIRED: Record<string, string[]> = {
  BRIDGE: ['bridge_members'],
  LINK_AGGREGATION: ['lag_protocol', 'lag_ports'],
  VLAN: ['vlan_parent_interface', 'vlan_tag'],
};

function create(data: Row, ctx: CallContext): Row {
  const network = net(ctx);
  const type = String(data['type']) as InterfaceType;
  const verrors = new Verrors();
  for (const key of REQUIRED[type] ?? []) if (!(key in data)) verrors.add(`interface_create.${key}`, 'This field is required');
  verrors.check();
  validate(network, 'interface_create', data, type, null, verrors);
  verrors.check();
  network.saveOriginal();
  const name =
    data['name'] === undefined ? nextName(network, { BRIDGE: 'br', LINK_AGGREGATION: 'bond', VLAN: 'vlan' }[type as 'BRIDGE']) : String(data['name']);
  const config = toConfig(name, data, type);
  network.configs.set(name, config);
  if (config.lag) resetLagPorts(network, config.lag.ports);
  return getInstance(network, name);
}

function getInstance(network: SimNetwork, id: unknown): Row {
  return mustExist(
    interfaceRows(network).find((row) => row['id'] === id),
    'Interface',
    id,
  );
}

function update(id: string, data: Row, ctx: CallContext): Row {
  const network = net(ctx);
  const current = getInstance(network, id);
  const type = current['type'] as InterfaceType;
  const merged: Row = { ...current, ...data };
  const verrors = new Verrors();
  validate(network, 'interface_update', merged, type, id, verrors);
  // 26.0's fec_mode (earlier schemas refuse the field): the simulator is Community Edition
  // (plugins/network.py:1232-1249 @TS-26.0.0-BETA.3, the Enterprise check first).
  if ('fec_mode' in data) verrors.add('interface_update.fec_mode', 'Configuring FEC mode is an enterprise feature.');
  verrors.check();
  network.saveOriginal();
  const name = String(merged['name']);
  const prior = network.configs.get(id);
  const config = toConfig(name, merged, type, prior);
  network.configs.delete(id);
  network.configs.set(name, config);
  if (config.lag && 'lag_ports' in data) resetLagPorts(network, config.lag.ports);
  return getInstance(network, name);
}

/** `delete_network_interface`: a bond's ports' rows go too, then its own. */
function deleteConfig(network: SimNetwork, name: string, parents: Set<string> = new Set()): void {
  const seen = new Set([...parents, name]);
  for (const port of network.configs.get(name)?.lag?.ports ?? []) if (!seen.has(port)) deleteConfig(network, port, seen);
  network.configs.delete(name);
}

function remove(id: string, ctx: CallContext): string {
  const network = net(ctx);
  getInstance(network, id);
  const dependants = interfaceRows(network)
    .filter((row) => row['type'] === 'VLAN' && row['vlan_parent_interface'] === id)
    .map((row) => String(row['name']));
  if (dependants.length > 0) {
    const verrors = new Verrors();
    verrors.add('interface.delete', `The following VLANs depend on this interface: ${dependants.join(', ')}`);
    verrors.check();
  }
  network.saveOriginal();
  deleteConfig(network, id);
  return id;
}

/** Every interface.* call first lets a due rollback happen (the real timer runs on its own). */
function settled(spec: MethodSpec): MethodSpec {
  return { ...spec, handler: (args, ctx) => (net(ctx).settle(ctx.state.now()), spec.handler(args, ctx)) };
}

function commit(options: Row, ctx: CallContext): null {
  const network = net(ctx);
  // network_.common.check_dhcp_or_aliases tests `any([...] for i in ...)`: a list per
  // interface, never empty, so it refuses only when there is no interface at all.
  if (interfaceRows(network).length === 0) {
    const verrors = new Verrors();
    verrors.add('interface.commit', 'At least one interface must be configured with IPv4 DHCP, IPv6 Autoconfig or a static IP.');
    verrors.check();
  }
  network.apply();
  const rollback = options['rollback'] !== false;
  const timeout = typeof options['checkin_timeout'] === 'number' ? options['checkin_timeout'] : 60;
  if (rollback && timeout) network.rollbackAt = ctx.state.now() + timeout * 1000;
  else network.original = null;
  return null;
}

/** `choices`-style answers: `{name: name}` of the interfaces not in use by another one. */
function freeInterfaces(network: SimNetwork, own: string | null, keep: (row: Row) => boolean): Record<string, string> {
  const rows = interfaceRows(network);
  const use = usage(rows.filter((row) => row['id'] !== own));
  const choices: Record<string, string> = {};
  for (const row of rows) {
    const name = String(row['name']);
    if (name === own || use.bridge.has(name) || use.lag.has(name) || !keep(row)) continue;
    choices[name] = name;
  }
  return choices;
}

export const interfaceMethods: MethodTable = Object.fromEntries(
  Object.entries({
    ...crud<string>('interface', {
      noun: 'Interface',
      rows: (ctx, extra) => interfaceRows(net(ctx)).map((row) => (extra['retrieve_names_only'] ? { name: row['name'] } : row)),
      create: (data, ctx) => {
        checkTag(data, ctx, 'create');
        return create(data, ctx);
      },
      update: (id, data, ctx) => {
        checkTag(data, ctx, 'update');
        return update(id, data, ctx);
      },
      delete: (id, _options, ctx) => remove(id, ctx),
    }),
    'interface.has_pending_changes': { params: [], handler: (_args, ctx) => net(ctx).hasPendingChanges() },
    'interface.commit': { params: ['options'], handler: ([options], ctx) => commit(dict(options, 'options'), ctx) },
    'interface.checkin': {
      params: [],
      handler: (_args, ctx) => {
        net(ctx).rollbackAt = null;
        net(ctx).original = null;
        return null;
      },
    },
    'interface.cancel_rollback': {
      params: [],
      handler: (_args, ctx) => {
        net(ctx).rollbackAt = null;
        return null;
      },
    },
    'interface.checkin_waiting': {
      params: [],
      handler: (_args, ctx) => {
        const at = net(ctx).rollbackAt;
        const remaining = at === null ? 0 : (at - ctx.state.now()) / 1000;
        return remaining > 0 ? Math.trunc(remaining) : null;
      },
    },
    'interface.rollback': {
      params: [],
      handler: (_args, ctx) => {
        net(ctx).rollback();
        return null;
      },
    },
    'interface.bridge_members_choices': {
      params: ['id'],
      handler: ([id], ctx) => freeInterfaces(net(ctx), typeof id === 'string' ? id : null, (row) => row['type'] !== 'BRIDGE'),
    },
    'interface.lag_ports_choices': {
      params: ['id'],
      handler: ([id], ctx) =>
        freeInterfaces(net(ctx), typeof id === 'string' ? id : null, (row) => row['type'] === 'PHYSICAL' && !net(ctx).configs.has(String(row['name']))),
    },
    'interface.vlan_parent_interface_choices': {
      params: [],
      handler: (_args, ctx) => freeInterfaces(net(ctx), null, (row) => row['type'] !== 'BRIDGE' && row['type'] !== 'VLAN'),
    },
  } satisfies MethodTable).map(([method, spec]) => [method, settled(spec)]),
);

/** vlan_tag's pydantic bounds (`Field(ge=1, le=4094)`), which the published schema cannot enforce. */
function checkTag(data: Row, ctx: CallContext, verb: 'create' | 'update'): void {
  const tag = data['vlan_tag'];
  if (typeof tag !== 'number' || (tag >= 1 && tag <= 4094)) return;
  const title = ctx.schema.method(`interface.${verb}`)?.accepts.prefixItems?.[verb === 'create' ? 0 : 1]?.title ?? 'data';
  const verrors = new Verrors();
  verrors.add(`${title}.vlan_tag`, tag < 1 ? 'Input should be greater than or equal to 1' : 'Input should be less than or equal to 4094');
  verrors.check();
}
