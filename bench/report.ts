// BENCHMARKS.md, rendered from one run's results.
import { existsSync, readFileSync } from 'node:fs';
import { REFRESH_RATIO, type Goal } from './goals.js';
import { planBudgets, type PlanBudget } from './plan-budget.js';
import type { LoginDayResult } from './login-day.js';
import { PHASES, type PhaseResult, type SizeResult, type SubjectResult } from './scale.js';
import type { StartupResult } from './startup.js';
import { round } from './stats.js';
import type { ProfiledCommand, ReferenceResults } from './reference/compare.js';
import { profileSection, referenceBudgetSection, referenceSection } from './reference/report.js';

export interface BenchResults {
  readonly machine: { date: string; cpus: number; cpuModel: string; node: string; terraform: string };
  readonly settings: {
    sizes: readonly number[];
    latencyMs: number;
    startupRuns: number;
    commandTimeoutS: number;
    planRuns: number;
    referenceSizes: readonly number[];
    /** What the run had not measured yet when these results were written (a run stopped early). */
    pending?: string;
  };
  readonly startup: StartupResult;
  readonly floor: SubjectResult;
  readonly scale: readonly SubjectResult[];
  readonly loginDay: LoginDayResult | null;
  /** The Go comparison (bench/reference), when it ran. */
  readonly reference: ReferenceResults | null;
  readonly profiles: readonly ProfiledCommand[];
  readonly goals: readonly Goal[];
}

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))];

function goalsSection(goals: readonly Goal[]): string[] {
  return [
    '## Goals',
    '',
    'The goals issues 9 and 23 set, as ratios, judged from the figures below.',
    '',
    ...header(['goal', 'measured', 'met']),
    ...goals.map((g) => row([g.goal, g.measured, g.met ? 'yes' : '**no**'])),
    '',
  ];
}

function withoutExtraCaRows(startup: StartupResult): string[] {
  const other = startup.withoutExtraCaCerts;
  if (!other) return [];
  return [
    row(['node -e 0, NODE_EXTRA_CA_CERTS unset', other.nodeFloorMs.median, other.nodeFloorMs.p10, other.nodeFloorMs.p90, 1]),
    ...Object.entries(other.providers).map(([name, s]) =>
      row([`terraform-provider-${name}, NODE_EXTRA_CA_CERTS unset`, s.median, s.p10, s.p90, `${other.ratio[name] ?? NaN} (to node -e 0 unset)`]),
    ),
  ];
}

function extraCaNote(startup: StartupResult): string[] {
  const other = startup.withoutExtraCaCerts;
  if (!other) return [];
  return [
    `This machine sets NODE_EXTRA_CA_CERTS (\`${other.file}\`), and terraform passes it on to the providers. Node then reads its own bundled root certificates and that file at the start of every process, \`node -e 0\` included, which makes up much of the floor above. Without it (the last rows, as on most machines, and as terraform starts the providers in the scale runs below) Node starts much faster, the providers by less: what they add to Node's own start weighs more against a smaller floor.`,
    '',
  ];
}

/** The slowest provider's median start-up less the bare server's: the part a provider's own code adds. */
function ownStartupMs(startup: StartupResult): number {
  return round(Math.max(...Object.values(startup.providers).map((s) => s.median)) - startup.barePluginServerMs.median);
}

