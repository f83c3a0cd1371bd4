// computedCopies: a data source's read-only copies of its resource's attributes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attr, schema } from '../../src/framework/attributes.js';
import { computedCopies } from '../../src/framework/computed-copies.js';
import { validators } from '../../src/framework/validators.js';

const resource = schema({
  description: 'r',
  attributes: {
    name: attr.string({ required: true, description: 'Name.', validators: [validators.lengthBetween(1, 8)] }),
    level: attr.number({ default: 3, description: 'Level.' }),
    token: attr.string({ optional: true, sensitive: true, description: 'Token.' }),
    token_wo: attr.string({ optional: true, sensitive: true, writeOnly: true, description: 'Token, write-only.' }),
  },
});

describe('computedCopies', () => {
  it('keeps type, description and sensitivity, and drops what only configuration needs', () => {
    const { name, level, token } = computedCopies(resource.attributes, ['name', 'level', 'token']);
    for (const copy of [name, level, token]) {
      assert.deepEqual(
        [copy.required, copy.optional, copy.computed, copy.default, copy.validators, copy.planModifiers],
        [false, false, true, undefined, [], []],
      );
    }
    assert.equal(level.type, resource.attributes.level.type);
    assert.equal(name.description, 'Name.');
    assert.equal(token.sensitive, true);
    // The copies declare a valid data source schema.
    assert.doesNotThrow(() => schema({ description: 'd', attributes: { name, level, token } }));
  });

  it('refuses a write-only attribute: there is nothing to read back', () => {
    assert.throws(() => computedCopies(resource.attributes, ['token_wo']), /"token_wo" is nested or write-only/);
  });
});
