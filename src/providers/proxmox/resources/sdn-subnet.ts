// `proxmox_sdn_subnet`: an IP subnet of a vnet, with its gateway, SNAT, DHCP ranges and DNS zone
// prefix. The server names it `<zone>-<network>-<mask>`; it is pending until applied.
import { parsePropertyString } from '../../../clients/proxmox/property-string.js'; // not the index: the client loads lazily
import { attr, schema } from '../../../framework/attributes.js';
import { planModifiers } from '../../../framework/plan-modifiers.js';
import type { OperationContext } from '../../../framework/resource.js';
import type { ModelOf } from '../../../framework/schema.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { decode, fields, paramsOf, removedKeys } from '../shared/api-fields.js';
import { createByName } from '../shared/lost-create.js';
import { deleteIgnoringMissing, readAfterWrite } from '../shared/not-found.js';
import { applySdnDeletion, writtenSdnObject } from '../shared/sdn.js';
import { pendingChangeAttribute } from './sdn-attributes.js';
import { dhcpRangeProblems, type DhcpRange } from './sdn-subnet-checks.js';
import { proxmoxResource } from '../provider-data.js';
import { idAttribute } from '../shared/key-attributes.js';

const replace = planModifiers.requiresReplace();

const subnetSchema = schema({
  description: 'A subnet of an SDN vnet: gateway, SNAT, DHCP ranges (simple zones with dhcp = "dnsmasq") and DNS zone prefix. Pending until applied.',
  attributes: {
    id: idAttribute("The server's subnet id, `<zone>-<network>-<mask>`."),
    vnet: attr.string({ required: true, description: 'The vnet the subnet belongs to.', planModifiers: [replace] }),
    cidr: attr.string({
      required: true,
      description: 'The subnet, such as "10.10.0.0/24" or "fd00:10::/64".',
      validators: [validators.custom('an IPv4 or IPv6 network in CIDR notation', (value) => cidrProblem(value) ?? undefined)],
      planModifiers: [replace],
    }),
    gateway: attr.string({ optional: true, description: 'Gateway address, inside the subnet.' }),
    snat: attr.bool({ optional: true, description: 'Source-NAT traffic leaving the subnet (simple and evpn zones).' }),
    dns_zone_prefix: attr.string({ optional: true, description: 'Prefix of the DNS zone guests are registered in ("<prefix>.<dns zone>").' }),
    dhcp_dns_server: attr.string({ optional: true, description: 'DNS server the DHCP server hands out.' }),
    dhcp_ranges: attr.nested(
      'list',
      {
        start: attr.string({ required: true, description: 'First address of the range.' }),
        end: attr.string({ required: true, description: 'Last address of the range.' }),
      },
      { optional: true, description: "Address ranges the zone's DHCP server leases from; inside the subnet, not overlapping." },
    ),
    pending_change: pendingChangeAttribute,
  },
});

type SubnetModel = ModelOf<typeof subnetSchema>;

const SUBNET_FIELDS = fields([
  ['gateway', 'gateway', 'string'],
  ['snat', 'snat', 'bool'],
  ['dns_zone_prefix', 'dnszoneprefix', 'string'],
  ['dhcp_dns_server', 'dhcp-dns-server', 'string'],
] as const);

function cidrProblem(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^([0-9a-fA-F.:]+)\/(\d{1,3})$/.exec(value);
  if (!match) return `must be a network in CIDR notation, got "${value}"`;
  const max = value.includes(':') ? 128 : 32;
  return Number(match[2]) > max ? `the prefix length of "${value}" is above ${max}` : null;
}

/** Ranges as the API takes them (`start-address=…,end-address=…`). */
function rangeParams(ranges: readonly DhcpRange[] | null): string[] | undefined {
  return ranges === null || ranges.length === 0 ? undefined : ranges.map((r) => `start-address=${r.start},end-address=${r.end}`);
}

/** Ranges as the server sends them: decoded objects (running) or stored strings (pending). */
function rangesOf(value: unknown): DhcpRange[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.map((item: unknown) => {
    const props = typeof item === 'string' ? parsePropertyString(item).props : (item as Record<string, string>);
    return { start: String(props['start-address'] ?? ''), end: String(props['end-address'] ?? '') };
  });
}

type Ctx = OperationContext<ProxmoxProviderData>;

