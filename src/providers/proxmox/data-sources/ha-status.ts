// data "proxmox_ha_status": the HA manager's view (`/cluster/ha/status/current`, pve-manager
// PVE/API2/HAConfig/Status.pm; needs Sys.Audit on /): quorum, the master, each node's local
// resource manager and each HA resource's state.
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';
import { byName } from '../../common/by-name.js';

export const haStatusDataSource = proxmoxDataSource({
  name: 'proxmox_ha_status',
  schema: schema({
    description: "The HA manager's current status: quorum, the master node, each node's local resource manager (LRM) and each HA resource.",
    attributes: {
      quorate: attr.bool({ computed: true, description: 'Whether the cluster has quorum.' }),
      master_node: attr.string({
        computed: true,
        description:
          'The node the cluster resource manager (CRM) last ran as master on; null until HA was first used (the server keeps it once there is a manager status).',
      }),
      nodes: attr.nested(
        'list',
        {
          node: attr.string({ computed: true, description: 'Node name.' }),
          status: attr.string({
            computed: true,
            description: 'The LRM status line, such as "pve (active, watchdog active, Tue Mar 3 10:00:00 2026)" or "pve (idle, watchdog standby, …)".',
          }),
        },
        { computed: true, description: "Each node's local resource manager (the nodes the manager status knows), sorted by node." },
      ),
      resources: attr.nested(
        'list',
        {
          sid: attr.string({ computed: true, description: 'HA resource id, such as "vm:100".' }),
          node: attr.string({ computed: true, description: 'The node it runs on.' }),
          state: attr.string({ computed: true, description: 'The state the manager reports, such as "started".' }),
          request_state: attr.string({ computed: true, description: 'The state it was asked for.' }),
          status: attr.string({ computed: true, description: 'The status line, such as "vm:100 (pve, started)".' }),
        },
        { computed: true, description: 'Each HA resource, sorted by id.' },
      ),
    },
  }),
  async read(ctx) {
    const entries = await ctx.provider.client.status.ha();
    const quorum = entries.find((e) => e.type === 'quorum');
    const master = entries.find((e) => e.type === 'master');
    return {
      quorate: quorum?.quorate === true,
      master_node: master?.node ?? null,
      nodes: entries
        .filter((e) => e.type === 'lrm')
        .map((e) => ({ node: e.node ?? '', status: e.status ?? null }))
        .sort(byName((n) => n.node)),
      resources: entries
        .filter((e) => e.type === 'service')
        .map((e) => ({
          sid: e.sid ?? e.id.replace(/^service:/, ''),
          node: e.node ?? null,
          state: e.state ?? null,
          request_state: e.request_state ?? null,
          status: e.status ?? null,
        }))
        .sort(byName((r) => r.sid)),
    };
  },
});
