// A declarative lifecycle for resources under terraform: each case declares its steps (create,
// update in place, update forcing replacement) and the harness runs, for all cases together in
// one working directory (one `terraform init`, one apply per step for every case):
//   apply (its printed plan is checked against the expected actions) -> the plan is empty ->
//   the case's checks,
// then imports every declared address into a fresh state and compares it with the applied one
// (attributes the server cannot give back are declared per import), destroys, and asks each
// case what the server still holds of what it created (nothing, or the test fails).
// Every terraform command costs seconds on a loaded machine, so the harness runs as few as it
// can: no separate plan before an apply, one `show` per step however many checks read state,
// and one import plan for all imports together.
//
// The same cases run against the simulators (test/e2e) and against real servers
// (test/acceptance, `make acceptance`): a case sees the server only through its `Target`.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
  /** A change the provider must refuse, tried before this step (the other cases stay as applied). */
  readonly refused?: Refusal<T>;
}

export interface Refusal<T> {
  /** The case's configuration whose apply must fail. */
  readonly config: string;
  /** Environment of that apply instead of the run's (e.g. a narrower login). */
  readonly env?: Readonly<Record<string, string>>;
  /** Runs before that apply: e.g. a fault the server will answer with. */
  prepare?(context: StepContext<T>): void | Promise<void>;
  /** Checks the failed apply's output (and that the server kept what it had). */
  check(context: StepContext<T>, result: RunResult): void | Promise<void>;
}

