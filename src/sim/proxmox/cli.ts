// `truemox sim proxmox --port N --token 'USER@REALM!TOKENID=SECRET'`: runs the simulator by hand.
import { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { startProxmoxSimulator } from './index.js';

interface CliOptions {
  port: string;
  token: string[];
  user: string[];
  taskDelay: string;
  latency: string;
  caFile?: string;
  iscsiLun: string[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `IQN,LUN,BYTES`: a LUN the iSCSI target with that IQN exports (the simulator cannot ask TrueNAS). */
function iscsiLun(spec: string): { target: string; lun: number; size: number } {
  const [target, lun, size] = spec.split(',');
  if (!target || !lun || !size || !/^\d+$/.test(lun) || !/^\d+$/.test(size)) {
    throw new Error(`--iscsi-lun must look like IQN,LUN,BYTES (e.g. iqn.2005-10.org.freenas.ctl:proxmox,0,34359738368), got "${spec}"`);
  }
  return { target, lun: Number(lun), size: Number(size) };
}

function integer(text: string, name: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a whole number, got "${text}"`);
  return Number(text);
}

export async function main(args: string[]): Promise<void> {
  const program = new Command('truemox sim proxmox')
    .description('run a local simulator of the Proxmox VE 9 API (HTTPS, self-signed certificate)')
    .option('--port <n>', 'port on 127.0.0.1 (0 = any free port)', '8006')
    .option('--token <spec>', "API token 'USER@REALM!TOKENID=SECRET' (repeatable)", collect, [])
    .option('--user <spec>', "user with password 'USER@REALM:PASSWORD' (repeatable)", collect, [])
    .option('--task-delay <ms>', 'how long each task runs', '200')
    .option('--latency <ms>', 'delay before every answer', '0')
    .option('--ca-file <path>', 'write the certificate (PEM) to this file')
    .option('--iscsi-lun <spec>', "a LUN an iSCSI target exports, 'IQN,LUN,BYTES', listed by iscsi storages on that target (repeatable)", collect, [])
    .exitOverride();
  program.parse(args, { from: 'user' });
  const options = program.opts<CliOptions>();
  const users = options.user.map((spec) => {
    const colon = spec.indexOf(':');
    if (colon < 0) throw new Error('--user must look like USER@REALM:PASSWORD');
    return { userid: spec.slice(0, colon), password: spec.slice(colon + 1) };
  });
  const sim = await startProxmoxSimulator({
    port: integer(options.port, 'port'),
    tokens: options.token,
    users,
    taskDelayMs: integer(options.taskDelay, 'task-delay'),
    latencyMs: integer(options.latency, 'latency'),
  });
  for (const { target, lun, size } of options.iscsiLun.map(iscsiLun)) sim.addIscsiLun(target, { lun, size });
  if (options.caFile !== undefined) writeFileSync(options.caFile, sim.caPem);
  process.stdout.write(`Proxmox VE simulator listening on ${sim.url}\n`);
  if (options.caFile !== undefined) process.stdout.write(`certificate written to ${options.caFile}\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void sim.stop().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('Proxmox VE simulator stopped\n');
}
