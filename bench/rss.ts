// Peak resident memory of the provider processes terraform starts. Linux keeps each process's
// high-water mark (VmHWM in /proc/PID/status); sampling it often enough catches every process
// before it exits, and the mark already holds the peak between samples. Only terraform's own
// children count: a provider left running by an earlier command (a Go provider outlives a
// terraform killed at its time limit) has the same command line but another parent.
import { readdirSync, readFileSync } from 'node:fs';

const SAMPLE_EVERY_MS = 40;

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process is gone
  }
}

/** The parent's process id, from /proc/PID/stat (field 4, after the command name in parentheses). */
function parentOf(pid: string): string | undefined {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  return stat === '' ? undefined : stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
}

/** Whether `pid` was started by a process this one started (terraform, spawned directly by the benchmark). */
function isGrandchild(pid: string): boolean {
  const parent = parentOf(pid);
  return parent !== undefined && parentOf(parent) === String(process.pid);
}

function highWaterMarkKiB(pid: string): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readOrEmpty(`/proc/${pid}/status`));
  return match ? Number(match[1]) : 0;
}

export class PeakRssSampler {
  private readonly peaks = new Map<string, number>();
  /**
   * Processes seen not to match. A child of terraform shows terraform's command line until it
   * runs the provider, so those are looked at again.
   */
  private readonly others = new Set<string>();
  private readonly timer: NodeJS.Timeout;
  private stopped = false;

  /** Samples processes whose command line contains `marker` and whose parent this process started. */
  constructor(private readonly marker: string) {
    this.timer = setInterval(() => this.sample(), SAMPLE_EVERY_MS);
  }

  private sample(): void {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name) && !this.others.has(name))) {
      const commandLine = readOrEmpty(`/proc/${pid}/cmdline`);
      if (!commandLine.includes(this.marker)) {
        // An empty command line is a process between fork and exec (or already gone): look again.
        if (commandLine !== '' && !commandLine.includes('terraform')) this.others.add(pid);
        continue;
      }
      if (!this.peaks.has(pid) && !isGrandchild(pid)) {
        this.others.add(pid);
        continue;
      }
      const kib = highWaterMarkKiB(pid);
      if (kib > (this.peaks.get(pid) ?? 0)) this.peaks.set(pid, kib);
    }
  }

  /** Stops sampling (again: no new sample); the largest peak of any one process in MB, and how many were seen. */
  stop(): { peakMB: number; processes: number } {
    if (!this.stopped) {
      clearInterval(this.timer);
      this.sample();
      this.stopped = true;
    }
    const peakKiB = Math.max(0, ...this.peaks.values());
    return { peakMB: Math.round((peakKiB / 1024) * 10) / 10, processes: this.peaks.size };
  }
}
