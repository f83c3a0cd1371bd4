// Runs the `truemox` command from source as a child process, waits for lines it prints, and
// stops it with a signal (simulators run in the foreground until then).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const CLI_MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export class CliProcess {
  private output = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<number | null>;

  constructor(args: readonly string[]) {
    this.child = spawn(process.execPath, ['--import', 'tsx', CLI_MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.setEncoding('utf8');
    this.child.stderr.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => (this.output += chunk));
    this.child.stderr.on('data', (chunk: string) => (this.output += chunk));
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null);
  }

  get printed(): string {
    return this.output;
  }

  /** Resolves with the first match of `pattern` in what the process printed; rejects if it exits first. */
  waitFor(pattern: RegExp): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const match = pattern.exec(this.output);
        if (match) resolve(match);
        return match !== null;
      };
      if (check()) return;
      const onData = (): void => {
        if (check()) cleanup();
      };
      const onExit = (code: number | null): void => {
        cleanup();
        if (!check()) reject(new Error(`exited with ${code} before printing ${pattern}:\n${this.output}`));
      };
      const cleanup = (): void => {
        this.child.stdout.off('data', onData);
        this.child.stderr.off('data', onData);
        this.child.off('exit', onExit);
      };
      this.child.stdout.on('data', onData);
      this.child.stderr.on('data', onData);
      this.child.on('exit', onExit);
    });
  }

  /** Sends `signal` and waits for the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    this.child.kill(signal);
    return this.exited;
  }

  done(): Promise<number | null> {
    return this.exited;
  }
}
