// The Go comparison's sections of BENCHMARKS.md and its goals (issue 23).
import type { Goal } from '../goals.js';
import { LAYERS, type LayerMs } from '../profile.js';
import { PHASES, type PhaseResult, type SubjectResult } from '../scale.js';
import type { StartupResult } from '../startup.js';
import { round } from '../stats.js';
import type { ProfiledCommand, ReferenceResults } from './compare.js';
import { REFERENCE_RESOURCES, referenceLabel, SCHEMA_OF, type ReferenceResource } from './compare.js';
import { RPC_KINDS } from './rpc-kinds.js';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const header = (cells: readonly string[]) => [row(cells), row(cells.map(() => '---'))];
const ratio = (ours: number | undefined, go: number | undefined) => (ours !== undefined && go ? round(ours / go) : '-');

function pair(results: ReferenceResults, resource: ReferenceResource): { go?: SubjectResult; ours?: SubjectResult } {
  const find = (kind: 'go' | 'node') => results.subjects.find((s) => s.resourceType === referenceLabel(resource, kind));
  return { go: find('go'), ours: find('node') };
}

function phaseAt(subject: SubjectResult | undefined, n: number, phase: (typeof PHASES)[number]): PhaseResult | undefined {
  return subject?.sizes.find((s) => s.n === n)?.phases[phase];
}

export function referenceSection(results: ReferenceResults): string[] {
  const lines = [
    '## Beside a Go provider',
    '',
    `A minimal tfplugin6 provider written in Go (bench/go-provider: grpc-go, google.golang.org/protobuf and vmihailenco/msgpack from Debian's packages, go-plugin's handshake with AutoMTLS done by hand) and our framework's twin (bench/reference/node-provider.ts, built and started as the shipped providers are: a CommonJS start-up script and its late script run by dist/provider-launch.cjs from a V8 code cache, scripts/provider-script.mjs) serve the same two resources with exactly the same schemas (the Go one serves the schema response our framework encodes): \`bench_thing\` has the schema of the test provider's \`tester_thing\`, \`bench_dataset\` that of \`truenas_dataset\`. Both keep objects in terraform's state only (read returns the state it is given), so the two differ only in language, protocol stack and framework. Same commands as above, no API behind them. CPU: terraform's own and the provider processes' summed (bench/cpu.ts); "per resource" divides the providers' CPU by N.`,
    '',
  ];
  for (const resource of Object.keys(REFERENCE_RESOURCES) as ReferenceResource[]) {
    const { go, ours } = pair(results, resource);
    if (!go && !ours) continue; // not in BENCH_REFERENCE_RESOURCES
    const sizes = [...new Set([...(go?.sizes ?? []), ...(ours?.sizes ?? [])].map((s) => s.n))].sort((a, b) => a - b);
    lines.push(`### ${resource} (schema of ${SCHEMA_OF[resource]})`, '');
    lines.push(
      ...header([
        'N',
        'command',
        'Go ms',
        'ours ms',
        'wall ratio',
        'Go provider CPU ms (per resource)',
        'ours provider CPU ms (per resource)',
        'CPU ratio',
        'terraform CPU ms (Go run / ours)',
        'starts (Go / ours)',
        'peak RSS MB (Go / ours)',
      ]),
    );
    for (const n of sizes) {
      for (const phase of PHASES) {
        const g = phaseAt(go, n, phase);
        const o = phaseAt(ours, n, phase);
        if (!g && !o) continue;
        const cpu = (p: PhaseResult | undefined) => (p?.cpu ? `${p.cpu.providersMs} (${round(p.cpu.providersMs / n)})` : '-');
        lines.push(
          row([
            n,
            phase,
            g?.ms ?? '-',
            o?.ms ?? '-',
            ratio(o?.ms, g?.ms),
            cpu(g),
            cpu(o),
            ratio(o?.cpu?.providersMs, g?.cpu?.providersMs),
            `${g?.cpu?.terraformMs ?? '-'} / ${o?.cpu?.terraformMs ?? '-'}`,
            `${g?.providerStarts ?? '-'} / ${o?.providerStarts ?? '-'}`,
            `${g?.providerPeakRssMB ?? '-'} / ${o?.providerPeakRssMB ?? '-'}`,
          ]),
        );
      }
    }
    for (const subject of [go, ours]) if (subject?.error) lines.push('', `${subject.resourceType} stopped: ${subject.error.split('\n')[0]}`);
    lines.push('');
  }
  return lines;
}

