// `make bench`: measures what users feel and writes bench/results/latest.json and
// BENCHMARKS.md. Every figure comes from this run; ratios compare figures of this run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { measureStartup } from './startup.js';
import { renderReport } from './report.js';

const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 20);

function terraformVersion(): string {
  try {
    const out = execFileSync(process.env.TERRAFORM ?? 'terraform', ['version', '-json'], { encoding: 'utf8' });
    return (JSON.parse(out) as { terraform_version: string }).terraform_version;
  } catch {
    return 'not found';
  }
}

const machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  terraform: terraformVersion(),
};

console.log(`start-up: ${STARTUP_RUNS} runs of each provider and of node -e 0 ...`);
const startup = await measureStartup(STARTUP_RUNS);
for (const [name, summary] of Object.entries(startup.providers)) {
  console.log(`  ${name}: median ${summary.median} ms to handshake (${startup.ratio[name]}x node -e 0 at ${startup.nodeFloorMs.median} ms)`);
}

const results = { machine, startup };
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), renderReport(results));
console.log('wrote bench/results/latest.json and BENCHMARKS.md');
