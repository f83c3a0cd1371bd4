// `truemox demo` run as a user runs it: every step printed in order, outputs shown, an empty
// second plan, destroy, exit 0 and nothing left running or on disk; a failure names its step.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));
const homelab = join(root, 'examples', 'homelab');

interface DemoRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `truemox demo` as `make demo` does: the built command in dist/ (`make test` builds it
 * first), which also spares each run compiling the whole command from source.
 */
const DEMO_COMMAND = [join(root, 'dist', 'main.js'), 'demo'];

function runDemoCommand(args: readonly string[]): DemoRun {
  const run = spawnSync(process.execPath, [...DEMO_COMMAND, ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** The demo's scratch folder, as it printed it. */
function scratchOf(run: DemoRun): string {
  const match = /private mirror under (\S+);/.exec(run.stdout);
  assert.ok(match?.[1], `the demo printed its scratch folder:\n${run.stdout}`);
  return match[1];
}

/** Command lines of processes that mention `text` (the providers run from the scratch mirror). */
function processesMentioning(text: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (cmdline.includes(text)) found.push(`${pid}: ${cmdline}`);
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

function assertCleanedUp(run: DemoRun): void {
  const scratch = scratchOf(run);
  assert.equal(existsSync(scratch), false, 'the scratch folder is removed');
  assert.deepEqual(processesMentioning(scratch), [], 'no provider process is left running');
  assert.match(run.stdout, /==> stopping simulators/);
}

describe('truemox demo', () => {
  it('names the failing step and why, and still destroys and stops everything', async () => {
    const config = mkdtempSync(join(tmpdir(), 'truemox-demo-drift-'));
    try {
      // timestamp() changes on every plan, so the second plan is never empty.
      writeFileSync(join(config, 'main.tf'), 'resource "terraform_data" "clock" {\n  input = timestamp()\n}\n');
      const run = runDemoCommand(['--config', config]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /demo failed: step "second plan" failed: the plan after apply is not empty/);
      assert.match(run.stdout, /Destroy complete!/);
      assertCleanedUp(run);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });

  it('stops on Ctrl-C, saying so, and still cleans up', async () => {
    const child = spawn(process.execPath, [...DEMO_COMMAND, '--config', fixture], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('==> [4/7] terraform apply') && child.exitCode === null && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1, `${stdout}\n${stderr}`);
    assert.match(stderr, /demo failed: step "[^"]+" failed: interrupted while terraform \w+ ran/);
    assertCleanedUp({ code: code ?? -1, stdout, stderr });
  });

  // `make demo` itself, end to end (the only successful run here: each run costs a lab and
  // five terraform commands per configuration).
  it('runs every step on examples/homelab (zvol, iSCSI target, Proxmox storage and VM) and examples/homelab-plugin (VM disks as zvols made by the plugin), and leaves nothing behind', async () => {
    assert.ok(existsSync(homelab), 'examples/homelab is not there yet: the demo has nothing to apply (it is being written)');
    const run = runDemoCommand([]);
    assert.equal(run.code, 0, `demo failed:\n${run.stdout}\n${run.stderr}`);
    const steps = [...run.stdout.matchAll(/==> \[(\d)\/7\] (.+)/g)].map((m) => m[2]);
    const everyStep = ['start simulators', 'install providers', 'terraform init', 'terraform apply', 'outputs', 'second plan', 'terraform destroy'];
    assert.deepEqual(steps, [...everyStep, ...everyStep], 'every step, in order, for each example');
    assert.match(run.stdout, /TrueNAS simulator at http:\/\/127\.0\.0\.1:\d+, Proxmox VE simulator at https:\/\/127\.0\.0\.1:\d+/);
    assert.doesNotMatch(run.stdout + run.stderr, /TRUENAS_API_KEY=|root@pam!demo=/, 'credentials are not printed');
    assert.match(run.stdout, /iqn\./, 'the outputs show the iSCSI target IQN');
    assert.match(run.stdout, /truenas_zvols = \{[^\n]*tank\/proxmox\/vm-\d+-disk-0/, 'examples/homelab-plugin ran too: its zvols on TrueNAS are shown');
    assert.equal(run.stdout.match(/No changes\./g)?.length, 2, 'both examples plan empty after apply');
    assert.equal(run.stdout.match(/Destroy complete!/g)?.length, 2, 'both examples are destroyed');
    assertCleanedUp(run);
  });
});
