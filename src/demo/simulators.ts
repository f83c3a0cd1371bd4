// Both simulators on loopback (free ports), connected as `truemox sim lab` runs them, with fresh
// credentials, and the environment that points the providers (and the examples' variables) at
// them. The credentials are random per run and never printed.
import { generatedToken } from '../sim/lab/index.js';

export interface RunningSimulators {
  readonly truenasUrl: string;
  readonly proxmoxUrl: string;
  /** TRUENAS_*, PROXMOX_VE_* and TF_VAR_truenas_api_* settings. */
  readonly env: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startSimulators(): Promise<RunningSimulators> {
  const { labEnvironment, startLab } = await import('../sim/lab/index.js');
  const lab = await startLab({ proxmoxToken: generatedToken('demo') });
  return {
    truenasUrl: lab.truenas.url,
    proxmoxUrl: lab.proxmox.url,
    env: labEnvironment(lab),
    stop: () => lab.stop(),
  };
}