function startupSection(startup: StartupResult): string[] {
  const line = (name: string, s: StartupResult['nodeFloorMs'], ratio: number) => row([name, s.median, s.p10, s.p90, ratio]);
  return [
    '## Start-up',
    '',
    `Spawn to handshake line of each provider executable as terraform starts it (AutoMTLS on), ${startup.runs} interleaved runs each, beside \`node -e 0\` (spawn to exit) and a bare Node.js HTTP/2 server doing the least any Node.js plugin must before its handshake (load Node's http2 and tls, make a TLS context, listen on a unix socket; no gRPC, no provider). terraform starts a provider several times per command and waits for this line each time. The executables are CommonJS scripts that run the provider bundled as one CommonJS script compiled from a V8 code cache made at \`make build\`; the ES module row is the same provider from the plain ES module bundle, for comparison.`,
    '',
    ...header(['program', 'median ms', 'p10', 'p90', 'ratio to node -e 0']),
    line('node -e 0', startup.nodeFloorMs, 1),
    line('bare Node.js HTTP/2 TLS server (bench/bare-plugin-server.cjs)', startup.barePluginServerMs, startup.barePluginServerRatio),
    ...Object.entries(startup.providers).map(([name, s]) => line(`terraform-provider-${name}`, s, startup.ratio[name] ?? NaN)),
    line('truenas from the ES module bundle (no code cache)', startup.esModuleBundleMs, startup.esModuleBundleRatio),
    ...withoutExtraCaRows(startup),
    '',
    ...extraCaNote(startup),
    `What a provider adds to the bare server, ${ownStartupMs(startup)} ms in this run (slowest provider), is (from \`node --cpu-prof\`, perf and timestamps of single starts): reading the bundle and deserializing its code cache, evaluating gRPC, the protocol codecs and the provider's schema, making the AutoMTLS key and certificate. Removed so far: compiling JavaScript (the code cache), Node's ES module loader (CommonJS executables), UTF-8 decoding of the bundle (it is ASCII, read as latin1), building protobufjs reflection of the protocol (static codecs generated from proto/ instead), schema-class certificate encoding (asn1js now), and Node 20 copying its whole root certificate store into the TLS context when it is given terraform's certificate as a CA (paid by every start without NODE_EXTRA_CA_CERTS; the providers' own TLS listener trusts no CA and pins terraform's certificate instead, src/plugin/plugin-listener.ts).`,
    '',
    "Investigated and not kept: Node 20's user-land startup snapshot. A snapshot of the evaluated bundle started no faster than the code cache, since the snapshot cannot hold gRPC already loaded: Node 20's snapshot builder fails on `node:http`/`node:http2`. A snapshot is also chosen by a node flag (`--snapshot-blob`) on the command terraform runs, and starting a second node to add that flag costs a whole Node start.",
    '',
    ...includedSection('startup-costs.md'),
  ];
}

function floorAt(floor: SubjectResult, n: number): SizeResult | undefined {
  return floor.sizes.find((s) => s.n === n);
}

/** A command's wall time, with the range of its runs when it ran more than once. */
function msWithRuns(phase: PhaseResult): string {
  return phase.runsMs && phase.runsMs.length > 1 ? `${phase.ms} (${Math.min(...phase.runsMs)}-${Math.max(...phase.runsMs)})` : String(phase.ms);
}

function scaleSection(floor: SubjectResult, subjects: readonly SubjectResult[], latencyMs: number, planRuns: number): string[] {
  const lines = [
    '## Plan and apply at scale',
    '',
    `The real terraform (default \`-parallelism\`) against the simulators, each API call delayed ${latencyMs} ms as on a LAN: N resources created (\`apply\`), planned with refresh (\`plan\`, which must show no changes; run ${planRuns} times, the median run reported, with the range of the runs), destroyed (\`destroy\`). Wall time of each command, beside the same command on N \`terraform_data\` resources (no provider at all: the floor terraform itself sets). The simulators run in the benchmark's own process, on the same machine.`,
    '',
  ];
  for (const subject of subjects) {
    lines.push(`### ${subject.resourceType}`, '');
    lines.push(...header(['N', 'command', 'ms', 'terraform_data ms', 'ratio', 'API calls', 'calls per resource']));
    for (const size of subject.sizes) {
      const base = floorAt(floor, size.n);
      for (const phase of PHASES) {
        const p = size.phases[phase];
        const floorMs = base?.phases[phase]?.ms;
        const floorPhase = base?.phases[phase];
        if (p)
          lines.push(
            row([
              size.n,
              phase,
              msWithRuns(p),
              floorPhase ? msWithRuns(floorPhase) : '-',
              floorMs ? round(p.ms / floorMs) : '-',
              p.calls,
              round(p.calls / size.n),
            ]),
          );
      }
      if (size.planHadChanges) lines.push(row([size.n, '**the plan after apply wanted changes**', '', '', '', '', '']));
      if (size.error) lines.push(row([size.n, `**not measured**: ${size.error.split('\n')[0]}`, '', '', '', '', '']));
    }
    lines.push('');
  }
  return lines;
}

