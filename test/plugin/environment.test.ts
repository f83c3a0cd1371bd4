import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPluginEnvironment, magicCookieKey, magicCookieValue, offeredProtocolVersions } from '../../src/plugin/environment.js';
import { debugInstructions, handshakeLine, reattachValue } from '../../src/plugin/handshake.js';

const address = 'registry.terraform.io/truemox/truenas';

describe('plugin environment', () => {
  it('reads PLUGIN_PROTOCOL_VERSIONS as a set in any order', () => {
    assert.deepEqual(offeredProtocolVersions('6,5'), new Set([5, 6]));
    assert.deepEqual(offeredProtocolVersions(' 5 , 6 '), new Set([5, 6]));
    assert.deepEqual(offeredProtocolVersions(''), new Set());
    assert.deepEqual(offeredProtocolVersions(undefined), new Set());
  });

  it('accepts terraform 1.11 environments and takes the client certificate', () => {
    const check = checkPluginEnvironment(
      { [magicCookieKey]: magicCookieValue, PLUGIN_PROTOCOL_VERSIONS: '6,5', PLUGIN_CLIENT_CERT: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----' },
      address,
    );
    assert.deepEqual(check, {
      ok: true,
      environment: { clientCertificatePem: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n' },
    });
  });

  it('asks for plaintext when there is no client certificate', () => {
    const check = checkPluginEnvironment({ [magicCookieKey]: magicCookieValue, PLUGIN_PROTOCOL_VERSIONS: '6' }, address);
    assert.deepEqual(check, { ok: true, environment: {} });
  });

  it('refuses a wrong cookie and a host without protocol 6, naming the provider', () => {
    const noCookie = checkPluginEnvironment({ [magicCookieKey]: 'other', PLUGIN_PROTOCOL_VERSIONS: '6' }, address);
    assert.equal(noCookie.ok, false);
    assert.equal(!noCookie.ok && noCookie.problem, 'no-magic-cookie');
    assert.match(!noCookie.ok ? noCookie.message : '', /Terraform provider plugin registry\.terraform\.io\/truemox\/truenas/);
    const oldHost = checkPluginEnvironment({ [magicCookieKey]: magicCookieValue, PLUGIN_PROTOCOL_VERSIONS: '5' }, address);
    assert.equal(!oldHost.ok && oldHost.problem, 'protocol-not-offered');
    assert.match(!oldHost.ok ? oldHost.message : '', /offered versions 5/);
  });
});

describe('handshake and reattach lines', () => {
  it('writes the certificate as base64 without padding, or an empty field for plaintext', () => {
    const der = Buffer.from([1, 2, 3, 4]); // base64 "AQIDBA==" when padded
    assert.equal(handshakeLine('/tmp/x/plugin.sock', der), '1|6|unix|/tmp/x/plugin.sock|grpc|AQIDBA');
    assert.equal(handshakeLine('/tmp/x/plugin.sock'), '1|6|unix|/tmp/x/plugin.sock|grpc|');
  });

  it('builds the reattach JSON terraform parses', () => {
    assert.deepEqual(JSON.parse(reattachValue(address, '/tmp/s', 42)), {
      [address]: { Protocol: 'grpc', ProtocolVersion: 6, Pid: 42, Test: true, Addr: { Network: 'unix', String: '/tmp/s' } },
    });
    assert.ok(debugInstructions(address, '/tmp/s', 42).includes(`TF_REATTACH_PROVIDERS='${reattachValue(address, '/tmp/s', 42)}'`));
  });
});
