// The provider with the API key of a read-only administrator (READONLY_ADMIN): refresh and plan
// work, and an apply that needs a write role fails with an error that names the method and says
// the credential's roles do not grant it (the server answers EACCES "Not authorized",
// main.py:926 @TS-25.10.6).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { datasetResource } from '../../../src/providers/truenas/resources/dataset.js';
import { iscsiAuthResource } from '../../../src/providers/truenas/resources/iscsi-auth.js';
import { sshKeypairResource } from '../../../src/providers/truenas/resources/ssh-keypair.js';
import { cloudsyncCredentialResource } from '../../../src/providers/truenas/resources/cloudsync-credential.js';
import { cloudsyncTaskResource } from '../../../src/providers/truenas/resources/cloudsync-task.js';
import { cloudBackupResource } from '../../../src/providers/truenas/resources/cloud-backup.js';
import { mailConfigResource } from '../../../src/providers/truenas/resources/mail-config.js';
import { snmpConfigResource } from '../../../src/providers/truenas/resources/snmp-config.js';
import { nvmetHostResource } from '../../../src/providers/truenas/resources/nvmet-host.js';
import { certificateResource } from '../../../src/providers/truenas/resources/certificate.js';
import { alertServiceResource } from '../../../src/providers/truenas/resources/alert-service.js';
import { apiKeyResource } from '../../../src/providers/truenas/resources/api-key.js';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { inProcess, type Attributes } from './plan-apply.js';
import { simWithClient } from './sim-client.js';

