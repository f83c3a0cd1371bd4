// Attribute builders for ZFS properties that datasets and zvols share. Each is optional and
// computed: left unset, it reads back whatever the server has (inherited or default) without
// ever planning a change; set, the value is applied locally. Case and size spellings the
// server normalises ("lz4" vs "LZ4", "128K" vs "131072") keep the user's spelling.
import { attr } from '../../../framework/attributes.js';
import { planModifiers, type PlanModifier } from '../../../framework/plan-modifiers.js';
import { validators } from '../../../framework/validators.js';
import type { Value } from '../../../values/types.js';
import { parseSize, sameSize } from '../../../clients/common/sizes.js';

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

/** A case-insensitive enum property such as compression ("lz4", "zstd", "off"). */
export function zfsEnum(description: string, pattern: RegExp, explanation: string) {
  return attr.string({
    optional: true,
    computed: true,
    description,
    validators: [validators.textMatching(pattern, explanation)],
    semanticEquals: stringsEqual(sameText),
    planModifiers: [keepEquivalentState(sameText), planModifiers.useStateForUnknown()],
  });
}

/** An on/off property as a bool (readonly, atime, exec). */
export function zfsSwitch(description: string) {
  return attr.bool({ optional: true, computed: true, description, planModifiers: [planModifiers.useStateForUnknown()] });
}

/** A size in bytes (quota, reservation); 0 means none. */
export function zfsBytes(description: string) {
  return attr.number({
    optional: true,
    computed: true,
    description,
    validators: [validators.integer(), validators.atLeast(0)],
    planModifiers: [planModifiers.useStateForUnknown()],
  });
}

/** A size written with a unit ("128K"), compared by the bytes it means. */
export function zfsSizeText(description: string) {
  return attr.string({
    optional: true,
    computed: true,
    description,
    validators: [validators.custom('a size such as "128K"', (value) => (typeof value === 'string' ? sizeProblem(value) : undefined))],
    semanticEquals: stringsEqual(sameSize),
    planModifiers: [keepEquivalentState(sameSize), planModifiers.useStateForUnknown()],
  });
}

/** Free text such as comments. */
export function zfsText(description: string) {
  return attr.string({ optional: true, computed: true, description, planModifiers: [planModifiers.useStateForUnknown()] });
}

function sizeProblem(text: string): string | undefined {
  try {
    parseSize(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export const COMPRESSION = {
  pattern: /^(on|off|lz4|gzip(-[1-9])?|zstd(-([1-9]|1[0-9]))?|zstd-fast(-\d+)?|zle|lzjb)$/i,
  explanation: 'a ZFS compression algorithm (on, off, lz4, gzip, gzip-1..9, zstd, zstd-1..19, zstd-fast[-N], zle, lzjb)',
};
export const SYNC = { pattern: /^(standard|always|disabled)$/i, explanation: 'standard, always or disabled' };
export const DEDUPLICATION = { pattern: /^(on|off|verify)$/i, explanation: 'on, off or verify' };
