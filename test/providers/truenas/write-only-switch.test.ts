// A stored secret that keeps its state value while unset (optional + computed), switched to its
// write-only twin: the plan drops the stored value, the update sends the write-only secret, and
// the state keeps none of it (truenas_iscsi_auth.secret, truenas_ssh_keypair.private_key).
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { iscsiAuthResource } from '../../../src/providers/truenas/resources/iscsi-auth.js';
import { sshKeypairResource } from '../../../src/providers/truenas/resources/ssh-keypair.js';
import { simWithClient, type Row } from './sim-client.js';
import { inProcess } from './plan-apply.js';

function opensshKey(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

describe('switching a stored secret to its write-only twin', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  beforeEach(async () => ({ sim, client } = await simWithClient()));
  afterEach(async () => {
    client.close();
    await sim.stop();
  });

  it('truenas_iscsi_auth sends secret_wo, stores no secret, and keeps the secret once neither is set', async () => {
    const auth = inProcess(iscsiAuthResource, client);
    const base = { tag: 1, user: 'initiator', peeruser: '', peersecret: '', discovery_auth: 'NONE' };
    const created = await auth.apply({ ...base, secret: 'first-secret-1' }, null);
    assert.deepEqual(created.errors, []);
    const id = Number(created.state['id']);
    const switched = await auth.apply({ ...base, secret_wo: 'second-secret2', secret_wo_version: 1 }, created.state);
    assert.deepEqual(switched.errors, []);
    assert.equal(switched.planned['secret'], null);
    assert.equal(switched.state['secret'], null);
    const row = (await client.call('iscsi.auth.get_instance', [id])) as Row;
    assert.equal(row['secret'], 'second-secret2');
    // Neither secret nor secret_wo any more: the credential keeps its secret (the update leaves it out).
    const dropped = await auth.apply(base, switched.state);
    assert.deepEqual(dropped.errors, []);
    assert.equal(((await client.call('iscsi.auth.get_instance', [id])) as Row)['secret'], 'second-secret2');
  });

  it('truenas_ssh_keypair sends private_key_wo and stores no private key', async () => {
    const keypair = inProcess(sshKeypairResource, client);
    const created = await keypair.apply({ name: 'pair', private_key: opensshKey() }, null);
    assert.deepEqual(created.errors, []);
    const second = opensshKey();
    const switched = await keypair.apply({ name: 'pair', private_key_wo: second, private_key_wo_version: 1 }, created.state);
    assert.deepEqual(switched.errors, []);
    assert.equal(switched.planned['private_key'], null);
    assert.equal(switched.state['private_key'], null);
    const row = (await client.call('keychaincredential.get_instance', [Number(created.state['id'])])) as Row;
    assert.equal(String((row['attributes'] as Row)['private_key']).trim(), second.trim());
  });
});
