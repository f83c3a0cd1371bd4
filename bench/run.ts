// `make bench`: measures what users feel and writes bench/results/latest.json and
// BENCHMARKS.md. Every figure comes from this run; ratios compare figures of this run.
//
// Environment: BENCH_SIZES (default 10,100,500), BENCH_STARTUP_RUNS (default 20),
// BENCH_LATENCY_MS (per-call latency of the simulators, default 5), BENCH_COMMAND_TIMEOUT_S
// (longest one terraform command may take, default 180), BENCH_PLAN_RUNS (plans per size, the
// median one reported, default 3), BENCH_LOGIN_DAY=0 to skip the working day,
// BENCH_REFERENCE_SIZES (sizes of the Go comparison, default 10,100,500,2000, the issue's
// matrix), BENCH_REFERENCE_RESOURCES (bench_thing, bench_dataset or both, the default),
// BENCH_PROFILE_N (resources in the profiled commands, default 500; 0 skips the profile),
// BENCH_REFERENCE=0 to skip the Go comparison. A quick run:
// BENCH_SIZES=10,50 BENCH_STARTUP_RUNS=5 BENCH_REFERENCE_SIZES=10,50 make bench.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { loadProvider, PROVIDER_NAMES } from '../src/providers/registry.js';
import { findTerraform } from '../test/helpers/terraform.js';
import { judgeGoals } from './goals.js';
import { measureLoginDay } from './login-day.js';
import { renderReport, type BenchResults } from './report.js';
import type { LoginDayResult } from './login-day.js';
import { floorSubject, measureSubject, proxmoxPoolSubject, truenasDatasetSubject, truenasZvolSubject, type Subject, type SubjectResult } from './scale.js';
import { measureStartup } from './startup.js';
import { installReferenceProviders } from './reference/build.js';
import { measureReferences, profileReferences, referenceResources, type ProfiledCommand, type ReferenceResults } from './reference/compare.js';
import { referenceGoals } from './reference/report.js';
import { copyBuiltProviders } from './workspace.js';

const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 20);
const SIZES = (process.env.BENCH_SIZES ?? '10,100,500').split(',').map(Number);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 5);
const LOGIN_DAY = process.env.BENCH_LOGIN_DAY !== '0';
const COMMAND_TIMEOUT_MS = Number(process.env.BENCH_COMMAND_TIMEOUT_S ?? 180) * 1000;
const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 3);
const REFERENCE = process.env.BENCH_REFERENCE !== '0';
const REFERENCE_SIZES = (process.env.BENCH_REFERENCE_SIZES ?? '10,100,500,2000').split(',').map(Number);
const PROFILE_N = Number(process.env.BENCH_PROFILE_N ?? 500);

function terraformVersion(): string {
  const out = execFileSync(findTerraform(), ['version', '-json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as { terraform_version: string }).terraform_version;
}

async function resourceTypes(): Promise<Set<string>> {
  const providers = await Promise.all(PROVIDER_NAMES.map((name) => loadProvider(name)));
  return new Set(providers.flatMap((provider) => provider.resources.map((resource) => resource.name)));
}

/** The cheapest type each provider has: a dataset or else a zvol on TrueNAS, a pool on Proxmox. */
function chooseSubjects(available: Set<string>): Subject[] {
  const truenas = [truenasDatasetSubject, truenasZvolSubject].find((s) => available.has(s.resourceType));
  return [truenas, proxmoxPoolSubject].filter((s): s is Subject => s !== undefined && available.has(s.resourceType));
}

const log = (line: string) => console.log(line);
const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  terraform: terraformVersion(),
};

const settingsOf = {
  sizes: SIZES,
  latencyMs: LATENCY_MS,
  startupRuns: STARTUP_RUNS,
  commandTimeoutS: COMMAND_TIMEOUT_MS / 1000,
  planRuns: PLAN_RUNS,
  referenceSizes: REFERENCE_SIZES,
};

/**
 * Writes bench/results/latest.json and BENCHMARKS.md from what is measured so far, after every
 * size: a run stopped early (a shared machine, a deadline) leaves its complete part, and
 * `pending` says in both files what it had not measured yet.
 */
function save(parts: Omit<BenchResults, 'machine' | 'settings' | 'goals'>, pending: string | undefined): void {
  const { startup, floor, scale, loginDay, reference } = parts;
  const results: BenchResults = {
    machine,
    settings: { ...settingsOf, ...(pending ? { pending } : {}) },
    ...parts,
    goals: [...judgeGoals(startup, floor, scale, loginDay, machine.cpus), ...(reference ? referenceGoals(reference, startup, scale) : [])],
  };
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), renderReport(results));
}

