// Runs the real terraform binary in a private workspace: its own CLI configuration (a
// filesystem mirror holding our providers), its own data folder, never the user's.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { writeMirrorCliConfig } from '../../src/cli/provider-install.js';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The terraform executable: $TERRAFORM, else the first on PATH; a clear error when absent. */
export function findTerraform(): string {
  const explicit = process.env.TERRAFORM;
  if (explicit) return explicit;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'terraform');
    if (spawnSync(candidate, ['version'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  throw new Error('terraform was not found: put terraform 1.11+ on PATH or set TERRAFORM to its path.');
}

export interface WorkspaceOptions {
  /** Filesystem mirror with the providers, and the source-address patterns it serves. */
  readonly mirrorDir: string;
  readonly include: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** More folders this workspace owns (e.g. its private mirror), removed by cleanup(). */
  readonly ownedDirs?: readonly string[];
}

export class Workspace {
  readonly dir: string;
  readonly env: Record<string, string>;
  private readonly terraform = findTerraform();
  private readonly ownedDirs: readonly string[];

  constructor(options: WorkspaceOptions) {
    this.ownedDirs = options.ownedDirs ?? [];
    this.dir = mkdtempSync(join(tmpdir(), 'truemox-tf-'));
    const cliConfig = join(this.dir, '.terraformrc');
    writeMirrorCliConfig(cliConfig, options.mirrorDir, options.include);
    mkdirSync(join(this.dir, 'config'));
    this.env = {
      // The installed providers run with the node on PATH: this one first, as before installs were copies.
      PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
      HOME: this.dir,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: '1',
      CHECKPOINT_DISABLE: '1',
      TF_INPUT: '0',
      ...options.env,
    };
  }

  /** The folder holding the configuration (`*.tf`) terraform runs in. */
  get configDir(): string {
    return join(this.dir, 'config');
  }

  writeConfig(hcl: string, file = 'main.tf'): void {
    writeFileSync(join(this.configDir, file), hcl);
  }

  removeConfig(file: string): void {
    rmSync(join(this.configDir, file), { force: true });
  }

  run(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.terraform, ['-chdir=' + this.configDir, ...args], {
        env: { ...this.env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    });
  }

  /** Runs terraform and fails with its output unless it exits with one of `codes`. */
  async expect(args: readonly string[], codes: readonly number[] = [0], extraEnv: Readonly<Record<string, string>> = {}): Promise<RunResult> {
    const result = await this.run(args, extraEnv);
    if (!codes.includes(result.code)) {
      throw new Error(`terraform ${args.join(' ')} exited ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`);
    }
    return result;
  }

  init(): Promise<RunResult> {
    return this.expect(['init', '-no-color', '-input=false']);
  }

  apply(extra: readonly string[] = []): Promise<RunResult> {
    return this.expect(['apply', '-auto-approve', '-no-color', '-input=false', ...extra]);
  }

  destroy(): Promise<RunResult> {
    return this.expect(['destroy', '-auto-approve', '-no-color', '-input=false']);
  }

  /** `plan -detailed-exitcode`: resolves true when the plan has changes. */
  async planHasChanges(extra: readonly string[] = []): Promise<{ changes: boolean; output: string }> {
    const result = await this.expect(['plan', '-detailed-exitcode', '-no-color', '-input=false', ...extra], [0, 2]);
    return { changes: result.code === 2, output: result.stdout };
  }

  /** The state as `terraform show -json` reports it. */
  async state(): Promise<TerraformState> {
    const result = await this.expect(['show', '-json', '-no-color']);
    return JSON.parse(result.stdout) as TerraformState;
  }

  async resources(): Promise<StateResource[]> {
    return (await this.state()).values?.root_module?.resources ?? [];
  }

  async output(name: string): Promise<unknown> {
    const result = await this.expect(['output', '-json', name]);
    return JSON.parse(result.stdout) as unknown;
  }

  /** Every root output's value, from one `terraform output` (each run costs a terraform start). */
  async outputs(): Promise<Record<string, unknown>> {
    const result = await this.expect(['output', '-json']);
    const all = JSON.parse(result.stdout) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(all).map(([name, output]) => [name, output.value]));
  }

  /**
   * Every root output's value as the local state file holds it: no terraform run at all (an
   * `output` run costs a terraform start). Right after an apply it holds what the apply left.
   */
  stateFileOutputs(): Record<string, unknown> {
    const state = JSON.parse(readFileSync(join(this.configDir, 'terraform.tfstate'), 'utf8')) as { outputs?: Record<string, { value: unknown }> };
    return Object.fromEntries(Object.entries(state.outputs ?? {}).map(([name, output]) => [name, output.value]));
  }

  cleanup(): void {
    for (const dir of [this.dir, ...this.ownedDirs]) rmSync(dir, { recursive: true, force: true });
  }
}

export interface StateResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly values: Record<string, unknown>;
  readonly sensitive_values?: Record<string, unknown>;
  readonly tainted?: boolean;
}

export interface TerraformState {
  readonly values?: { readonly root_module?: { readonly resources?: StateResource[] } };
}
