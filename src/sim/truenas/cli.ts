// `truemox sim truenas`: runs the simulator in the foreground until SIGINT/SIGTERM (options
// are declared in src/cli/sim-commands.ts).
import { writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { untilSignal } from '../until-signal.js';
import { startTrueNASSimulator } from './index.js';
import { parsePoolSpecs } from './pool-specs.js';

export interface TrueNASCliOptions {
  port: number;
  apiKey: string[];
  user: string[];
  tls: boolean;
  version?: string;
  rateLimit: boolean;
  latency: number;
  certOut?: string;
  pool: string[];
}

export async function run(options: TrueNASCliOptions): Promise<void> {
  const users = Object.fromEntries(
    options.user.map((pair) => {
      const cut = pair.indexOf(':');
      if (cut < 1) throw new Error('--user takes NAME:PASSWORD');
      return [pair.slice(0, cut), pair.slice(cut + 1)];
    }),
  );
  if (options.certOut !== undefined && !options.tls)
    throw new Error('--cert-out needs --tls: without it the simulator serves plain HTTP and has no certificate');
  // A simulator nobody can log in to is of no use: make a key and say it.
  const generated = options.apiKey.length === 0 && options.user.length === 0 ? `1-${randomBytes(24).toString('hex')}` : undefined;
  const sim = await startTrueNASSimulator({
    port: options.port,
    tls: options.tls,
    apiKeys: generated ? [generated] : options.apiKey,
    users,
    latencyMs: options.latency,
    pools: parsePoolSpecs(options.pool),
    ...(options.version ? { version: options.version } : {}),
    ...(options.rateLimit ? {} : { loginRateLimit: false as const }),
  });
  process.stdout.write(`TrueNAS simulator ${sim.version} listening on ${sim.url} (JSON-RPC ${sim.url.replace(/^http/, 'ws')}/api/current)\n`);
  if (generated) process.stdout.write(`no --api-key given: generated API key ${generated}\n`);
  if (options.certOut !== undefined && sim.caPem !== undefined) {
    writeFileSync(options.certOut, sim.caPem);
    process.stdout.write(`certificate written to ${options.certOut} (trust it with ca_file or TRUENAS_CA_FILE)\n`);
  }
  await untilSignal(() => sim.stop());
  process.stdout.write('TrueNAS simulator stopped\n');
}
