// Sizes as people write them and as the API takes them, and the two provider functions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FunctionArgumentError } from '../../../src/framework/function.js';
import { formatSizeFunction, parseSizeFunction } from '../../../src/providers/truenas/functions/sizes.js';
import { formatSize, parseSize, sameSize } from '../../../src/clients/common/sizes.js';

describe('parseSize', () => {
  it('reads binary units, with or without B/iB, in any case', () => {
    assert.equal(parseSize('32G'), 32 * 1024 ** 3);
    assert.equal(parseSize('32GiB'), 32 * 1024 ** 3);
    assert.equal(parseSize('32gb'), 32 * 1024 ** 3);
    assert.equal(parseSize('512K'), 512 * 1024);
    assert.equal(parseSize('1.5T'), 1.5 * 1024 ** 4);
    assert.equal(parseSize('4096'), 4096);
    assert.equal(parseSize('4096B'), 4096);
    assert.equal(parseSize(' 2 M '), 2 * 1024 ** 2);
  });

  it('refuses text that is not a whole number of bytes, saying why', () => {
    assert.throws(() => parseSize('lots'), /"lots" is not a size/);
    assert.throws(() => parseSize('-1G'), /is not a size/);
    assert.throws(() => parseSize('1.3'), /not a whole number of bytes/);
    assert.throws(() => parseSize('1Q'), /is not a size/);
    assert.throws(() => parseSize('99999E'), /too large/);
  });
});

describe('formatSize', () => {
  it('uses the largest unit that divides exactly, never rounding', () => {
    assert.equal(formatSize(34359738368), '32G');
    assert.equal(formatSize(1536), '1536');
    assert.equal(formatSize(1536 * 1024), '1536K');
    assert.equal(formatSize(16384), '16K');
    assert.equal(formatSize(0), '0');
    assert.equal(formatSize(2 * 1024 ** 4), '2T');
  });

  it('round-trips with parseSize', () => {
    for (const bytes of [1, 512, 4096, 1536, 3 * 1024 ** 3, 1024 ** 5 + 1024]) assert.equal(parseSize(formatSize(bytes)), bytes);
  });

  it('refuses fractions and negative numbers', () => {
    assert.throws(() => formatSize(1.5), /not a whole, non-negative/);
    assert.throws(() => formatSize(-1), /not a whole, non-negative/);
  });
});

describe('sameSize', () => {
  it('compares by bytes and treats unreadable text as different', () => {
    assert.equal(sameSize('16K', '16384'), true);
    assert.equal(sameSize('128k', '128K'), true);
    assert.equal(sameSize('1M', '1G'), false);
    assert.equal(sameSize('x', 'x'), false);
  });
});

describe('provider functions', () => {
  it('parse_size and format_size convert, and blame their argument on bad input', () => {
    assert.equal(parseSizeFunction.run(['32G']), 32 * 1024 ** 3);
    assert.equal(formatSizeFunction.run([34359738368]), '32G');
    assert.throws(
      () => parseSizeFunction.run(['huge']),
      (error: unknown) => error instanceof FunctionArgumentError && error.argument === 0 && /not a size/.test(error.message),
    );
    assert.throws(() => formatSizeFunction.run([0.5]), FunctionArgumentError);
  });
});
