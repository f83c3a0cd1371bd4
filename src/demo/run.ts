// The one-command demo: both simulators on loopback, both providers in a private filesystem
// mirror with a private CLI configuration (never the user's), then terraform init, apply,
// outputs, a second plan that must be empty, and destroy. Prints each step as it goes; a
// failure names its step. Nothing is left running or on disk afterwards.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { installAll, NAMESPACE, REGISTRY_HOST } from '../cli/install.js';
import { writeMirrorCliConfig } from '../cli/provider-install.js';
import { startSimulators, type RunningSimulators } from './simulators.js';
import { DemoStepError, TerraformRunner } from './terraform-runner.js';

export interface DemoOptions {
  /** The folder with the terraform configuration to apply (examples/homelab). */
  readonly configDir: string;
  /** The terraform executable (default: `terraform` on PATH). */
  readonly terraform: string;
  /** Where progress lines go. */
  readonly log: (line: string) => void;
  /** Aborting stops the running terraform command, then cleans up as after a failure. */
  readonly signal?: AbortSignal;
}

const STEPS = ['start simulators', 'install providers', 'terraform init', 'terraform apply', 'outputs', 'second plan', 'terraform destroy'] as const;
type Step = (typeof STEPS)[number];

/** Runs the demo; throws a DemoStepError naming the failed step. */
export async function runDemo(options: DemoOptions): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'truemox-demo-'));
  const announce = (step: Step): void => options.log(`==> [${STEPS.indexOf(step) + 1}/${STEPS.length}] ${step}`);
  let simulators: RunningSimulators | undefined;
  let runner: TerraformRunner | undefined;
  const onAbort = (): void => runner?.interrupt();
  options.signal?.addEventListener('abort', onAbort);
  try {
    announce('start simulators');
    simulators = await attempt('start simulators', startSimulators);
    options.log(`    TrueNAS simulator at ${simulators.truenasUrl}, Proxmox VE simulator at ${simulators.proxmoxUrl}`);

    announce('install providers');
    const cliConfig = await attempt('install providers', async () => installInto(scratch));
    const workDir = await attempt('install providers', async () => copyConfiguration(options.configDir, join(scratch, 'work')));
    options.log(`    providers in a private mirror under ${scratch}; configuration from ${options.configDir}`);
    runner = new TerraformRunner(options.terraform, workDir, terraformEnv(scratch, cliConfig, simulators.env));
    await applyAndDestroy(runner, announce, options);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (simulators) {
      options.log('==> stopping simulators');
      await simulators.stop();
    }
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function applyAndDestroy(runner: TerraformRunner, announce: (step: Step) => void, options: DemoOptions): Promise<void> {
  announce('terraform init');
  await runner.step('terraform init', ['init', '-no-color', '-input=false']);
  announce('terraform apply');
  let applyStarted = false;
  try {
    applyStarted = true;
    const apply = await runner.step('terraform apply', ['apply', '-auto-approve', '-no-color', '-input=false']);
    options.log(indent(summaryLine(apply.stdout, /Apply complete!.*/)));

    announce('outputs');
    const outputs = await runner.step('outputs', ['output', '-json', '-no-color']);
    for (const line of formatOutputs(outputs.stdout)) options.log(`    ${line}`);

    announce('second plan');
    const plan = await runner.step('second plan', ['plan', '-detailed-exitcode', '-no-color', '-input=false'], [0, 2]);
    if (plan.code === 2) throw new DemoStepError('second plan', `the plan after apply is not empty:\n${plan.stdout.trim()}`);
    options.log(indent(summaryLine(plan.stdout, /No changes\..*/)));
  } finally {
    if (applyStarted) {
      announce('terraform destroy');
      const destroy = await runner.step('terraform destroy', ['destroy', '-auto-approve', '-no-color', '-input=false']);
      options.log(indent(summaryLine(destroy.stdout, /Destroy complete!.*/)));
    }
  }
}

async function attempt<T>(step: Step, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new DemoStepError(step, error instanceof Error ? error.message : String(error));
  }
}

/** Installs both providers into `scratch/mirror`; returns the CLI configuration that uses it. */
function installInto(scratch: string): string {
  const mirror = join(scratch, 'mirror');
  installAll(mirror);
  const cliConfig = join(scratch, 'terraform.rc');
  writeMirrorCliConfig(cliConfig, mirror, [`${REGISTRY_HOST}/${NAMESPACE}/*`]);
  return cliConfig;
}

/** Copies the configuration's own files (not a stray .terraform or state) to a scratch folder. */
function copyConfiguration(from: string, to: string): string {
  const files = readdirSync(from).filter((name) => /\.(tf|tf\.json|tfvars)$/.test(name));
  if (files.length === 0) throw new Error(`no terraform configuration (*.tf) in ${from}`);
  mkdirSync(to, { recursive: true });
  for (const name of files) cpSync(join(from, name), join(to, name));
  return to;
}

function terraformEnv(scratch: string, cliConfig: string, settings: Readonly<Record<string, string>>): Record<string, string> {
  return {
    // The installed providers run with the node on PATH: the one running the demo comes first.
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    HOME: scratch,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    ...settings,
  };
}

/** `name = value` lines of `terraform output -json`, sensitive values hidden. */
export function formatOutputs(json: string): string[] {
  const outputs = JSON.parse(json) as Record<string, { value: unknown; sensitive?: boolean }>;
  const names = Object.keys(outputs).sort();
  if (names.length === 0) return ['(no outputs)'];
  return names.map((name) => {
    const output = outputs[name];
    return `${name} = ${output?.sensitive ? '(sensitive)' : JSON.stringify(output?.value)}`;
  });
}

function summaryLine(text: string, pattern: RegExp): string {
  return pattern.exec(text)?.[0] ?? text.trim().split('\n').at(-1) ?? '';
}

function indent(line: string): string {
  return `    ${line}`;
}
