// truenas_iscsi_global: the iSCSI target's system-wide settings (iscsi.global.update).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { ADOPTS_AND_LEAVES, configId, serviceConfigResource } from '../shared/service-config.js';

/** IP[:PORT] or [IPv6]:PORT, as the server parses iSNS servers (plugins/iscsi_/iscsi_global.py `validate_isns_server`). */
export function isnsServerProblem(server: string): string | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:\s]+)|([0-9a-fA-F:]+))(?::(\d+))?$/.exec(server);
  const ip = match?.[1] ?? match?.[2] ?? match?.[3] ?? '';
  const port = match?.[4] === undefined ? 3205 : Number(match[4]);
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(ip) || ip.includes(':');
  return match && isIp && port >= 1 && port <= 65535
    ? undefined
    : `"${server}" is not an IP address with an optional port (such as "10.0.0.5" or "10.0.0.5:3205")`;
}

const iscsiGlobalSchema = schema({
  description: `The iSCSI target's system-wide settings.${ADOPTS_AND_LEAVES}`,
  attributes: {
    id: configId('iscsi.global'),
    basename: attr.string({ optional: true, computed: true, description: 'IQN prefix of target names (default `iqn.2005-10.org.freenas.ctl`).' }),
    isns_servers: attr.list(ty.string, {
      optional: true,
      computed: true,
      description: 'iSNS servers as IP[:PORT]; the server must be reachable when set.',
      validators: [validators.custom('IP[:PORT]', (v) => (Array.isArray(v) ? v.map((s) => isnsServerProblem(String(s))).find(Boolean) : undefined))],
    }),
    listen_port: attr.number({
      optional: true,
      computed: true,
      description: 'TCP port of the portals (1025-65535).',
      validators: [validators.integer(), validators.between(1025, 65535)],
    }),
    pool_avail_threshold: attr.number({
      optional: true,
      computed: true,
      description: 'Alert when a pool with extents has less than this percentage free (1-99).',
      validators: [validators.integer(), validators.between(1, 99)],
    }),
    alua: attr.bool({ optional: true, computed: true, description: 'Asymmetric Logical Unit Access (takes effect on HA systems only).' }),
    iser: attr.bool({ optional: true, computed: true, description: 'iSCSI Extensions for RDMA (needs an RDMA-capable NIC).' }),
    mode: attr.number({
      optional: true,
      computed: true,
      description: 'Target mode, 0 or 1 (TrueNAS 26.0 and later).',
      validators: [validators.integer(), validators.between(0, 1)],
    }),
    direct_config: attr.bool({ optional: true, computed: true, description: 'Direct target configuration (TrueNAS 26.0 and later).' }),
  },
});

export const iscsiGlobalResource = serviceConfigResource({
  name: 'truenas_iscsi_global',
  namespace: 'iscsi.global',
  schema: iscsiGlobalSchema,
  releases: { mode: { since: '26.0' }, direct_config: { since: '26.0' } },
});
