// Starts a simulator and a client trusting its certificate, for the client tests.
import { ProxmoxClient, type ProxmoxClientOptions } from '../../../src/clients/proxmox/index.js';
import type { LogFields, Logger } from '../../../src/log/logger.js';
import { startProxmoxSimulator, type ProxmoxSimulator, type ProxmoxSimulatorOptions } from '../../../src/sim/proxmox/index.js';

export const TOKEN = 'root@pam!tf=5ecret-token-value';

export interface Harness {
  sim: ProxmoxSimulator;
  client: ProxmoxClient;
  logs: Array<{ level: string; message: string; fields: LogFields }>;
  close(): Promise<void>;
}

/** A logger that keeps every line, so tests can check what reaches the logs. */
export function recordingLogger(into: Harness['logs'], base: LogFields = {}): Logger {
  const line =
    (level: string) =>
    (message: string, fields: LogFields = {}) =>
      void into.push({ level, message, fields: { ...base, ...fields } });
  return {
    trace: line('trace'),
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
    with: (fields) => recordingLogger(into, { ...base, ...fields }),
  };
}

export async function startHarness(simOptions: ProxmoxSimulatorOptions = {}, clientOptions: Partial<ProxmoxClientOptions> = {}): Promise<Harness> {
  const sim = await startProxmoxSimulator({ tokens: [TOKEN], taskDelayMs: 5, authFailureDelayMs: 0, ...simOptions });
  const logs: Harness['logs'] = [];
  const client = new ProxmoxClient({
    endpoint: sim.url,
    caPem: sim.caPem,
    apiToken: TOKEN,
    taskPollMs: 5,
    backoff: { baseMs: 5, maxMs: 20 },
    logger: recordingLogger(logs),
    ...clientOptions,
  });
  return {
    sim,
    client,
    logs,
    async close() {
      await client.close();
      await sim.stop();
    },
  };
}
