// Importing TrueNAS objects made outside terraform (the web UI, midclt, another tool), in process
// against the simulator holding them as the server stores them after such a create (the server's
// defaults filled in): import + plan with the configuration that describes them plans no change.
// And an import id that names nothing, or has the wrong form, fails for every resource type with
// an error naming the expected form.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import type { TrueNASClient } from '../../../src/clients/truenas/index.js';
import { truenasCatalog } from '../../../src/providers/truenas/catalog.js';
import { inProcess, type Attributes } from './plan-apply.js';
import { simWithClient } from './sim-client.js';
import { externalCertificate } from '../../helpers/certificates.js';

interface MadeOutside {
  readonly type: string;
  /** The call that makes the object as the web UI or midclt does, with what they send. */
  readonly method: string;
  readonly params: unknown[];
  /** The import id, from the call's answer. */
  readonly id: (answer: unknown) => string;
  /** The configuration a user writes for it. */
  readonly config: Attributes;
}

const numericId = (answer: unknown) => String(typeof answer === 'number' ? answer : (answer as { id: number }).id);
const hourlySnapshots = { dataset: 'tank/ui', recursive: false, lifetime_value: 2, lifetime_unit: 'WEEK', naming_schema: 'auto-%Y-%m-%d_%H-%M' };

const MADE_OUTSIDE: readonly MadeOutside[] = [
  {
    type: 'truenas_dataset',
    method: 'pool.dataset.create',
    params: [{ name: 'tank/ui', type: 'FILESYSTEM' }],
    id: () => 'tank/ui',
    config: { name: 'tank/ui' },
  },
  {
    type: 'truenas_zvol',
    method: 'pool.dataset.create',
    params: [{ name: 'tank/vol', type: 'VOLUME', volsize: 1024 ** 3 }],
    id: () => 'tank/vol',
    config: { name: 'tank/vol', volsize: 1024 ** 3 },
  },
  {
    type: 'truenas_smb_share',
    method: 'sharing.smb.create',
    params: [{ path: '/mnt/tank/ui', name: 'ui' }],
    id: numericId,
    config: { path: '/mnt/tank/ui', name: 'ui' },
  },
  { type: 'truenas_nfs_share', method: 'sharing.nfs.create', params: [{ path: '/mnt/tank/ui' }], id: numericId, config: { path: '/mnt/tank/ui' } },
  { type: 'truenas_group', method: 'group.create', params: [{ name: 'media' }], id: numericId, config: { name: 'media' } },
  {
    type: 'truenas_cronjob',
    method: 'cronjob.create',
    params: [{ command: 'echo hi', user: 'root' }],
    id: numericId,
    config: { command: 'echo hi', user: 'root' },
  },
  // No schedule: the server's default, minute "00" of every hour; the configuration's default is "0 * * * *".
  { type: 'truenas_periodic_snapshot_task', method: 'pool.snapshottask.create', params: [hourlySnapshots], id: numericId, config: { dataset: 'tank/ui' } },
  {
    type: 'truenas_periodic_snapshot_task',
    method: 'pool.snapshottask.create',
    params: [{ ...hourlySnapshots, naming_schema: 'daily-%Y-%m-%d_%H-%M', schedule: { minute: '00', hour: '03' } }],
    id: numericId,
    config: { dataset: 'tank/ui', naming_schema: 'daily-%Y-%m-%d_%H-%M', schedule: '0 3 * * *' },
  },
  {
    type: 'truenas_static_route',
    method: 'staticroute.create',
    params: [{ destination: '10.9.0.0/24', gateway: '192.168.1.1' }],
    id: numericId,
    config: { destination: '10.9.0.0/24', gateway: '192.168.1.1' },
  },
  {
    type: 'truenas_init_script',
    method: 'initshutdownscript.create',
    params: [{ type: 'COMMAND', command: 'echo', when: 'POSTINIT' }],
    id: numericId,
    config: { type: 'COMMAND', command: 'echo', when: 'POSTINIT' },
  },
  {
    type: 'truenas_ntp_server',
    method: 'system.ntpserver.create',
    params: [{ address: 'time.example.com' }],
    id: numericId,
    config: { address: 'time.example.com' },
  },
  { type: 'truenas_iscsi_initiator', method: 'iscsi.initiator.create', params: [{}], id: numericId, config: {} },
  { type: 'truenas_iscsi_target', method: 'iscsi.target.create', params: [{ name: 'tgt' }], id: numericId, config: { name: 'tgt' } },
  {
    type: 'truenas_privilege',
    method: 'privilege.create',
    params: [{ name: 'ops', web_shell: false }],
    id: numericId,
    config: { name: 'ops', web_shell: false },
  },
];

