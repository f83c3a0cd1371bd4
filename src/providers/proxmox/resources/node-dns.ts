// `proxmox_node_dns`: a node's resolvers and search domain. A singleton: create adopts the
// node's settings and writes the configured ones; destroy leaves them as they are.
import { attr, schema } from '../../../framework/attributes.js';
import type { ModelOf } from '../../../framework/schema.js';
import { ty } from '../../../framework/type-spec.js';
import { validators } from '../../../framework/validators.js';
import type { ProxmoxProviderData } from '../provider-data.js';
import { proxmoxResource } from '../provider-data.js';
import { perNodeAttributes } from '../shared/node-attr.js';

const dnsSchema = schema({
  description: "The DNS settings of a node (/etc/resolv.conf). Creating adopts the node's settings; destroying leaves them unchanged.",
  attributes: {
    ...perNodeAttributes,
    // The node writes `search VALUE` but reads back only its first word (pve-common INotify.pm
    // `read_etc_resolv_conf`), so a list of domains would read back as its first one.
    search: attr.string({
      required: true,
      description: 'Search domain: one domain (the node keeps only the first word of a list).',
      validators: [validators.textMatching(/^\S*$/, 'a single domain without spaces, such as "lab.example"')],
    }),
    servers: attr.list(ty.string, {
      optional: true,
      description: 'Up to three distinct name server addresses, in order (none: no resolvers).',
      validators: [validators.each(validators.ipAddress())],
    }),
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
    if (!Array.isArray(servers)) return;
    if (servers.length > 3) ctx.error('servers', 'Too many name servers', `A node takes at most three name servers, got ${servers.length}.`);
    // `update_etc_resolv_conf` writes a repeated resolver once and 0.0.0.0 not at all, so either
    // would read back as a shorter list.
    const known = servers.filter((s): s is string => typeof s === 'string');
    const repeated = known.find((s, index) => known.indexOf(s) !== index);
    if (repeated !== undefined) ctx.error('servers', 'Repeated name server', `"${repeated}" is listed twice; the node writes each name server once.`);
    if (known.includes('0.0.0.0')) ctx.error('servers', 'Invalid name server', 'The node does not write 0.0.0.0 as a name server; leave it out.');
  },
});
