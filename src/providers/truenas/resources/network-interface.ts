// truenas_network_interface: a bridge, VLAN or link aggregation (`interface.*`), or the settings
// of a physical NIC. Every change goes through the commit / check-in cycle of
// shared/interface-commit.ts, so a change that cuts the API off is rolled back by the server.
import { isIP } from 'node:net';
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import type { ModelOf, PlanModelOf } from '../../../framework/schema.js';
import { UNKNOWN } from '../../../values/types.js';
import type { OperationContext, PlanContext } from '../../../framework/resource.js';
import type { InterfaceAlias, InterfaceCreate, InterfaceSettings, NetworkInterface, TrueNASClient } from '../../../clients/truenas/index.js';
import { FEC_MODES, INTERFACE_TYPES, LACPDU_RATES, LAG_PROTOCOLS, XMIT_HASH_POLICIES, type InterfaceUpdate } from '../../../clients/truenas/schemas/network.js';
import { truenasResource, type TrueNASProviderData } from '../provider-data.js';
import { withoutNulls } from '../../common/same-fields.js';
import { freeTextAttr } from '../shared/free-text.js';
import { deleteIfPresent } from '../shared/ids.js';
import { commitInterfaceChange } from '../shared/interface-commit.js';
import { keptString } from '../shared/named-objects.js';
import { checkAttributeReleases, refuseOutsideEnterprise } from '../shared/release-gate.js';

export const DEFAULT_CHECKIN_TIMEOUT = 60;

const interfaceSchema = schema({
  description:
    'A network interface: a bridge, a VLAN or a link aggregation (bond) the resource creates, or a physical NIC whose settings it manages ' +
    '(destroying it resets the NIC to unconfigured). Every change is committed with automatic rollback: the provider checks it in only after ' +
    'a new connection to the API succeeds, so a change that cuts the API off is undone by the server after `checkin_timeout` seconds. ' +
    'The provider refuses to run while the server holds network changes it did not make, and commits one interface at a time.',
  attributes: {
    id: keptString("The interface's name, as the API identifies it."),
    name: attr.string({
      required: true,
      description:
        'Interface name: "br<N>" for a bridge, "bond<N>" for a link aggregation, "vlan<N>" for a VLAN, the NIC\'s name (such as "enp1s0") for a physical one.',
      planModifiers: [planModifiers.requiresReplace()],
      validators: [validators.matches(/^[A-Za-z][A-Za-z0-9._-]{0,14}$/, 'a Linux interface name (a letter, then up to 14 letters, digits, ".", "_" or "-")')],
    }),
    type: attr.string({
      required: true,
      description: 'PHYSICAL (an existing NIC), BRIDGE, LINK_AGGREGATION or VLAN.',
      planModifiers: [planModifiers.requiresReplace()],
      validators: [validators.oneOf(...INTERFACE_TYPES)],
    }),
    description: freeTextAttr('description'),
    mtu: attr.number({
      optional: true,
      description: 'MTU, 68 to 9216 (at least 1280 with an IPv6 alias); unset: the default (1500).',
      validators: [validators.between(68, 9216)],
    }),
    ipv4_dhcp: attr.bool({ default: false, description: 'Get an IPv4 address by DHCP (one interface at most).' }),
    ipv6_auto: attr.bool({ default: false, description: 'IPv6 autoconfiguration (one interface at most).' }),
    aliases: attr.list(ty.string, {
      default: [],
      description: 'Static addresses with their prefix length, such as ["192.168.10.2/24", "fd00:10::2/64"]; no two interfaces may have overlapping networks.',
      validators: [validators.each(validators.cidr())],
    }),
    bridge_members: attr.list(ty.string, { optional: true, description: 'BRIDGE: the interfaces bridged (none in another bridge or a bond).' }),
    stp: attr.bool({
      optional: true,
      computed: true,
      description: 'BRIDGE: Spanning Tree Protocol (server default on). Removing it from the configuration keeps the current setting.',
    }),
    enable_learning: attr.bool({
      optional: true,
      computed: true,
      description: 'BRIDGE: MAC address learning (server default on). Removing it from the configuration keeps the current setting.',
    }),
    lag_protocol: attr.string({
      optional: true,
      description: 'LINK_AGGREGATION: LACP, FAILOVER or LOADBALANCE.',
      validators: [validators.oneOf(...LAG_PROTOCOLS)],
    }),
    lag_ports: attr.list(ty.string, { optional: true, description: 'LINK_AGGREGATION: the physical NICs bonded (unconfigured, in no other bond or bridge).' }),
    xmit_hash_policy: attr.string({
      optional: true,
      computed: true,
      description:
        "LINK_AGGREGATION with LACP or LOADBALANCE: LAYER2, LAYER2+3 (server default) or LAYER3+4. Removing it from the configuration keeps the current policy (the new protocol's default when lag_protocol changes).",
      validators: [validators.oneOf(...XMIT_HASH_POLICIES)],
    }),
    lacpdu_rate: attr.string({
      optional: true,
      computed: true,
      description:
        "LINK_AGGREGATION with LACP: SLOW (server default, every 30 s) or FAST (every second). Removing it from the configuration keeps the current rate (the new protocol's default when lag_protocol changes).",
      validators: [validators.oneOf(...LACPDU_RATES)],
    }),
    vlan_parent_interface: attr.string({ optional: true, description: 'VLAN: the parent interface (not a bridge, not a bond port).' }),
    vlan_tag: attr.number({ optional: true, description: 'VLAN: the tag, 1 to 4094.', validators: [validators.between(1, 4094)] }),
    vlan_pcp: attr.number({ optional: true, description: 'VLAN: Priority Code Point, 0 to 7.', validators: [validators.between(0, 7)] }),
    fec_mode: attr.string({
      optional: true,
      computed: true,
      description:
        'PHYSICAL: forward error correction, AUTO, OFF, RS, BASER or LLRS, among the modes the NIC supports. TrueNAS 26.0 or later and Enterprise only (both refused at plan time); meant for link negotiation problems as TrueNAS Support directs. Removing it keeps the current mode.',
      validators: [validators.oneOf(...FEC_MODES)],
    }),
    checkin_timeout: attr.number({
      default: DEFAULT_CHECKIN_TIMEOUT,
      description: 'Seconds the server waits for the check-in after a commit before it rolls the change back (10 to 3600). Not stored on the server.',
      validators: [validators.between(10, 3600)],
    }),
    link_address: attr.string({ computed: true, description: "The interface's MAC address." }),
  },
});

