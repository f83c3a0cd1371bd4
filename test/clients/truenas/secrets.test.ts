// Secrets never reach logs or error messages: every log line and every error the client
// produces in good and bad paths is searched for the API key and the password.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LogFields, Logger } from '../../../src/log/logger.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { apiKey, startSim } from './fixtures.js';

const password = 'hunter2-very-secret-password';
const wrongKey = `7-${'w'.repeat(64)}`;
const wrongPassword = 'wrong-but-still-secret';

function capturingLogger(lines: string[], base: LogFields = {}): Logger {
  const write =
    (level: string) =>
    (message: string, fields: LogFields = {}) => {
      lines.push(JSON.stringify({ level, message, ...base, ...fields }));
    };
  return {
    trace: write('trace'),
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    with: (fields) => capturingLogger(lines, { ...base, ...fields }),
  };
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return [err.message, err.stack ?? '', JSON.stringify(err), err.cause instanceof Error ? err.cause.message : ''].join('\n');
}

describe('TrueNAS client secrets', () => {
  let sim: TrueNASSimulator;
  before(async () => {
    sim = await startSim({ users: { admin: password } });
  });
  after(() => sim.stop());

  it('keeps API keys and passwords out of logs and errors on every transport', async () => {
    const lines: string[] = [];
    const errors: string[] = [];
    for (const transport of ['websocket', 'legacy-websocket', 'rest'] as const) {
      const options = { endpoint: sim.url, transport, logger: capturingLogger(lines), backoff: { baseMs: 1, maxMs: 2 }, maxRetries: 2 };
      const good = new TrueNASClient({ ...options, apiKey });
      sim.faults.dropSocketAfterCalls = transport === 'rest' ? null : 1;
      await good.system.info();
      await good.system.pools();
      errors.push(describeError(await good.datasets.create({ name: 'tank' }).catch((e: unknown) => e)));
      good.close();
      for (const credentials of [{ apiKey: wrongKey }, { username: 'admin', password: wrongPassword }]) {
        const bad = new TrueNASClient({ ...options, ...credentials });
        errors.push(describeError(await bad.system.info().catch((e: unknown) => e)));
        bad.close();
      }
      const byPassword = new TrueNASClient({ ...options, username: 'admin', password });
      assert.equal((await byPassword.system.info()).hostname, 'truenas-sim');
      byPassword.close();
    }
    assert.ok(
      lines.some((line) => line.includes('retrying')),
      'the retry path was logged',
    );
    assert.equal(errors.filter((text) => /refused/.test(text.split('\n')[0]!)).length, 6, errors.map((e) => e.split('\n')[0]).join(' / '));
    for (const secret of [apiKey, wrongKey, password, wrongPassword, 'k'.repeat(64), 'w'.repeat(64)]) {
      for (const text of [...lines, ...errors]) assert.ok(!text.includes(secret), `secret leaked into: ${text.slice(0, 200)}`);
    }
  });
});
