// data "proxmox_cluster_status": membership and quorum as `/cluster/status` reports them
// (pve-manager PVE/API2/ClusterConfig.pm `status`; needs Sys.Audit on /).
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';
import { byName } from '../../common/by-name.js';

export const clusterStatusDataSource = proxmoxDataSource({
  name: 'proxmox_cluster_status',
  schema: schema({
    description: "The cluster's membership and quorum. A standalone node (no cluster) has no cluster name and counts as quorate.",
    attributes: {
      cluster_name: attr.string({ computed: true, description: 'The cluster name; null on a standalone node.' }),
      quorate: attr.bool({ computed: true, description: 'Whether the cluster has quorum (true on a standalone node).' }),
      config_version: attr.number({ computed: true, description: 'corosync.conf config version; null on a standalone node.' }),
      nodes: attr.nested(
        'list',
        {
          name: attr.string({ computed: true, description: 'Node name.' }),
          node_id: attr.number({ computed: true, description: 'Corosync node id (0 on a standalone node).' }),
          ip: attr.string({ computed: true, description: 'The address the cluster knows the node by.' }),
          online: attr.bool({ computed: true, description: 'Whether the node is online (a member that is down stays listed).' }),
          local: attr.bool({ computed: true, description: 'Whether this is the node the API request was answered by.' }),
        },
        { computed: true, description: 'The nodes, sorted by name.' },
      ),
    },
  }),
  async read(ctx) {
    const entries = await ctx.provider.client.status.cluster();
    const cluster = entries.find((e) => e.type === 'cluster');
    const nodes = entries
      .filter((e) => e.type === 'node')
      .sort(byName((e) => e.name))
      .map((n) => ({
        name: n.name,
        node_id: n.nodeid ?? null,
        ip: n.ip ?? null,
        online: n.online ?? null,
        local: n.local ?? null,
      }));
    return {
      cluster_name: cluster?.name ?? null,
      quorate: cluster === undefined ? true : cluster.quorate === true,
      config_version: cluster?.version ?? null,
      nodes,
    };
  },
});
