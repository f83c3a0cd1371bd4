// Tagged values in results (`$date`, `$time`, `$set`, …) reach callers in their plain form.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { decodeWireValues } from '../../../src/clients/truenas/wire-values.js';
import { apiKey } from './fixtures.js';
import { loginAndVersion } from './real-semantics.js';
import { startScriptedServer } from './scripted-server.js';

describe('TrueNAS wire values', () => {
  it('decodes dates, times, sets, dates without time and interfaces, at any depth', () => {
    assert.deepEqual(
      decodeWireValues({
        boottime: { $date: 1767323045000 },
        rows: [{ at: { $time: '03:00:00' }, tags: { $set: ['a', { $date: 0 }] }, day: { $type: 'date', $value: '2026-01-02' } }],
        ip: { $ipv4_interface: '10.0.0.5/24' },
        plain: { $date: 'not a number', other: 1 },
      }),
      {
        boottime: '2026-01-02T03:04:05.000Z',
        rows: [{ at: '03:00:00', tags: ['a', '1970-01-01T00:00:00.000Z'], day: '2026-01-02' }],
        ip: '10.0.0.5/24',
        plain: { $date: 'not a number', other: 1 },
      },
    );
  });

  it('decodes a parsed answer in place: untagged objects and arrays are kept, not copied', () => {
    const answer = JSON.parse(
      '[{"name":"tank/a","properties":{"used":{"value":"1","parsed":1}},"created":{"$date":0},"__proto__":{"$time":"01:02:03"}},{"$value":"2026-01-02","$type":"date"}]',
    ) as unknown[];
    const first = answer[0] as Record<string, unknown>;
    const properties = first.properties;
    const decoded = decodeWireValues(answer) as unknown[];
    assert.equal(decoded, answer);
    assert.equal(decoded[0], first);
    assert.equal((decoded[0] as Record<string, unknown>).properties, properties);
    assert.equal(first.created, '1970-01-01T00:00:00.000Z');
    assert.equal(Object.getPrototypeOf(first), Object.prototype, 'a "__proto__" key stays an ordinary own property');
    assert.equal(Object.getOwnPropertyDescriptor(first, '__proto__')?.value, '01:02:03');
    assert.equal(decoded[1], '2026-01-02', 'a date tag is read whatever the order of its keys');
    assert.equal(decodeWireValues({ $date: 86400000 }), '1970-01-02T00:00:00.000Z');
  });

  it('hands decoded results to callers of the WebSocket API', async () => {
    const server = await startScriptedServer({
      ...loginAndVersion('25.10.1'),
      'core.get_jobs': () => [{ id: 1, time_started: { $date: 1767323045000 }, arguments: { $set: [1] } }],
    });
    const client = new TrueNASClient({ endpoint: server.url, apiKey });
    assert.deepEqual(await client.call('core.get_jobs'), [{ id: 1, time_started: '2026-01-02T03:04:05.000Z', arguments: [1] }]);
    client.close();
    await server.stop();
  });
});