async function find(ctx: Ctx, vnet: string, cidr: string): Promise<SubnetModel | null> {
  const subnets = await ctx.provider.client.sdn.subnets(vnet, 'pending').catch((err: unknown) => {
    if (/sdn vnet '[^']+' does not exist/.test(String(err))) return [];
    throw err;
  });
  const object = subnets.find((subnet) => subnet.cidr === cidr);
  const written = object === undefined ? undefined : writtenSdnObject(object);
  if (written === undefined || object === undefined) return null;
  const values = written.values;
  return {
    id: String(object.subnet),
    vnet,
    cidr,
    gateway: decode('string', values.gateway) as string | null,
    snat: decode('bool', values.snat) as boolean | null,
    dns_zone_prefix: decode('string', values.dnszoneprefix) as string | null,
    dhcp_dns_server: decode('string', values['dhcp-dns-server']) as string | null,
    dhcp_ranges: rangesOf(values['dhcp-range']),
    pending_change: written.pendingChange,
  };
}

/**
 * The subnet as the server holds it, `known` being the plan or state it replaces. The server keeps
 * no empty range list (it reads back absent), so a configured `[]` stays `[]` while the server
 * has no ranges, on every read: otherwise each refresh would plan to set it again.
 */
async function readSubnet(ctx: Ctx, known: SubnetModel): Promise<SubnetModel | null> {
  const model = await find(ctx, known.vnet, known.cidr);
  return model === null ? null : { ...model, dhcp_ranges: model.dhcp_ranges ?? (known.dhcp_ranges?.length === 0 ? [] : null) };
}

function readBack(ctx: Ctx, plan: SubnetModel): Promise<SubnetModel> {
  return readAfterWrite(`subnet ${plan.cidr} of vnet "${plan.vnet}"`, readSubnet(ctx, plan));
}

export const sdnSubnetResource = proxmoxResource({
  name: 'proxmox_sdn_subnet',
  schema: subnetSchema,
  importId: { description: 'VNET/CIDR', example: 'servers/10.10.0.0/24' },
  async create(ctx, plan) {
    const params = { ...paramsOf(SUBNET_FIELDS, plan), 'dhcp-range': rangeParams(plan.dhcp_ranges), vnet: plan.vnet };
    await createByName({
      what: `subnet ${plan.cidr} of vnet "${plan.vnet}"`,
      exists: async () => (await readSubnet(ctx, plan)) !== null,
      create: () => ctx.provider.client.sdn.createSubnet(plan.vnet, plan.cidr, params),
      record: () => ctx.savePartialState(plan),
    });
    return readBack(ctx, plan);
  },
  read: readSubnet,
  async update(ctx, plan, prior) {
    const ranges = rangeParams(plan.dhcp_ranges);
    const remove = [...removedKeys(SUBNET_FIELDS, plan, prior), ...(ranges === undefined && (prior.dhcp_ranges?.length ?? 0) > 0 ? ['dhcp-range'] : [])];
    await ctx.provider.client.sdn.updateSubnet(
      plan.vnet,
      prior.id ?? plan.cidr,
      { ...paramsOf(SUBNET_FIELDS, plan), 'dhcp-range': ranges, vnet: plan.vnet },
      remove,
    );
    return readBack(ctx, plan);
  },
  async delete(ctx, state) {
    const { client } = ctx.provider;
    await deleteIgnoringMissing(() => client.sdn.deleteSubnet(state.vnet, state.id ?? state.cidr));
    await applySdnDeletion(client, `subnet ${state.cidr} of vnet "${state.vnet}"`);
  },
  importState(id) {
    const slash = id.indexOf('/');
    if (slash <= 0) throw new Error(`the import id must be VNET/CIDR, such as "servers/10.10.0.0/24", got "${id}"`);
    return { vnet: id.slice(0, slash), cidr: id.slice(slash + 1) };
  },
  validateConfig(ctx) {
    const cidr = ctx.config.string('cidr');
    const gateway = ctx.config.string('gateway');
    const ranges = ctx.config.get('dhcp_ranges');
    if (cidr === undefined || cidrProblem(cidr) !== null) return;
    const list = Array.isArray(ranges)
      ? ranges.filter(
          (r): r is DhcpRange => typeof r === 'object' && r !== null && typeof (r as DhcpRange).start === 'string' && typeof (r as DhcpRange).end === 'string',
        )
      : [];
    for (const problem of dhcpRangeProblems(cidr, gateway, list)) ctx.error(problem.attribute, problem.summary, problem.detail);
  },
});
