// Runs terraform commands for the demo in one working folder with a fixed environment, and
// turns a failed command into an error that names the step and carries terraform's own words.
import { spawn } from 'node:child_process';

export interface TerraformResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A demo step that failed; `message` says which step and why. */
export class DemoStepError extends Error {
  constructor(
    readonly step: string,
    reason: string,
  ) {
    super(`step "${step}" failed: ${reason}`);
    this.name = 'DemoStepError';
  }
}

export class TerraformRunner {
  private running: ReturnType<typeof spawn> | undefined;
  private interrupted = false;

  constructor(
    private readonly executable: string,
    private readonly workDir: string,
    private readonly env: Readonly<Record<string, string>>,
  ) {}

  /** Runs `terraform ARGS`; resolves with its output whatever the exit code. */
  run(args: readonly string[]): Promise<TerraformResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.executable, [`-chdir=${this.workDir}`, ...args], { env: { ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      this.running = child;
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'ENOENT' ? new Error(`terraform was not found ("${this.executable}"): install terraform 1.5+ or set TERRAFORM to its path`) : error,
        ),
      );
      child.on('close', (code) => {
        this.running = undefined;
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
  }

  /** Runs `terraform ARGS` as the step `step`; fails unless the exit code is one of `codes`. */
  async step(step: string, args: readonly string[], codes: readonly number[] = [0]): Promise<TerraformResult> {
    let result: TerraformResult;
    try {
      result = await this.run(args);
    } catch (error) {
      throw new DemoStepError(step, error instanceof Error ? error.message : String(error));
    }
    if (this.interrupted) {
      // Reported once: the clean-up steps that follow (destroy) run normally.
      this.interrupted = false;
      throw new DemoStepError(step, `interrupted while terraform ${args[0] ?? ''} ran`);
    }
    if (!codes.includes(result.code)) {
      const said = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-40).join('\n');
      throw new DemoStepError(step, `terraform ${args[0] ?? ''} exited ${result.code}:\n${said}`);
    }
    return result;
  }

  /** Stops a running terraform (Ctrl-C on the demo): terraform then stops its providers. */
  interrupt(): void {
    this.interrupted = true;
    this.running?.kill('SIGINT');
  }
}