type InterfaceModel = ModelOf<typeof interfaceSchema>;
type InterfacePlan = PlanModelOf<typeof interfaceSchema>;
type InterfaceType = (typeof INTERFACE_TYPES)[number];

/** The attributes only one type takes. */
const TYPE_ONLY: Record<string, InterfaceType> = {
  bridge_members: 'BRIDGE',
  stp: 'BRIDGE',
  enable_learning: 'BRIDGE',
  lag_protocol: 'LINK_AGGREGATION',
  lag_ports: 'LINK_AGGREGATION',
  xmit_hash_policy: 'LINK_AGGREGATION',
  lacpdu_rate: 'LINK_AGGREGATION',
  vlan_parent_interface: 'VLAN',
  vlan_tag: 'VLAN',
  vlan_pcp: 'VLAN',
  fec_mode: 'PHYSICAL',
};
const REQUIRED: Partial<Record<InterfaceType, string[]>> = {
  BRIDGE: ['bridge_members'],
  LINK_AGGREGATION: ['lag_protocol', 'lag_ports'],
  VLAN: ['vlan_parent_interface', 'vlan_tag'],
};
/** The name prefixes the middleware types interfaces by (plugins/interface/interface_types.py). */
const PREFIX: Partial<Record<InterfaceType, string>> = { BRIDGE: 'br', LINK_AGGREGATION: 'bond', VLAN: 'vlan' };

/** What the configuration sets, as far as it is known (undefined: unknown; null: unset). */
export type KnownConfig = Partial<Record<keyof InterfaceModel, unknown>>;