function planBudgetSection(budgets: readonly PlanBudget[], goalRatio: number, cpuCount: number): string[] {
  if (budgets.length === 0) return [];
  const ms = (value: number | undefined, floorMs?: number) =>
    value === undefined ? '-' : floorMs === undefined ? value : `${value} (${round(value / floorMs)}x)`;
  return [
    '### What a refresh-plan is made of',
    '',
    `terraform starts the provider several times in every \`plan\` (to read its schema, to validate, to plan), one start after the other, and each waits for the handshake; \`terraform_data\` needs none. So no provider written for Node.js can plan faster than the \`terraform_data\` floor plus one \`node -e 0\` per start: the "bound for Node.js" column, from this run's figures. "rest" is what remains of the plan after the floor and this provider's own start-ups: chiefly the three gRPC calls per resource (UpgradeResourceState, ReadResource, PlanResourceChange) on both sides.`,
    '',
    `The CPU columns split the plan's CPU time between terraform itself and the provider processes it started (the benchmark's reaped-children counters less what each provider process logs as \`cpu_ms\` when it exits; bench/cpu.ts). terraform's own share is the work it does for each resource of this schema (decoding, comparing, copying and saving state, rendering the plan) and its side of the gRPC calls: any provider of the same resource type leaves it the same. Spread perfectly over the machine's ${cpuCount} CPUs it still takes the "terraform CPU bound" column: no provider can make the plan faster than that.`,
    '',
    ...header([
      'resource',
      'N',
      'terraform_data plan ms',
      `goal (${goalRatio}x) ms`,
      'provider starts',
      'bound for Node.js ms (ratio)',
      'plan ms (ratio)',
      'start-ups ms',
      'rest ms (per resource)',
      'terraform CPU ms',
      'provider CPU ms',
      `terraform CPU bound (÷ ${cpuCount}) ms (ratio)`,
    ]),
    ...budgets.map((b) => {
      const rest = b.planMs - b.floorMs - b.startupsMs;
      return row([
        b.resourceType,
        b.n,
        b.floorMs,
        Math.round(goalRatio * b.floorMs),
        b.providerStarts,
        ms(b.nodeBoundMs, b.floorMs),
        ms(b.planMs, b.floorMs),
        b.startupsMs,
        `${rest} (${round(rest / b.n)})`,
        ms(b.terraformCpuMs),
        ms(b.providersCpuMs),
        ms(b.terraformCpuBoundMs, b.floorMs),
      ]);
    }),
    '',
  ];
}

function roundTripsSection(subjects: readonly SubjectResult[]): string[] {
  const lines = [
    '## API round trips',
    '',
    'Calls per command (logins included), counted twice: where the simulator answered them, and by the providers\' own clients (each provider process logs its clients\' `api_calls` as it exits; summed over the command\'s processes, shown as "clients counted" for apply / plan / destroy). Reading each resource on its own costs at least N calls to refresh N resources; a provider that reads a whole type in one call (coalescing) and serves each resource from that answer makes a fixed number. "saved" is N over the refresh calls measured.',
    '',
    ...header([
      'resource',
      'N',
      'refresh calls',
      'one call per resource',
      'saved',
      'create calls per resource',
      'destroy calls per resource',
      'clients counted (apply / plan / destroy)',
    ]),
  ];
  for (const subject of subjects) {
    for (const size of subject.sizes) {
      const { apply, plan, destroy } = size.phases;
      if (!apply || !plan || !destroy) continue;
      const clients = [apply, plan, destroy].map((phase) => phase.clientCalls ?? '-').join(' / ');
      lines.push(
        row([
          subject.resourceType,
          size.n,
          plan.calls,
          `≥ ${size.n}`,
          `${round(size.n / Math.max(1, plan.calls))}x`,
          round(apply.calls / size.n),
          round(destroy.calls / size.n),
          clients,
        ]),
      );
    }
  }
  lines.push('');
  for (const subject of subjects) {
    const top = subject.sizes.filter((size) => !size.error).at(-1);
    if (!top) continue;
    lines.push(`Calls by method for N = ${top.n} ${subject.resourceType}:`, '');
    lines.push(...header(['command', 'calls by method']));
    for (const phase of PHASES) {
      const byMethod = Object.entries(top.phases[phase]?.callsByMethod ?? {}).sort((a, b) => b[1] - a[1]);
      lines.push(row([phase, byMethod.map(([method, count]) => `${method} ×${count}`).join(', ') || '-']));
    }
    lines.push('');
  }
  return lines;
}

function memorySection(subjects: readonly SubjectResult[]): string[] {
  return [
    '## Memory',
    '',
    'Largest peak resident set (VmHWM) of any one provider process while terraform ran apply, plan and destroy, sampled from /proc every 40 ms (only processes terraform itself started: bench/rss.ts).',
    '',
    ...header(['resource', 'N', 'peak RSS MB', 'provider processes started']),
    ...subjects.flatMap((subject) =>
      subject.sizes.map((s) =>
        row([subject.resourceType, s.n, `${s.providerPeakRssMB ?? '-'}${s.error ? ' (until the command that failed)' : ''}`, s.providerProcesses]),
      ),
    ),
    '',
  ];
}

