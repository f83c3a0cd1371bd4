// Runs the real terraform binary in a private workspace: its own CLI configuration (a
// filesystem mirror holding our providers), its own data folder, never the user's.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { writeMirrorCliConfig } from '../../src/cli/provider-install.js';
import { ReattachedProviders, type ReattachableProvider } from './reattached-providers.js';

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
  /**
   * Providers to keep running across this workspace's commands instead of terraform starting
   * them several times per command (see reattached-providers.ts).
   */
  readonly reattach?: readonly ReattachableProvider[];
}

const PROVIDER_BLOCK = /^\s*provider\s+"[^"]*"\s*\{/gm;

/**
 * Whether a configuration has a provider block that names an alias: terraform then configures
 * one provider several ways. Only `alias` at the top level of a `provider` block counts; the
 * resources' own `alias` attributes (an iSCSI target's, an SDN VNet's) do not.
 */
export function namesProviderAlias(text: string): boolean {
  for (const block of text.matchAll(PROVIDER_BLOCK)) {
    let depth = 1;
    let line = '';
    for (let i = block.index + block[0].length; i < text.length && depth > 0; i++) {
      const char = text[i]!;
      // A line is judged where it ends: at its newline, or at the brace closing a one-line block.
      if ((char === '\n' || (char === '}' && depth === 1)) && depth === 1 && /^[\s{]*alias\s*=/.test(line)) return true;
      if (char === '{') depth++;
      else if (char === '}') depth--;
      line = char === '\n' ? '' : line + char;
    }
  }
  return false;
}

/** The configuration files terraform reads in `dir` (not below: modules are listed separately). */
function configurationTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tf') || name.endsWith('.tftest.hcl'))
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

export class Workspace {
  readonly dir: string;
  readonly env: Record<string, string>;
  private readonly terraform = findTerraform();
  private readonly ownedDirs: readonly string[];
  private readonly reattached: ReattachedProviders | undefined;

  constructor(options: WorkspaceOptions) {
    this.ownedDirs = options.ownedDirs ?? [];
    this.reattached = options.reattach ? new ReattachedProviders(options.reattach) : undefined;
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

  /**
   * The workspace's running providers, when this command may use them. Not for `init` (it must
   * install and lock them for the commands that start their own), not when the command or the
   * workspace sets something the provider may read from its environment or logs (the running
   * ones were started without it; input variables, TF_VAR_*, are terraform's own), and not when
   * a configuration has provider aliases (one process holds one configured client).
   */
  private reattachedFor(args: readonly string[], extraEnv: Readonly<Record<string, string>>): ReattachedProviders | undefined {
    if (!this.reattached || args[0] === 'init' || Object.keys(extraEnv).some((name) => !name.startsWith('TF_VAR_'))) return undefined;
    if (Object.keys(this.env).some((name) => name.startsWith('TF_LOG'))) return undefined;
    const aliased = this.configurationDirs().some((dir) => configurationTexts(dir).some(namesProviderAlias));
    return aliased ? undefined : this.reattached;
  }

  /** The root configuration and every module terraform installed for it. */
  private configurationDirs(): string[] {
    const manifest = join(this.configDir, '.terraform', 'modules', 'modules.json');
    if (!existsSync(manifest)) return [this.configDir];
    const modules = (JSON.parse(readFileSync(manifest, 'utf8')) as { Modules?: { Dir: string }[] }).Modules ?? [];
    return [this.configDir, ...modules.map((module) => join(this.configDir, module.Dir))];
  }

  async run(args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<RunResult> {
    const reattached = this.reattachedFor(args, extraEnv);
    const reattach: Record<string, string> = reattached ? { TF_REATTACH_PROVIDERS: await reattached.reattachValue(this.env) } : {};
    const result = await this.spawnTerraform(args, { ...this.env, ...extraEnv, ...reattach });
    // A running provider logs to its own stderr, not terraform's: put its tail where a failure shows it.
    if (result.code !== 0 && reattached) {
      return { ...result, stderr: `${result.stderr}\n--- reattached providers' log (tail)\n${await reattached.logTail()}` };
    }
    return result;
  }

  private spawnTerraform(args: readonly string[], env: Readonly<Record<string, string>>): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn(this.terraform, ['-chdir=' + this.configDir, ...args], {
        env,
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
    void this.reattached?.stop();
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
