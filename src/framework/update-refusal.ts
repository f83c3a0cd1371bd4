// Checks that refuse an update (a disk that would shrink) cannot be plan-time errors: terraform
// destroy begins with a plan of the configuration, and any error there stops the destroy
// (terraform's Context.destroyPlan, the "pre-destroy refresh"). So such a check is a warning
// at plan time, carried in the plan's private data, and the error at apply, before any API call.
import { errorDiagnostic, warningDiagnostic, type AttributePath, type Diagnostic } from './diagnostics.js';

interface Refusal {
  readonly summary: string;
  readonly detail: string;
  readonly path: AttributePath;
}

const KEY = 'truemox.refused_update';

/** The plan-time warning for a refusal. */
export function refusalWarning(refusal: Refusal): Diagnostic {
  return warningDiagnostic(
    refusal.summary,
    `${refusal.detail}\nApplying this plan will fail at this point, before anything changes. (A warning rather than an error, so that terraform destroy is not blocked by it.)`,
    refusal.path,
  );
}

/** The plan's private data carrying `refusals` (none: the prior private data as it was). */
export function withRefusals(priorPrivate: Buffer | undefined, refusals: readonly Refusal[]): Buffer | undefined {
  return refusals.length === 0 ? priorPrivate : Buffer.from(JSON.stringify({ [KEY]: refusals }));
}

/** The errors the planned apply must stop with, from its private data. */
export function refusalErrors(plannedPrivate: Buffer | undefined): Diagnostic[] {
  if (!plannedPrivate || plannedPrivate.length === 0 || plannedPrivate[0] !== 0x7b) return [];
  try {
    const parsed = JSON.parse(Buffer.from(plannedPrivate).toString('utf8')) as Record<string, Refusal[] | undefined>;
    return (parsed[KEY] ?? []).map((r) => errorDiagnostic(r.summary, r.detail, r.path));
  } catch {
    return [];
  }
}