describe('truenas provider with a READONLY_ADMIN API key', () => {
  let sim: TrueNASSimulator;
  let admin: TrueNASClient;
  let viewer: TrueNASClient;
  let key: string;
  before(async () => {
    ({ sim, client: admin } = await simWithClient({ version: '25.10.6' }));
    const group = (await admin.call('group.query', [[['gid', '=', 951]], { get: true }])) as { id: number };
    await admin.call('user.create', [{ username: 'viewer', full_name: 'Viewer', password: 'Viewer-pass-1', group_create: true, groups: [group.id] }]);
    key = ((await admin.call('api_key.create', [{ name: 'terraform-ro', username: 'viewer' }])) as { key: string }).key;
    viewer = new TrueNASClient({ endpoint: sim.url, apiKey: key, username: 'viewer', cacheMaxItems: 0, maxRetries: 0 });
  });
  after(async () => {
    viewer.close();
    admin.close();
    await sim.stop();
  });

  it('refreshes and plans, and an apply fails naming the method and the missing right', async () => {
    const created = await inProcess(datasetResource, admin).apply({ name: 'tank/ro', comments: 'first' }, null);
    assert.deepEqual(created.errors, []);
    const limited = inProcess(datasetResource, viewer);
    const fresh = await limited.refresh(created.state);
    assert.equal(fresh['comments'], 'first');
    const changed: Attributes = { name: 'tank/ro', comments: 'second' };
    const plan = await limited.planOnly(changed, fresh);
    assert.deepEqual([plan.errors, plan.changes], [[], true]);

    const update = await limited.apply(changed, fresh);
    assert.equal(update.errors.length, 1, update.errors.join('\n'));
    const [message] = update.errors as [string];
    assert.match(message, /pool\.dataset\.update/);
    assert.match(message, /not authorized|not allowed|lacks/i);
    assert.match(message, /role/i, `names roles as the cause: ${message}`);
    assert.ok(!message.includes(key) && !message.includes(key.split('-')[1]!), 'no secret in the message');
    const create = await limited.apply({ name: 'tank/ro2' }, null);
    assert.match(create.errors.join('\n'), /pool\.dataset\.create.*role/is);
    assert.equal(sim.state.datasets.has('tank/ro2'), false);
  });

  it('refreshes secrets the server masks for it ("********") to the state\'s values', async () => {
    const auth = await inProcess(iscsiAuthResource, admin).apply({ tag: 7, user: 'initiator', secret: 'chap-secret-12' }, null);
    const pair = await inProcess(sshKeypairResource, admin).apply({ name: 'replication' }, null);
    assert.deepEqual([auth.errors, pair.errors], [[], []]);
    const [rawAuth] = (await viewer.call('iscsi.auth.query', [[['tag', '=', 7]]])) as { secret: string }[];
    assert.equal(rawAuth?.secret, '********', 'the server masks it for this key');
    assert.equal((await inProcess(iscsiAuthResource, viewer).refresh(auth.state))['secret'], 'chap-secret-12');
    const freshPair = await inProcess(sshKeypairResource, viewer).refresh(pair.state);
    assert.deepEqual([freshPair['private_key'], freshPair['public_key']], [pair.state['private_key'], pair.state['public_key']]);
  });

  it('refreshes and plans no change for cloud credentials, cloud sync and backup tasks, mail, SNMP, NVMe-oF hosts, certificates, alert services and API keys whose secrets it reads masked', async () => {
    await admin.call('pool.dataset.create', [{ name: 'tank/cloud' }]);
    const made: [resource: Parameters<typeof inProcess>[0], config: Attributes][] = [];
    const credentialConfig: Attributes = {
      name: 's3',
      provider_type: 'S3',
      settings: { access_key_id: 'AKIA1', endpoint: 'https://s3.example.net' },
      secrets: { secret_access_key: 's3-secret' },
    };
    const credential = await inProcess(cloudsyncCredentialResource, admin).apply(credentialConfig, null);
    assert.deepEqual(credential.errors, []);
    made.push([cloudsyncCredentialResource, credentialConfig]);
    const credentials = credential.state['id'];
    made.push([
      cloudsyncTaskResource,
      {
        path: '/mnt/tank/cloud',
        credentials,
        direction: 'PUSH',
        transfer_mode: 'COPY',
        bucket: 'bucket',
        encryption: true,
        encryption_password: 'crypt-pass',
        encryption_salt: 'crypt-salt',
      },
    ]);
    made.push([cloudBackupResource, { path: '/mnt/tank/cloud', credentials, bucket: 'restic', keep_last: 3, password: 'restic-pass' }]);
    made.push([
      mailConfigResource,
      { fromemail: 'nas@example.net', outgoingserver: 'smtp.example.net', port: 587, security: 'TLS', smtp: true, user: 'nas', pass: 'mail-pass-1' },
    ]);
    made.push([snmpConfigResource, { v3: true, v3_username: 'monitor', v3_authtype: 'SHA', v3_password: 'snmp-pass-123' }]);
    made.push([
      nvmetHostResource,
      {
        hostnqn: 'nqn.2014-08.org.nvmexpress:uuid:0f6e2b1c-7f4e-4a53-9c1e-2d8f1a3b5c7d',
        dhchap_key: 'DHHC-1:00:bWFza2VkLWtleS1mb3ItdGVzdGluZy0xMjM0NTY3ODkwYWJj:',
      },
    ]);
    made.push([certificateResource, { name: 'csr_ro', common: 'nas.example.com', san: ['nas.example.com'], key_type: 'EC' }]);
    made.push([alertServiceResource, { name: 'slack', type: 'Slack', url: 'https://hooks.slack.example.com/services/T0/B0/x' }]);
    made.push([
      alertServiceResource,
      {
        name: 'trap',
        type: 'SNMPTrap',
        host: 'traps.example.net',
        port: 162,
        v3: true,
        v3_username: 'trap',
        v3_authkey: 'trap-auth-1',
        v3_authprotocol: 'SHA',
      },
    ]);
    made.push([apiKeyResource, { name: 'automation', username: 'root' }]);
    for (const [resource, config] of made) {
      const applied = resource === cloudsyncCredentialResource ? credential : await inProcess(resource, admin).apply(config, null);
      assert.deepEqual(applied.errors, [], JSON.stringify(config));
      const fresh = await inProcess(resource, viewer).refresh(applied.state);
      assert.deepEqual(fresh, applied.state, `${JSON.stringify(config)}: the state's secrets stand`);
      const plan = await inProcess(resource, viewer).planOnly(config, fresh);
      assert.deepEqual([plan.errors, plan.changes], [[], false], JSON.stringify(config));
    }
    const [rawTask] = (await viewer.call('cloudsync.query', [])) as { encryption_password: string }[];
    assert.equal(rawTask?.encryption_password, '********', 'the server masks it for this key');
    const [rawCertificate] = (await viewer.call('certificate.query', [[['name', '=', 'csr_ro']]])) as { privatekey: string }[];
    const rawServices = (await viewer.call('alertservice.query', [])) as { attributes: Record<string, unknown> }[];
    assert.deepEqual(
      [rawCertificate?.privatekey, ...rawServices.map((service) => service.attributes['url'] ?? service.attributes['v3_authkey'])],
      ['********', '********', '********'],
    );
  });
});
