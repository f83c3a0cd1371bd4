// CPU time of a terraform command, split between terraform itself and the provider processes
// it started. The kernel adds a child's CPU time (and that of the children it waited for) to
// its parent's when the parent reaps it: so the benchmark's own "children" counters grow by
// terraform's and its providers' CPU over one command, and each provider process logs its own
// (`cpu_ms`) as it exits. Linux only (/proc); elsewhere the split is not measured.
import { readFileSync } from 'node:fs';

/** Linux reports these counters in USER_HZ ticks, 100 per second on every architecture. */
const MS_PER_TICK = 10;

/** CPU time (user and system) of this process's children that have ended and been reaped, ms. */
export function reapedChildrenCpuMs(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // After the command name in parentheses: field 3 (state) onwards; cutime and cstime are 16 and 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? (cutime + cstime) * MS_PER_TICK : undefined;
}

/** The CPU time each provider process of a command logged as it exited (TF_LOG_PROVIDER=INFO). */
export function providerCpuMsIn(stderr: string): number[] {
  return [...stderr.matchAll(/Provider process exiting:.*?\bcpu_ms=(\d+)/g)].map((match) => Number(match[1]));
}

export interface CommandCpu {
  /** terraform's own CPU time: all of the command's less its provider processes'. */
  readonly terraformMs: number;
  /** The provider processes', summed. */
  readonly providersMs: number;
}

/**
 * The split of one command's CPU time, from the children counters before and after it and the
 * providers' exit lines; none when a counter is missing or a provider process did not report.
 * `providerStarts` is how many processes the RSS sampler saw: it polls /proc every 40 ms, so a
 * start shorter than that (the Go reference's schema start takes about 10 ms) may escape it,
 * while every process logs its exit line. More exit lines than sampled starts are therefore
 * complete; fewer mean a process that was seen did not report.
 */
export function splitCommandCpu(before: number | undefined, after: number | undefined, stderr: string, providerStarts: number): CommandCpu | undefined {
  const logged = providerCpuMsIn(stderr);
  if (before === undefined || after === undefined || logged.length < providerStarts) return undefined;
  const providersMs = logged.reduce((sum, ms) => sum + ms, 0);
  return { terraformMs: Math.max(0, after - before - providersMs), providersMs };
}
