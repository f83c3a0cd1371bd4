// Backup task rules and mappings, in process: the plan-time rules of cloud sync and rsync tasks,
// which target options a credential's provider takes, and how a row's provider options read back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ObjectView } from '../../../src/framework/object-view.js';
import type { AttributePath } from '../../../src/framework/diagnostics.js';
import type { Value } from '../../../src/values/types.js';
import { UNKNOWN } from '../../../src/values/types.js';
import { CLOUD_REMOTES } from '../../../src/clients/truenas/cloud-remotes.js';
import { CLOUD_PROVIDER_TYPES } from '../../../src/providers/truenas/shared/cloud-providers.js';
import { cloudTaskModel, localPathValidator, targetProblems } from '../../../src/providers/truenas/shared/cloud-task.js';
import { validateCloudsync } from '../../../src/providers/truenas/resources/cloudsync-task.js';
import { extraElementValidator, validateRsync } from '../../../src/providers/truenas/resources/rsync-task.js';
import type { CloudCredential } from '../../../src/clients/truenas/index.js';

const where = (path: string | AttributePath) =>
  typeof path === 'string' ? path : path.map((s) => ('attribute' in s ? s.attribute : 'key' in s ? s.key : s.index)).join('.');

function blamed<K extends string>(
  validate: (ctx: { config: ObjectView<K>; error: (p: K | AttributePath, s: string, d?: string) => void; warn: () => void }) => void,
  config: Record<string, Value>,
): string[] {
  const errors: string[] = [];
  validate({
    config: new ObjectView<K>(config),
    error: (path, summary, detail) => errors.push(`${where(path)}: ${summary}${detail ? ` (${detail})` : ''}`),
    warn: () => {},
  });
  return errors;
}

describe('cloud sync task rules at plan time', () => {
  const base: Record<string, Value> = {
    direction: 'PUSH',
    transfer_mode: 'SYNC',
    encryption: false,
    filename_encryption: false,
    encryption_password: null,
    encryption_password_wo: null,
    snapshot: false,
    bwlimit: null,
  };
  const cases: [string, Record<string, Value>, RegExp[]][] = [
    ['a plain PUSH', {}, []],
    // An imported encrypted task keeps the server's password: the plan checks new and newly encrypted tasks only.
    ['encryption without a password in the configuration', { encryption: true }, []],
    ['file names encrypted without encryption', { filename_encryption: true }, [/^filename_encryption: /]],
    ['a snapshot of a PULL', { snapshot: true, direction: 'PULL' }, [/^snapshot: snapshot needs PUSH/]],
    ['a snapshot of a MOVE', { snapshot: true, transfer_mode: 'MOVE' }, [/^snapshot: snapshot with MOVE/]],
    [
      'bandwidth limits in order',
      {
        bwlimit: [
          { time: '08:00', bandwidth: 1 },
          { time: '18:00', bandwidth: null },
        ],
      },
      [],
    ],
    [
      'bandwidth limits out of order',
      {
        bwlimit: [
          { time: '18:00', bandwidth: 1 },
          { time: '08:00', bandwidth: null },
        ],
      },
      [/^bwlimit\.1\.time: bwlimit out of order/],
    ],
  ];
  for (const [name, config, expected] of cases) {
    it(name, () => {
      const errors = blamed(validateCloudsync, { ...base, ...config });
      assert.equal(errors.length, expected.length, errors.join('\n'));
      expected.forEach((pattern, i) => assert.match(errors[i]!, pattern));
    });
  }
});

describe('rsync task rules at plan time', () => {
  const base: Record<string, Value> = { mode: 'MODULE', remotehost: null, remoteport: null, remotemodule: null, ssh_credentials: null, remotepath: '' };
  const cases: [string, Record<string, Value>, string[]][] = [
    ['a module with host and module', { remotehost: 'h', remotemodule: 'm' }, []],
    ['a module without host or module', {}, ['remotehost', 'remotemodule']],
    ['a module with SSH credentials', { remotehost: 'h', remotemodule: 'm', ssh_credentials: 3 }, ['ssh_credentials']],
    ['SSH with a connection and a path', { mode: 'SSH', ssh_credentials: 3, remotepath: '/srv' }, []],
    ['SSH without a path', { mode: 'SSH', ssh_credentials: 3 }, ['remotepath']],
    ['SSH without a connection needs host and port', { mode: 'SSH', remotepath: '/srv' }, ['remotehost', 'remoteport']],
    ['SSH with a module', { mode: 'SSH', ssh_credentials: 3, remotepath: '/srv', remotemodule: 'm' }, ['remotemodule']],
    ['the mode still unknown', { mode: UNKNOWN }, []],
    ['the connection still unknown', { mode: 'SSH', ssh_credentials: UNKNOWN, remotepath: '/srv' }, []],
  ];
  for (const [name, config, attributes] of cases) {
    it(name, () =>
      assert.deepEqual(
        blamed(validateRsync, { ...base, ...config }).map((e) => e.split(':')[0]),
        attributes,
      ),
    );
  }
});

