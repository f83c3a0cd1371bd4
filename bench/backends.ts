// The simulators the benchmarks run against, each with the environment that points a provider
// at it and a count of the API calls it answered (counted at the server: honest, and the
// clients' own counters live inside the provider processes).
import { startProxmoxSimulator } from '../src/sim/proxmox/index.js';
import { startTrueNASSimulator, type TrueNASSimulatorOptions } from '../src/sim/truenas/index.js';

export const TRUENAS_KEY = '1-bench0123456789abcdef0123456789abcdef0123456789abcdef0123456789';
export const PROXMOX_TOKEN = 'root@pam!bench=0d5e1c2a-bench-secret';

export interface Backend {
  /** Environment for terraform (and so the provider) to reach and log in to the simulator. */
  readonly env: Readonly<Record<string, string>>;
  /** API calls answered so far, by method (TrueNAS) or by `VERB path-template` (Proxmox). */
  callsByMethod(): Map<string, number>;
  stop(): Promise<void>;
}

export type BackendName = 'truenas' | 'proxmox';

export async function startTrueNASBackend(options: TrueNASSimulatorOptions): Promise<Backend> {
  const sim = await startTrueNASSimulator({ apiKeys: [TRUENAS_KEY], badLoginDelayMs: 0, ...options });
  return {
    env: { TRUENAS_ENDPOINT: sim.url, TRUENAS_API_KEY: TRUENAS_KEY },
    callsByMethod: () => new Map(sim.callCounts),
    stop: () => sim.stop(),
  };
}

export async function startProxmoxBackend(latencyMs: number): Promise<Backend> {
  const sim = await startProxmoxSimulator({ tokens: [PROXMOX_TOKEN], latencyMs, taskDelayMs: latencyMs, authFailureDelayMs: 0 });
  return {
    env: { PROXMOX_VE_ENDPOINT: sim.url, PROXMOX_VE_API_TOKEN: PROXMOX_TOKEN, PROXMOX_VE_INSECURE: 'true' },
    callsByMethod() {
      const counts = new Map<string, number>();
      for (const request of sim.requests) {
        const key = `${request.method} ${request.template ?? request.path}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    },
    stop: () => sim.stop(),
  };
}

/** Calls made between two readings of `callsByMethod`. */
export function callsBetween(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const made: Record<string, number> = {};
  for (const [method, count] of after) {
    const delta = count - (before.get(method) ?? 0);
    if (delta > 0) made[method] = delta;
  }
  return made;
}

export function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}
