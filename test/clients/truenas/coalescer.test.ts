// The read coalescer: one read of a kind at a time, the keys asked for meanwhile joined in the
// next; never an answer from a read sent before the question.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Coalescer } from '../../../src/clients/truenas/coalescer.js';

/** A fetchMany whose calls are held until the test answers them; each answers the keys it was asked for, tagged with its call number. */
function heldFetcher() {
  const calls: { keys: string[]; answer: () => void }[] = [];
  const coalescer = new Coalescer<string, string>(
    (keys) =>
      new Promise((resolve) => {
        const n = calls.length + 1;
        calls.push({ keys, answer: () => resolve(new Map(keys.filter((k) => k !== 'absent').map((k) => [k, `${k}#${n}`]))) });
      }),
  );
  return { coalescer, calls };
}

describe('TrueNAS read coalescer', () => {
  it('keys asked for in one turn go in one read', async () => {
    const { coalescer, calls } = heldFetcher();
    const answers = Promise.all(['a', 'b', 'absent'].map((k) => coalescer.get(k)));
    await nextTurn();
    assert.deepEqual(
      calls.map((c) => c.keys),
      [['a', 'b', 'absent']],
    );
    calls[0]!.answer();
    assert.deepEqual(await answers, ['a#1', 'b#1', undefined]);
  });

  it('keys asked for while a read is on its way wait for it, then go together in one read sent after them', async () => {
    const { coalescer, calls } = heldFetcher();
    const first = coalescer.get('a');
    await nextTurn();
    // Asked in later turns, while the first read is held: no read of their own yet.
    const second = coalescer.get('b');
    await nextTurn();
    const again = coalescer.get('a');
    await nextTurn();
    const third = coalescer.get('c');
    await nextTurn();
    assert.equal(calls.length, 1, 'one read at a time');
    calls[0]!.answer();
    assert.equal(await first, 'a#1');
    await nextTurn();
    assert.deepEqual(calls[1]?.keys, ['b', 'a', 'c'], 'the waiting keys in one read');
    calls[1]!.answer();
    // "a" asked again while the read that held it was on its way: answered by the read sent after.
    assert.deepEqual(await Promise.all([second, again, third]), ['b#2', 'a#2', 'c#2']);
    assert.equal(calls.length, 2);
  });

  it('a failed read fails its own keys only; the keys waiting behind it are read next', async () => {
    let n = 0;
    const coalescer = new Coalescer<string, string>(async (keys) => {
      n += 1;
      if (n === 1) {
        await nextTurn();
        throw new Error('connection lost');
      }
      return new Map(keys.map((k) => [k, k]));
    });
    const failed = coalescer.get('a');
    await nextTurn();
    const waiting = coalescer.get('b');
    await assert.rejects(failed, /connection lost/);
    assert.equal(await waiting, 'b');
  });

  it('asks for at most 200 keys in one read', async () => {
    const { coalescer, calls } = heldFetcher();
    const keys = Array.from({ length: 250 }, (_, i) => `k${i}`);
    const answers = Promise.all(keys.map((k) => coalescer.get(k)));
    await nextTurn();
    calls[0]!.answer();
    await nextTurn();
    await nextTurn();
    calls[1]!.answer();
    assert.deepEqual(
      calls.map((c) => c.keys.length),
      [200, 50],
    );
    assert.equal((await answers).length, 250);
  });
});
