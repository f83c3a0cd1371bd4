// Disks only grow: a plan that makes one smaller is refused (a warning at plan time, the error
// at apply, so a destroy is never blocked by it), with a diagnostic on its size.
import { attributePath } from '../../../framework/diagnostics.js';
import type { PlanContext } from '../../../framework/resource.js';
import { getAttr, isObjectValue } from '../../../framework/values-util.js';
import type { Value } from '../../../values/types.js';
import { sizeBytes } from './sizes.js';

export function field(value: Value, name: string): string | undefined {
  const found = getAttr(value, name);
  return typeof found === 'string' ? found : undefined;
}

/** The prior element a planned one stands for: the same `pairBy` value, or the same index. */
function priorOf(prior: readonly Value[], planned: Value, index: number, pairBy: string | undefined): Value | undefined {
  return pairBy === undefined ? prior[index] : prior.find((p) => field(p, pairBy) === field(planned, pairBy));
}

function check(ctx: PlanContext<unknown>, old: Value | undefined, now: Value, path: (string | number)[], label: string): void {
  if (old === undefined) return;
  const before = sizeBytes(field(old, 'size'));
  const after = sizeBytes(field(now, 'size'));
  if (before === undefined || after === undefined || after >= before) return;
  ctx.refuseUpdate(
    attributePath(...path, 'size'),
    'Disks cannot shrink',
    `${label} is ${field(old, 'size')}; Proxmox cannot shrink it to ${field(now, 'size')}. Keep the size, grow it, or replace the disk.`,
  );
}

/** Refuses a smaller size in the block `name` (a single block, or a list paired by `pairBy` or index). */
export function refuseShrink(ctx: PlanContext<unknown>, name: string, pairBy?: string): void {
  if (ctx.creating) return;
  const prior = ctx.prior.get(name);
  const planned = ctx.planned.get(name);
  if (isObjectValue(prior) && isObjectValue(planned)) check(ctx, prior, planned, [name], name);
  if (!Array.isArray(prior) || !Array.isArray(planned)) return;
  planned.forEach((element, index) => {
    const label = pairBy === undefined ? `${name}[${index}]` : `Disk ${field(element, pairBy)}`;
    check(ctx, priorOf(prior, element, index, pairBy), element, [name, index], label);
  });
}
