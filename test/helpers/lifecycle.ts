// A declarative lifecycle for resources under terraform: each case declares its steps (create,
// update in place, update forcing replacement) and the harness runs, for all cases together in
// one working directory (one `terraform init`, one apply per step for every case):
//   apply -> the plan is empty -> the case's checks,
// then imports every declared address into a fresh state and compares it with the applied one
// (attributes the server cannot give back are declared per import), destroys, and asks each
// case what the server still holds of what it created (nothing, or the test fails).
//
// The same cases run against the simulators (test/e2e) and against real servers
// (test/acceptance, `make acceptance`): a case sees the server only through its `Target`.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkImportsAtOnce } from './import-check.js';
import type { RunResult, StateResource, Workspace } from './terraform.js';

/** What a step expects terraform to do to the case's resources. */
export type StepAction = 'create' | 'update' | 'replace';

export interface LifecycleStep<T> {
  /** The case's configuration at this step (its resources and what they need). */
  readonly config: string;
  /** The action terraform must plan for these addresses at this step (none: no check). */
  readonly expect?: Readonly<Record<string, StepAction>>;
  /** Runs before the step's plan: e.g. changes made outside terraform (drift, objects to import). */
  prepare?(context: StepContext<T>): void | Promise<void>;
  /** Checks after the apply, on the server and in state. */
  check?(context: StepContext<T>): void | Promise<void>;
}

export interface ImportCheck {
  readonly address: string;
  /** The import id, from the applied resource's values (default: its `id`). */
  readonly id?: (values: Record<string, unknown>) => string;
  /** Attributes the server cannot give back (secrets, write-only), left out of the comparison. */
  readonly unreadable?: readonly string[];
}

export interface LifecycleCase<T> {
  /** The resource type (or group of them) the case covers, for messages. */
  readonly name: string;
  readonly steps: readonly LifecycleStep<T>[];
  readonly imports: readonly ImportCheck[];
  /** What the server still holds of what this case created; empty after destroy. */
  leftovers(target: T): Promise<readonly string[]> | readonly string[];
}

export interface StepContext<T> {
  readonly target: T;
  readonly ws: Workspace;
  resource(address: string): Promise<StateResource>;
  /** The step's plan (before its apply) and its apply's output; empty before the step runs. */
  readonly plan: string;
  readonly applied: RunResult;
}

/** A workspace already initialised, the provider blocks it needs, and what cases see of the server. */
export interface LifecycleRun<T> {
  readonly ws: Workspace;
  /** The `terraform {}` and provider blocks, written once as `providers.tf`. */
  readonly providers: string;
  readonly target: T;
  /** Environment for every apply (e.g. TF_LOG=trace, to check what reaches the logs). */
  readonly applyEnv?: Readonly<Record<string, string>>;
  /**
   * Cheaper runs for files with many resources: each step applies the plan it checked (saved
   * with -out, so the apply does not plan again), and the import check imports every address
   * in one plan (test/helpers/import-check.ts) instead of three terraform runs per address.
   */
  readonly fast?: boolean;
}

const caseFile = (index: number): string => `case-${index}.tf`;

/** Steps of all cases side by side: step k of every case that has one, the last step of the others. */
function configAt<T>(cases: readonly LifecycleCase<T>[], step: number): string[] {
  return cases.map((c) => c.steps[Math.min(step, c.steps.length - 1)]!.config);
}

