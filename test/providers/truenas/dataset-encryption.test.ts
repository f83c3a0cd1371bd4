// Dataset encryption in process: the plan-time rules name their attribute, what create and
// change_key are sent, and the simulator's encryption semantics (inheritance, the server's
// refusals in their real shapes, re-keying, the 26.0 pbkdf2iters minimum), never echoing a secret.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { Value } from '../../../src/values/types.js';
import { UNKNOWN } from '../../../src/values/types.js';
import { TrueNASCallError, TrueNASClient } from '../../../src/clients/truenas/index.js';
import {
  changeKeyOptions,
  encryptionCreateFields,
  validateEncryption,
  type EncryptionSettings,
} from '../../../src/providers/truenas/resources/dataset-encryption.js';
import { startTrueNASSimulator, type TrueNASSimulator } from '../../../src/sim/truenas/index.js';
import { keyMatches } from '../../../src/sim/truenas/dataset-encryption.js';

const apiKey = `1-${'e'.repeat(64)}`;
const GiB = 1024 ** 3;
const HEX = 'ab'.repeat(32);
const OTHER_HEX = 'cd'.repeat(32);
const SECRET = 'correct horse battery';

const NAMES = ['encryption', 'encryption_algorithm', 'passphrase', 'passphrase_wo', 'key', 'key_wo', 'encryption_wo_version', 'generate_key', 'pbkdf2iters'];

function blamed(config: Record<string, Value>): string[] {
  const errors: string[] = [];
  const all: Record<string, Value> = Object.fromEntries(NAMES.map((n) => [n, null]));
  validateEncryption({ config: new ObjectView({ ...all, ...config }), error: (path) => errors.push(String(path)), warn: () => {} });
  return errors;
}

describe('dataset encryption: plan-time rules', () => {
  const cases: [string, Record<string, Value>, string[]][] = [
    ['a passphrase root', { encryption: true, passphrase: SECRET }, []],
    ['a write-only key with its version', { encryption: true, key_wo: HEX, encryption_wo_version: 1 }, []],
    ['a write-only passphrase without a version', { encryption: true, passphrase_wo: SECRET }, ['encryption_wo_version']],
    ['two kinds of key', { encryption: true, passphrase: SECRET, generate_key: true }, ['generate_key']],
    ['generate_key false is no key', { encryption: true, key: HEX, generate_key: false }, []],
    ['a key without encryption', { key: HEX }, ['key']],
    ['an algorithm on an inheriting dataset', { encryption: false, encryption_algorithm: 'AES-128-GCM' }, ['encryption_algorithm']],
    ['pbkdf2iters with a hex key', { encryption: true, key: HEX, pbkdf2iters: 500000 }, ['pbkdf2iters']],
    ['encryption not known yet', { encryption: UNKNOWN, key: HEX }, []],
  ];
  for (const [name, config, expected] of cases) it(name, () => assert.deepEqual(blamed(config), expected));
});

const settings = (values: Partial<EncryptionSettings>): EncryptionSettings => ({
  encryption: true,
  encryption_algorithm: null,
  passphrase: null,
  passphrase_wo: null,
  key: null,
  key_wo: null,
  encryption_wo_version: null,
  generate_key: null,
  pbkdf2iters: null,
  ...values,
});

describe('dataset encryption: what is sent', () => {
  it('create: an own root with the write-only passphrase, or nothing to inherit', () => {
    assert.deepEqual(
      encryptionCreateFields(settings({ passphrase_wo: SECRET, encryption_wo_version: 1, pbkdf2iters: 400000, encryption_algorithm: 'AES-128-GCM' })),
      {
        encryption: true,
        inherit_encryption: false,
        encryption_options: { algorithm: 'AES-128-GCM', passphrase: SECRET, pbkdf2iters: 400000 },
      },
    );
    assert.deepEqual(encryptionCreateFields(settings({ encryption: false })), {});
    assert.deepEqual(encryptionCreateFields(settings({ encryption: null })), {});
    assert.deepEqual(encryptionCreateFields(settings({ generate_key: true })).encryption_options, { generate_key: true });
  });
  it('change_key only when the key changes, the write-only version moves or the iterations change', () => {
    const prior = settings({ passphrase_wo: null, encryption_wo_version: 1 });
    assert.equal(changeKeyOptions(settings({ passphrase_wo: SECRET, encryption_wo_version: 1 }), prior), null);
    assert.deepEqual(changeKeyOptions(settings({ passphrase_wo: SECRET, encryption_wo_version: 2 }), prior), { passphrase: SECRET });
    assert.deepEqual(changeKeyOptions(settings({ key: OTHER_HEX }), settings({ key: HEX })), { key: OTHER_HEX });
    assert.equal(changeKeyOptions(settings({ key: HEX }), settings({ key: HEX })), null);
    assert.deepEqual(changeKeyOptions(settings({ generate_key: true }), settings({ key: HEX })), { generate_key: true });
    assert.deepEqual(changeKeyOptions(settings({ passphrase: SECRET, pbkdf2iters: 500000 }), settings({ passphrase: SECRET, pbkdf2iters: 400000 })), {
      passphrase: SECRET,
      pbkdf2iters: 500000,
    });
  });
});

