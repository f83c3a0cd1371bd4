// data "proxmox_nodes" and data "proxmox_node": the cluster's nodes (`GET /nodes`, pve-manager
// PVE/API2/Nodes.pm `index` on PVE/API2Tools.pm `extract_node_stats`). Every member is listed,
// online or not; the statistics come only for an online node the caller may audit (Sys.Audit on
// /nodes/<node>). The version is the node's own (`GET /nodes/{node}/version`, open to any user),
// which only an online node can answer.
import { attr, schema } from '../../../framework/attributes.js';
import { AttributeError } from '../../../framework/diagnostics.js';
import type { NodeEntry } from '../../../clients/proxmox/index.js';
import { ty } from '../../../framework/type-spec.js';
import { proxmoxDataSource } from '../provider-data.js';
import { byName } from '../../common/by-name.js';

const nodeAttributes = {
  status: attr.string({ computed: true, description: '"online", "offline" (a cluster member that is down) or "unknown".' }),
  cpus: attr.number({
    computed: true,
    description: 'Number of CPUs; null for a node that is not online or that the caller may not audit (Sys.Audit on /nodes/NODE).',
  }),
  memory: attr.number({ computed: true, description: 'Memory in bytes; null like `cpus`.' }),
};

function nodeModel(entry: NodeEntry) {
  return { name: entry.node, status: entry.status ?? null, cpus: entry.maxcpu ?? null, memory: entry.maxmem ?? null };
}

export const nodesDataSource = proxmoxDataSource({
  name: 'proxmox_nodes',
  schema: schema({
    description: 'Every node of the cluster, online or not.',
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
    const nodes = (await ctx.provider.client.cluster.nodes()).sort(byName((n) => n.node));
    return { nodes: nodes.map(nodeModel), names: nodes.map((n) => n.node) };
  },
});

export const nodeDataSource = proxmoxDataSource({
  name: 'proxmox_node',
  schema: schema({
    description: 'One node of the cluster. A node that is down reads with its status and null for the rest.',
    attributes: {
      name: attr.string({ required: true, description: 'Node name, such as "pve".' }),
      ...nodeAttributes,
      version: attr.string({ computed: true, description: 'The pve-manager version the node runs, such as "9.1.3"; null unless the node is online.' }),
      uptime: attr.number({ computed: true, description: 'Seconds since boot; null like `cpus`.' }),
    },
  }),
  async read(ctx, config) {
    const entry = (await ctx.provider.client.cluster.nodes()).find((n) => n.node === config.name);
    if (!entry) throw new AttributeError('name', 'No such node', `The cluster has no node "${config.name}".`);
    // Asking a node that is down would wait for the proxy's connection to fail (595).
    const version = entry.status === 'online' ? (await ctx.provider.client.cluster.nodeVersion(config.name)).version : null;
    return { ...nodeModel(entry), version, uptime: entry.uptime ?? null };
  },
});
