// Ephemeral resources on the wire, in-process: open fills the result and hands private data
// (and a renewal time) to terraform, renew and close get that private data back, and nothing
// opens before the provider is configured.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, schema } from '../../src/framework/attributes.js';
import { defineEphemeralResource, type EphemeralPrivate } from '../../src/framework/ephemeral-resource.js';
import { EphemeralRuntime, type AnyEphemeralResource } from '../../src/framework/ephemeral-runtime.js';
import { blockType } from '../../src/framework/implied-type.js';
import { decodeDynamic, encodeDynamic } from '../../src/framework/wire.js';
import { silentLogger } from '../../src/log/logger.js';
import { UNKNOWN } from '../../src/values/types.js';

const credentialSchema = schema({
  description: 'A credential.',
  attributes: {
    user: attr.string({ required: true, description: 'user' }),
    secret: attr.string({ computed: true, sensitive: true, description: 'secret' }),
  },
});

const calls: Array<[string, EphemeralPrivate]> = [];
const credential = defineEphemeralResource<{ prefix: string }>()({
  name: 'test_credential',
  schema: credentialSchema,
  async open(ctx, config) {
    return {
      result: { ...config, secret: `${ctx.provider.prefix}-${config.user}` },
      renewAt: new Date(1_700_000_000_500),
      private: { user: config.user, n: 1 },
    };
  },
  async renew(_ctx, data) {
    calls.push(['renew', data]);
    return { renewAt: new Date(1_700_000_100_000), private: { ...data, n: Number(data.n) + 1 } };
  },
  async close(_ctx, data) {
    calls.push(['close', data]);
  },
});

const call = { signal: new AbortController().signal, logger: silentLogger };
const type = blockType(credentialSchema);
const runtime = (provider?: { prefix: string }) => new EphemeralRuntime(credential as unknown as AnyEphemeralResource<{ prefix: string }>, () => provider);

describe('ephemeral resources', () => {
  it('open returns the result, the renewal time and private data; renew and close get that data back', async () => {
    const r = runtime({ prefix: 'k' });
    const opened = await r.open({ type_name: 'test_credential', config: encodeDynamic({ user: 'ann', secret: null }, type) }, call);
    assert.deepEqual(decodeDynamic(opened.result, type), { user: 'ann', secret: 'k-ann' });
    assert.deepEqual(opened.renew_at, { seconds: 1_700_000_000, nanos: 500_000_000 });
    const renewed = await r.renew({ type_name: 'test_credential', private: opened.private }, call);
    assert.deepEqual(renewed.renew_at, { seconds: 1_700_000_100, nanos: 0 });
    await r.close({ type_name: 'test_credential', private: renewed.private }, call);
    assert.deepEqual(calls, [
      ['renew', { user: 'ann', n: 1 }],
      ['close', { user: 'ann', n: 2 }],
    ]);
  });

  it('does not open with an unknown configuration or an unconfigured provider, saying why', async () => {
    const unknown = await runtime({ prefix: 'k' }).open({ type_name: 'test_credential', config: encodeDynamic({ user: UNKNOWN, secret: null }, type) }, call);
    assert.match(unknown.diagnostics?.[0]?.detail ?? '', /before its configuration is known/);
    const unconfigured = await runtime().open({ type_name: 'test_credential', config: encodeDynamic({ user: 'ann', secret: null }, type) }, call);
    assert.equal(unconfigured.result, undefined);
    assert.match(unconfigured.diagnostics?.[0]?.detail ?? '', /not configured/);
  });

  it('validates the configuration against the schema', () => {
    const result = runtime().validate({ type_name: 'test_credential', config: encodeDynamic({ user: 'ann', secret: null }, type) });
    assert.deepEqual(result.diagnostics, []);
  });
});
