// Plan and apply at scale: the real terraform against a simulator with an injected per-call
// latency, for N resources of one cheap type: `apply`, then `plan` (with refresh), then
// `destroy`, each timed and its API calls counted; beside it, the same commands on N built-in
// `terraform_data` resources, which need no provider at all: the floor terraform itself sets.
import { callsBetween, startProxmoxBackend, startTrueNASBackend, total, type Backend } from './backends.js';
import { providerCpuMsIn, reapedChildrenCpuMs, splitCommandCpu, type CommandCpu } from './cpu.js';
import { PeakRssSampler } from './rss.js';
import { benchWorkspace, type BuiltProviders, type TerraformRun } from './workspace.js';

export const PHASES = ['apply', 'plan', 'destroy'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseResult {
  readonly ms: number;
  /** API calls the simulator answered during the command (0 for terraform_data). */
  readonly calls: number;
  /** The same, as the providers' own clients counted them (null when no provider process reported). */
  readonly clientCalls: number | null;
  readonly callsByMethod: Record<string, number>;
  /** Provider processes terraform started during the command (0 for terraform_data). */
  readonly providerStarts: number;
  /** Largest peak RSS of any one of them, MB (null when none started). */
  readonly providerPeakRssMB: number | null;
  /** CPU time of terraform itself and of the provider processes (null where not measured: see bench/cpu.ts). */
  readonly cpu: CommandCpu | null;
  /** When the command ran more than once (the plan): every run's wall time; the figures above are the median run's. */
  readonly runsMs?: readonly number[];
}

export interface SizeResult {
  readonly n: number;
  /** The commands measured: all of them unless one failed (see `error`). */
  readonly phases: Partial<Record<Phase, PhaseResult>>;
  /** Whether the plan after apply wanted changes (it must not). */
  readonly planHadChanges: boolean;
  /** Largest peak RSS of any one provider process during these commands, MB. */
  readonly providerPeakRssMB: number | null;
  readonly providerProcesses: number;
  /** The command that failed or ran out of time, and why. */
  readonly error?: string;
}

export interface SubjectResult {
  readonly resourceType: string;
  readonly sizes: SizeResult[];
  /** Why the subject could not be measured, when it could not. */
  readonly error?: string;
}

/** What is measured: a resource type, the HCL of N of them, and the simulator it needs. */
export interface Subject {
  readonly resourceType: string;
  /** The provider block (and required_providers) the resources need; empty for the floor. */
  readonly preamble: string;
  resources(n: number): string;
  startBackend(latencyMs: number): Promise<Backend | undefined>;
}

function requiredProvider(name: string): string {
  return `terraform {\n  required_providers {\n    ${name} = { source = "truemox/${name}" }\n  }\n}\nprovider "${name}" {}\n`;
}

export const floorSubject: Subject = {
  resourceType: 'terraform_data',
  preamble: '',
  resources: (n) => `resource "terraform_data" "r" {\n  count = ${n}\n  input = "bench-\${count.index}"\n}\n`,
  startBackend: async () => undefined,
};

const truenasPreamble = requiredProvider('truenas');
const startTrueNAS = (latencyMs: number) => startTrueNASBackend({ latencyMs, loginRateLimit: false });

export const truenasDatasetSubject: Subject = {
  resourceType: 'truenas_dataset',
  preamble: truenasPreamble,
  resources: (n) => `resource "truenas_dataset" "r" {\n  count = ${n}\n  name  = "tank/bench-\${count.index}"\n}\n`,
  startBackend: startTrueNAS,
};

export const truenasZvolSubject: Subject = {
  resourceType: 'truenas_zvol',
  preamble: truenasPreamble,
  resources: (n) => `resource "truenas_zvol" "r" {\n  count   = ${n}\n  name    = "tank/bench-\${count.index}"\n  volsize = 1048576\n  sparse  = true\n}\n`,
  startBackend: startTrueNAS,
};

export const proxmoxPoolSubject: Subject = {
  resourceType: 'proxmox_pool',
  preamble: requiredProvider('proxmox'),
  resources: (n) => `resource "proxmox_pool" "r" {\n  count   = ${n}\n  pool_id = "bench-\${count.index}"\n}\n`,
  startBackend: (latencyMs) => startProxmoxBackend(latencyMs),
};

/**
 * API calls summed over the provider processes of one terraform command: each logs its
 * clients' `api_calls` as it exits (terraform shows provider lines at TF_LOG_PROVIDER=INFO).
 */
function clientCallsIn(stderr: string): number | null {
  const counts = [...stderr.matchAll(/Provider process exiting:.*?\bapi_calls=(\d+)/g)].map((match) => Number(match[1]));
  return counts.length > 0 ? counts.reduce((sum, n) => sum + n, 0) : null;
}

async function timed(backend: Backend | undefined, providerRoot: string, command: () => Promise<TerraformRun>): Promise<PhaseResult> {
  const before = backend?.callsByMethod() ?? new Map<string, number>();
  const rss = new PeakRssSampler(providerRoot);
  const cpuBefore = reapedChildrenCpuMs();
  const started = performance.now();
  let ms = 0;
  // The last sample after the clock stops; on a failure too, so the sampler never outlives it.
  const run = await command().finally(() => {
    ms = Math.round(performance.now() - started);
    rss.stop();
  });
  const { peakMB, processes } = rss.stop();
  const callsByMethod = callsBetween(before, backend?.callsByMethod() ?? new Map());
  const cpu = splitCommandCpu(cpuBefore, reapedChildrenCpuMs(), run.stderr, processes) ?? null;
  return {
    ms,
    calls: total(callsByMethod),
    clientCalls: clientCallsIn(run.stderr),
    callsByMethod,
    // The sampler can miss a start shorter than its 40 ms period; each process logs its exit.
    providerStarts: Math.max(processes, providerCpuMsIn(run.stderr).length),
    providerPeakRssMB: processes > 0 ? peakMB : null,
    cpu,
  };
}

/** The terraform command of each phase, and the exit codes that count as success. */
const COMMANDS: Record<Phase, { args: string[]; codes: number[] }> = {
  apply: { args: ['apply', '-auto-approve', '-no-color', '-input=false'], codes: [0] },
  // -detailed-exitcode: 2 means the plan has changes, which it must not have.
  plan: { args: ['plan', '-detailed-exitcode', '-no-color', '-input=false'], codes: [0, 2] },
  destroy: { args: ['destroy', '-auto-approve', '-no-color', '-input=false'], codes: [0] },
};

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000);
}