export interface ImportCheck {
  readonly address: string;
  /** The import id, from the applied resource's values (default: its `id`). */
  readonly id?: (values: Record<string, unknown>) => string;
  /** Attributes the server cannot give back (secrets, write-only), left out of the comparison; "block.attribute" for nested ones. */
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

/** `values` without the unreadable attributes; "block.attribute" reaches into every element of a nested block. */
function withoutUnreadable(values: Record<string, unknown>, unreadable: readonly string[]): Record<string, unknown> {
  const nested = new Map<string, string[]>();
  for (const name of unreadable) {
    const [head, ...rest] = name.split('.');
    if (rest.length > 0) nested.set(head!, [...(nested.get(head!) ?? []), rest.join('.')]);
  }
  const strip = (value: unknown, inner: readonly string[]): unknown =>
    Array.isArray(value)
      ? value.map((element) => strip(element, inner))
      : value !== null && typeof value === 'object'
        ? withoutUnreadable(value as Record<string, unknown>, inner)
        : value;
  return Object.fromEntries(
    Object.entries(values)
      .filter(([name]) => !unreadable.includes(name))
      .map(([name, value]) => [name, nested.has(name) ? strip(value, nested.get(name)!) : value]),
  );
}

/**
 * Runs every case's lifecycle in `run`'s workspace. Call it inside one `it` (or give `step` a
 * test context's `t.test` to see each phase as a subtest).
 */
export async function runLifecycles<T>(run: LifecycleRun<T>, cases: readonly LifecycleCase<T>[]): Promise<void> {
  const { ws, target } = run;
  ws.writeConfig(run.providers, 'main.tf');
  // The state as `show -json` gives it, read once per step (after its apply) whatever asks.
  let shown: Promise<StateResource[]> | undefined;
  const applied = (): Promise<StateResource[]> => (shown ??= ws.resources());
  const resource = async (address: string): Promise<StateResource> => {
    const found = (await applied()).find((r) => r.address === address);
    if (!found) throw new Error(`${address} is not in state`);
    return found;
  };
  const context = { target, ws, resource, plan: '', applied: { code: 0, stdout: '', stderr: '' } };
  const steps = Math.max(...cases.map((c) => c.steps.length));
  for (let step = 0; step < steps; step++) {
    for (const [i, c] of cases.entries()) {
      const refusal = c.steps[step]?.refused;
      if (!refusal) continue;
      ws.writeConfig(refusal.config, caseFile(i));
      await refusal.prepare?.(context);
      const result = await ws.run(['apply', '-auto-approve', '-no-color', '-input=false'], refusal.env ?? run.applyEnv ?? {});
      assert.notEqual(result.code, 0, `${c.name} step ${step + 1}: the apply of a refused change succeeded\n${result.stdout}`);
      await refusal.check(context, result);
      ws.writeConfig(step > 0 ? configAt(cases, step - 1)[i]! : '', caseFile(i));
    }
    configAt(cases, step).forEach((hcl, i) => ws.writeConfig(hcl, caseFile(i)));
    for (const c of cases) await c.steps[step]?.prepare?.(context);
    shown = undefined;
    // `apply` prints the plan it carries out: that is the step's plan, without a plan of its own.
    context.applied = await ws.expect(['apply', '-auto-approve', '-no-color', '-input=false'], [0], run.applyEnv ?? {});
    context.plan = context.applied.stdout;
    const actions = planActions(context.plan);
    for (const c of cases) {
      for (const [address, action] of Object.entries(c.steps[step]?.expect ?? {})) {
        assert.equal(actions.get(address), action, `${c.name} step ${step + 1}: ${address} should be planned for ${action}\n${context.plan}`);
      }
    }
    const after = await ws.planHasChanges();
    assert.equal(after.changes, false, `step ${step + 1}: the plan after apply is not empty\n${after.output}`);
    for (const c of cases) {
      if (step < c.steps.length) await c.steps[step]!.check?.(context);
    }
  }
  await checkImports(ws, cases, await applied());
  await ws.destroy();
  for (const c of cases) {
    assert.deepEqual(await c.leftovers(target), [], `${c.name}: the server still holds what the test created`);
  }
  cases.forEach((_, i) => ws.removeConfig(caseFile(i)));
}

/** Addresses a case's configuration already imports with an `import` block of its own. */
function importedByConfig(configDir: string): Set<string> {
  const found = new Set<string>();
  for (const file of readdirSync(configDir).filter((name) => name.endsWith('.tf'))) {
    for (const match of readFileSync(join(configDir, file), 'utf8').matchAll(/^import\s*\{[^}]*?\bto\s*=\s*(\S+)/gm)) found.add(match[1]!);
  }
  return found;
}

interface PlannedChange {
  readonly address: string;
  readonly change: { readonly before: Record<string, unknown> | null; readonly importing?: { readonly id: string } };
}

/**
 * Imports every declared address into a fresh state and compares it with the applied state: one
 * plan with an `import` block per address (targeted, so nothing else is planned), whose
 * `before` values are what the import and the read after it gave.
 */
async function checkImports<T>(ws: Workspace, cases: readonly LifecycleCase<T>[], applied: readonly StateResource[]): Promise<void> {
  const checks = cases.flatMap((c) => c.imports);
  if (checks.length === 0) return;
  const fresh = join(ws.dir, 'import-check.tfstate');
  const planFile = join(ws.dir, 'import-check.tfplan');
  const blocksFile = 'import-check.tf';
  const own = importedByConfig(ws.configDir);
  const ids = new Map<string, string>();
  const blocks: string[] = [];
  for (const check of checks) {
    const values = applied.find((r) => r.address === check.address)?.values;
    if (!values) throw new Error(`${check.address} is not in state`);
    const id = check.id ? check.id(values) : String(values.id);
    ids.set(check.address, id);
    if (!own.has(check.address)) blocks.push(`import {\n  to = ${check.address}\n  id = ${JSON.stringify(id)}\n}\n`);
  }
  ws.writeConfig(blocks.join(''), blocksFile);
  try {
    const targets = checks.map((check) => `-target=${check.address}`);
    await ws.expect(['plan', '-no-color', '-input=false', `-state=${fresh}`, `-out=${planFile}`, ...targets]);
    const plan = JSON.parse((await ws.expect(['show', '-json', '-no-color', planFile])).stdout) as { resource_changes?: PlannedChange[] };
    for (const check of checks) {
      const id = ids.get(check.address)!;
      const imported = plan.resource_changes?.find((r) => r.address === check.address && r.change.importing)?.change.before;
      assert.ok(imported, `${check.address}: importing "${id}" gave nothing\n${JSON.stringify(plan.resource_changes?.map((r) => r.address))}`);
      const unreadable = check.unreadable ?? [];
      assert.deepEqual(
        withoutUnreadable(imported, unreadable),
        withoutUnreadable(applied.find((r) => r.address === check.address)!.values, unreadable),
        `${check.address}: importing "${id}" gives another state than the apply`,
      );
    }
  } finally {
    ws.removeConfig(blocksFile);
    for (const file of [fresh, `${fresh}.backup`, planFile]) if (existsSync(file)) rmSync(file, { force: true });
  }
}
