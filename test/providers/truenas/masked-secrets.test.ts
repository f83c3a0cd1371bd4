// Reads with an API key that lacks the write role of the keychain or of ACME authenticators
// (a read-only key, for read_only planning): the server masks the whole `attributes` as
// "********" (middleware main.py dump_result, api/base/types/string.py SECRET_VALUE). The rows
// parse, and the state's values stand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keychainCredentialSchema } from '../../../src/clients/truenas/schemas/protection.js';
import { dnsAuthenticatorSchema } from '../../../src/clients/truenas/schemas/certificates.js';
import { sshKeypairResource } from '../../../src/providers/truenas/resources/ssh-keypair.js';
import { sshConnectionResource } from '../../../src/providers/truenas/resources/ssh-connection.js';
import { acmeDnsAuthenticatorResource } from '../../../src/providers/truenas/resources/acme-dns-authenticator.js';
import { readTypedMaps } from '../../../src/providers/truenas/shared/typed-secret-maps.js';
import { CLOUD_PROVIDERS } from '../../../src/providers/truenas/shared/cloud-providers.js';

type Readable = { read(ctx: unknown, state: Record<string, unknown>): Promise<unknown> };
const readWith = (resource: unknown, client: unknown, state: Record<string, unknown>) => (resource as Readable).read({ provider: { client } }, state);

describe('masked secrets (read-only API keys)', () => {
  const keypair = { id: 1, name: 'k', type: 'SSH_KEY_PAIR', attributes: '********' };
  const connection = { id: 2, name: 'c', type: 'SSH_CREDENTIALS', attributes: '********' };
  const authenticator = { id: 3, name: 'a', attributes: '********' };

  it('parses masked keychain and authenticator rows', () => {
    assert.equal(keychainCredentialSchema.parse(keypair).attributes, '********');
    assert.equal(keychainCredentialSchema.parse(connection).attributes, '********');
    assert.equal(dnsAuthenticatorSchema.parse(authenticator).attributes, '********');
  });

  it("keeps the state's values of a masked key pair, connection and authenticator", async () => {
    const keychain = { find: async (id: number) => keychainCredentialSchema.parse(id === 1 ? keypair : connection) };
    const client = { protection: { keychain }, crypto: { dnsAuthenticators: { find: async () => dnsAuthenticatorSchema.parse(authenticator) } } };
    const pairState = { id: 1, name: 'k', private_key: 'PRIVATE', public_key: 'ssh-ed25519 AAAA k', private_key_wo: null, private_key_wo_version: null };
    assert.deepEqual(await readWith(sshKeypairResource, client, pairState), pairState);
    const connectionState = {
      id: 2,
      name: 'c',
      host: 'h',
      port: 22,
      username: 'root',
      private_key: 1,
      remote_host_key: 'ssh-ed25519 BBBB',
      connect_timeout: 10,
    };
    assert.deepEqual(await readWith(sshConnectionResource, client, connectionState), connectionState);
    const authState = {
      id: 3,
      name: 'a',
      authenticator: 'route53',
      settings: { access_key_id: 'AK' },
      secrets: { secret_access_key: 'S' },
      secrets_wo: null,
      secrets_wo_version: null,
    };
    assert.deepEqual(await readWith(acmeDnsAuthenticatorResource, client, authState), authState);
    await assert.rejects(readWith(acmeDnsAuthenticatorResource, client, { id: 3 }), /masked .*NETWORK_INTERFACE_WRITE/);
  });

  it("keeps the state's value of a masked cloud credential field (secrets, and Secret settings such as an HTTP url)", () => {
    const s3 = readTypedMaps({ type: 'S3', access_key_id: 'AK', secret_access_key: '********' }, CLOUD_PROVIDERS['S3'], {
      settings: { access_key_id: 'AK' },
      secrets: { secret_access_key: 'SK' },
    });
    assert.deepEqual([s3.settings, s3.secrets], [{ access_key_id: 'AK' }, { secret_access_key: 'SK' }]);
    const http = readTypedMaps({ type: 'HTTP', url: '********' }, CLOUD_PROVIDERS['HTTP'], { settings: { url: 'https://h' } });
    assert.deepEqual(http.settings, { url: 'https://h' });
    assert.deepEqual(readTypedMaps({ type: 'HTTP', url: '********' }, CLOUD_PROVIDERS['HTTP'], {}).settings, {});
  });
});