describe('truenas objects made outside terraform', () => {
  let sim: TrueNASSimulator;
  let client: TrueNASClient;
  before(async () => ({ sim, client } = await simWithClient()));
  after(async () => {
    client.close();
    await sim.stop();
  });
  const resource = async (type: string) => inProcess(await truenasCatalog.resources.find((entry) => entry.name === type)!.load(), client);

  for (const made of MADE_OUTSIDE) {
    it(`${made.type} made by ${made.method} ${JSON.stringify(made.params[0])} imports with an empty plan`, async () => {
      const id = made.id(await client.call(made.method, made.params));
      assert.deepEqual(await (await resource(made.type)).changesAfterImport(id, made.config), []);
    });
  }

  it('truenas_dataset and truenas_zvol: properties listed in inherit that the object inherits plan no change; one set locally is inherited', async () => {
    await client.call('pool.dataset.create', [{ name: 'tank/listed', type: 'FILESYSTEM', atime: 'OFF' }]);
    await client.call('pool.dataset.create', [{ name: 'tank/listed-vol', type: 'VOLUME', volsize: 1024 ** 3 }]);
    const dataset = await resource('truenas_dataset');
    const inheriting = { name: 'tank/listed', atime: false, inherit: ['compression', 'sync', 'recordsize'] };
    assert.deepEqual(await dataset.changesAfterImport('tank/listed', inheriting), []);
    const zvol = await resource('truenas_zvol');
    assert.deepEqual(await zvol.changesAfterImport('tank/listed-vol', { name: 'tank/listed-vol', volsize: 1024 ** 3, inherit: ['compression', 'sync'] }), []);
    // atime is set on the dataset: listing it is a change, which inherits it.
    const imported = (await dataset.importId('tank/listed')).state!;
    const config = { name: 'tank/listed', inherit: ['compression', 'atime'] };
    const applied = await dataset.apply(config, imported);
    assert.deepEqual([applied.errors, applied.state['atime'], [...(applied.state['inherit'] as string[])].sort()], [[], true, ['atime', 'compression']]);
    assert.deepEqual(await dataset.changesAfterRefresh(config, applied.state), []);
  });

  it('truenas_user made with the server defaults (web UI, midclt) imports with an empty plan; its password, unreadable, is recorded in place', async () => {
    // user.create's defaults (api/v25_04_2/user.py UserCreateArgs): home /var/empty, shell zsh, smb true, a group made for the user.
    const made = (await client.call('user.create', [{ username: 'alice', full_name: 'Alice', password: 'Secret-123', group_create: true }])) as { id: number };
    const user = await resource('truenas_user');
    assert.deepEqual(await user.changesAfterImport(String(made.id), { username: 'alice', full_name: 'Alice' }), []);
    const withPassword = { username: 'alice', full_name: 'Alice', password: 'Secret-123' };
    // The update records the password only: what the server cannot tell an import (the group it
    // made at creation, the WebShare flag before 26.0) stays null, not "(known after apply)".
    assert.deepEqual(await user.changesAfterImport(String(made.id), withPassword), ['password']);
    const imported = (await user.importId(String(made.id))).state!;
    const recorded = await user.apply(withPassword, imported);
    assert.deepEqual([recorded.replacing, recorded.errors, recorded.planned['created_group_id'], recorded.state['created_group_id']], [[], [], null, null]);
    assert.deepEqual(await user.changesAfterRefresh(withPassword, recorded.state), []);
  });

  it('truenas_certificate imported in the web UI (certificate and key) imports; the key, unreadable, is recorded without a replacement', async () => {
    const pem = await externalCertificate('nas.example.com');
    const imported = await client.crypto.certificates.create({
      name: 'imported',
      create_type: 'CERTIFICATE_CREATE_IMPORTED',
      certificate: pem.certificate,
      privatekey: pem.privateKey,
    });
    const id = String(imported.id);
    const certificate = await resource('truenas_certificate');
    assert.deepEqual(await certificate.changesAfterImport(id, { name: 'imported', certificate: pem.certificate }), []);
    const config = { name: 'imported', certificate: pem.certificate, private_key: pem.privateKey };
    const recorded = await certificate.apply(config, (await certificate.importId(id)).state!);
    assert.deepEqual([recorded.replacing, recorded.errors], [[], []]);
    assert.deepEqual(await certificate.changesAfterRefresh(config, recorded.state), []);
  });

  it('a group, SSH key pair and connection, cloud credential and API key made as the web UI does import with an empty plan; credential secrets are recorded in place', async () => {
    // The create methods' defaults fill what the forms leave (api/v25_04_2 group.py, keychain.py, cloud_sync.py, api_key.py).
    const group = numericId(await client.call('group.create', [{ name: 'staff', smb: true, sudo_commands: [], sudo_commands_nopasswd: [] }]));
    // Credentials > Backup Credentials > SSH Keypairs > Add, with "Generate Keypair".
    const pair = (await client.call('keychaincredential.generate_ssh_key_pair', [])) as { private_key: string; public_key: string };
    const keypair = (await client.call('keychaincredential.create', [{ name: 'replication', type: 'SSH_KEY_PAIR', attributes: pair }])) as { id: number };
    const hostKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB5pXn0sLz+5T3bqUqJc0m5n5D7M7T8a1E7rA9u0Z1jK';
    const connectionAttributes = { host: 'backup.lan', port: 22, username: 'root', private_key: keypair.id, remote_host_key: hostKey, connect_timeout: 10 };
    const connection = numericId(
      await client.call('keychaincredential.create', [{ name: 'backup-nas', type: 'SSH_CREDENTIALS', attributes: connectionAttributes }]),
    );
    const s3 = { access_key_id: 'AKIA1', endpoint: 'https://s3.example.net' };
    const credential = numericId(
      await client.call('cloudsync.credentials.create', [{ name: 's3', provider: { type: 'S3', ...s3, secret_access_key: 'sekrit' } }]),
    );
    const apiKey = numericId(await client.call('api_key.create', [{ name: 'automation', username: 'root' }]));
    const made: Array<[type: string, id: string, config: Attributes]> = [
      ['truenas_group', group, { name: 'staff' }],
      ['truenas_ssh_keypair', String(keypair.id), { name: 'replication' }],
      ['truenas_ssh_keypair', String(keypair.id), { name: 'replication', private_key: pair.private_key }],
      ['truenas_ssh_connection', connection, { name: 'backup-nas', host: 'backup.lan', private_key: keypair.id, remote_host_key: hostKey }],
      ['truenas_cloudsync_credential', credential, { name: 's3', provider_type: 'S3', settings: s3 }],
      ['truenas_api_key', apiKey, { name: 'automation', username: 'root' }],
    ];
    for (const [type, id, config] of made) assert.deepEqual(await (await resource(type)).changesAfterImport(id, config), [], type);
    const withSecrets = { name: 's3', provider_type: 'S3', settings: s3, secrets: { secret_access_key: 'sekrit' } };
    const credentials = await resource('truenas_cloudsync_credential');
    const recorded = await credentials.apply(withSecrets, (await credentials.importId(credential)).state!);
    assert.deepEqual([recorded.replacing, recorded.errors], [[], []]);
    assert.deepEqual(await credentials.changesAfterRefresh(withSecrets, recorded.state), []);
  });

  it('truenas_certificate: a CSR the web UI has TrueNAS make (subject with an e-mail address) imports with an empty plan', async () => {
    // Credentials > Certificates > Add, type Certificate Signing Request: key RSA 2048, SHA256, the subject step's fields.
    const subject = {
      country: 'US',
      state: 'TN',
      city: 'Knoxville',
      organization: 'Home',
      email: 'admin@example.com',
      common: 'nas.example.com',
      san: ['nas.example.com'],
    };
    const csr = await client.crypto.certificates.create({
      name: 'csr',
      create_type: 'CERTIFICATE_CREATE_CSR',
      key_type: 'RSA',
      key_length: 2048,
      digest_algorithm: 'SHA256',
      ...subject,
    });
    const certificate = await resource('truenas_certificate');
    assert.deepEqual(await certificate.changesAfterImport(String(csr.id), { name: 'csr', ...subject }), []);
    assert.deepEqual(await certificate.changesAfterImport(String(csr.id), { name: 'csr', key_type: 'RSA', key_length: 2048, ...subject }), []);
    const imported = (await certificate.importId(String(csr.id))).state!;
    assert.equal(imported['subject'], '/C=US/ST=TN/L=Knoxville/O=Home/CN=nas.example.com/emailAddress=admin@example.com');
  });

  it('an id of the wrong form or naming nothing fails for every resource type, naming the form', async () => {
    for (const entry of truenasCatalog.resources) {
      const definition = await entry.load();
      for (const id of ['nosuch', '4242', 'no/such/thing']) {
        const imported = await inProcess(definition, client).importId(id);
        assert.equal(imported.state, null, `${definition.name} imported "${id}"`);
        const errors = imported.errors.join('\n');
        assert.ok(errors.includes('import id') && errors.includes(`"${id}"`), `${definition.name} "${id}": ${errors}`);
      }
    }
  });
});
