// data "proxmox_ceph_status": Ceph's status (`/cluster/ceph/status`, pve-manager
// PVE/API2/Cluster/Ceph.pm; Sys.Audit or Datastore.Audit on /). A cluster without Ceph answers
// with an error (PVE/Ceph/Tools.pm check_ceph_inited); this data source turns it into
// `installed = false` so a configuration can branch on it.
import { attr, schema } from '../../../framework/attributes.js';
import { proxmoxDataSource } from '../provider-data.js';

function healthOf(status: Record<string, unknown>): string | null {
  const health = status.health;
  if (health === null || typeof health !== 'object') return null;
  const value = (health as Record<string, unknown>).status;
  return typeof value === 'string' ? value : null;
}

export const cephStatusDataSource = proxmoxDataSource({
  name: 'proxmox_ceph_status',
  schema: schema({
    description: "Ceph's status. On a cluster without (set-up) Ceph, `installed` is false, `reason` holds the server's answer and the rest is null.",
    attributes: {
      installed: attr.bool({ computed: true, description: 'Whether Ceph is installed and initialised.' }),
      reason: attr.string({ computed: true, description: 'Why there is no status, such as "binary not installed: /usr/bin/ceph-mon".' }),
      health: attr.string({ computed: true, description: 'HEALTH_OK, HEALTH_WARN or HEALTH_ERR.' }),
      fsid: attr.string({ computed: true, description: 'The Ceph cluster id.' }),
      status_json: attr.string({ computed: true, description: "The whole status as JSON (`ceph status`'s fields), for jsondecode()." }),
    },
  }),
  async read(ctx) {
    const ceph = await ctx.provider.client.status.ceph();
    if (!ceph.installed) return { installed: false, reason: ceph.reason, health: null, fsid: null, status_json: null };
    const fsid = ceph.status.fsid;
    return {
      installed: true,
      reason: null,
      health: healthOf(ceph.status),
      fsid: typeof fsid === 'string' ? fsid : null,
      status_json: JSON.stringify(ceph.status),
    };
  },
});