/** A refresh-plan's provider CPU split into start-ups and calls: the start-up per process from the smallest size measured. */
interface PlanCpuSplit {
  readonly n: number;
  readonly totalMs: number;
  readonly startupPerStartMs: number;
  readonly starts: number;
  /** CPU of the calls per resource, ms: what is left after the start-ups, over N. */
  readonly callsPerResourceMs: number;
}

/**
 * The start-up CPU of one provider process is read from the refresh-plan of the smallest size
 * (its calls are few: all of its CPU is counted as start-up, so this errs towards start-ups);
 * at size `n` the rest, over N, is the calls' CPU per resource.
 */
function planCpuSplit(subject: SubjectResult | undefined, n: number): PlanCpuSplit | undefined {
  const smallest = subject?.sizes.find((s) => s.phases.plan?.cpu && s.phases.plan.providerStarts > 0);
  const plan = phaseAt(subject, n, 'plan');
  if (!smallest || !plan?.cpu || smallest.n >= n) return undefined;
  const startupPerStartMs = smallest.phases.plan!.cpu!.providersMs / smallest.phases.plan!.providerStarts;
  const callsMs = Math.max(0, plan.cpu.providersMs - startupPerStartMs * plan.providerStarts);
  return { n, totalMs: plan.cpu.providersMs, startupPerStartMs, starts: plan.providerStarts, callsPerResourceMs: callsMs / n };
}

const describeSplit = (name: string, split: PlanCpuSplit) =>
  `${name} ${round(split.totalMs / split.n)} ms per resource = ${split.starts} starts × ${Math.round(split.startupPerStartMs)} ms spread over ${split.n} (${round((split.starts * split.startupPerStartMs) / split.n)} ms) + ${round(split.callsPerResourceMs)} ms of calls`;

/**
 * Where our refresh-plan's provider CPU goes beside Go's, from the timed runs: start-ups (the
 * smallest size's CPU per process) and the calls (the rest, per resource), at the largest size
 * both measured; and how much of the wall-time gap the provider's extra CPU makes.
 */
