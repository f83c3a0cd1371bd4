// Dataset rows of every version read the same: 25.10+ moved the description into
// `user_properties.comments`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { datasetSchema } from '../../../src/clients/truenas/schemas/dataset.js';
import { datasetRow } from './real-semantics.js';

const description = (value: string) => ({ parsed: value, rawvalue: value, value, source: 'LOCAL', source_info: null });

describe('TrueNAS dataset rows', () => {
  it('reads the 25.04 top-level comments', () => {
    const row = datasetSchema.parse(datasetRow('tank/a', 'FILESYSTEM', { comments: description('hello') }));
    assert.equal(row.comments, 'hello');
    assert.equal(row.sources.comments, 'LOCAL');
  });

  it('reads the 25.10 comments from user_properties and keeps them out of the user properties', () => {
    const row = datasetSchema.parse(
      datasetRow('tank/a', 'FILESYSTEM', { user_properties: { comments: description('moved'), 'org.example:x': description('y') } }),
    );
    assert.equal(row.comments, 'moved');
    assert.deepEqual(row.userProperties, { 'org.example:x': 'y' });
  });

  it('reads a 25.10 property libzfs gives no source for (UNKNOWN)', () => {
    const sync = { parsed: 'standard', rawvalue: 'standard', value: 'STANDARD', source: 'UNKNOWN', source_info: null };
    const row = datasetSchema.parse(datasetRow('tank/a', 'FILESYSTEM', { sync }));
    assert.deepEqual([row.sync, row.sources.sync], ['STANDARD', 'UNKNOWN']);
  });
});
