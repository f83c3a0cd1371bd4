// What the NVMe-oF resources share: the release that has the target (25.10 added nvmet.*:
// alembic versions/25.10/2025-04-21_15-33_add_nvmet.py@TS-25.10.6) and the plan-time refusal on
// older servers.
import type { PlanContext } from '../../../framework/resource.js';
import type { TrueNASProviderData } from '../provider-data.js';
import { requireRelease } from './release-gate.js';

export const NVMET_SINCE = '25.10';

/** modifyPlan of every nvmet resource: refuses servers older than 25.10, pointing at `path`. */
export function nvmetOnly<K extends string>(path: K) {
  return (ctx: PlanContext<TrueNASProviderData, K>) => requireRelease(ctx, NVMET_SINCE, 'NVMe over Fabrics (nvmet)', path);
}