describe("target options against the credential's provider", () => {
  it('knows what every credential provider type takes (MEGA has no rclone remote in these releases)', () => {
    assert.deepEqual(
      CLOUD_PROVIDER_TYPES.filter((type) => !CLOUD_REMOTES[type]),
      ['MEGA'],
    );
  });
  const configured =
    (...names: string[]) =>
    (name: string) =>
      names.includes(name);
  const cases: [string, string, string[], number | undefined, string[]][] = [
    ['S3 with a bucket and a region', 'S3', ['bucket', 'region', 'storage_class'], undefined, []],
    ['S3 without a bucket', 'S3', [], undefined, ['bucket']],
    ['SFTP with a bucket', 'SFTP', ['bucket'], undefined, ['bucket']],
    ['B2 with a region', 'B2', ['bucket', 'region'], undefined, ['region']],
    ['B2 with a small chunk size', 'B2', ['bucket', 'chunk_size'], 4, ['chunk_size']],
    ['Dropbox with a big chunk size', 'DROPBOX', ['chunk_size'], 150, ['chunk_size']],
    ['Dropbox with fast_list', 'DROPBOX', ['fast_list'], undefined, ['fast_list']],
    ['Google Drive acknowledging abuse, with fast_list', 'GOOGLE_DRIVE', ['acknowledge_abuse', 'fast_list'], undefined, []],
  ];
  for (const [name, type, names, chunk, attributes] of cases) {
    it(name, () =>
      assert.deepEqual(
        targetProblems(type, CLOUD_REMOTES[type]!, configured(...names), chunk).map(([attribute]) => attribute),
        attributes,
      ),
    );
  }
});

describe('cloud task rows as the model', () => {
  const credential: CloudCredential = { id: 4, name: 's3', provider: { type: 'S3' } };
  const row = {
    id: 1,
    description: 'd',
    path: '/mnt/tank/a',
    credentials: credential,
    attributes: { bucket: 'b', folder: 'f', fast_list: false, region: '', encryption: null, storage_class: 'GLACIER' },
    schedule: { minute: '00', hour: '*', dom: '*', month: '*', dow: '*' },
    pre_script: '',
    post_script: '',
    snapshot: false,
    include: [],
    exclude: [],
    enabled: true,
  };
  it("leaves the provider's defaults out unless configured, and keeps the configured schedule spelling", () => {
    const model = cloudTaskModel(row, { schedule: '0 * * * *' });
    assert.deepEqual([model.bucket, model.folder, model.credentials, model.schedule], ['b', 'f', 4, '0 * * * *']);
    assert.deepEqual([model.fast_list, model.region, model.server_side_encryption, model.storage_class], [null, null, null, 'GLACIER']);
    const configured = cloudTaskModel(row, { fast_list: false, region: '' });
    assert.deepEqual([configured.fast_list, configured.region], [false, '']);
  });
  it("keeps the configured S3 region (or none) where the server writes the bucket's region in", () => {
    const located = { ...row, attributes: { ...row.attributes, region: 'eu-central-1' } };
    assert.equal(cloudTaskModel(located, {}).region, null, 'credential without region or skip_region: the server chose it');
    assert.equal(cloudTaskModel(located, { region: 'us-west-2' }).region, 'us-west-2');
    const fixed = { ...located, credentials: { ...credential, provider: { type: 'S3', region: 'eu-central-1' } } };
    assert.equal(cloudTaskModel(fixed, {}).region, 'eu-central-1', 'a credential region: the task region is what it reads');
    const skipped = { ...located, credentials: { ...credential, provider: { type: 'S3', skip_region: true } } };
    assert.equal(cloudTaskModel(skipped, {}).region, 'eu-central-1');
  });
  it('takes rsync extra elements of one word only (the server re-splits the joined line)', () => {
    assert.equal(extraElementValidator.validate('--exclude=*.tmp'), undefined);
    for (const word of ['--exclude=my dir', '--exclude "*.tmp"', "--exclude='*.iso'"])
      assert.match(extraElementValidator.validate(word) ?? '', /must be one word, without whitespace or quotes/);
  });
  it('checks local paths: under /mnt, or a zvol for backups', () => {
    assert.equal(localPathValidator(false).validate('/mnt/tank/a'), undefined);
    assert.match(localPathValidator(false).validate('/dev/zvol/tank/v') ?? '', /must lie within a pool/);
    assert.equal(localPathValidator(true).validate('/dev/zvol/tank/v'), undefined);
    assert.match(localPathValidator(true).validate('/mnt/') ?? '', /got "\/mnt\/"/);
  });
});
