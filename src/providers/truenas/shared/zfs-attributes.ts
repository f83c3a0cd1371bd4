// Attribute builders for ZFS properties that datasets and zvols share. Each is optional and
// computed: left unset, it reads back whatever the server has (inherited or default) without
// ever planning a change; set, the value is applied locally. Case and size spellings the
// server normalises ("lz4" vs "LZ4", "128K" vs "131072") keep the user's spelling.
//
// Removing one from the configuration cannot be told apart from never having set it (the plan
// sees an unset optional+computed attribute either way, and the state holds the server's value
// in both cases), so it keeps the value the dataset holds; each description says so, and how to
// change it instead (pool.dataset.update merges: a property not sent keeps its value,
// plugins/pool_/dataset.py do_update @TS-25.10.6:749-758): a new value, or for an inheritable
// property its name in the resource's `inherit` set (zfs-inherit.ts).
import { attr } from '../../../framework/attributes.js';
import { planModifiers, type PlanModifier } from '../../../framework/plan-modifiers.js';
import { validators, type Validator } from '../../../framework/validators.js';
import type { Value } from '../../../values/types.js';
import { toJsNumber } from '../../../values/numbers.js';
import { isCtyNumber } from '../../../framework/values-util.js';
import { formatSize, parseSize, sameSize } from '../../../clients/common/sizes.js';

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function stringsEqual(equal: (a: string, b: string) => boolean) {
  return (known: Value, fresh: Value): boolean => typeof known === 'string' && typeof fresh === 'string' && equal(known, fresh);
}

/**
 * A configured spelling equivalent to the one in state plans no change (after an import the
 * state holds the server's spelling, the configuration the user's).
 */
export function keepEquivalentState(equal: (a: string, b: string) => boolean): PlanModifier {
  return planModifiers.keepEquivalent(stringsEqual(equal));
}

/** Said of every inheritable property: what removing it from the configuration does, and how to inherit it again (zfs-inherit.ts). */
const KEPT_WHEN_REMOVED =
  ' Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted, or list it in `inherit` to inherit it again.';
/** The same for a property that cannot be listed in `inherit`. */
const KEPT_WHEN_REMOVED_NOT_INHERITABLE =
  ' Removing it from the configuration later keeps the value the dataset has (TrueNAS keeps it set on the dataset) and plans no change: to change it, set the value wanted.';

/** A case-insensitive enum property such as compression ("lz4", "zstd", "off"). */
export function zfsEnum(description: string, pattern: RegExp, explanation: string) {
  return attr.string({
    optional: true,
    computed: true,
    description: description + KEPT_WHEN_REMOVED,
    validators: [validators.textMatching(pattern, explanation)],
    semanticEquals: stringsEqual(sameText),
    planModifiers: [keepEquivalentState(sameText), planModifiers.useStateForUnknown()],
  });
}

/** An on/off property as a bool (readonly, atime, exec); `inheritable`: whether the resource offers it in `inherit`. */
export function zfsSwitch(description: string, inheritable = true) {
  return attr.bool({
    optional: true,
    computed: true,
    description: description + (inheritable ? KEPT_WHEN_REMOVED : KEPT_WHEN_REMOVED_NOT_INHERITABLE),
    planModifiers: [planModifiers.useStateForUnknown()],
  });
}

const GiB = 1024 ** 3;

/**
 * `quota` and `refquota` take 0 (none) or at least 1 GiB
 * (api/v25_10_5/pool_dataset.py@TS-25.10.6:271-273; 25.04 the same in its legacy schema).
 */
export const QUOTA_MINIMUM = validators.custom('0, or at least 1 GiB', (value) => {
  const bytes = isCtyNumber(value) ? toJsNumber(value) : undefined;
  return bytes !== undefined && bytes > 0 && bytes < GiB ? `must be 0 (no quota) or at least 1 GiB (1073741824 bytes), got ${bytes}` : undefined;
});

/** A size in bytes (quota, reservation); 0 means none, and a none reads back as 0 (the server reports null). */
export function zfsBytes(description: string, extra: readonly Validator[] = []) {
  return attr.number({
    optional: true,
    computed: true,
    description: `${description} Removing it from the configuration later keeps the current value and plans no change: set 0 to remove it.`,
    validators: [validators.integer(), validators.atLeast(0), ...extra],
    planModifiers: [planModifiers.useStateForUnknown()],
  });
}

/** A size written with a unit ("128K"), compared by the bytes it means; `allowed` lists the sizes the server takes. */
export function zfsSizeText(description: string, allowed?: readonly number[]) {
  return attr.string({
    optional: true,
    computed: true,
    description: description + KEPT_WHEN_REMOVED,
    validators: [validators.custom('a size such as "128K"', (value) => (typeof value === 'string' ? sizeProblem(value, allowed) : undefined))],
    semanticEquals: stringsEqual(sameSize),
    planModifiers: [keepEquivalentState(sameSize), planModifiers.useStateForUnknown()],
  });
}

/** Free text such as comments. */
export function zfsText(description: string) {
  return attr.string({
    optional: true,
    computed: true,
    description: `${description} Removing it from the configuration later keeps the current text and plans no change: set "" to clear it.`,
    planModifiers: [planModifiers.useStateForUnknown()],
  });
}

function sizeProblem(text: string, allowed: readonly number[] | undefined): string | undefined {
  let bytes: number;
  try {
    bytes = parseSize(text);
  } catch (error) {
    return (error as Error).message;
  }
  if (allowed && !allowed.includes(bytes)) return `must be one of ${allowed.map(formatSize).join(', ')}, got "${text}"`;
  return undefined;
}

/**
 * The compression literals `pool.dataset.create/update` accept, identical on 25.04, 25.10 and
 * 26.0 (truenas/middleware src/middlewared/middlewared/api/v25_10_5/pool_dataset.py@TS-25.10.6:200-207;
 * the `compression` enum of pool.dataset.create in ../shared/api/truenas-*-api.json). Not every
 * gzip level nor every zstd-fast level is there.
 */
export const COMPRESSION_LEVELS: readonly string[] = [
  'on',
  'off',
  'lz4',
  'gzip',
  'gzip-1',
  'gzip-9',
  'zstd',
  'zstd-fast',
  'zle',
  'lzjb',
  ...Array.from({ length: 19 }, (_, i) => `zstd-${i + 1}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 500, 1000].map((n) => `zstd-fast-${n}`),
];
export const COMPRESSION = {
  pattern: new RegExp(`^(${COMPRESSION_LEVELS.join('|')})$`, 'i'),
  explanation:
    'a compression TrueNAS accepts: on, off, lz4, gzip, gzip-1, gzip-9, zstd, zstd-1..19, zstd-fast, zstd-fast-1..10, zstd-fast-20..100 by 10, zstd-fast-500, zstd-fast-1000, zle or lzjb',
};

/**
 * Record sizes the middleware accepts: powers of two from 512 bytes to 16M
 * (plugins/pool_/dataset_recordsize.py@TS-25.10.6:13-31, checked in plugins/pool_/dataset.py:303-307).
 */
export const RECORD_SIZES: readonly number[] = Array.from({ length: 16 }, (_, i) => 512 * 2 ** i);

export const SYNC = { pattern: /^(standard|always|disabled)$/i, explanation: 'standard, always or disabled' };
export const DEDUPLICATION = { pattern: /^(on|off|verify)$/i, explanation: 'on, off or verify' };
