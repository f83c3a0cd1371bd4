// A simulated TrueNAS of one pool "tank" and a client logged in to it, for the in-process tests
// that call a resource's operations directly; and the shapes those tests call them through.
import { startTrueNASSimulator, type TrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { TrueNASClient, type TrueNASClientOptions } from '../../../src/clients/truenas/index.js';

export const GiB = 1024 ** 3;
const apiKey = `1-${'5'.repeat(64)}`;

/** A row as the raw API answers it. */
export type Row = Record<string, unknown> & { id: number };
/** A resource's update, called with a plain plan and prior state. */
export type Updating = { update(ctx: unknown, plan: Record<string, unknown>, prior: Record<string, unknown>): Promise<Record<string, unknown>> };

export async function simWithClient(options: TrueNASSimulatorOptions = {}): Promise<{ sim: TrueNASSimulator; client: TrueNASClient }> {
  const sim = await startTrueNASSimulator({ apiKeys: [apiKey], version: '25.10.6', pools: [{ name: 'tank', size: 100 * GiB }], ...options });
  return { sim, client: clientOf(sim) };
}

/** Another client of a simulator `simWithClient` started (after an upgrade: one that asks the version again). */
export function clientOf(sim: TrueNASSimulator, extra: Partial<TrueNASClientOptions> = {}): TrueNASClient {
  return new TrueNASClient({ endpoint: sim.url, apiKey, cacheMaxItems: 0, maxRetries: 0, ...extra });
}