/** Problems with the combination of type, name and type-specific attributes: [attribute, detail]. */
export function interfaceProblems(config: KnownConfig): [string, string][] {
  const problems: [string, string][] = [];
  const type = config.type as InterfaceType | undefined;
  if (type === undefined) return problems;
  const name = config.name;
  const prefix = PREFIX[type];
  if (typeof name === 'string') {
    if (prefix && !new RegExp(`^${prefix}\\d+$`).test(name))
      problems.push(['name', `A ${type} interface must be named "${prefix}" followed by a number, such as "${prefix}0", got "${name}".`]);
    if (type === 'PHYSICAL' && /^(br|bond|vlan)/.test(name))
      problems.push(['name', `"${name}" names a bridge, bond or VLAN by its prefix: set type to BRIDGE, LINK_AGGREGATION or VLAN.`]);
  }
  for (const [attribute, only] of Object.entries(TYPE_ONLY))
    if (only !== type && config[attribute as keyof InterfaceModel] !== null && config[attribute as keyof InterfaceModel] !== undefined)
      problems.push([attribute, `${attribute} applies to type ${only} only; this interface is ${type}.`]);
  for (const attribute of REQUIRED[type] ?? [])
    if (config[attribute as keyof InterfaceModel] === null) problems.push([attribute, `A ${type} interface needs ${attribute}.`]);
  if (type === 'LINK_AGGREGATION' && typeof config.lag_protocol === 'string') {
    if (config.lag_protocol === 'FAILOVER' && typeof config.xmit_hash_policy === 'string')
      problems.push(['xmit_hash_policy', 'xmit_hash_policy applies to the LACP and LOADBALANCE protocols only.']);
    if (config.lag_protocol !== 'LACP' && typeof config.lacpdu_rate === 'string')
      problems.push(['lacpdu_rate', 'lacpdu_rate applies to the LACP protocol only.']);
  }
  if (Array.isArray(config.lag_ports) && config.lag_ports.length === 0) problems.push(['lag_ports', 'A link aggregation needs at least one port.']);
  const aliases = Array.isArray(config.aliases) ? config.aliases.filter((a): a is string => typeof a === 'string') : [];
  if (new Set(aliases.map((a) => a.split('/')[0])).size !== aliases.length) problems.push(['aliases', 'An address is listed twice.']);
  if (typeof config.mtu === 'number' && config.mtu < 1280 && aliases.some((a) => isIP(a.split('/')[0] ?? '') === 6))
    problems.push(['mtu', 'With an IPv6 address the MTU cannot be smaller than 1280.']);
  return problems;
}

export function aliasFromCidr(cidr: string): InterfaceAlias {
  const [address = '', prefix = ''] = cidr.split('/');
  return { type: isIP(address) === 6 ? 'INET6' : 'INET', address, netmask: Number(prefix) };
}

/** The server's address as configured: an IPv6 address in the configuration's spelling when it is the same. */
function aliasText(alias: { address: string; netmask: number }, known: readonly string[] | null): string {
  const text = `${alias.address}/${alias.netmask}`;
  const same = known?.find((k) => {
    const mine = aliasFromCidr(k);
    return (
      mine.netmask === alias.netmask &&
      (mine.address === alias.address || (isIP(mine.address) === 6 && new URL(`http://[${mine.address}]/`).host === new URL(`http://[${alias.address}]/`).host))
    );
  });
  return same ?? text;
}

/**
 * The aliases in the configured order when they are the same set: interface.update keeps the
 * alias rows it still wants in place and inserts the others after them (plugins/network.py
 * `do_update` @TS-25.10.6:1306-1343), so `[A, B]` → `[A, C, B]` reads back `[A, B, C]`.
 */
function aliasesInKnownOrder(read: string[], known: readonly string[] | null): string[] {
  if (known === null || read.length !== known.length) return read;
  const sorted = (list: readonly string[]) => [...list].sort().join('\n');
  return sorted(read) === sorted(known) ? [...known] : read;
}

