// truenas_nfs_config: the NFS service's settings (nfs.update).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ty } from '../../../framework/type-spec.js';
import { ADOPTS_AND_LEAVES, KEPT_WHEN_REMOVED, configId, serviceConfigResource } from '../shared/service-config.js';

const port = (what: string) =>
  attr.number({
    optional: true,
    computed: true,
    description: `Fixed port of ${what} (a fresh system picks one).${KEPT_WHEN_REMOVED}`,
    validators: [validators.integer(), validators.between(1, 65535)],
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
    userd_manage_gids: attr.bool({ optional: true, computed: true, description: 'Let the server look up group membership (more than 16 groups).' }),
  },
});

export const nfsConfigResource = serviceConfigResource({
  name: 'truenas_nfs_config',
  namespace: 'nfs',
  schema: nfsConfigSchema,
});
