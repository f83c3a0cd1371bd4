// The provider's login settings reach the client: api_key_user makes the login auth.login_ex,
// otp_secret answers the two-factor step.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { silentLogger } from '../../../src/log/logger.js';
import { createTruenasClient, type TrueNASConfig } from '../../../src/providers/truenas/config.js';
import { startScriptedServer } from '../../clients/truenas/scripted-server.js';

const unset: TrueNASConfig = {
  endpoint: null,
  transport: null,
  api_key: null,
  api_key_user: null,
  username: null,
  password: null,
  otp_secret: null,
  insecure: null,
  ca_file: null,
  timeout: null,
  max_retries: null,
  read_only: null,
};

describe('truenas provider login settings', () => {
  it("logs in with auth.login_ex as the key's user, then answers the OTP step", async () => {
    const server = await startScriptedServer({
      'auth.login_ex': () => ({ response_type: 'OTP_REQUIRED', username: 'terraform' }),
      'auth.login_ex_continue': () => ({ response_type: 'SUCCESS' }),
      'system.info': () => ({ version: '25.10.1' }),
    });
    const ctx = { logger: silentLogger, signal: new AbortController().signal, terraformVersion: '1.9.0' };
    const client = await createTruenasClient(ctx, {
      ...unset,
      endpoint: server.url,
      api_key: '1-abc',
      api_key_user: 'terraform',
      otp_secret: 'JBSWY3DPEHPK3PXP',
    });
    await client.call('system.info');
    // A key with its user first asks whether the server offers SCRAM (26.0+); this server does not.
    assert.deepEqual(
      server.calls.map((c) => c.method),
      ['auth.mechanism_choices', 'auth.login_ex', 'auth.login_ex_continue', 'system.info'],
    );
    assert.deepEqual(server.calls[1]!.params, [{ mechanism: 'API_KEY_PLAIN', username: 'terraform', api_key: '1-abc' }]);
    client.close();
    await server.stop();
  });
});
