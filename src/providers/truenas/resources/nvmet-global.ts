// truenas_nvmet_global: the NVMe-oF target's system-wide settings (nvmet.global.update, 25.10+).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import { ADOPTS_AND_LEAVES, configId, serviceConfigResource } from '../shared/service-config.js';
import { NVMET_SINCE } from '../shared/nvmet.js';

const nvmetGlobalSchema = schema({
  description: `The NVMe-oF target's system-wide settings (TrueNAS 25.10 or later).${ADOPTS_AND_LEAVES} Start the target with \`truenas_service\` (service "nvmet").`,
  attributes: {
    id: configId('nvmet.global'),
    basenqn: attr.string({
      optional: true,
      computed: true,
      description: 'NQN prefix of subsystems without their own subnqn; a fresh install generates `nqn.2011-06.com.truenas:uuid:<uuid>`.',
      validators: [validators.lengthBetween(11, 223)],
    }),
    kernel: attr.bool({
      optional: true,
      computed: true,
      description:
        'Serve with the kernel target (true) rather than SPDK. TrueNAS 25.10 refuses false ("Cannot disable kernel mode."); 26.0 accepts false only on Enterprise-licensed systems whose CPU has AVX2, and switches either way only while the service is stopped.',
    }),
    ana: attr.bool({ optional: true, computed: true, description: 'Asymmetric Namespace Access (HA systems only).' }),
    rdma: attr.bool({ optional: true, computed: true, description: 'Allow RDMA ports (needs an RDMA-capable NIC).' }),
    xport_referral: attr.bool({ optional: true, computed: true, description: 'Refer hosts to the other ports of the same transport.' }),
  },
});

export const nvmetGlobalResource = serviceConfigResource({
  name: 'truenas_nvmet_global',
  namespace: 'nvmet.global',
  schema: nvmetGlobalSchema,
  since: NVMET_SINCE,
});
