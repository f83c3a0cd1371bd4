// `proxmox_node_dns`: a node's resolvers and search domain. A singleton: create adopts the
// node's settings and writes the configured ones; destroy leaves them as they are.
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const dnsSchema = schema({
  description: "The DNS settings of a node (/etc/resolv.conf). Creating adopts the node's settings; destroying leaves them unchanged.",
  attributes: {
    ...perNodeAttributes,
    search: attr.string({ required: true, description: 'Search domain.' }),
    servers: attr.list(ty.string, { optional: true, description: 'Up to three name server addresses, in order (none: no resolvers).' }),
  },
});

type DnsModel = ModelOf<typeof dnsSchema>;

async function write(provider: ProxmoxProviderData, plan: DnsModel): Promise<DnsModel> {
  const [dns1, dns2, dns3] = plan.servers ?? [];
  await provider.client.settings.setDns(plan.node, { search: plan.search, dns1, dns2, dns3 });
  return read(provider, plan);
}

async function read(provider: ProxmoxProviderData, known: Pick<DnsModel, 'node' | 'servers'>): Promise<DnsModel> {
  const dns = await provider.client.settings.dns(known.node);
  const servers = [dns.dns1, dns.dns2, dns.dns3].filter((s): s is string => s !== undefined && s !== '');
  return { id: known.node, node: known.node, search: dns.search ?? '', servers: servers.length === 0 && known.servers === null ? null : servers };
}

export const nodeDnsResource = proxmoxResource({
  name: 'proxmox_node_dns',
  schema: dnsSchema,
  importId: { description: 'the node name', example: 'pve' },
  create: (ctx, plan) => write(ctx.provider, plan),
  read: (ctx, state) => read(ctx.provider, state),
  update: (ctx, plan) => write(ctx.provider, plan),
  async delete() {},
  importState: (id) => ({ node: id, servers: [] }),
  validateConfig(ctx) {
    const servers = ctx.config.get('servers');
    if (Array.isArray(servers) && servers.length > 3)
      ctx.error('servers', 'Too many name servers', `A node takes at most three name servers, got ${servers.length}.`);
  },
});
