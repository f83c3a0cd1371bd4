// Shared set-up for the TrueNAS client tests: a simulator on loopback and a client for it.
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { TrueNASClient, type TrueNASClientOptions } from '../../../src/clients/truenas/index.js';

export const apiKey = `1-${'k'.repeat(64)}`;

export function startSim(options: TrueNASSimulatorOptions = {}): Promise<TrueNASSimulator> {
  return startTrueNASSimulator({ apiKeys: [apiKey], badLoginDelayMs: 0, rateLimitDelayMs: 0, ...options });
}

export function clientFor(sim: TrueNASSimulator, options: Partial<TrueNASClientOptions> = {}): TrueNASClient {
  return new TrueNASClient({
    endpoint: sim.url,
    apiKey,
    backoff: { baseMs: 5, maxMs: 20 },
    timeoutMs: 5000,
    ...(sim.caPem ? { caPem: sim.caPem } : {}),
    ...options,
  });
}

export const GiB = 1024 ** 3;
