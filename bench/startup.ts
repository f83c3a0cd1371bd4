// Start-up: from spawning a provider executable as terraform does to its handshake line,
// beside `node -e 0` (the floor for any Node program) measured in the same run.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTlsIdentity } from '../src/plugin/auto-mtls.js';
import { magicCookieKey, magicCookieValue } from '../src/plugin/environment.js';
import { summarize, type Summary } from './stats.js';

export interface StartupResult {
  readonly runs: number;
  readonly nodeFloorMs: Summary;
  readonly providers: Record<string, Summary>;
  /** Median provider start-up over the median `node -e 0`. */
  readonly ratio: Record<string, number>;
}

function timeUntil(args: string[], env: NodeJS.ProcessEnv, done: 'exit' | 'first-line'): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'ignore'] });
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
    child.on('error', reject);
    if (done === 'exit') {
      child.on('exit', () => resolve(elapsed()));
      return;
    }
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) {
        const ms = elapsed();
        if (!/^1\|6\|unix\|/.test(out)) reject(new Error(`unexpected handshake: ${out}`));
        child.kill('SIGKILL');
        resolve(ms);
      }
    });
  });
}

export async function measureStartup(runs: number): Promise<StartupResult> {
  const client = await createTlsIdentity();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    [magicCookieKey]: magicCookieValue,
    PLUGIN_PROTOCOL_VERSIONS: '5,6',
    PLUGIN_CLIENT_CERT: client.certificatePem,
  };
  delete env.TF_LOG;
  delete env.TF_LOG_PROVIDER;
  const names = ['truenas', 'proxmox'];
  const floor: number[] = [];
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  // Interleave the measurements so that machine noise falls on all of them alike.
  for (let i = 0; i < runs; i++) {
    floor.push(await timeUntil(['-e', '0'], env, 'exit'));
    for (const name of names) {
      const executable = fileURLToPath(new URL(`../bin/terraform-provider-${name}.mjs`, import.meta.url));
      samples[name]!.push(await timeUntil([executable], env, 'first-line'));
    }
  }
  const nodeFloorMs = summarize(floor);
  const providers = Object.fromEntries(names.map((n) => [n, summarize(samples[n]!)]));
  const ratio = Object.fromEntries(names.map((n) => [n, round(providers[n]!.median / nodeFloorMs.median)]));
  return { runs, nodeFloorMs, providers, ratio };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
