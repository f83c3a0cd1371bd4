// `truemox sim lab`: both simulators, connected, in the foreground until SIGINT/SIGTERM. Prints
// the `export` lines for the providers and the examples (and writes them to --env-out once
// both listen, so a script can wait for the file).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { untilSignal } from '../until-signal.js';
import { exportLines, labEnvironment, startLab } from './index.js';
import { parsePoolSpecs } from '../truenas/pool-specs.js';

export interface LabCliOptions {
  truenasPort: number;
  proxmoxPort: number;
  truenasVersion?: string;
  tls: boolean;
  apiKey?: string;
  token?: string;
  taskDelay: number;
  certOut?: string;
  envOut?: string;
  pool: string[];
}

function writeAtomically(path: string, text: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, text, { mode: 0o600 });
  renameSync(partial, path);
}

export async function run(options: LabCliOptions): Promise<void> {
  const lab = await startLab({
    truenasPort: options.truenasPort,
    proxmoxPort: options.proxmoxPort,
    truenasTls: options.tls,
    ...(options.truenasVersion !== undefined ? { truenasVersion: options.truenasVersion } : {}),
    ...(options.apiKey !== undefined ? { truenasApiKey: options.apiKey } : {}),
    ...(options.token !== undefined ? { proxmoxToken: options.token } : {}),
    proxmox: { taskDelayMs: options.taskDelay },
    truenas: { pools: parsePoolSpecs(options.pool) },
  });
  const certFile = options.certOut === undefined ? undefined : resolve(options.certOut);
  if (certFile !== undefined) writeFileSync(certFile, lab.certificates);
  const lines = exportLines(labEnvironment(lab, certFile));
  // Written before anything is printed: whoever sees the banner finds the file complete.
  const envOut = options.envOut === undefined ? undefined : resolve(options.envOut);
  if (envOut !== undefined) writeAtomically(envOut, `${lines.join('\n')}\n`);
  process.stdout.write(
    [
      `TrueNAS simulator ${lab.truenas.version} on ${lab.truenas.url}`,
      `Proxmox VE simulator on ${lab.proxmox.url}, its iSCSI/NFS storages and the truenasplugin storage type reach the TrueNAS simulator`,
      ...(certFile !== undefined ? [`certificates written to ${certFile}`] : []),
      'Settings for the providers and the examples (paste them into your shell):',
      ...lines,
      'Ctrl-C stops both.',
      '',
    ].join('\n'),
  );
  await untilSignal(async () => {
    await lab.stop();
    if (envOut !== undefined) rmSync(envOut, { force: true });
  });
  process.stdout.write('lab stopped\n');
}