export function referenceBudgetSection(results: ReferenceResults): string[] {
  const lines: string[] = [];
  for (const resource of Object.keys(REFERENCE_RESOURCES) as ReferenceResource[]) {
    const { go, ours } = pair(results, resource);
    const sizes = (ours?.sizes ?? []).map((s) => s.n).filter((n) => phaseAt(go, n, 'plan')?.cpu && phaseAt(ours, n, 'plan')?.cpu);
    // The wall-time goal's size and the largest (the CPU goal's), where measured.
    for (const n of new Set([500, sizes.at(-1)].filter((n): n is number => n !== undefined && sizes.includes(n)))) {
      const o = planCpuSplit(ours, n);
      const g = planCpuSplit(go, n);
      if (!o || !g) continue;
      const oursPlan = phaseAt(ours, n, 'plan')!;
      const goPlan = phaseAt(go, n, 'plan')!;
      const extraCpu = o.totalMs - g.totalMs;
      lines.push(
        `- ${resource}, refresh-plan of ${n}: ${describeSplit('ours', o)}; ${describeSplit('Go', g)}. Per call ours uses ${ratio(o.callsPerResourceMs, g.callsPerResourceMs)}x Go's CPU, and the start-ups add ${round((o.starts * o.startupPerStartMs - g.starts * g.startupPerStartMs) / n)} ms per resource on top. Its wall time: ${oursPlan.ms} ms against Go's ${goPlan.ms} (${oursPlan.ms >= goPlan.ms ? `${oursPlan.ms - goPlan.ms} ms more` : `${goPlan.ms - oursPlan.ms} ms less: the machine's other work weighs more than the difference here`}); our provider's extra CPU is ${Math.round(extraCpu)} ms (start-ups ${Math.round(o.starts * o.startupPerStartMs - g.starts * g.startupPerStartMs)}, calls ${Math.round(extraCpu - (o.starts * o.startupPerStartMs - g.starts * g.startupPerStartMs))}) and terraform's own CPU was ${goPlan.cpu?.terraformMs} ms beside Go, ${oursPlan.cpu?.terraformMs} ms beside ours; the rest is time no CPU of these processes fills (waiting for each start's handshake, and for the CPU on a shared machine).`,
      );
    }
  }
  if (lines.length === 0) return [];
  return [
    '### Where our refresh-plan time goes, beside Go',
    '',
    "From the timed runs above: a provider process's start-up CPU is its CPU in the refresh-plan of the smallest size (few calls: this errs towards start-ups), and what is left at the larger size, over N, is the calls' CPU per resource; the table after this one splits the calls' CPU by kind and layer.",
    '',
    ...lines,
    '',
  ];
}

const us = (ms: number, calls: number) => (calls > 0 ? Math.round((ms * 1000) / calls) : '-');

export function profileSection(profiles: readonly ProfiledCommand[]): string[] {
  if (profiles.length === 0) return [];
  const lines = [
    '### Our CPU per call, by layer',
    '',
    'From `node --cpu-prof` of our provider\'s main thread (started from source, so every sample names its file; tsx\'s loader thread is left out) in one apply and one refresh-plan of each resource; bench/profile.ts charges each sample to the call kind whose handler (or ResourceRuntime method, which an async call resumes in) is on its stack and to the layer of its nearest frame that has one: **transport** (gRPC, HTTP/2, TLS, protobuf: grpc-js, protobufjs, node:http2/tls/net, src/plugin, src/protocol), **decoding** (msgpack and JSON into values), **framework** (plan and validation rules, reconcile, models, the rest of src/values and src/framework, the resource\'s own code), **encoding** (values to msgpack, diagnostics), **gc**, **other** (V8 and Node internals under none of these). Figures are µs of CPU per call (the profiler slows the process: compare shares, and the timed rows above for wall time). "outside handlers" is the work no handler is on the stack for (reading the gRPC frames and decoding the protobuf request before the handler, writing the response after, the event loop), after each process’s first resource call (what comes before is its start-up, reported apart), shown per resource call of the command; "total per call" adds that share to the kind\'s own.',
    '',
    ...header(['resource', 'command', 'call', 'calls', ...LAYERS.map((l) => `${l} µs`), 'own µs', 'total per call µs']),
  ];
  for (const p of profiles) {
    const { ms, calls } = p.split;
    const resourceCalls = RPC_KINDS.reduce((sum, k) => sum + (calls[k.handler] ?? 0), 0);
    const outside = ms.outside;
    const outsideTotal = outside ? LAYERS.reduce((sum, l) => sum + outside[l], 0) : 0;
    const outsidePerCall = resourceCalls > 0 ? outsideTotal / resourceCalls : 0;
    for (const { rpc, handler } of RPC_KINDS) {
      const count = calls[handler] ?? 0;
      const layers: LayerMs | undefined = ms[handler];
      if (count === 0 && !layers) continue;
      const own = layers ? LAYERS.reduce((sum, l) => sum + layers[l], 0) : 0;
      lines.push(
        row([
          p.resource,
          `${p.command} (N = ${p.n})`,
          rpc,
          count,
          ...LAYERS.map((l) => us(layers?.[l] ?? 0, count)),
          us(own, count),
          count > 0 ? Math.round((own / count + outsidePerCall) * 1000) : '-',
        ]),
      );
    }
    if (outside) {
      lines.push(
        row([
          p.resource,
          `${p.command} (N = ${p.n})`,
          'outside handlers, per resource call',
          resourceCalls,
          ...LAYERS.map((l) => us(outside[l], resourceCalls)),
          us(outsideTotal, resourceCalls),
          '',
        ]),
      );
    }
    const startup = ms.startup ? LAYERS.reduce((sum, l) => sum + ms.startup![l], 0) : 0;
    lines.push(
      row([
        p.resource,
        `${p.command} (N = ${p.n})`,
        `**all sampled CPU ${Math.round(p.split.totalMs)} ms**, of it start-ups (before each process's first resource call) ${Math.round(startup)} ms`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ]),
    );
  }
  lines.push('');
  return lines;
}

const CPU_RATIO = 1.5;
const REFRESH_WALL_RATIO = 1.5;
const BARE_SERVER_RATIO = 1.2;
const PEAK_RSS_MB = 150;

/** `truenas_dataset 1234 ms, proxmox_pool 2345 ms`: the real resources' refresh-plan of `n`, where measured. */
function realPlans(scale: readonly SubjectResult[], n: number): string {
  const found = scale.flatMap((subject) => {
    const plan = phaseAt(subject, n, 'plan');
    return plan ? [`${subject.resourceType} ${plan.ms} ms`] : [];
  });
  return found.length > 0 ? `; beside it, with their simulated API: ${found.join(', ')}` : '';
}

export function referenceGoals(results: ReferenceResults, startup: StartupResult, scale: readonly SubjectResult[] = []): Goal[] {
  const goals: Goal[] = [];
  for (const resource of Object.keys(REFERENCE_RESOURCES) as ReferenceResource[]) {
    const { go, ours } = pair(results, resource);
    const both = (ours?.sizes ?? []).filter((s) => s.phases.plan?.cpu && phaseAt(go, s.n, 'plan')?.cpu);
    const top = both.at(-1);
    if (top) {
      const o = top.phases.plan!.cpu!.providersMs / top.n;
      const g = phaseAt(go, top.n, 'plan')!.cpu!.providersMs / top.n;
      goals.push({
        goal: `provider CPU per planned resource within ${CPU_RATIO}x of Go's (${resource}, refresh-plan, N = ${top.n})`,
        measured: `${round(o / g)}x (${round(o)} ms against ${round(g)} ms per resource)`,
        met: o / g <= CPU_RATIO,
      });
    }
    const plan500 = phaseAt(ours, 500, 'plan');
    const go500 = phaseAt(go, 500, 'plan');
    if (resource === 'bench_dataset') {
      goals.push({
        goal: `refresh-plan of 500 ${resource} (schema of truenas_dataset) within ${REFRESH_WALL_RATIO}x of Go's wall time`,
        measured: `${plan500 && go500 ? `${round(plan500.ms / go500.ms)}x (${plan500.ms} ms against ${go500.ms} ms)` : 'not measured'}${realPlans(scale, 500)}`,
        met: plan500 !== undefined && go500 !== undefined && plan500.ms / go500.ms <= REFRESH_WALL_RATIO,
      });
    }
    const biggest = ours?.sizes.at(-1);
    if (biggest?.providerPeakRssMB != null) {
      goals.push({
        goal: `peak RSS of our provider under ${PEAK_RSS_MB} MB (${referenceLabel(resource, 'node')}, N = ${biggest.n})`,
        measured: `${biggest.providerPeakRssMB} MB (Go: ${go?.sizes.find((s) => s.n === biggest.n)?.providerPeakRssMB ?? '-'} MB)`,
        met: biggest.providerPeakRssMB < PEAK_RSS_MB,
      });
    }
  }
  const worst = Math.max(...Object.values(startup.providers).map((s) => s.median));
  const bareRatio = round(worst / startup.barePluginServerMs.median);
  goals.push({
    goal: `start-up within ${BARE_SERVER_RATIO}x of the bare Node.js HTTP/2 TLS server`,
    measured: `${bareRatio}x (slowest provider ${worst} ms, bare server ${startup.barePluginServerMs.median} ms)`,
    met: bareRatio <= BARE_SERVER_RATIO,
  });
  return goals;
}
