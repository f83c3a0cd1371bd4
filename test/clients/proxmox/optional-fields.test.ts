// optionalStrings / optionalNumbers: optional fields of a response shape named in one list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { optionalNumbers, optionalStrings } from '../../../src/clients/proxmox/optional-fields.js';

describe('optional fields', () => {
  const named = z.looseObject({ id: z.string(), ...optionalStrings('a', 'b'), ...optionalNumbers('n') });
  const spelt = z.looseObject({ id: z.string(), a: z.string().optional(), b: z.string().optional(), n: z.number().optional() });

  it('parses as the shape spelt out field by field, keys in the same order', () => {
    for (const input of [{ id: 'x' }, { b: 'b', id: 'x', a: 'a', n: 1, extra: true }]) {
      const parsed = named.parse(input);
      assert.deepEqual(parsed, spelt.parse(input));
      assert.deepEqual(Object.keys(parsed), Object.keys(spelt.parse(input)));
    }
  });

  it('refuses what the spelt-out shape refuses', () => {
    for (const input of [
      { id: 'x', a: 1 },
      { id: 'x', n: 'one' },
    ]) {
      assert.equal(named.safeParse(input).success, false);
      assert.equal(spelt.safeParse(input).success, false);
    }
  });
});
