// Attribute validators: run on known, non-null configuration values at validate time, so a bad
// input fails before any API call, with a diagnostic that names the attribute.
import type { Value } from '../values/types.js';
import { toJsNumber } from '../values/numbers.js';
import { isCtyNumber } from './values-util.js';

/**
 * A check of one attribute's value. `T` is the kind of value it is made for (string, number, …):
 * `attr.string({ validators })` accepts only validators of strings (or of any value), so a
 * number range on a string attribute does not compile. At run time it sees the raw value.
 */
export interface Validator<T = unknown> {
  /** What the validator requires, in words ("one of lz4, zstd, off"); used in docs. */
  readonly description: string;
  /** Returns an error message for a bad value, or undefined when the value is acceptable. */
  validate(value: Value): string | undefined;
  /** Phantom: never set; makes Validator<number> unusable where Validator<string> is wanted. */
  readonly __checks?: (value: T) => void;
}

/** A validator of any kind, as an attribute's schema stores it. */
export type AnyValidator = Validator<never>;

function numberOf(value: Value): number | undefined {
  return isCtyNumber(value) ? toJsNumber(value) : undefined;
}

export const validators = {
  oneOf(...allowed: readonly string[]): Validator<string> {
    return {
      description: `one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
      validate: (value) =>
        typeof value === 'string' && !allowed.includes(value)
          ? `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${value}"`
          : undefined,
    };
  },
  matches(pattern: RegExp, explanation: string): Validator<string> {
    return {
      description: explanation,
      validate: (value) => (typeof value === 'string' && !pattern.test(value) ? `${explanation}, got "${value}"` : undefined),
    };
  },
  /** Text matching `pattern`, described as what it must be: docs read "Must be <what>.", errors '"name" must be <what>, got "…"'. */
  textMatching(pattern: RegExp, what: string): Validator<string> {
    return {
      description: what,
      validate: (value) => (typeof value === 'string' && !pattern.test(value) ? `must be ${what}, got "${value}"` : undefined),
    };
  },
  lengthBetween(min: number, max: number): Validator<string> {
    return {
      description: `between ${min} and ${max} characters long`,
      validate: (value) =>
        typeof value === 'string' && (value.length < min || value.length > max)
          ? `must be between ${min} and ${max} characters long, got ${value.length}`
          : undefined,
    };
  },
  between(min: number, max: number): Validator<number> {
    return {
      description: `between ${min} and ${max}`,
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && (n < min || n > max) ? `must be between ${min} and ${max}, got ${n}` : undefined;
      },
    };
  },
  atLeast(min: number): Validator<number> {
    return {
      description: `at least ${min}`,
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && n < min ? `must be at least ${min}, got ${n}` : undefined;
      },
    };
  },
  integer(): Validator<number> {
    return {
      description: 'a whole number',
      validate: (value) => {
        const n = numberOf(value);
        return n !== undefined && !Number.isInteger(n) ? `must be a whole number, got ${n}` : undefined;
      },
    };
  },
  /** Any check written inline: return a message for a bad value. */
  custom<T = unknown>(description: string, check: (value: Value) => string | undefined): Validator<T> {
    return { description, validate: check };
  },
};
