// Secret fields of results come back "********" to a session that is neither a full admin nor
// holds the service's `<role_prefix>_WRITE` role, as the middleware's dump_result does
// (main.py:836-847 @TS-25.10.6).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { simWithClient } from '../../providers/truenas/sim-client.js';

const PASSWORD = 'Limited-pass-1';

describe('TrueNAS simulator: secrets masked by role', () => {
  let sim: TrueNASSimulator;
  let admin: TrueNASClient;
  const as = (username: string) => new TrueNASClient({ endpoint: sim.url, username, password: PASSWORD, cacheMaxItems: 0, maxRetries: 0 });
  before(async () => {
    ({ sim, client: admin } = await simWithClient({ version: '25.10.6', users: { viewer: PASSWORD, sharer: PASSWORD } }));
    for (const [username, gid] of [
      ['viewer', 951], // READONLY_ADMIN
      ['sharer', 952], // SHARING_ADMIN, which includes SHARING_WRITE > SHARING_ISCSI_WRITE > SHARING_ISCSI_AUTH_WRITE
    ] as const) {
      const group = (await admin.call('group.query', [[['gid', '=', gid]], { get: true }])) as { id: number };
      await admin.call('user.create', [{ username, full_name: username, password: PASSWORD, group_create: true, groups: [group.id] }]);
    }
    await admin.call('iscsi.auth.create', [{ tag: 1, user: 'initiator', secret: 'chap-secret-12', peeruser: 'target', peersecret: 'peer-secret-34' }]);
    const pair = (await admin.call('keychaincredential.generate_ssh_key_pair', [])) as { private_key: string; public_key: string };
    await admin.call('keychaincredential.create', [{ name: 'replication', type: 'SSH_KEY_PAIR', attributes: pair }]);
  });
  after(async () => {
    admin.close();
    await sim.stop();
  });

  it('masks iSCSI CHAP secrets and keychain attributes for READONLY_ADMIN, not for a full admin', async () => {
    const viewer = as('viewer');
    try {
      const [auth] = (await viewer.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.deepEqual([auth?.['user'], auth?.['secret'], auth?.['peersecret']], ['initiator', '********', '********']);
      const [credential] = (await viewer.call('keychaincredential.query', [[], {}])) as Record<string, unknown>[];
      assert.deepEqual([credential?.['name'], credential?.['attributes']], ['replication', '********']);
      const one = (await viewer.call('iscsi.auth.get_instance', [auth?.['id']])) as Record<string, unknown>;
      assert.equal(one['secret'], '********');
      const [full] = (await admin.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.equal(full?.['secret'], 'chap-secret-12');
    } finally {
      viewer.close();
    }
  });

  it('shows a service its write role grants, through the roles it includes', async () => {
    const sharer = as('sharer');
    try {
      const [auth] = (await sharer.call('iscsi.auth.query', [])) as Record<string, unknown>[];
      assert.equal(auth?.['secret'], 'chap-secret-12');
      const [credential] = (await sharer.call('keychaincredential.query', [[], {}])) as Record<string, unknown>[];
      assert.equal(credential?.['attributes'], '********', 'KEYCHAIN_CREDENTIAL_WRITE is not among them');
    } finally {
      sharer.close();
    }
  });
});

describe('TrueNAS simulator: Secret fields of the services the providers manage, per release', () => {
  const setUp = async (version: string) => {
    const made = await simWithClient({ version, users: { viewer: PASSWORD, sharer: PASSWORD } });
    for (const [username, gid] of [
      ['viewer', 951], // READONLY_ADMIN
      ['sharer', 952], // SHARING_ADMIN: SHARING_NVME_TARGET_WRITE among the roles it includes
    ] as const) {
      const group = (await made.client.call('group.query', [[['gid', '=', gid]], { get: true }])) as { id: number };
      await made.client.call('user.create', [{ username, full_name: username, password: PASSWORD, group_create: true, groups: [group.id] }]);
    }
    await made.client.call('snmp.update', [
      { v3: true, v3_username: 'monitor', v3_authtype: 'SHA', v3_password: 'snmp-pass-123', v3_privproto: 'AES', v3_privpassphrase: 'snmp-priv-456' },
    ]);
    await made.client.call('ups.update', [{ driver: 'genericups upstype=2$Back-UPS', port: '/dev/ttyS0', monpwd: 'ups-pass-789' }]);
    await made.client.call('mail.update', [
      { fromemail: 'nas@example.net', outgoingserver: 'smtp.example.net', port: 587, security: 'TLS', smtp: true, user: 'nas', pass: 'mail-pass-012' },
    ]);
    await made.client.call('cloudsync.credentials.create', [
      { name: 's3', provider: { type: 'S3', access_key_id: 'AKIA1', secret_access_key: 'sekrit', endpoint: 'https://s3.example.net' } },
    ]);
    const as = (username: string) => new TrueNASClient({ endpoint: made.sim.url, username, password: PASSWORD, cacheMaxItems: 0, maxRetries: 0 });
    return { ...made, as };
  };

  for (const version of ['25.04.2', '25.10.6', '26.0.0']) {
    it(`masks SNMP v3 secrets, the mail password, a cloud credential's secrets and password hashes for READONLY_ADMIN on ${version}, not for a full admin`, async () => {
      const { sim, client: admin, as } = await setUp(version);
      const viewer = as('viewer');
      try {
        const snmp = (await viewer.call('snmp.config', [])) as Record<string, unknown>;
        assert.deepEqual([snmp['v3_username'], snmp['v3_password'], snmp['v3_privpassphrase']], ['monitor', '********', '********']);
        const mail = (await viewer.call('mail.config', [])) as Record<string, unknown>;
        assert.deepEqual([mail['user'], mail['pass'], mail['oauth']], ['nas', '********', '********']);
        const [credential] = (await viewer.call('cloudsync.credentials.query', [])) as Record<string, unknown>[];
        const provider = credential?.['provider'] as Record<string, unknown>;
        assert.deepEqual([provider['type'], provider['access_key_id'], provider['secret_access_key']], ['S3', '********', '********']);
        assert.match(String(provider['endpoint']), /^https:\/\/s3\.example\.net/, 'the S3 endpoint is not Secret');
        // `monpwd` is a plain `str` in UPSEntry, so it is shown (v25_10_5/ups.py:44 @TS-25.10.6).
        const [user] = (await viewer.call('user.query', [[['username', '=', 'viewer']]])) as Record<string, unknown>[];
        assert.deepEqual(
          [user?.['username'], user?.['unixhash'], user?.['smbhash'], user?.['password_history']],
          ['viewer', '********', '********', '********'],
        );
        const ups = (await viewer.call('ups.config', [])) as Record<string, unknown>;
        assert.equal(ups['monpwd'], 'ups-pass-789');
        const full = (await admin.call('snmp.config', [])) as Record<string, unknown>;
        assert.equal(full['v3_password'], 'snmp-pass-123');
        const [fullUser] = (await admin.call('user.query', [[['username', '=', 'viewer']]])) as Record<string, unknown>[];
        assert.notEqual(fullUser?.['unixhash'], '********');
        const [fullCredential] = (await admin.call('cloudsync.credentials.query', [])) as Record<string, unknown>[];
        assert.equal((fullCredential?.['provider'] as Record<string, unknown>)['secret_access_key'], 'sekrit');
      } finally {
        viewer.close();
        admin.close();
        await sim.stop();
      }
    });
  }

  // Certificate `privatekey`, alert service attribute secrets and
  // API key hashes: Secret in 25.10's and 26.0's models; on 25.04 only the API key's keyhash is
  // (the others are legacy schemas without `private=True`).
  for (const [version, newModels] of [
    ['25.04.2', false],
    ['25.10.6', true],
    ['26.0.0', true],
  ] as const) {
    it(`masks ${newModels ? 'certificate keys, alert service secrets and' : 'no certificate keys nor alert service secrets, only'} API key hashes for READONLY_ADMIN on ${version}, not for a full admin`, async () => {
      const { sim, client: admin, as } = await setUp(version);
      const viewer = as('viewer');
      const hidden = (value: unknown) => (newModels ? '********' : value);
      try {
        const made = await admin.crypto.certificates.create({
          name: 'nas_csr',
          create_type: 'CERTIFICATE_CREATE_CSR',
          key_type: 'EC',
          digest_algorithm: 'SHA256',
          common: 'nas.example.com',
          san: ['nas.example.com'],
        });
        const [certificate] = (await viewer.call('certificate.query', [[['id', '=', made.id]]])) as Record<string, unknown>[];
        const [fullCertificate] = (await admin.call('certificate.query', [[['id', '=', made.id]]])) as Record<string, unknown>[];
        assert.match(String(fullCertificate?.['privatekey']), /PRIVATE KEY/);
        assert.deepEqual([certificate?.['name'], certificate?.['privatekey']], ['nas_csr', hidden(fullCertificate?.['privatekey'])]);

        const url = 'https://hooks.slack.example.com/services/T0/B0/secret';
        // 25.04's legacy model has `type` beside a plain `attributes` dict (v25_04_2/alertservice.py:11-14).
        const slack = newModels ? { attributes: { type: 'Slack', url } } : { type: 'Slack', attributes: { url } };
        await admin.call('alertservice.create', [{ name: 'slack', enabled: true, level: 'WARNING', ...slack }]);
        const [service] = (await viewer.call('alertservice.query', [])) as { attributes: Record<string, unknown> }[];
        assert.equal(service?.attributes['url'], hidden(url));
        const [fullService] = (await admin.call('alertservice.query', [])) as { attributes: Record<string, unknown> }[];
        assert.equal(fullService?.attributes['url'], url);

        await admin.call('api_key.create', [{ name: 'automation', username: 'root' }]);
        const hashes = version === '26.0.0' ? ['salt', 'stored_key', 'server_key'] : ['keyhash'];
        const [apiKey] = (await viewer.call('api_key.query', [[['name', '=', 'automation']]])) as Record<string, unknown>[];
        const [fullKey] = (await admin.call('api_key.query', [[['name', '=', 'automation']]])) as Record<string, unknown>[];
        assert.deepEqual(
          hashes.map((field) => apiKey?.[field]),
          hashes.map(() => '********'),
        );
        assert.ok(hashes.every((field) => typeof fullKey?.[field] === 'string' && fullKey[field] !== '********'));
      } finally {
        viewer.close();
        admin.close();
        await sim.stop();
      }
    });
  }

  it('shows NVMe-oF host keys to a holder of SHARING_NVME_TARGET_WRITE, masks them for READONLY_ADMIN', async () => {
    const { sim, client: admin, as } = await setUp('25.10.6');
    const viewer = as('viewer');
    const sharer = as('sharer');
    try {
      const hostnqn = 'nqn.2014-08.org.nvmexpress:uuid:0f6e2b1c-7f4e-4a53-9c1e-2d8f1a3b5c7d';
      const key = 'DHHC-1:00:bWFza2VkLWtleS1mb3ItdGVzdGluZy0xMjM0NTY3ODkwYWJj:';
      await admin.call('nvmet.host.create', [{ hostnqn, dhchap_key: key }]);
      const [seen] = (await viewer.call('nvmet.host.query', [])) as Record<string, unknown>[];
      assert.deepEqual([seen?.['hostnqn'], seen?.['dhchap_key'], seen?.['dhchap_ctrl_key']], [hostnqn, '********', '********']);
      const [shown] = (await sharer.call('nvmet.host.query', [])) as Record<string, unknown>[];
      assert.equal(shown?.['dhchap_key'], key);
      const snmp = (await sharer.call('snmp.config', [])) as Record<string, unknown>;
      assert.equal(snmp['v3_password'], '********', 'SYSTEM_GENERAL_WRITE is not among its roles');
    } finally {
      viewer.close();
      sharer.close();
      admin.close();
      await sim.stop();
    }
  });
});
