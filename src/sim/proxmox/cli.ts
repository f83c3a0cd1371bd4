// `truemox sim proxmox`: runs the simulator in the foreground until SIGINT/SIGTERM (options
// are declared in src/cli/sim-commands.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { untilSignal } from '../until-signal.js';
import { startProxmoxSimulator } from './index.js';

export interface ProxmoxCliOptions {
  port: number;
  token: string[];
  user: string[];
  taskDelay: number;
  latency: number;
  certOut?: string;
  iscsiLun: string[];
  truenas?: string;
  truenasApiKey?: string;
  truenasCaFile?: string;
}

/** `IQN,LUN,BYTES`: a LUN the iSCSI target with that IQN exports (without `--truenas`). */
function iscsiLun(spec: string): { target: string; lun: number; size: number } {
  const [target, lun, size] = spec.split(',');
  if (!target || !lun || !size || !/^\d+$/.test(lun) || !/^\d+$/.test(size)) {
    throw new Error(`--iscsi-lun must look like IQN,LUN,BYTES (e.g. iqn.2005-10.org.freenas.ctl:proxmox,0,34359738368), got "${spec}"`);
  }
  return { target, lun: Number(lun), size: Number(size) };
}

function truenasOption(options: ProxmoxCliOptions): { url: string; apiKey: string; caPem?: string } | undefined {
  if (options.truenas === undefined) {
    if (options.truenasApiKey !== undefined) throw new Error('--truenas-api-key needs --truenas URL');
    return undefined;
  }
  if (options.truenasApiKey === undefined) throw new Error('--truenas needs --truenas-api-key KEY (the node asks the TrueNAS API what its targets export)');
  return {
    url: options.truenas,
    apiKey: options.truenasApiKey,
    ...(options.truenasCaFile !== undefined ? { caPem: readFileSync(options.truenasCaFile, 'utf8') } : {}),
  };
}

export async function run(options: ProxmoxCliOptions): Promise<void> {
  const users = options.user.map((spec) => {
    const colon = spec.indexOf(':');
    if (colon < 0) throw new Error('--user must look like USER@REALM:PASSWORD');
    return { userid: spec.slice(0, colon), password: spec.slice(colon + 1) };
  });
  const luns = options.iscsiLun.map(iscsiLun);
  const truenas = truenasOption(options);
  // A simulator nobody can log in to is of no use: make a token and say it.
  const generated = options.token.length === 0 && users.length === 0 ? `root@pam!sim=${randomBytes(16).toString('hex')}` : undefined;
  const sim = await startProxmoxSimulator({
    port: options.port,
    tokens: generated ? [generated] : options.token,
    users,
    taskDelayMs: options.taskDelay,
    latencyMs: options.latency,
    ...(truenas ? { truenas } : {}),
  });
  for (const { target, lun, size } of luns) sim.addIscsiLun(target, { lun, size });
  process.stdout.write(`Proxmox VE simulator listening on ${sim.url}\n`);
  if (generated) process.stdout.write(`no --token given: generated API token ${generated}\n`);
  if (truenas) process.stdout.write(`iSCSI and NFS storages on ${new URL(truenas.url).hostname} see the TrueNAS at ${truenas.url}\n`);
  if (options.certOut !== undefined) {
    writeFileSync(options.certOut, sim.caPem);
    process.stdout.write(`certificate written to ${options.certOut} (trust it with ca_file or PROXMOX_VE_CA_FILE)\n`);
  }
  await untilSignal(() => sim.stop());
  process.stdout.write('Proxmox VE simulator stopped\n');
}