function loginDaySection(day: LoginDayResult): string[] {
  return [
    '## A working day under the TrueNAS login limit',
    '',
    `The simulator enforces the real limit on unauthenticated calls (20 per 60 s per method and client, logins included, refusals after 1–10 s). terraform runs apply, plan, plan, destroy of ${day.triples} zvol + iSCSI extent + target-extent triples (and their one target) back to back.`,
    '',
    ...header(['step', 'ms', 'logins', 'API calls', 'result']),
    ...day.steps.map((s) =>
      row([
        s.step,
        s.ms,
        s.logins,
        s.calls,
        s.exitCode === 0 ? 'ok' : s.refused ? '**refused (rate limit)**' : `**failed**: ${(s.error ?? '').split('\n')[0]}`,
      ]),
    ),
    row(['**day**', day.wallMs, day.logins, day.calls, day.anyRefused ? '**a step was refused**' : day.allSucceeded ? 'nothing refused' : '**a step failed**']),
    '',
  ];
}

/**
 * bench/percall-cuts.md, kept by hand: each cut of the per-call cost with its before/after
 * from bench/percall.ts (instruction counts or CPU in one process, robust on a loaded machine,
 * unlike the terraform runs above). It is history, not this run's figures.
 */
/** A section measured apart from the run (how, it says itself), kept in bench/NAME. */
function includedSection(name: string): string[] {
  const file = new URL(`./${name}`, import.meta.url);
  return existsSync(file) ? [readFileSync(file, 'utf8').trimEnd(), ''] : [];
}

/** ` Not measured beside Go: bench_thing (Go) at N = 2000, …`, for a run that stopped early. */
function missingReferenceSizes(results: BenchResults): string {
  const missing = (results.reference?.subjects ?? []).flatMap((subject) => {
    const sizes = results.settings.referenceSizes.filter((n) => !subject.sizes.some((s) => s.n === n));
    return sizes.length > 0 ? [`${subject.resourceType} at N = ${sizes.join(', ')}`] : [];
  });
  return missing.length > 0 ? ` Not measured beside Go: ${missing.join('; ')}.` : '';
}

/** `; the longest one here took 123 s (bench_dataset (Go), N = 2000, destroy)`, from every command measured. */
function longestCommand(results: BenchResults): string {
  const subjects = [results.floor, ...results.scale, ...(results.reference?.subjects ?? [])];
  const commands = subjects.flatMap((subject) =>
    subject.sizes.flatMap((size) =>
      PHASES.flatMap((phase) => (size.phases[phase] ? [{ ms: size.phases[phase].ms, what: `${subject.resourceType}, N = ${size.n}, ${phase}` }] : [])),
    ),
  );
  const longest = commands.sort((a, b) => b.ms - a.ms)[0];
  return longest ? `; the longest one here took ${Math.round(longest.ms / 1000)} s (${longest.what})` : '';
}

export function renderReport(results: BenchResults): string {
  const { machine, settings } = results;
  return [
    '# Benchmarks',
    '',
    `Measured by \`make bench\` on ${machine.date}: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, terraform ${machine.terraform}; N = ${settings.sizes.join(', ')} (beside Go: ${settings.referenceSizes.join(', ')}), ${settings.latencyMs} ms per simulated API call.`,
    ...(settings.pending
      ? [`**This run did not finish** (${settings.pending}): the figures below are the part it completed.${missingReferenceSizes(results)}`]
      : []),
    'Every figure below comes from that one run (`bench/results/latest.json` holds them all), except the two sections kept in bench/*.md (where a start-up goes, per-call cuts), which say how and when they were measured apart; ratios compare figures of the same run. Other work on the same machine during the run shows as noise, which the interleaved start-up runs spread evenly.',
    `Run \`make bench\` to measure again; \`BENCH_SIZES=10,50 BENCH_STARTUP_RUNS=5 BENCH_REFERENCE_SIZES=10,50 make bench\` is a quick run (see bench/run.ts for every setting). Each terraform command is stopped after \`BENCH_COMMAND_TIMEOUT_S\` (${settings.commandTimeoutS} s in this run)${longestCommand(results)}.`,
    '',
    ...goalsSection(results.goals),
    ...startupSection(results.startup),
    ...scaleSection(results.floor, results.scale, settings.latencyMs, settings.planRuns),
    ...(results.reference ? [...referenceSection(results.reference), ...referenceBudgetSection(results.reference)] : []),
    ...profileSection(results.profiles),
    ...includedSection('percall-cuts.md'),
    ...planBudgetSection(planBudgets(results.startup, results.floor, results.scale, machine.cpus), REFRESH_RATIO, machine.cpus),
    ...roundTripsSection(results.scale),
    ...memorySection(results.scale),
    ...(results.loginDay ? loginDaySection(results.loginDay) : []),
  ].join('\n');
}
