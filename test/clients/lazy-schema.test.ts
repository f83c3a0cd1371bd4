// A lazy schema is built on its first use, once, and then behaves as the schema itself.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { lazySchema } from '../../src/clients/common/lazy-schema.js';

describe('lazySchema', () => {
  it('builds nothing until first used, then builds once', () => {
    let builds = 0;
    const point = lazySchema(() => {
      builds++;
      return z.object({ x: z.number(), y: z.number() });
    });
    const inner = lazySchema(() => {
      builds++;
      return z.string().transform((s) => s.length);
    });
    const outer = lazySchema(() => z.object({ at: point, name: inner }));
    assert.equal(builds, 0);
    assert.deepEqual(outer.parse({ at: { x: 1, y: 2 }, name: 'abc' }), { at: { x: 1, y: 2 }, name: 3 });
    assert.equal(builds, 2);
    point.parse({ x: 0, y: 0 });
    inner.parse('');
    assert.equal(builds, 2);
  });

  it('goes wherever the schema it stands for goes', () => {
    const point = lazySchema(() => z.object({ x: z.number() }));
    const labelled = point.extend({ label: z.string() });
    const parsed: z.output<typeof labelled> = labelled.parse({ x: 1, label: 'a', extra: true });
    assert.deepEqual(parsed, { x: 1, label: 'a' });
    assert.equal(point instanceof z.ZodObject, true);
    assert.deepEqual(Object.keys(point.shape), ['x']);
    assert.ok(Object.keys(point).length > 0);
    assert.deepEqual(z.array(point).parse([{ x: 2 }]), [{ x: 2 }]);
    const failed = point.optional().safeParse({ x: 'no' });
    assert.equal(failed.success, false);
    assert.deepEqual(failed.error?.issues[0]?.path, ['x']);
  });
});
