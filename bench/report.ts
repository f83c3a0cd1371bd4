// BENCHMARKS.md, rendered from one run's results.
import type { StartupResult } from './startup.js';

export interface BenchResults {
  readonly machine: { date: string; cpus: number; cpuModel: string; node: string; terraform: string };
  readonly startup: StartupResult;
}

export function renderReport(results: BenchResults): string {
  const { machine, startup } = results;
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`make bench\` on ${machine.date}: ${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}, terraform ${machine.terraform}.`,
    'Every figure below comes from that one run; ratios compare figures of the same run.',
    '',
    '## Start-up',
    '',
    `Spawn to handshake line of each provider executable, as terraform starts it (AutoMTLS), ${startup.runs} runs each, beside \`node -e 0\` (spawn to exit).`,
    'Goal: within 1.5x of `node -e 0`.',
    '',
    '| program | median ms | p10 | p90 | ratio to node -e 0 |',
    '|---|---|---|---|---|',
    `| node -e 0 | ${startup.nodeFloorMs.median} | ${startup.nodeFloorMs.p10} | ${startup.nodeFloorMs.p90} | 1 |`,
    ...Object.entries(startup.providers).map(
      ([name, s]) => `| terraform-provider-${name} | ${s.median} | ${s.p10} | ${s.p90} | ${startup.ratio[name]} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
