// The side-by-side runs: the Go reference and our framework's twin (bench/reference/build.ts)
// through the same plan and apply at each size, and a profile of ours splitting its CPU per
// call kind into layers (bench/profile.ts).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { splitProfiles, type ProfileSplit } from '../profile.js';
import { measureSubject, type ScaleSettings, type Subject, type SubjectResult } from '../scale.js';
import { benchWorkspace, type BuiltProviders } from '../workspace.js';
import { REFERENCE_SOURCES, type ReferenceKind } from './build.js';

export const REFERENCE_RESOURCES = {
  bench_thing: (n: number) => `resource "bench_thing" "r" {\n  count = ${n}\n  name  = "bench-\${count.index}"\n}\n`,
  bench_dataset: (n: number) => `resource "bench_dataset" "r" {\n  count = ${n}\n  name  = "tank/bench-\${count.index}"\n}\n`,
} as const;
export type ReferenceResource = keyof typeof REFERENCE_RESOURCES;

/** What each reference resource has the schema of. */
export const SCHEMA_OF: Record<ReferenceResource, string> = { bench_thing: 'tester_thing', bench_dataset: 'truenas_dataset' };

const preamble = (kind: ReferenceKind) =>
  `terraform {\n  required_providers {\n    bench = { source = "${REFERENCE_SOURCES[kind]}" }\n  }\n}\nprovider "bench" {}\n`;

export const IMPLEMENTATION_LABEL: Record<'go' | 'node', string> = { go: 'Go', node: 'ours' };

/** The subject's label: `bench_dataset (Go)`. */
export const referenceLabel = (resource: ReferenceResource, kind: 'go' | 'node') => `${resource} (${IMPLEMENTATION_LABEL[kind]})`;

function referenceSubject(resource: ReferenceResource, kind: 'go' | 'node'): Subject {
  return {
    resourceType: referenceLabel(resource, kind),
    preamble: preamble(kind),
    resources: REFERENCE_RESOURCES[resource],
    startBackend: async () => undefined,
  };
}

export interface ReferenceResults {
  /** Each resource on Go and on ours, in that order. */
  readonly subjects: SubjectResult[];
}

/** The resources `BENCH_REFERENCE_RESOURCES` names (comma-separated), else both. */
export function referenceResources(setting = process.env.BENCH_REFERENCE_RESOURCES): ReferenceResource[] {
  const all = Object.keys(REFERENCE_RESOURCES) as ReferenceResource[];
  if (!setting) return all;
  const chosen = setting.split(',').map((name) => name.trim());
  const unknown = chosen.filter((name) => !all.includes(name as ReferenceResource));
  if (unknown.length > 0) throw new Error(`BENCH_REFERENCE_RESOURCES: no reference resource ${unknown.join(', ')} (there are ${all.join(', ')})`);
  return all.filter((name) => chosen.includes(name));
}

/**
 * Each resource on Go and on ours, a size at a time: every resource at a size on both sides
 * before the next size (bench_dataset first, the goals' resource), so a run stopped early has
 * each size it finished on both sides; `progress` gets what is done after each.
 */
export async function measureReferences(
  providers: BuiltProviders,
  settings: ScaleSettings,
  log: (line: string) => void,
  progress?: (sofar: ReferenceResults) => void,
): Promise<ReferenceResults> {
  const resources = referenceResources().sort((a, b) => Number(b === 'bench_dataset') - Number(a === 'bench_dataset'));
  const runs = resources.flatMap((resource) => (['go', 'node'] as const).map((kind) => ({ subject: referenceSubject(resource, kind), stopped: false })));
  const subjects: SubjectResult[] = runs.map(({ subject }) => ({ resourceType: subject.resourceType, sizes: [] }));
  for (const n of settings.sizes) {
    for (const [index, run] of runs.entries()) {
      if (run.stopped) continue; // larger sizes would fail the same way
      const result = await measureSubject(providers, run.subject, { ...settings, sizes: [n] }, log);
      subjects[index] = { ...result, sizes: [...subjects[index]!.sizes, ...result.sizes] };
      run.stopped = result.error !== undefined;
      progress?.({ subjects: [...subjects] });
    }
  }
  return { subjects };
}

export interface ProfiledCommand {
  readonly resource: ReferenceResource;
  readonly n: number;
  readonly command: 'apply' | 'plan';
  readonly split: ProfileSplit;
}

/**
 * apply, then a refresh-plan, of `n` of each resource on our provider started with
 * `--cpu-prof`; each command's profiles split (profiling slows the provider: these runs give
 * shares and per-call costs, the timed runs above give wall times).
 */
export async function profileReferences(
  providers: BuiltProviders,
  profileDir: string,
  n: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<ProfiledCommand[]> {
  const results: ProfiledCommand[] = [];
  const clear = () => {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  };
  for (const resource of referenceResources()) {
    const bench = benchWorkspace(providers, { BENCH_RPC_COUNTS_DIR: profileDir });
    try {
      bench.ws.writeConfig(`${preamble('profiled')}\n${REFERENCE_RESOURCES[resource](n)}`);
      await bench.ws.init();
      for (const [command, args, codes] of [
        ['apply', ['apply', '-auto-approve', '-no-color', '-input=false'], [0]],
        ['plan', ['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0]],
      ] as const) {
        clear();
        await bench.terraform(args, codes, timeoutMs);
        const split = splitProfiles(profileDir);
        log(`  profiled ${command} of ${n} ${resource}: ${split.processes} provider processes, ${Math.round(split.totalMs)} ms sampled`);
        if (readdirSync(profileDir).length === 0) throw new Error('the profiled provider wrote no profile');
        results.push({ resource, n, command, split });
      }
    } finally {
      bench.cleanup();
    }
  }
  return results;
}
