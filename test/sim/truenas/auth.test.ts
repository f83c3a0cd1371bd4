// auth.login_ex as the middleware answers it: API_KEY_PLAIN with its owner, revocation of a
// plain key over an insecure transport, PASSWORD_PLAIN with the OTP step, SCRAM-SHA-512 on 26.0.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTrueNASSimulator, type TrueNASSimulatorOptions } from '../../../src/sim/truenas/index.js';
import { ScramClient } from '../../../src/sim/truenas/scram.js';
import { RawSocket } from './raw.js';

const key = `7-${'k'.repeat(64)}`;

async function connect(version: string, options: TrueNASSimulatorOptions = {}) {
  const sim = await startTrueNASSimulator({
    apiKeys: [key],
    users: { alice: 'wonder', bob: 'builder' },
    otpCodes: { bob: '123456' },
    badLoginDelayMs: 0,
    loginRateLimit: false,
    version,
    ...options,
  });
  const raw = await RawSocket.open(`${sim.url.replace('http', 'ws')}/api/current`);
  const login = async (data: object) => (await raw.rpc('auth.login_ex', [data]))['result'] as Record<string, unknown>;
  // A call that needs a login (core.ping does not, from 25.10 on): 'pong' once logged in.
  const ping = async () => ((await raw.rpc('system.info'))['result'] === undefined ? undefined : 'pong');
  return {
    sim,
    raw,
    login,
    ping,
    close: async () => {
      raw.close();
      await sim.stop();
    },
  };
}

describe('simulated TrueNAS authentication', () => {
  it("API_KEY_PLAIN needs the key's owner; a loopback peer counts as a secure transport", async () => {
    const c = await connect('25.10.0');
    assert.equal((await c.login({ mechanism: 'API_KEY_PLAIN', username: 'alice', api_key: key })).response_type, 'AUTH_ERR');
    assert.equal((await c.login({ mechanism: 'API_KEY_PLAIN', username: 'root', api_key: key })).response_type, 'SUCCESS');
    assert.equal(await c.ping(), 'pong');
    await c.close();
  });

  it('revokes a plain API key sent over an insecure transport (loopback made to count as remote)', async () => {
    const c = await connect('25.10.0', { loopbackIsRemote: true });
    assert.equal((await c.login({ mechanism: 'API_KEY_PLAIN', username: 'root', api_key: key })).response_type, 'EXPIRED');
    const again = await RawSocket.open(`${c.sim.url.replace('http', 'ws')}/api/current`);
    assert.equal((await again.rpc('auth.login_with_api_key', [key]))['result'], false, 'the key is gone');
    again.close();
    await c.close();
  });

  it('PASSWORD_PLAIN asks a two-factor user for the OTP, then OTP_TOKEN logs in', async () => {
    const c = await connect('25.10.0');
    assert.deepEqual(await c.login({ mechanism: 'PASSWORD_PLAIN', username: 'bob', password: 'builder' }), { response_type: 'OTP_REQUIRED', username: 'bob' });
    assert.equal(await c.ping(), undefined, 'not logged in before the OTP');
    assert.equal((await c.login({ mechanism: 'OTP_TOKEN', otp_token: '123456' })).response_type, 'SUCCESS');
    assert.equal(await c.ping(), 'pong');
    await c.close();
  });

  it('26.0: SCRAM-SHA-512 with an API key by its owner and id, and with a password; a wrong proof fails', async () => {
    const c = await connect('26.0.0');
    assert.ok(((await c.raw.rpc('auth.mechanism_choices'))['result'] as string[]).includes('SCRAM'));
    const client = new ScramClient('root:7', 'k'.repeat(64));
    const first = await c.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FIRST_MESSAGE', rfc_str: client.first });
    assert.equal(first.scram_type, 'SERVER_FIRST_RESPONSE');
    const last = await c.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FINAL_MESSAGE', rfc_str: client.final(String(first.rfc_str)) });
    assert.equal(last.scram_type, 'SERVER_FINAL_RESPONSE');
    assert.ok(client.verify(String(last.rfc_str)), 'the server proves it knows the key');
    assert.equal(await c.ping(), 'pong');
    await c.close();

    const d = await connect('26.0.0');
    const wrong = new ScramClient('alice', 'not-her-password');
    const round = await d.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FIRST_MESSAGE', rfc_str: wrong.first });
    assert.equal(
      (await d.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FINAL_MESSAGE', rfc_str: wrong.final(String(round.rfc_str)) })).response_type,
      'AUTH_ERR',
    );
    const right = new ScramClient('alice', 'wonder');
    const again = await d.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FIRST_MESSAGE', rfc_str: right.first });
    assert.equal(
      (await d.login({ mechanism: 'SCRAM', scram_type: 'CLIENT_FINAL_MESSAGE', rfc_str: right.final(String(again.rfc_str)) })).scram_type,
      'SERVER_FINAL_RESPONSE',
    );
    await d.close();
  });

  it('SCRAM is refused by the schema before 26.0', async () => {
    const c = await connect('25.10.0');
    const answer = await c.raw.rpc('auth.login_ex', [{ mechanism: 'SCRAM', scram_type: 'CLIENT_FIRST_MESSAGE', rfc_str: 'n,,n=root,r=x' }]);
    assert.equal((answer['error'] as { code: number }).code, -32602);
    await c.close();
  });
});
