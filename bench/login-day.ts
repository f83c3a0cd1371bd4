// A working day under TrueNAS's login limit: the simulator enforces the real limit on
// unauthenticated calls (20 per 60 s per method and client, logins included) and terraform
// runs apply, plan, plan, destroy of 30 zvol + extent + target-extent triples back to back.
// Every provider process logs in once, so the count of logins is the count of processes that
// configured the provider; a refused login fails the command that needed it.
import { callsBetween, startTrueNASBackend, total } from './backends.js';
import { benchWorkspace, type BuiltProviders } from './workspace.js';

export const TRIPLES = 30;

const STEPS = [
  { name: 'apply', args: ['apply', '-auto-approve', '-no-color', '-input=false'] },
  { name: 'plan', args: ['plan', '-no-color', '-input=false'] },
  { name: 'plan', args: ['plan', '-no-color', '-input=false'] },
  { name: 'destroy', args: ['destroy', '-auto-approve', '-no-color', '-input=false'] },
] as const;

export interface LoginDayStep {
  readonly step: string;
  readonly ms: number;
  readonly logins: number;
  readonly calls: number;
  /** terraform's exit status: anything but 0 means the step failed. */
  readonly exitCode: number;
  /** Failed because the server refused a call over its rate limit. */
  readonly refused: boolean;
  /** The first lines of terraform's error output, when it failed. */
  readonly error?: string;
}

export interface LoginDayResult {
  readonly triples: number;
  readonly steps: LoginDayStep[];
  readonly logins: number;
  readonly calls: number;
  readonly wallMs: number;
  readonly anyRefused: boolean;
  readonly allSucceeded: boolean;
}

function configuration(): string {
  return `terraform {
  required_providers {
    truenas = { source = "truemox/truenas" }
  }
}
provider "truenas" {}

resource "truenas_iscsi_target" "day" {
  name = "day"
}

resource "truenas_zvol" "day" {
  count   = ${TRIPLES}
  name    = "tank/day-\${count.index}"
  volsize = 1048576
  sparse  = true
}

resource "truenas_iscsi_extent" "day" {
  count = ${TRIPLES}
  name  = "day-\${count.index}"
  zvol  = truenas_zvol.day[count.index].name
}

resource "truenas_iscsi_targetextent" "day" {
  count  = ${TRIPLES}
  target = truenas_iscsi_target.day.id
  extent = truenas_iscsi_extent.day[count.index].id
}
`;
}

const isLogin = (method: string) => method.startsWith('auth.login');

export async function measureLoginDay(providers: BuiltProviders, latencyMs: number): Promise<LoginDayResult> {
  // loginRateLimit left at its default: the real limit, with the real 1–10 s refusal delay.
  const backend = await startTrueNASBackend({ latencyMs });
  const bench = benchWorkspace(providers, backend.env);
  try {
    bench.ws.writeConfig(configuration());
    await bench.ws.init();
    const steps: LoginDayStep[] = [];
    const started = performance.now();
    for (const { name, args } of STEPS) {
      const before = backend.callsByMethod();
      const stepStarted = performance.now();
      const result = await bench.ws.run(args);
      const calls = callsBetween(before, backend.callsByMethod());
      const logins = total(Object.fromEntries(Object.entries(calls).filter(([method]) => isLogin(method))));
      const error = result.code === 0 ? undefined : result.stderr.trim().split('\n').slice(0, 8).join('\n');
      const refused = result.code !== 0 && /rate limit/i.test(result.stderr);
      steps.push({
        step: name,
        ms: Math.round(performance.now() - stepStarted),
        logins,
        calls: total(calls),
        exitCode: result.code,
        refused,
        ...(error ? { error } : {}),
      });
    }
    return {
      triples: TRIPLES,
      steps,
      logins: steps.reduce((sum, s) => sum + s.logins, 0),
      calls: steps.reduce((sum, s) => sum + s.calls, 0),
      wallMs: Math.round(performance.now() - started),
      anyRefused: steps.some((s) => s.refused),
      allSucceeded: steps.every((s) => s.exitCode === 0),
    };
  } finally {
    bench.cleanup();
    await backend.stop();
  }
}
