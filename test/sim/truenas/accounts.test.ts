// Accounts as the middleware handles them: api_key date-times in the strict models' form.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { RawSocket } from './raw.js';

const key = `7-${'k'.repeat(64)}`;

describe('simulated TrueNAS accounts', () => {
  let sim: TrueNASSimulator;
  let raw: RawSocket;

  before(async () => {
    sim = await startTrueNASSimulator({ apiKeys: [key], version: '25.10.6' });
    raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/api/current`);
    assert.equal((await raw.rpc('auth.login_with_api_key', [key]))['result'], true);
  });
  after(async () => {
    raw.close();
    await sim.stop();
  });

  const call = async (method: string, params: unknown[]) => raw.rpc(method, params);
  const extra = (answer: Record<string, unknown>) => ((answer['error'] as { data?: { extra?: unknown } } | undefined)?.data?.extra ?? null) as unknown;

  it('api_key.create/update take expires_at as {"$date": ms} and refuse ISO text (pydantic strict)', async () => {
    const text = await call('api_key.create', [{ name: 'text', username: 'root', expires_at: '2099-01-01T00:00:00Z' }]);
    assert.equal((text['error'] as { code: number }).code, -32602);
    assert.deepEqual(extra(text), [['api_key_create.expires_at', 'Input should be a valid datetime', 22]]);

    const at = Date.parse('2099-01-01T00:00:00Z');
    const created = (await call('api_key.create', [{ name: 'dated', username: 'root', expires_at: { $date: at } }]))['result'] as Record<string, unknown>;
    assert.deepEqual(created['expires_at'], { $date: at });

    const refused = await call('api_key.update', [created['id'], { expires_at: '2098-01-01T00:00:00Z' }]);
    assert.deepEqual(extra(refused), [['api_key_update.expires_at', 'Input should be a valid datetime', 22]]);
    const later = Date.parse('2100-01-01T00:00:00Z');
    const updated = (await call('api_key.update', [created['id'], { expires_at: { $date: later } }]))['result'] as Record<string, unknown>;
    assert.deepEqual(updated['expires_at'], { $date: later });
  });
});
