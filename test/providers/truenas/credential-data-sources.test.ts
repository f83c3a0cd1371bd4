// data truenas_cloudsync_credential and truenas_keychain_credentials read against the simulator:
// settings with their defaults, the names of the secrets but never their values, no keys.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { cloudsyncCredentialDataSource, keychainCredentialsDataSource } from '../../../src/providers/truenas/data-sources/credentials.js';

const key = `1-${'c'.repeat(64)}`;

describe('credential data sources', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  // What the data sources' read needs of an operation context.
  const ctx = () => ({ provider: { client } }) as never;
  before(async () => {
    sim = await startTrueNASSimulator({ apiKeys: [key], version: '25.10.0' });
    client = new TrueNASClient({ endpoint: sim.url, apiKey: key, cacheMaxItems: 0 });
    await client.protection.cloudCredentials.create({ name: 'offsite', provider: { type: 'S3', access_key_id: 'AKIA', secret_access_key: 's3cr3t-value' } });
  });
  after(async () => {
    client.close();
    await sim.stop();
  });

  it('reads a cloud credential by name without its secret values', async () => {
    const read = (await cloudsyncCredentialDataSource.read(ctx(), { name: 'offsite' } as never)) as Record<string, unknown>;
    assert.equal(read['provider_type'], 'S3');
    assert.equal((read['settings'] as Record<string, string>)['access_key_id'], 'AKIA');
    assert.equal((read['settings'] as Record<string, string>)['max_upload_parts'], '10000', 'defaults included');
    assert.deepEqual(read['secret_fields'], ['secret_access_key']);
    assert.equal(JSON.stringify(read).includes('s3cr3t-value'), false);
    await assert.rejects(cloudsyncCredentialDataSource.read(ctx(), { name: 'none' } as never), /has no cloud sync credential named "none"/);
  });

  it('lists keychain credentials by id, name and type only', async () => {
    const pair = await client.protection.keychain.generateSshKeyPair();
    await client.protection.keychain.create({ name: 'backup-key', type: 'SSH_KEY_PAIR', attributes: pair });
    const read = (await keychainCredentialsDataSource.read(ctx(), { name_regex: null } as never)) as { names: string[]; items: Record<string, unknown>[] };
    assert.deepEqual(read.names, ['backup-key']);
    assert.deepEqual(Object.keys(read.items[0]!).sort(), ['id', 'name', 'type']);
    assert.equal(read.items[0]!['type'], 'SSH_KEY_PAIR');
  });
});
