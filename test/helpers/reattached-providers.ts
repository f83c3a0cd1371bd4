// Provider processes a test workspace keeps running across its terraform commands.
//
// terraform starts every provider afresh several times per command (schema, validate, plan,
// apply walks), and those start-ups were most of the suite's CPU. A provider started once in
// debug mode and named in TF_REATTACH_PROVIDERS (with `Test: true`, so terraform never shuts
// it down) serves all of a workspace's commands instead, as it would serve `terraform` for a
// developer attached with `--debug`. Commands whose provider would see something different
// (another environment, a configuration with provider aliases: one process holds one
// configured client) still start their providers the normal way; see Workspace.run.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ReattachableProvider {
  /** Source address, e.g. `registry.terraform.io/truemox/truenas`. */
  readonly address: string;
  /** The installed provider executable (it accepts `--debug`). */
  readonly executable: string;
}

interface RunningProvider {
  readonly child: ChildProcess;
  /** The `{ address: { Protocol, Addr, … } }` entry the provider printed. */
  readonly reattach: Record<string, unknown>;
  /** Its stderr (logs), the tail of which goes into failure messages. */
  log: string;
}

const LOG_TAIL = 20_000;

/** Every provider process the tests started, killed when the test process exits without cleanup. */
const spawned = new Set<ChildProcess>();
process.once('exit', () => spawned.forEach((child) => child.kill('SIGKILL')));

function startInDebugMode(provider: ReattachableProvider, env: Readonly<Record<string, string>>): Promise<RunningProvider> {
  return new Promise((resolve, reject) => {
    const child = spawn(provider.executable, ['--debug'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    spawned.add(child);
    child.once('exit', () => spawned.delete(child));
    let stdout = '';
    let earlyLog = '';
    const running: { value?: RunningProvider } = {};
    child.stderr.on('data', (chunk: Buffer) => {
      if (running.value) running.value.log = (running.value.log + chunk.toString()).slice(-LOG_TAIL);
      else earlyLog = (earlyLog + chunk.toString()).slice(-LOG_TAIL);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /TF_REATTACH_PROVIDERS='(.*)'/.exec(stdout);
      if (!match || running.value) return;
      // The provider names itself by its own type; a copy installed under another address (a
      // TrueNAS release's own provider source, see providerWorkspace) is reattached under that one.
      const [entry] = Object.values(JSON.parse(match[1]) as Record<string, unknown>);
      running.value = { child, reattach: { [provider.address]: entry }, log: '' };
      resolve(running.value);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!running.value) reject(new Error(`${provider.executable} --debug exited ${code} before serving:\n${stdout}${earlyLog}`));
    });
  });
}

/** The providers of one workspace, started on first use and restarted when its environment changes. */
export class ReattachedProviders {
  private running: Promise<RunningProvider[]> | undefined;
  private startedWith = '';

  constructor(private readonly providers: readonly ReattachableProvider[]) {}

  /** The TF_REATTACH_PROVIDERS value for providers running with `env`. */
  async reattachValue(env: Readonly<Record<string, string>>): Promise<string> {
    const key = JSON.stringify(Object.entries(env).sort(([a], [b]) => a.localeCompare(b)));
    if (this.running && key !== this.startedWith) await this.stop();
    if (!this.running) {
      this.startedWith = key;
      this.running = Promise.all(this.providers.map((provider) => startInDebugMode(provider, env)));
    }
    const running = await this.running;
    return JSON.stringify(Object.assign({}, ...running.map((provider) => provider.reattach)));
  }

  /** The providers' recent log lines, for a failed command's message. */
  async logTail(): Promise<string> {
    if (!this.running) return '';
    const running = await this.running.catch(() => []);
    return running.map((provider) => provider.log).join('');
  }

  async stop(): Promise<void> {
    const running = await this.running?.catch(() => []);
    this.running = undefined;
    await Promise.all(
      (running ?? []).map(
        (provider) =>
          new Promise<void>((resolve) => {
            if (provider.child.exitCode !== null || provider.child.signalCode !== null) return resolve();
            provider.child.once('exit', () => resolve());
            provider.child.kill('SIGTERM');
          }),
      ),
    );
  }
}