export function toModel(row: NetworkInterface, known: Partial<InterfaceModel>): InterfaceModel {
  const type = (INTERFACE_TYPES as readonly string[]).includes(row.type) ? row.type : 'PHYSICAL';
  const bridge = type === 'BRIDGE';
  const lag = type === 'LINK_AGGREGATION';
  const vlan = type === 'VLAN';
  return {
    id: row.id,
    name: row.name,
    type,
    description: row.description,
    mtu: row.mtu,
    ipv4_dhcp: row.ipv4_dhcp,
    ipv6_auto: row.ipv6_auto,
    aliases: aliasesInKnownOrder(
      row.aliases.filter((a) => a.type === 'INET' || a.type === 'INET6').map((a) => aliasText(a, known.aliases ?? null)),
      known.aliases ?? null,
    ),
    bridge_members: bridge ? (row.bridge_members ?? []) : null,
    stp: bridge ? (row.stp ?? true) : null,
    enable_learning: bridge ? (row.enable_learning ?? true) : null,
    lag_protocol: lag ? (row.lag_protocol ?? null) : null,
    lag_ports: lag ? (row.lag_ports ?? []) : null,
    xmit_hash_policy: lag ? (row.xmit_hash_policy ?? null) : null,
    lacpdu_rate: lag ? (row.lacpdu_rate ?? null) : null,
    vlan_parent_interface: vlan ? (row.vlan_parent_interface ?? null) : null,
    vlan_tag: vlan ? (row.vlan_tag ?? null) : null,
    vlan_pcp: vlan ? (row.vlan_pcp ?? null) : null,
    fec_mode: type === 'PHYSICAL' ? (row.fec_mode ?? null) : null,
    checkin_timeout: known.checkin_timeout ?? DEFAULT_CHECKIN_TIMEOUT,
    link_address: typeof row.state['link_address'] === 'string' ? row.state['link_address'] : null,
  };
}

/** The settings every interface takes. */
function settings(plan: InterfacePlan): InterfaceSettings {
  return { description: plan.description, mtu: plan.mtu, ipv4_dhcp: plan.ipv4_dhcp, ipv6_auto: plan.ipv6_auto, aliases: plan.aliases.map(aliasFromCidr) };
}

/** The type-specific fields of a plan, as interface.create and update take them. */
function typeFields(plan: InterfacePlan): Partial<InterfaceCreate> {
  switch (plan.type) {
    case 'BRIDGE':
      return withoutNulls({ bridge_members: plan.bridge_members, stp: plan.stp, enable_learning: plan.enable_learning });
    case 'LINK_AGGREGATION':
      return withoutNulls({
        lag_protocol: plan.lag_protocol,
        lag_ports: plan.lag_ports,
        xmit_hash_policy: plan.xmit_hash_policy,
        lacpdu_rate: plan.lacpdu_rate,
      });
    case 'VLAN':
      return { ...withoutNulls({ vlan_parent_interface: plan.vlan_parent_interface, vlan_tag: plan.vlan_tag }), vlan_pcp: plan.vlan_pcp };
    default:
      return {};
  }
}

export function createInput(plan: InterfacePlan): InterfaceCreate {
  return { name: plan.name, type: plan.type as InterfaceCreate['type'], ...settings(plan), ...typeFields(plan) };
}

/**
 * `fec_mode` only when set and changed: 26.0 refuses its mere presence outside Enterprise and for
 * other types, and earlier releases do not take it (plugins/network.py:1232-1249 @TS-26.0.0-BETA.3).
 */
export function updateInput(plan: InterfacePlan, prior: InterfaceModel | null = null): InterfaceUpdate {
  const fec = plan.fec_mode !== null && plan.fec_mode !== prior?.fec_mode ? { fec_mode: plan.fec_mode as InterfaceUpdate['fec_mode'] } : {};
  return { ...settings(plan), ...typeFields(plan), ...fec };
}

/** The attributes whose planned value differs from the prior one (named when the change fails). */
function changed(plan: InterfacePlan, prior: InterfaceModel | null): string[] {
  const keys = Object.keys(interfaceSchema.attributes).filter((k) => k !== 'id' && k !== 'link_address' && k !== 'checkin_timeout') as (keyof InterfaceModel)[];
  return keys.filter((key) => prior === null || JSON.stringify(plan[key]) !== JSON.stringify(prior[key]));
}

type Ctx = OperationContext<TrueNASProviderData>;

function cycle<T>(ctx: Ctx, timeout: number, what: string, attributes: string[], stage: (client: TrueNASClient) => Promise<T>): Promise<T> {
  const { client, openClient } = ctx.provider;
  return commitInterfaceChange({ client, openClient, checkinTimeout: timeout, attributes, what, stage: () => stage(client) });
}

