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
