// The goals issue 9 sets, as ratios, judged from one run's figures.
import type { LoginDayResult } from './login-day.js';
import { planBudgets, type PlanBudget } from './plan-budget.js';
import type { SizeResult, SubjectResult } from './scale.js';
import type { StartupResult } from './startup.js';
import { round } from './stats.js';

export interface Goal {
  readonly goal: string;
  readonly measured: string;
  readonly met: boolean;
}

const STARTUP_RATIO = 1.5;
export const REFRESH_RATIO = 1.5;
/** O(1): N grows 50-fold from the smallest to the largest size; calls may at most double. */
const REFRESH_CALL_GROWTH = 2;
const PEAK_RSS_MB = 150;

/** What no provider could beat here, from the run's figures: see the "What a refresh-plan is made of" table. */
function boundsText(budget: PlanBudget, cpuCount: number): string {
  const starts = `no Node.js provider below ${round(budget.nodeBoundMs / budget.floorMs)}x here: ${budget.providerStarts} provider starts`;
  if (budget.terraformCpuMs === undefined || budget.terraformCpuBoundMs === undefined) return starts;
  return `${starts}; terraform's own CPU time for these resources, ${budget.terraformCpuMs} ms, takes at least ${budget.terraformCpuBoundMs} ms on ${cpuCount} CPUs: ${round(budget.terraformCpuBoundMs / budget.floorMs)}x, whatever the provider`;
}

function largest(subject: SubjectResult): SizeResult | undefined {
  return subject.sizes.at(-1);
}

export function judgeGoals(
  startup: StartupResult,
  floor: SubjectResult,
  subjects: readonly SubjectResult[],
  day: LoginDayResult | null,
  cpuCount: number,
): Goal[] {
  const goals: Goal[] = [];
  const worstStartup = Math.max(...Object.values(startup.ratio));
  goals.push({ goal: `start-up within ${STARTUP_RATIO}x of node -e 0`, measured: `${worstStartup}x (slowest provider)`, met: worstStartup <= STARTUP_RATIO });
  const floorPlan = largest(floor);
  const budgets = planBudgets(startup, floor, subjects, cpuCount);
  for (const subject of subjects) {
    const planned = subject.sizes.filter((size) => size.phases.plan !== undefined);
    const smallest = planned[0];
    const top = planned.at(-1);
    if (floorPlan?.phases.plan) {
      const atFloorSize = planned.find((size) => size.n === floorPlan.n);
      const goal = `refresh-plan of ${floorPlan.n} ${subject.resourceType} within ${REFRESH_RATIO}x of the terraform_data floor`;
      if (atFloorSize?.phases.plan) {
        const ratio = round(atFloorSize.phases.plan.ms / floorPlan.phases.plan.ms);
        const budget = budgets.find((b) => b.resourceType === subject.resourceType && b.n === floorPlan.n);
        const bound = budget ? ` (${boundsText(budget, cpuCount)})` : '';
        goals.push({ goal, measured: `${ratio}x${bound}`, met: ratio <= REFRESH_RATIO });
      } else {
        goals.push({ goal, measured: `not measured: ${subject.error?.split('\n')[0] ?? 'no result'}`, met: false });
      }
    }
    if (smallest?.phases.plan && top?.phases.plan && smallest.n < top.n) {
      const growth = top.phases.plan.calls / Math.max(1, smallest.phases.plan.calls);
      goals.push({
        goal: `refresh of ${subject.resourceType} costs O(1) API calls (at most ${REFRESH_CALL_GROWTH}x more calls for ${top.n} than for ${smallest.n})`,
        measured: `${smallest.phases.plan.calls} calls for ${smallest.n}, ${top.phases.plan.calls} for ${top.n}`,
        met: growth <= REFRESH_CALL_GROWTH,
      });
    }
    const biggest = largest(subject);
    if (biggest?.providerPeakRssMB != null) {
      const partly = biggest.error ? ', until the command that failed' : '';
      goals.push({
        goal: `peak RSS of a provider process under ${PEAK_RSS_MB} MB (${subject.resourceType}, N = ${biggest.n})`,
        measured: `${biggest.providerPeakRssMB} MB${partly}`,
        met: biggest.providerPeakRssMB < PEAK_RSS_MB,
      });
    }
  }
  if (day) {
    goals.push({
      goal: `a working day (${day.triples} triples: apply, plan, plan, destroy) under the login limit, no step refused`,
      measured: `${day.logins} logins, ${day.allSucceeded ? 'all steps succeeded' : 'a step failed'}`,
      met: !day.anyRefused && day.allSucceeded,
    });
  }
  return goals;
}
