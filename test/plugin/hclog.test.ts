import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHclogLogger, hclogTimestamp, logThresholdFromEnv } from '../../src/log/hclog.js';
import { silentLogger } from '../../src/log/logger.js';
import { isSecretFieldName, redactFields } from '../../src/log/redact.js';

const fixedNow = () => new Date('2026-11-23T01:02:03.456Z');

function capture(threshold: Parameters<typeof createHclogLogger>[0]['threshold']) {
  const lines: string[] = [];
  const logger = createHclogLogger({ module: 'provider.truenas', threshold, now: fixedNow, write: (line) => lines.push(line) });
  return { logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), lines };
}

describe('hclog JSON logger', () => {
  it('takes the level from TF_LOG_PROVIDER, else TF_LOG, and is off when neither is set', () => {
    assert.equal(logThresholdFromEnv({}), 'off');
    assert.equal(logThresholdFromEnv({ TF_LOG: '' }), 'off');
    assert.equal(logThresholdFromEnv({ TF_LOG: 'off' }), 'off');
    assert.equal(logThresholdFromEnv({ TF_LOG: 'DEBUG' }), 'debug');
    assert.equal(logThresholdFromEnv({ TF_LOG: 'debug', TF_LOG_PROVIDER: 'WARN' }), 'warn');
    assert.equal(logThresholdFromEnv({ TF_LOG: 'json' }), 'trace');
    assert.equal(logThresholdFromEnv({ TF_LOG: 'loud' }), 'trace');
  });

  it('writes nothing at all when logging is off', () => {
    assert.equal(createHclogLogger({ module: 'provider.x', threshold: 'off' }), silentLogger);
  });

  it('writes one JSON line per entry in the shape terraform parses, honouring the level', () => {
    const { logger, entries, lines } = capture('info');
    logger.debug('hidden');
    logger.info('Created dataset', { id: 'tank/a', size: 3n });
    assert.equal(lines.length, 1);
    assert.ok(lines[0]?.endsWith('}\n'));
    assert.deepEqual(entries()[0], {
      '@level': 'info',
      '@message': 'Created dataset',
      '@module': 'provider.truenas',
      '@timestamp': '2026-11-23T01:02:03.456000Z',
      id: 'tank/a',
      size: '3',
    });
  });

  it('carries fields from with(), letting @module be overridden', () => {
    const { logger, entries } = capture('trace');
    logger.with({ '@module': 'provider.truenas.client', tf_rpc: 'ReadResource' }).warn('slow', { ms: 5 });
    assert.deepEqual(entries()[0], {
      '@level': 'warn',
      '@message': 'slow',
      '@module': 'provider.truenas.client',
      '@timestamp': '2026-11-23T01:02:03.456000Z',
      tf_rpc: 'ReadResource',
      ms: 5,
    });
  });

  it('redacts secret-looking fields at any depth', () => {
    const { logger, entries } = capture('trace');
    logger.with({ api_key: 'k-123' }).error('login failed', {
      request: { username: 'root', password: 'hunter2', headers: { Authorization: 'Bearer abc' } },
      ticket: 'PVE:root@pam:1234',
      error: new Error('boom'),
      body: Buffer.from('abc'),
    });
    const line = JSON.stringify(entries()[0]);
    for (const secret of ['k-123', 'hunter2', 'Bearer abc', 'PVE:root@pam']) assert.ok(!line.includes(secret), line);
    assert.deepEqual(entries()[0]?.request, {
      username: 'root',
      password: '[REDACTED]',
      headers: { Authorization: '[REDACTED]' },
    });
    assert.equal(entries()[0]?.error, 'Error: boom');
    assert.equal(entries()[0]?.body, '[3 bytes]');
  });

  it('recognises common secret names and survives cycles', () => {
    for (const name of ['password', 'api_key', 'apiKey', 'token', 'secret', 'authorization', 'ticket', 'CSRFPreventionToken', 'private_key']) {
      assert.ok(isSecretFieldName(name), name);
    }
    for (const name of ['username', 'id', 'name', 'pool']) assert.ok(!isSecretFieldName(name), name);
    const cyclic: Record<string, unknown> = { name: 'a' };
    cyclic.self = cyclic;
    assert.deepEqual(redactFields({ cyclic }), { cyclic: { name: 'a', self: '[...]' } });
  });

  it('pads millisecond timestamps to the microseconds hclog expects', () => {
    assert.equal(hclogTimestamp(new Date(0)), '1970-01-01T00:00:00.000000Z');
  });
});