/** A physical NIC's current row; a clear error naming `name` when there is none. */
async function physicalNic(client: TrueNASClient, name: string): Promise<NetworkInterface> {
  const row = await client.interfaces.find(name);
  if (row?.type === 'PHYSICAL') return row;
  const nics = (await client.interfaces.query([['type', '=', 'PHYSICAL']])).map((r) => r.name);
  throw new AttributeError(
    'name',
    'No such physical interface',
    `The server has no physical interface "${name}"${row ? ` (it is a ${row.type})` : ''}; its NICs: ${nics.join(', ') || 'none'}.`,
  );
}

/** fec_mode, when set to a new mode: 26.0 or later, then Enterprise (plugins/network.py:1232-1249 @TS-26.0.0-BETA.3). */
async function checkFecMode(ctx: PlanContext<TrueNASProviderData, keyof InterfaceModel & string>): Promise<void> {
  if (!ctx.config.isKnown('fec_mode') || ctx.config.isNull('fec_mode') || (!ctx.creating && ctx.config.get('fec_mode') === ctx.prior.get('fec_mode'))) return;
  await checkAttributeReleases(ctx, { fec_mode: { since: '26.0' } });
  if (await ctx.provider?.client.serverAtLeast('26.0'))
    await refuseOutsideEnterprise(ctx, 'fec_mode', 'Setting the FEC mode', 'Configuring FEC mode is an enterprise feature.');
}

export const networkInterfaceResource = truenasResource({
  name: 'truenas_network_interface',
  schema: interfaceSchema,
  importId: { description: "the interface's name", example: 'br0' },
  validateConfig(ctx) {
    const known: KnownConfig = {};
    for (const name of Object.keys(interfaceSchema.attributes) as (keyof InterfaceModel)[]) {
      if (!ctx.config.isKnown(name)) continue;
      const value = ctx.config.get(name);
      known[name] = typeof value === 'object' && value !== null && !Array.isArray(value) ? (ctx.config.number(name) ?? value) : value;
    }
    for (const [attribute, detail] of interfaceProblems(known)) ctx.error(attribute as keyof InterfaceModel, 'Invalid network interface', detail);
  },
  async modifyPlan(ctx) {
    // Another protocol has other server defaults: what was read for the old one no longer holds.
    if (!ctx.creating && ctx.planned.get('lag_protocol') !== ctx.prior.get('lag_protocol'))
      for (const name of ['xmit_hash_policy', 'lacpdu_rate'] as const) if (ctx.config.isNull(name)) ctx.setPlanned(name, UNKNOWN);
    await checkFecMode(ctx);
  },
  importState: (id) => ({ id: id.trim(), name: id.trim() }),
  async create(ctx, plan) {
    const what = `interface ${plan.name}`;
    const row = await cycle(ctx, plan.checkin_timeout, what, changed(plan, null), async (client) => {
      if (plan.type !== 'PHYSICAL') return client.interfaces.create(createInput(plan));
      await physicalNic(client, plan.name);
      return client.interfaces.update(plan.name, updateInput(plan));
    });
    return toModel((await ctx.provider.client.interfaces.find(row.id)) ?? row, plan);
  },
  async read(ctx, state) {
    const row = await ctx.provider.client.interfaces.find(state.id ?? state.name);
    return row === undefined ? null : toModel(row, state);
  },
  async update(ctx, plan, prior) {
    const id = prior.id ?? prior.name;
    const attributes = changed(plan, prior);
    if (attributes.length === 0) return toModel(await ctx.provider.client.interfaces.get(id), plan);
    await cycle(ctx, plan.checkin_timeout, `interface ${id}`, attributes, (client) => client.interfaces.update(id, updateInput(plan, prior)));
    return toModel(await ctx.provider.client.interfaces.get(id), plan);
  },
  async delete(ctx, state) {
    const id = state.id ?? state.name;
    if ((await ctx.provider.client.interfaces.find(id)) === undefined) return;
    await cycle(ctx, state.checkin_timeout ?? DEFAULT_CHECKIN_TIMEOUT, `interface ${id}`, ['name'], (client) =>
      deleteIfPresent(() => client.interfaces.delete(id)),
    );
  },
});
