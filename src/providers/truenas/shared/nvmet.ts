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

/**
 * An update of a namespace or port that changes more than the server lets change while it is
 * active: while the target runs, an enabled namespace refuses any change but `enabled`/`filesize`
 * and an enabled port with linked subsystems any but `enabled` ("Cannot change <key> on an active
 * namespace.  Disable first to allow change.": plugins/nvmet/namespace.py:309-320,
 * plugins/nvmet/port.py:299-314 @TS-25.10.6). As the message says, the object is disabled first;
 * the update then sends the planned `enabled`. Should that update fail, the old `enabled` is put
 * back so the object is not left disabled.
 */
export async function updateDisablingFirst<M extends { id: number | null; enabled: boolean | null }>(
  group: { update(id: number, patch: { enabled: boolean }): Promise<unknown> },
  plan: M,
  prior: M,
  guarded: readonly (keyof M)[],
  update: () => Promise<M>,
): Promise<M> {
  const id = prior.id;
  const disable = id !== null && prior.enabled !== false && guarded.some((key) => plan[key] !== prior[key]);
  if (!disable) return update();
  await group.update(id, { enabled: false });
  try {
    return await update();
  } catch (error) {
    await group.update(id, { enabled: true }).catch(() => undefined);
    throw error;
  }
}
