// truenas_nvmet_global: the NVMe-oF target's system-wide settings (nvmet.global.update, 25.10+).
import { attr, schema } from '../../../framework/attributes.js';
import { validators } from '../../../framework/validators.js';
import type { PlanContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
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
        'Serve with the kernel target (true) rather than SPDK (false). TrueNAS 25.10 refuses false ("Cannot disable kernel mode."), and 26.0 takes it only on an Enterprise system (`system.product_type`): both said at plan time. 26.0 also needs a CPU with AVX2 for SPDK and switches either way only while the nvmet service is stopped; those the server checks at apply.',
    }),
    ana: attr.bool({ optional: true, computed: true, description: 'Asymmetric Namespace Access (HA systems only).' }),
    rdma: attr.bool({ optional: true, computed: true, description: 'Allow RDMA ports (needs an RDMA-capable NIC).' }),
    xport_referral: attr.bool({ optional: true, computed: true, description: 'Refer hosts to the other ports of the same transport.' }),
  },
});

/**
 * `kernel = false` (SPDK) where the server refuses it: 25.10 always ("Cannot disable kernel
 * mode.", plugins/nvmet/global.py@TS-25.10.6:68-70); 26.0 on a switch to SPDK outside an
 * Enterprise system ("SPDK is limited to enterprise licensed systems only.",
 * plugins/nvmet/global.py@TS-26.0.0-BETA.3:85-91, `system.is_enterprise` being
 * `system.product_type == ENTERPRISE`, plugins/system/product.py:69-72). The AVX2 and
 * service-running checks of 26.0 need what the API does not show (system.cpu_flags is private)
 * or may change earlier in the same apply, so they stay the server's.
 */
async function planKernel(ctx: PlanContext<TrueNASProviderData, keyof typeof nvmetGlobalSchema.attributes & string>): Promise<void> {
  const client = ctx.provider?.client;
  if (!client || !ctx.config.isKnown('kernel') || ctx.config.bool('kernel') !== false) return;
  if (!(await client.serverAtLeast(NVMET_SINCE))) return; // the release gate has said it already
  if (!(await client.serverAtLeast('26.0'))) {
    ctx.error(
      'kernel',
      'SPDK is not available on TrueNAS 25.10',
      'TrueNAS 25.10 serves NVMe-oF with the kernel target only and refuses kernel = false ("Cannot disable kernel mode."). Remove kernel or set it to true.',
    );
    return;
  }
  if (!ctx.creating && ctx.prior.bool('kernel') === false) return; // already SPDK: nothing switches
  const product = await client.system.productType();
  if (product !== 'ENTERPRISE') {
    ctx.error(
      'kernel',
      'SPDK needs TrueNAS Enterprise',
      `TrueNAS 26.0 switches NVMe-oF to SPDK (kernel = false) only on Enterprise-licensed systems ("SPDK is limited to enterprise licensed systems only."); this one is ${product}. Remove kernel or set it to true.`,
    );
  }
}

export const nvmetGlobalResource = serviceConfigResource({
  name: 'truenas_nvmet_global',
  namespace: 'nvmet.global',
  schema: nvmetGlobalSchema,
  since: NVMET_SINCE,
  checkPlan: planKernel,
});
