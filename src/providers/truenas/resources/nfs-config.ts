// truenas_nfs_config: the NFS service's settings (nfs.update).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { refuseOutsideEnterprise } from '../shared/release-gate.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';
import { tcpPortValidators } from '../shared/tcp-port.js';

const port = (what: string) =>
  attr.number({
    optional: true,
    computed: true,
    description: `Fixed port of ${what} (a fresh system picks one).${KEPT_WHEN_REMOVED}`,
    validators: tcpPortValidators,
  });

const nfsConfigSchema = schema({
  description: `The NFS service's settings.${ADOPTS_AND_LEAVES} Start the service with \`truenas_service\`.`,
  attributes: {
    id: configId('nfs'),
    protocols: attr.set(ty.string, {
      optional: true,
      computed: true,
      description: 'Protocol versions served: NFSV3, NFSV4 (at least one).',
      validators: [
        validators.custom('NFSV3 or NFSV4', (v) =>
          Array.isArray(v) && v.some((p) => p !== 'NFSV3' && p !== 'NFSV4') ? 'may only hold "NFSV3" and "NFSV4"' : undefined,
        ),
      ],
    }),
    servers: attr.number({
      optional: true,
      computed: true,
      description: `Number of nfsd threads. A fresh system manages it (one per CPU core, 1 to 32, read back here); once set here, the number stays fixed.${KEPT_WHEN_REMOVED}`,
      validators: [validators.integer(), validators.between(1, 256)],
    }),
    allow_nonroot: attr.bool({ optional: true, computed: true, description: 'Accept requests from ports above 1024.' }),
    v4_domain: attr.string({ optional: true, computed: true, description: 'NFSv4 ID mapping domain (needs NFSV4).' }),
    bindip: attr.list(ty.string, { optional: true, computed: true, description: 'Addresses to serve on; empty for all.' }),
    mountd_port: port('mountd'),
    rpcstatd_port: port('rpc.statd'),
    rpclockd_port: port('rpc.lockd'),
    v4_krb: attr.bool({
      optional: true,
      computed: true,
      description:
        'Require Kerberos on NFSv4 (the server also does when its keytab has an NFS principal). An HA system then needs its virtual hostname and domain set; the server checks that.',
    }),
    mountd_log: attr.bool({ optional: true, computed: true, description: 'Log mountd requests to syslog (on in a fresh install).' }),
    statd_lockd_log: attr.bool({ optional: true, computed: true, description: 'Log rpc.statd and rpc.lockd to syslog.' }),
    rdma: attr.bool({
      optional: true,
      computed: true,
      description:
        'Serve NFS over RDMA: TrueNAS Enterprise only, with an RDMA-capable NIC (true is refused at plan time on other editions; the NIC the server checks). A Community system always reads it back false.',
    }),
    userd_manage_gids: attr.bool({ optional: true, computed: true, description: 'Let the server look up group membership (more than 16 groups).' }),
  },
});

export const nfsConfigResource = serviceConfigResource({
  name: 'truenas_nfs_config',
  namespace: 'nfs',
  schema: nfsConfigSchema,
  // NFS over RDMA needs an Enterprise system: rdma.capable_protocols is empty elsewhere
  // (plugins/rdma/rdma.py:136-142 @TS-25.10.6), so nfs.update refuses it (plugins/nfs.py:389-395).
  checkPlan: (ctx) => refuseOutsideEnterprise(ctx, 'rdma', 'NFS over RDMA', 'This platform cannot support NFS over RDMA or is missing an RDMA capable NIC.'),
});