function planActions(output: string): Map<string, StepAction> {
  const actions = new Map<string, StepAction>();
  for (const match of output.matchAll(/^ {2}# (\S+) (will be created|will be updated in-place|must be replaced)/gm)) {
    actions.set(match[1]!, match[2] === 'will be created' ? 'create' : match[2] === 'must be replaced' ? 'replace' : 'update');
  }
  return actions;
}

async function stateOf(ws: Workspace, address: string, stateFile?: string): Promise<StateResource> {
  const args = ['show', '-json', '-no-color', ...(stateFile ? [stateFile] : [])];
  const shown = JSON.parse((await ws.expect(args)).stdout) as { values?: { root_module?: { resources?: StateResource[] } } };
  const found = shown.values?.root_module?.resources?.find((r) => r.address === address);
  if (!found) throw new Error(`${address} is not in state${stateFile ? ` ${stateFile}` : ''}`);
  return found;
}

function withoutUnreadable(values: Record<string, unknown>, unreadable: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !unreadable.includes(name)));
}

/**
 * Runs every case's lifecycle in `run`'s workspace. Call it inside one `it` (or give `step` a
 * test context's `t.test` to see each phase as a subtest).
 */
export async function runLifecycles<T>(run: LifecycleRun<T>, cases: readonly LifecycleCase<T>[]): Promise<void> {
  const { ws, target } = run;
  ws.writeConfig(run.providers, 'main.tf');
  const context = { target, ws, resource: (address: string) => stateOf(ws, address), plan: '', applied: { code: 0, stdout: '', stderr: '' } };
  const steps = Math.max(...cases.map((c) => c.steps.length));
  for (let step = 0; step < steps; step++) {
    configAt(cases, step).forEach((hcl, i) => ws.writeConfig(hcl, caseFile(i)));
    for (const c of cases) await c.steps[step]?.prepare?.(context);
    const planFile = join(ws.configDir, 'step.tfplan');
    const planned = await ws.planHasChanges(run.fast ? [`-out=${planFile}`] : []);
    context.plan = planned.output;
    const actions = planActions(planned.output);
    for (const c of cases) {
      for (const [address, action] of Object.entries(c.steps[step]?.expect ?? {})) {
        assert.equal(actions.get(address), action, `${c.name} step ${step + 1}: ${address} should be planned for ${action}\n${planned.output}`);
      }
    }
    context.applied = await ws.expect(['apply', '-auto-approve', '-no-color', '-input=false', ...(run.fast ? [planFile] : [])], [0], run.applyEnv ?? {});
    if (run.fast) rmSync(planFile, { force: true });
    const after = await ws.planHasChanges();
    assert.equal(after.changes, false, `step ${step + 1}: the plan after apply is not empty\n${after.output}`);
    for (const c of cases) {
      if (step < c.steps.length) await c.steps[step]!.check?.(context);
    }
  }
  if (run.fast)
    await checkImportsAtOnce(
      ws,
      cases.flatMap((c) => c.imports),
    );
  else await checkImports(ws, cases);
  await ws.destroy();
  for (const c of cases) {
    assert.deepEqual(await c.leftovers(target), [], `${c.name}: the server still holds what the test created`);
  }
  cases.forEach((_, i) => ws.removeConfig(caseFile(i)));
}

/** Imports each declared address into a fresh state file and compares it with the applied state. */
async function checkImports<T>(ws: Workspace, cases: readonly LifecycleCase<T>[]): Promise<void> {
  const fresh = join(ws.configDir, 'import-check.tfstate');
  rmSync(fresh, { force: true });
  try {
    for (const check of cases.flatMap((c) => c.imports)) {
      const applied = await stateOf(ws, check.address);
      const id = check.id ? check.id(applied.values) : String(applied.values.id);
      await ws.expect(['import', '-no-color', '-input=false', `-state=${fresh}`, `-state-out=${fresh}`, check.address, id]);
      const imported = await stateOf(ws, check.address, fresh);
      const unreadable = check.unreadable ?? [];
      assert.deepEqual(
        withoutUnreadable(imported.values, unreadable),
        withoutUnreadable(applied.values, unreadable),
        `${check.address}: importing "${id}" gives another state than the apply`,
      );
    }
  } finally {
    rmSync(fresh, { force: true });
    if (existsSync(`${fresh}.backup`)) rmSync(`${fresh}.backup`, { force: true });
  }
}
