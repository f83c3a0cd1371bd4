// How ZFS properties map between the model and the API: upper-case enums, on/off switches,
// sizes with units, only changed fields in updates, and read-back in the model's spelling.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Dataset } from '../../../src/clients/truenas/index.js';
import { datasetProperties } from '../../../src/providers/truenas/resources/dataset.js';
import { changedFields, createFields, readFields } from '../../../src/providers/truenas/shared/zfs-properties.js';

const row = {
  id: 'tank/media',
  name: 'tank/media',
  pool: 'tank',
  type: 'FILESYSTEM',
  mountpoint: '/mnt/tank/media',
  userProperties: {},
  sources: {},
  comments: null,
  compression: 'ZSTD',
  sync: 'STANDARD',
  deduplication: 'OFF',
  readonly: 'OFF',
  snapdev: 'HIDDEN',
  checksum: 'ON',
  atime: 'ON',
  exec: 'OFF',
  aclmode: 'DISCARD',
  acltype: 'POSIX',
  casesensitivity: 'SENSITIVE',
  copies: 1,
  recordsize: 1048576,
  quota: 0,
  refquota: 0,
  reservation: 0,
  refreservation: 0,
  volsize: null,
  volblocksize: null,
  used: 100,
  available: 1000,
  encrypted: false,
  encryptionRoot: null,
  locked: false,
  key_format: null,
  encryption_algorithm: null,
} satisfies Dataset;

describe('ZFS property mapping', () => {
  it('sends only what the plan sets, in the API spelling', () => {
    const plan = {
      comments: 'films',
      compression: 'zstd',
      sync: null,
      deduplication: null,
      atime: false,
      exec: null,
      readonly: null,
      recordsize: '1024K',
      quota: 10,
      refquota: null,
      reservation: null,
      refreservation: null,
    };
    assert.deepEqual(createFields(datasetProperties, plan), { comments: 'films', compression: 'ZSTD', atime: 'OFF', recordsize: '1M', quota: 10 });
  });

  it('updates only the properties that changed', () => {
    const prior = { compression: 'zstd', atime: true, quota: 10, recordsize: '1M' };
    const plan = { compression: 'lz4', atime: true, quota: 20, recordsize: '1M' };
    assert.deepEqual(changedFields(datasetProperties, plan, prior), { compression: 'LZ4', quota: 20 });
  });

  it('reads the row back in the model spelling', () => {
    assert.deepEqual(readFields(datasetProperties, row), {
      comments: '',
      compression: 'zstd',
      sync: 'standard',
      deduplication: 'off',
      atime: true,
      exec: false,
      readonly: false,
      recordsize: '1M',
      quota: 0,
      refquota: 0,
      reservation: 0,
      refreservation: 0,
    });
  });
});