async function failure(promise: Promise<unknown>): Promise<TrueNASCallError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof TrueNASCallError, `expected a call error, got ${String(err)}`);
  assert.ok(!err.message.includes(SECRET) && !err.message.includes(HEX), 'no secret in an error');
  return err;
}

for (const version of ['25.10.6', '26.0.0']) {
  describe(`simulated dataset encryption (${version})`, () => {
    let sim: TrueNASSimulator;
    let client: TrueNASClient;
    beforeEach(async () => {
      sim = await startTrueNASSimulator({ apiKeys: [apiKey], version, pools: [{ name: 'tank', size: 100 * GiB }] });
      client = new TrueNASClient({ endpoint: sim.url, apiKey, cacheMaxItems: 0 });
    });
    afterEach(async () => {
      client.close();
      await sim.stop();
    });
    const iterations = version.startsWith('26') ? 1300000 : 350000;

    it('a passphrase root and a child that inherits it', async () => {
      const root = await client.datasets.create({
        name: 'tank/secure',
        encryption: true,
        inherit_encryption: false,
        encryption_options: { passphrase: SECRET, pbkdf2iters: iterations },
      });
      assert.deepEqual(
        [root.encrypted, root.encryptionRoot, root.key_format, root.encryption_algorithm, root.locked],
        [true, 'tank/secure', 'PASSPHRASE', 'AES-256-GCM', false],
      );
      const child = await client.datasets.create({ name: 'tank/secure/docs' });
      assert.deepEqual([child.encrypted, child.encryptionRoot, child.key_format], [true, 'tank/secure', 'PASSPHRASE']);
      const plain = await client.datasets.create({ name: 'tank/plain' });
      assert.deepEqual([plain.encrypted, plain.encryptionRoot, plain.locked], [false, null, false]);
    });

    it("refuses what the server refuses, in the server's words", async () => {
      await client.datasets.create({
        name: 'tank/secure',
        encryption: true,
        inherit_encryption: false,
        encryption_options: { passphrase: SECRET, pbkdf2iters: iterations },
      });
      const keyChild = await failure(
        client.datasets.create({ name: 'tank/secure/k', encryption: true, inherit_encryption: false, encryption_options: { key: HEX } }),
      );
      assert.equal(keyChild.serverMessage, 'pool_dataset_create.encryption: Passphrase encrypted datasets cannot have children encrypted with a key.');
      const unencrypted = await failure(client.datasets.create({ name: 'tank/secure/u', inherit_encryption: false }));
      assert.equal(
        unencrypted.serverMessage,
        'pool_dataset_create.encryption: Cannot create an unencrypted dataset within an encrypted dataset (tank/secure).',
      );
      const inheritToo = await failure(client.datasets.create({ name: 'tank/x', encryption: true, encryption_options: { key: HEX } }));
      assert.equal(inheritToo.attribute, 'pool_dataset_create.inherit_encryption');
      const noKey = await failure(client.datasets.create({ name: 'tank/x', encryption: true, inherit_encryption: false }));
      assert.equal(noKey.attribute, 'pool_dataset_create.encryption_options.key');
      const both = await failure(
        client.datasets.create({ name: 'tank/x', encryption: true, inherit_encryption: false, encryption_options: { key: HEX, generate_key: true } }),
      );
      assert.deepEqual(both.issues.map((i) => i.attribute).sort(), [
        'pool_dataset_create.encryption_options.generate_key',
        'pool_dataset_create.encryption_options.key',
      ]);
    });

    it('the pbkdf2iters minimum of the release', async () => {
      const attempt = client.datasets.create({
        name: 'tank/few',
        type: 'FILESYSTEM',
        encryption: true,
        inherit_encryption: false,
        encryption_options: { passphrase: SECRET, pbkdf2iters: 350000 },
      });
      if (version.startsWith('26'))
        assert.equal(
          (await failure(attempt)).serverMessage,
          'data.FILESYSTEM.encryption_options.pbkdf2iters: Input should be greater than or equal to 1300000',
        );
      else assert.equal((await attempt).key_format, 'PASSPHRASE');
    });

    it('change_key re-keys in place; a passphrase parent keeps key children out', async () => {
      await client.datasets.create({ name: 'tank/vault', encryption: true, inherit_encryption: false, encryption_options: { key: HEX } });
      await client.datasets.changeKey('tank/vault', { key: OTHER_HEX });
      assert.ok(keyMatches(sim.state.datasets.get('tank/vault')!, OTHER_HEX));
      await client.datasets.changeKey('tank/vault', { passphrase: SECRET, pbkdf2iters: iterations });
      assert.equal((await client.datasets.get('tank/vault')).key_format, 'PASSPHRASE');
      const none = await failure(client.datasets.changeKey('tank/vault', {}));
      assert.equal(none.serverMessage.split('; ')[0], 'change_key_options.key: Either Key or passphrase must be provided.');
      await client.datasets.create({ name: 'tank/open' });
      assert.equal((await failure(client.datasets.changeKey('tank/open', { key: HEX }))).serverMessage, 'id: Dataset is not encrypted');
    });
  });
}