/**
 * The run with the median wall time of `runs` runs of an idempotent command, with every run's
 * time: a machine shared with other work slows single runs, and this keeps one such run from
 * making the figure.
 */
async function medianOf(runs: number, measure: () => Promise<PhaseResult>): Promise<PhaseResult> {
  const results: PhaseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  if (results.length === 1) return results[0]!;
  const median = [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!;
  return { ...median, runsMs: results.map((r) => r.ms) };
}

/**
 * apply, plan, destroy of `n` resources in a fresh workspace against a fresh simulator. A
 * command that fails or runs out of time ends the size: the phases measured before it and the
 * memory seen until then are kept, with the error.
 */
async function measureSize(providers: BuiltProviders, subject: Subject, n: number, settings: ScaleSettings): Promise<SizeResult> {
  const { latencyMs, timeoutMs } = settings;
  const backend = await subject.startBackend(latencyMs);
  const bench = benchWorkspace(providers, backend?.env ?? {});
  try {
    bench.ws.writeConfig(`${subject.preamble}\n${subject.resources(n)}`);
    await bench.ws.init();
    const rss = new PeakRssSampler(providers.root);
    const phases: Partial<Record<Phase, PhaseResult>> = {};
    let planHadChanges = false;
    let error: string | undefined;
    try {
      for (const phase of PHASES) {
        const { args, codes } = COMMANDS[phase];
        const measure = () =>
          timed(backend, providers.root, async () => {
            const run = await bench.terraform(args, codes, timeoutMs);
            if (phase === 'plan') planHadChanges ||= run.code === 2;
            return run;
          });
        phases[phase] = await medianOf(phase === 'plan' ? settings.planRuns : 1, measure);
      }
    } catch (failure) {
      error = messageOf(failure);
    }
    const { peakMB, processes } = rss.stop();
    return { n, phases, planHadChanges, providerPeakRssMB: processes > 0 ? peakMB : null, providerProcesses: processes, ...(error ? { error } : {}) };
  } finally {
    bench.cleanup();
    await backend?.stop();
  }
}

export interface ScaleSettings {
  readonly sizes: readonly number[];
  readonly latencyMs: number;
  /** Longest a single terraform command may take. */
  readonly timeoutMs: number;
  /** How many times the plan runs at each size (its median run is reported). */
  readonly planRuns: number;
}

function describe(subject: Subject, result: SizeResult): string {
  const measured = PHASES.flatMap((p) => {
    const phase = result.phases[p];
    return phase ? [`${p} ${phase.ms} ms/${phase.calls} calls`] : [];
  });
  const failure = result.error ? `; failed: ${result.error.split('\n').slice(0, 12).join('\n    ')}` : '';
  return `  ${subject.resourceType} N=${result.n}: ${measured.join(', ') || 'nothing measured'}; peak RSS ${result.providerPeakRssMB ?? '-'} MB${failure}`;
}

/** Each size in turn; a size that fails ends the subject (larger ones would fail the same way). */
export async function measureSubject(
  providers: BuiltProviders,
  subject: Subject,
  settings: ScaleSettings,
  log: (line: string) => void,
  /** Called with the sizes measured so far after each one (the run saves what it has). */
  progress?: (sofar: SubjectResult) => void,
): Promise<SubjectResult> {
  const sizes: SizeResult[] = [];
  try {
    for (const n of settings.sizes) {
      const result = await measureSize(providers, subject, n, settings);
      log(describe(subject, result));
      sizes.push(result);
      progress?.({ resourceType: subject.resourceType, sizes: [...sizes] });
      if (result.error) return { resourceType: subject.resourceType, sizes, error: result.error };
    }
    return { resourceType: subject.resourceType, sizes };
  } catch (error) {
    log(`  ${subject.resourceType}: failed: ${messageOf(error)}`);
    return { resourceType: subject.resourceType, sizes, error: messageOf(error) };
  }
}
