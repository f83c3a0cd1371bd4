// Logging in as the real middleware expects: auth.login_ex (API_KEY_PLAIN with the key's user,
// PASSWORD_PLAIN), its OTP step, the old calls only where login_ex does not exist, and no
// secret sent in clear to a remote host.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASAuthError, TrueNASClient } from '../../../src/clients/truenas/index.js';
import { totpCode } from '../../../src/clients/truenas/totp.js';
import { apiKey, clientFor, startSim } from './fixtures.js';
import { ScriptedError, startScriptedServer, type Handler } from './scripted-server.js';

const info = () => ({ version: '25.10.1' });

async function loginWith(handlers: Record<string, Handler>, options: { username?: string; password?: string; apiKey?: string; otpSecret?: string }) {
  const server = await startScriptedServer({ 'system.info': info, ...handlers });
  const client = new TrueNASClient({ endpoint: server.url, maxRetries: 0, ...options });
  try {
    const outcome = await client.call('system.info').then(
      () => 'ok',
      (err: unknown) => err,
    );
    return { outcome, calls: server.calls.map((c) => c.method), params: server.calls };
  } finally {
    client.close();
    await server.stop();
  }
}

describe('TrueNAS login', () => {
  it('RFC 6238 test vector', () => {
    // RFC 6238 appendix B, SHA1 secret "12345678901234567890" (base32 below), T = 59 s -> 94287082 (8 digits).
    assert.equal(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 59_000, 8), '94287082');
    assert.equal(totpCode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1_111_111_109_000, 8), '07081804');
  });

  it("logs in with auth.login_ex API_KEY_PLAIN when the key's user is known", async () => {
    const { outcome, params } = await loginWith(
      {
        // 25.10 offers no SCRAM (plugins/auth.py@TS-25.10.6 mechanism_choices).
        'auth.mechanism_choices': () => ['API_KEY_PLAIN', 'PASSWORD_PLAIN', 'TOKEN_PLAIN', 'OTP_TOKEN'],
        'auth.login_ex': () => ({ response_type: 'SUCCESS' }),
      },
      { apiKey, username: 'terraform' },
    );
    assert.equal(outcome, 'ok');
    assert.deepEqual(params[0], { method: 'auth.mechanism_choices', params: [] });
    assert.deepEqual(params[1], { method: 'auth.login_ex', params: [{ mechanism: 'API_KEY_PLAIN', username: 'terraform', api_key: apiKey }] });
  });

  it('26.0: logs in by SCRAM-SHA-512 with an API key and its user; the key never leaves the machine', async () => {
    const sim = await startSim({ version: '26.0.0', apiKeyUser: 'terraform', recordCalls: true });
    const client = clientFor(sim, { username: 'terraform' });
    try {
      assert.equal((await client.system.info()).version, '26.0.0');
      const logins = sim.acceptedCalls.filter((call) => call.method === 'auth.login_ex');
      assert.deepEqual(
        logins.map((call) => (call.params[0] as { scram_type?: string }).scram_type),
        ['CLIENT_FIRST_MESSAGE', 'CLIENT_FINAL_MESSAGE'],
      );
      const material = apiKey.slice(apiKey.indexOf('-') + 1);
      assert.ok(!JSON.stringify(sim.acceptedCalls).includes(material), 'no call carries the key');
    } finally {
      client.close();
      await sim.stop();
    }
    const wrong = await startSim({ version: '26.0.0', apiKeyUser: 'someone-else' });
    const refusedClient = clientFor(wrong, { username: 'terraform', maxRetries: 0 });
    try {
      await assert.rejects(refusedClient.system.info(), (err) => err instanceof TrueNASAuthError);
    } finally {
      refusedClient.close();
      await wrong.stop();
    }
  });

  it("says to give the key's user where auth.login_with_api_key no longer exists", async () => {
    const { outcome } = await loginWith({}, { apiKey });
    assert.ok(outcome instanceof TrueNASAuthError, String(outcome));
    assert.match(outcome.message, /no auth\.login_with_api_key.*api_key_user/);
    assert.ok(!outcome.message.includes(apiKey));
  });

  it('logs in with PASSWORD_PLAIN and completes the OTP step with a TOTP code', async () => {
    const secret = 'JBSWY3DPEHPK3PXP';
    const { outcome, params } = await loginWith(
      {
        'auth.login_ex': () => ({ response_type: 'OTP_REQUIRED', username: 'admin' }),
        'auth.login_ex_continue': ([data]) => {
          const token = (data as { otp_token: string }).otp_token;
          return { response_type: /^\d{6}$/.test(token) ? 'SUCCESS' : 'AUTH_ERR' };
        },
      },
      { username: 'admin', password: 'pw', otpSecret: secret },
    );
    assert.equal(outcome, 'ok');
    assert.deepEqual(params[0]!.params, [{ mechanism: 'PASSWORD_PLAIN', username: 'admin', password: 'pw' }]);
    assert.equal((params[1]!.params[0] as { mechanism: string }).mechanism, 'OTP_TOKEN');
  });

  it('says so when two-factor is required and no OTP secret is set, and when a key was revoked', async () => {
    const otp = await loginWith({ 'auth.login_ex': () => ({ response_type: 'OTP_REQUIRED', username: 'admin' }) }, { username: 'admin', password: 'pw' });
    assert.ok(otp.outcome instanceof TrueNASAuthError);
    assert.match(otp.outcome.message, /two-factor/);
    const expired = await loginWith({ 'auth.login_ex': () => ({ response_type: 'EXPIRED' }) }, { apiKey, username: 'terraform' });
    assert.ok(expired.outcome instanceof TrueNASAuthError);
    assert.match(expired.outcome.message, /expired or was revoked/);
  });

  it('falls back to auth.login where auth.login_ex does not exist (24.10)', async () => {
    const { outcome, calls } = await loginWith(
      {
        'auth.login_ex': () => {
          throw new ScriptedError(22, 'Method does not exist', -32601);
        },
        'auth.login': () => true,
      },
      { username: 'admin', password: 'pw' },
    );
    assert.equal(outcome, 'ok');
    assert.deepEqual(calls, ['auth.login_ex', 'auth.login', 'system.info']);
  });

  it('refuses to send a password in clear to a remote host, before any I/O', async () => {
    const client = new TrueNASClient({ endpoint: 'http://192.0.2.10', username: 'admin', password: 'pw', maxRetries: 0 });
    const err = await client.call('system.info').catch((e: unknown) => e);
    assert.ok(err instanceof TrueNASAuthError);
    assert.match(err.message, /refusing to send the password unencrypted to 192\.0\.2\.10/);
    assert.equal(client.stats.connections, 0);
  });
});
