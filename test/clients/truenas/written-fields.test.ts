// What counts as a row holding what a create wrote (lost-create lookups of kinds nothing unique
// names, and job rows answered for a full lock queue): only a definite difference disagrees.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agreesWithWritten } from '../../../src/clients/truenas/api/written-fields.js';

describe('agreesWithWritten', () => {
  const cron = { user: 'root', command: 'backup.sh', schedule: { minute: '5', hour: '*' } };

  it('tells apart rows that differ in one written field, nested ones included', () => {
    assert.equal(agreesWithWritten(cron, { id: 1, ...cron, schedule: { minute: '30', hour: '*', dom: '*' } }), false);
    assert.equal(agreesWithWritten(cron, { id: 1, ...cron, command: 'other.sh' }), false);
  });

  it('takes what the server shows in its own spelling or shape as agreeing', () => {
    // Extra fields, numbers as text ("05"), a reference read as its object, a masked secret, a field not shown.
    const row = {
      id: 1,
      user: 'Root',
      command: 'backup.sh',
      schedule: { minute: '05', hour: '*', dom: '*' },
      credentials: { id: 3, name: 's3' },
      secret: '********',
    };
    assert.equal(agreesWithWritten({ ...cron, credentials: 3, secret: 'hunter2', attributes_wo: 'x' }, row), true);
  });

  it('compares lists as sets of the same size; a null written is left to the server', () => {
    assert.equal(agreesWithWritten({ hosts: ['a', 'b'] }, { hosts: ['b', 'a'] }), true);
    assert.equal(agreesWithWritten({ hosts: ['a'] }, { hosts: ['a', 'b'] }), false);
    assert.equal(agreesWithWritten({ transfers: null }, { transfers: 4 }), true);
    assert.equal(agreesWithWritten({ comment: '' }, { comment: null }), true);
    assert.equal(agreesWithWritten({ comment: 'x' }, { comment: null }), false);
  });
});
