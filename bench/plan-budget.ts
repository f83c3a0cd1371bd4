// What a refresh-plan's time is made of, from one run's figures: terraform's own floor, the
// provider starts terraform makes (at best a `node -e 0` each), and the rest; and the CPU
// time terraform itself spends on these resources, which no provider can take off it.
import type { SubjectResult } from './scale.js';
import type { StartupResult } from './startup.js';

/** The provider a resource type belongs to: `truenas_dataset` → `truenas`. */
function providerOf(resourceType: string): string {
  return resourceType.split('_')[0] ?? resourceType;
}

export interface PlanBudget {
  readonly resourceType: string;
  readonly n: number;
  readonly floorMs: number;
  readonly planMs: number;
  readonly providerStarts: number;
  /** terraform_data's plan plus one `node -e 0` per provider start: no Node.js provider can do better. */
  readonly nodeBoundMs: number;
  /** This provider's measured start-up, times the starts. */
  readonly startupsMs: number;
  /** CPU time of the plan: terraform's own and the provider processes' (when measured). */
  readonly terraformCpuMs?: number;
  readonly providersCpuMs?: number;
  /** terraform's own CPU time spread over every CPU of the machine: no provider of this resource type can plan faster. */
  readonly terraformCpuBoundMs?: number;
}

/** For the largest N planned of each subject: what the plan time is made of, from this run's figures. */
export function planBudgets(startup: StartupResult, floor: SubjectResult, subjects: readonly SubjectResult[], cpuCount: number): PlanBudget[] {
  return subjects.flatMap((subject) => {
    const size = subject.sizes.filter((s) => s.phases.plan !== undefined).at(-1);
    const plan = size?.phases.plan;
    const floorPlan = size ? floor.sizes.find((s) => s.n === size.n)?.phases.plan : undefined;
    // The scale runs give terraform no NODE_EXTRA_CA_CERTS (bench/workspace.ts): start-ups as measured without it.
    const starts = startup.withoutExtraCaCerts ?? startup;
    const startupMs = starts.providers[providerOf(subject.resourceType)]?.median;
    if (!size || !plan || !floorPlan || startupMs === undefined) return [];
    return [
      {
        resourceType: subject.resourceType,
        n: size.n,
        floorMs: floorPlan.ms,
        planMs: plan.ms,
        providerStarts: plan.providerStarts,
        nodeBoundMs: Math.round(floorPlan.ms + plan.providerStarts * starts.nodeFloorMs.median),
        startupsMs: Math.round(plan.providerStarts * startupMs),
        ...(plan.cpu
          ? { terraformCpuMs: plan.cpu.terraformMs, providersCpuMs: plan.cpu.providersMs, terraformCpuBoundMs: Math.round(plan.cpu.terraformMs / cpuCount) }
          : {}),
      },
    ];
  });
}
