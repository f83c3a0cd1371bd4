// `truemox sim truenas`: runs the simulator in the foreground until SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startTrueNASSimulator } from './index.js';

const usage = `usage: truemox sim truenas [--port N] --api-key KEY [--api-key KEY…] [--user NAME:PASSWORD]
                            [--tls] [--version V] [--no-rate-limit] [--latency MS]`;

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '0' },
      'api-key': { type: 'string', multiple: true, default: [] },
      user: { type: 'string', multiple: true, default: [] },
      tls: { type: 'boolean', default: false },
      version: { type: 'string' },
      'no-rate-limit': { type: 'boolean', default: false },
      latency: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535, got "${values.port}"`);
  const users = Object.fromEntries(values.user.map((pair) => {
    const cut = pair.indexOf(':');
    if (cut < 1) throw new Error('--user takes NAME:PASSWORD');
    return [pair.slice(0, cut), pair.slice(cut + 1)];
  }));
  const sim = await startTrueNASSimulator({
    port, tls: values.tls, apiKeys: values['api-key'], users, latencyMs: Number(values.latency),
    ...(values.version ? { version: values.version } : {}),
    ...(values['no-rate-limit'] ? { loginRateLimit: false as const } : {}),
  });
  process.stdout.write(`TrueNAS simulator ${sim.version} listening on ${sim.url} (JSON-RPC ${sim.url.replace(/^http/, 'ws')}/api/current)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      sim.stop().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('TrueNAS simulator stopped\n');
}