const providers = copyBuiltProviders();
try {
  log(`start-up: ${STARTUP_RUNS} interleaved runs of each provider, the ES module bundle and node -e 0 ...`);
  const startup = await measureStartup(STARTUP_RUNS, providers.root);
  for (const [name, summary] of Object.entries(startup.providers)) {
    log(`  ${name}: median ${summary.median} ms to handshake (${startup.ratio[name]}x node -e 0 at ${startup.nodeFloorMs.median} ms)`);
  }

  const subjects = chooseSubjects(await resourceTypes());
  log(`scale: N = ${SIZES.join(', ')} of terraform_data, ${subjects.map((s) => s.resourceType).join(', ')}; ${LATENCY_MS} ms per API call ...`);
  const settings = { sizes: SIZES, latencyMs: LATENCY_MS, timeoutMs: COMMAND_TIMEOUT_MS, planRuns: PLAN_RUNS };
  const floor = await measureSubject(providers, floorSubject, settings, log);
  const parts = {
    startup,
    floor,
    scale: [] as SubjectResult[],
    loginDay: null as LoginDayResult | null,
    reference: null as ReferenceResults | null,
    profiles: [] as ProfiledCommand[],
  };
  const remaining = (from: string) =>
    [
      from,
      REFERENCE ? `the Go comparison (N = ${REFERENCE_SIZES.join(', ')})` : '',
      REFERENCE && PROFILE_N > 0 ? 'the profile' : '',
      LOGIN_DAY ? 'the working day' : '',
    ]
      .filter((part) => part !== '')
      .join(', ');
  for (const subject of subjects) {
    parts.scale.push({ resourceType: subject.resourceType, sizes: [] });
    const at = parts.scale.length - 1;
    const progress = (sofar: SubjectResult) => {
      parts.scale[at] = sofar;
      save(parts, `still to measure when this was written: the rest of the scale runs, ${remaining('')}`);
    };
    parts.scale[at] = await measureSubject(providers, subject, settings, log, progress);
  }

  if (REFERENCE) {
    log(`beside Go: N = ${REFERENCE_SIZES.join(', ')} of ${referenceResources().join(', ')} on the Go reference and on ours ...`);
    const profileDir = join(providers.root, 'profiles');
    await installReferenceProviders(providers.root, providers.mirrorDir, profileDir, log);
    // The profile first: it is short, and the largest Go comparisons are the likeliest to be cut short.
    if (PROFILE_N > 0) parts.profiles = await profileReferences(providers, profileDir, PROFILE_N, COMMAND_TIMEOUT_MS, log);
    const progress = (sofar: ReferenceResults) => {
      parts.reference = sofar;
      save(parts, `still to measure when this was written: the rest of the Go comparison${LOGIN_DAY ? ', the working day' : ''}`);
    };
    parts.reference = await measureReferences(providers, { ...settings, sizes: REFERENCE_SIZES }, log, progress);
  }

  if (LOGIN_DAY) {
    log('working day under the TrueNAS login limit ...');
    parts.loginDay = await measureLoginDay(providers, LATENCY_MS);
    log(
      `  ${parts.loginDay.logins} logins, ${parts.loginDay.calls} calls, ${parts.loginDay.wallMs} ms, ${parts.loginDay.anyRefused ? 'a step was refused' : 'nothing refused'}`,
    );
  }

  save(parts, undefined);
  log('wrote bench/results/latest.json and BENCHMARKS.md');
} finally {
  providers.remove();
}
