// data "proxmox_nodes" and data "proxmox_node": the cluster's nodes.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import type { NodeEntry } from '../../../clients/proxmox/index.js';
import { ty } from '../../../framework/type-spec.js';
import { proxmoxDataSource } from '../provider-data.js';

const nodeAttributes = {
  status: attr.string({ computed: true, description: 'online or offline.' }),
  cpus: attr.number({ computed: true, description: 'Number of CPUs.' }),
  memory: attr.number({ computed: true, description: 'Memory in bytes.' }),
};

function nodeModel(entry: NodeEntry) {
  return { name: entry.node, status: entry.status ?? null, cpus: entry.maxcpu ?? null, memory: entry.maxmem ?? null };
}

export const nodesDataSource = proxmoxDataSource({
  name: 'proxmox_nodes',
  schema: schema({
    description: 'Every node of the cluster.',
    attributes: {
      nodes: attr.nested(
        'list',
        { name: attr.string({ computed: true, description: 'Node name.' }), ...nodeAttributes },
        { computed: true, description: 'The nodes, by name.' },
      ),
      names: attr.list(ty.string, { computed: true, description: 'Node names, sorted.' }),
    },
  }),
  async read(ctx) {
    const nodes = (await ctx.provider.client.cluster.nodes()).sort((a, b) => a.node.localeCompare(b.node));
    return { nodes: nodes.map(nodeModel), names: nodes.map((n) => n.node) };
  },
});

export const nodeDataSource = proxmoxDataSource({
  name: 'proxmox_node',
  schema: schema({
    description: 'One node of the cluster.',
    attributes: {
      name: attr.string({ required: true, description: 'Node name, such as "pve".' }),
      ...nodeAttributes,
      version: attr.string({ computed: true, description: 'pve-manager version, such as "pve-manager/9.1.3".' }),
      uptime: attr.number({ computed: true, description: 'Seconds since boot.' }),
    },
  }),
  async read(ctx, config) {
    const entry = (await ctx.provider.client.cluster.nodes()).find((n) => n.node === config.name);
    if (!entry) throw new AttributeError('name', 'No such node', `The cluster has no node "${config.name}".`);
    const status = await ctx.provider.client.cluster.nodeStatus(config.name);
    const version = (status as Record<string, unknown>).pveversion;
    return { ...nodeModel(entry), version: typeof version === 'string' ? version : null, uptime: status.uptime ?? null };
  },
});
